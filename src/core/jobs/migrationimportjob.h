// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/archivecheck.h"
#include "archive/bundlemanifest.h"
#include "jobs/job.h"
#include "model/imageidentity.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class EngineClient;
class ImportJournal;
class QIODevice;
class TarDigest;
class VolumeRestoreJob;

/**
 * A bundle that MigrationExportJob wrote, onto this engine: the manifest and every file's size
 * and sha256 checked, and every volume archive read to its end, before anything is changed; then
 * the image loaded, the volumes made and restored, the container created with the same
 * configuration and, if asked, started. A name or volume already on this engine is never
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

    MigrationImportJob(EngineClient *client, QString folder, QObject *parent = nullptr);
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

    /// The manual procedure's loose files instead of a bundle: an image tar from `docker save`
    /// and volume archives (made with tar), each with the volume's name here and its mount point;
    /// @p createBody holds the rest (RunOptions::toCreateBody() of the user's run options). Set
    /// before start(), with setName().
    struct LooseVolume
    {
        QString file;
        QString name;
        QString destination;
    };
    void setLooseFiles(
        const QString &imageFile, const QList<LooseVolume> &volumes, const QJsonObject &createBody);

    /// Directly from another engine instead of a bundle: @p container there is committed
    /// (paused while its image and volumes stream over), its image saved straight into this
    /// engine's load and each volume's archive straight into a helper here; nothing on disk. The
    /// committed image leaves the source again. @p name is what the job and its docker commands
    /// call the container (its name, where @p container is an id). Set before start().
    void setTransferFrom(EngineClient *source, const QString &container, const QString &name = {});

    QString containerName() const { return m_name; }
    QString containerId() const { return m_containerId; }
    QStringList warnings() const { return m_warnings; }
    /// After a refusal for want of the user's word: each power the container asked for beyond
    /// setAllowedPowers().
    QList<BundleManifest::PowerRequest> deniedPowers() const { return m_deniedPowers; }
    /// After a transfer: what was compared on both engines (the image's id, each volume's files).
    QStringList verified() const { return m_verified; }

    void start() override;
    void cancel() override;

private:
    void startLoose();
    /// Fails (before any change) when the create body asks for a power not allowed.
    bool refusePowers();
    void startTransfer();
    /// Fails before any change here (releasing the source of a transfer).
    void refuse(const EngineError &error);
    void transferVolume(int index);
    /// Resumes the source container and removes the image committed there; then @p then.
    void releaseSource(const std::function<void()> &then);
    /// The image is loaded; a transfer's must have the id it had on the source.
    void imageLoaded();
    /// @p done, and what a transfer verified.
    QString withVerified(const QString &done) const;
    /// A transferred volume read back from the target must hold what the source sent.
    void compareVolume(int index, const QString &targetHelper, const std::shared_ptr<TarDigest> &sent);
    void verified(const QString &error);
    void checkName(int attempt);
    void checkVolumes(int index);
    /// Each exported folder's place here must be missing or empty.
    void checkFolders();
    void restoreFolders(int index);
    /// What restoreFolders() made goes again (on failure).
    void removeFolders();
    /// Applies the port map to the create body.
    void applyPortMap();
    void loadImage();
    void createVolumes(int index);
    void restoreVolumes(int index);
    void createContainer();
    void startContainer();
    void abandon(const EngineError &error);
    /// Removes what this import made, then fails with @p error.
    void undo(const EngineError &error);
    /// --on-conflict replace: the existing container is stopped and renamed, not removed.
    void setReplacedAside(const std::function<void()> &then);
    /// The import worked: the container it replaced goes.
    void removeReplaced(const std::function<void()> &then);
    /// The import failed: the container it replaced gets its name back and runs as it ran.
    void bringBackReplaced(const std::function<void()> &then);

    EngineClient *m_client;
    QString m_folder;
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
    BundleManifest m_manifest;
    bool m_loose = false;
    QPointer<EngineClient> m_source; ///< set for a direct transfer
    QString m_sourceContainer;
    QString m_sourceContainerId;
    bool m_pausedSource = false;
    QString m_committedOnSource;
    ImageIdentity m_sourceImage; ///< what the committed image is made of, on the source
    ImageIdentity m_imageIdentity; ///< what the image file's image is made of (not for a transfer)
    QStringList m_verified; ///< what a transfer compared on both engines, for the report
    QStringList m_sourceHelpers;
    QStringList m_targetHelpers;
    QString m_imagePath; ///< the image tar: image.tar in the bundle, or the loose file
    QList<ArchiveCheck::Result> m_checks; ///< per volume, from the check before any change
    std::shared_ptr<std::atomic_bool> m_stopCheck = std::make_shared<std::atomic_bool>(false);
    bool m_abandoning = false;
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
    QIODevice *m_imageFile = nullptr; ///< image.tar, the loose file, or the source's save
    QPointer<VolumeRestoreJob> m_restore;
    std::unique_ptr<ImportJournal> m_journal; ///< what this import made, from its first change
};
