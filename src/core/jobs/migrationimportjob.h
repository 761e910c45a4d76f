// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bundlemanifest.h"
#include "jobs/importsource.h"
#include "jobs/job.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class EngineClient;
class ImportJournal;
class QIODevice;

/**
 * A container onto this engine from an ImportSource (a bundle that MigrationExportJob wrote, the
 * manual method's loose files, or another engine): the source read and checked before anything
 * is changed; then the image loaded, the volumes made and restored, the container created with
 * the same configuration and, if asked, started. A name or volume already on this engine is never
 * overwritten without the user's word. If a step fails, what this import made goes again.
 */
class MigrationImportJob : public Job
{
    Q_OBJECT
public:
    enum class OnConflict {
        Refuse, ///< a container of that name exists: stop, change nothing
        Rename, ///< take NAME-2, NAME-3 …
        Replace, ///< the existing container is set aside (stopped, renamed) and removed once the
                 ///< new one is made (and runs, when started); it comes back if the import fails
        Skip, ///< change nothing and succeed
    };
    Q_ENUM(OnConflict)

    /// Takes @p source (made with @p client as its target).
    MigrationImportJob(EngineClient *client, ImportSource *source, QObject *parent = nullptr);
    ~MigrationImportJob() override;

    /// Set before start().
    void setName(const QString &name) { m_name = name; }
    void setStart(bool start) { m_start = start; }
    void setOnConflict(OnConflict policy) { m_onConflict = policy; }
    /// Source volume name → name on this engine.
    void setVolumeMap(const QMap<QString, QString> &map) { m_volumeMap = map; }
    /// Host port on the source → host port here.
    void setPortMap(const QMap<QString, QString> &map) { m_portMap = map; }
    /// A folder of the source machine (exported with --include-binds) → the folder it goes to
    /// here (a full path). One without an entry stops the import before any change: a bundle
    /// never decides where on this machine it writes.
    void setBindMap(const QMap<QString, QString> &map) { m_bindMap = map; }
    /// The powers over this machine (a set of BundleManifest::Power) the user allowed the
    /// container; one it asks for beyond them stops the import before any change.
    void setAllowedPowers(int powers) { m_allowedPowers = powers; }

    QString containerName() const { return m_name; }
    QString containerId() const { return m_containerId; }
    QStringList warnings() const { return m_warnings + m_source->warnings(); }
    /// After a refusal for want of the user's word: each power the container asked for beyond
    /// setAllowedPowers().
    QList<BundleManifest::PowerRequest> deniedPowers() const { return m_deniedPowers; }
    /// After a transfer: what was compared on both engines (the image's id, each volume's files).
    QStringList verified() const { return m_source->verified(); }

    void start() override;

protected:
    /// Stops the load and the source, removes what this import made, then fails with @p error.
    void undo(const EngineError &error) override;

private:
    /// The source is read: the name and the powers.
    void read();
    /// Fails (before any change) when the create body asks for a power not allowed.
    bool refusePowers();
    /// Fails before any change here (releasing the source).
    void refuse(const EngineError &error);
    /// The image is loaded; the source says whether it is the one that left.
    void imageLoaded();
    /// @p done, and what the source verified.
    QString withVerified(const QString &done) const;
    /// The source is checked: device nodes in its volumes, then the names here.
    void checked();
    void checkName(int attempt);
    void checkVolumes(int index);
    /// Each exported folder's place here must be missing or empty.
    void checkFolders();
    void restoreFolders(int index);
    /// What restoreFolders() made goes again (on failure).
    void removeFolders();
    /// Applies the port map to the create body.
    void applyPortMap();
    /// Whether the image is here already (and then the same as the source's).
    void inspectImage();
    /// The image's load, with the volumes meanwhile; @p existing is the inspect of the image of
    /// that name here, when there is one.
    void loadImage(const QJsonObject &existing);
    void createVolumes(int index);
    void restoreVolumes(int index);
    void createContainer();
    void startContainer();
    /// Removes what this import made, then fails with @p error.
    void rollBack(const EngineError &error);
    /// --on-conflict replace: the existing container is stopped and renamed, not removed.
    void setReplacedAside(const std::function<void()> &then);
    /// The import worked: the container it replaced goes.
    void removeReplaced(const std::function<void()> &then);
    /// The import failed: the container it replaced gets its name back and runs as it ran.
    void bringBackReplaced(const std::function<void()> &then);

    EngineClient *m_client;
    ImportSource *m_source; ///< a child
    QString m_name;
    bool m_start = false;
    OnConflict m_onConflict = OnConflict::Refuse;
    QMap<QString, QString> m_volumeMap;
    QMap<QString, QString> m_portMap;
    QMap<QString, QString> m_bindMap;
    int m_allowedPowers = 0;
    QList<BundleManifest::PowerRequest> m_deniedPowers;
    QStringList m_bindTargets; ///< per manifest bind: its folder here ("" when not in the bundle)
    QStringList m_createdFolders; ///< folders this import made or filled, for a rollback
    QList<bool> m_emptiedFolders; ///< per m_createdFolders: it existed (empty) before
    BundleManifest m_manifest; ///< the source's, with the port map applied
    QStringList m_targetHelpers; ///< the helpers restoring folders
    bool m_imageExisted = true;
    QSet<QString> m_imagesBefore; ///< image ids on the target before loading an untagged image
    bool m_imageReady = false; ///< loaded
    bool m_volumesReady = false; ///< made and restored
    QStringList m_targetVolumes; ///< per manifest volume: its name here (empty: the engine names it)
    QStringList m_createdVolumes;
    QString m_containerId;
    QString m_replacedId;
    bool m_replacedRan = false; ///< it was running when the import set it aside
    bool m_replacedStopped = false; ///< the import stopped it
    bool m_replacedAside = false; ///< the import renamed it
    QStringList m_warnings;
    QPointer<EngineReply> m_load;
    QIODevice *m_imageFile = nullptr; ///< from the source
    std::unique_ptr<ImportJournal> m_journal; ///< what this import made, from its first change
};
