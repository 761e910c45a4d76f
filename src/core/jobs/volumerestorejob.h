// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/archivecheck.h"
#include "archive/tarselection.h"
#include "jobs/job.h"
#include "model/volumeinfo.h"

#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class EngineClient;
class QIODevice;
class VolumeBackupJob;

/**
 * An archive (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .tar.zst) into a volume, safely: the archive
 * is read to its end and its checksum verified before anything is changed; a volume that holds
 * data is only written with the user's word (Replace: its contents are backed up first and put
 * back if the restore fails; Merge: the archive's files are added over it, also with a backup
 * first); a volume a running container uses is refused. The upload goes to a helper container
 * that mounts the volume and is never started (PUT …/archive?path=/vol). A restore into a volume
 * it created removes that volume when it fails.
 */
class VolumeRestoreJob : public Job
{
    Q_OBJECT
public:
    enum class Mode {
        IfEmpty, ///< a new volume, or an existing one with nothing in it
        Replace, ///< the volume's contents become the archive's
        Merge, ///< the archive's files are added, overwriting files of the same name
    };
    Q_ENUM(Mode)

    VolumeRestoreJob(
        EngineClient *client, QString archive, QString volume, Mode mode, QObject *parent = nullptr);

    /// Where the current contents are kept during a Replace or Merge (the app's data folder by
    /// default). Set before start().
    void setSafetyFolder(const QString &folder) { m_safetyFolder = folder; }
    /// The archive was checked by the caller just now (@p result ok): not read a second time.
    void setChecked(const ArchiveCheck::Result &result)
    {
        m_contents = result;
        m_preChecked = result.ok();
    }
    /// Device nodes in the archive are restored too (refused otherwise). Set before start().
    void setAllowDeviceNodes(bool allow) { m_allowDeviceNodes = allow; }
    /// Restores only these paths of the archive: files, or folders with everything under them,
    /// named as inside the volume ("etc/app.conf", "/data/", "./x"; "/" is the volume's top).
    /// Each must be in the archive: the job reads its headers after the check and fails, naming
    /// the missing ones, before anything is changed. The folders on the way are written with
    /// the archive's modes and owners; a hard link whose target is not chosen gets the content
    /// as a file. Every other rule stays: --replace leaves only these paths in the volume,
    /// --merge adds them over it, each with the safety copy first. Empty (the default): the
    /// whole archive. Set before start().
    void setOnly(const QStringList &paths) { m_only = paths; }
    /// The paths given to setOnly().
    QStringList only() const { return m_only; }
    /// What the archive holds, once checked.
    ArchiveCheck::Result contents() const { return m_contents; }
    /// The backup of the previous contents when it had to be kept (the volume could not be set
    /// back); empty otherwise.
    QString keptSafetyBackup() const { return m_keptSafety; }
    /// What the user should know about a restore that succeeded (modes the engine did not keep).
    QStringList warnings() const { return m_warnings; }

    /// Names a volume can have (the engine's rule): [a-zA-Z0-9][a-zA-Z0-9_.-]+
    static bool isValidVolumeName(const QString &name);

    void start() override;
    void cancel() override;

protected:
    /// Sets the volume back as it was (or removes the one this job made), then fails.
    void undo(const EngineError &error) override;

private:
    void checked(const ArchiveCheck::Result &result, const TarSelection &selection);
    void inspectVolume();
    void checkUsers();
    void createVolume(const std::function<void()> &then);
    void createHelper(const std::function<void()> &then);
    void checkContents();
    void backUpFirst();
    void recreateVolume(const std::function<void()> &then);
    void upload(const QString &path, const std::function<void()> &then);
    void checkModes();
    void completed();
    void rollback();
    /// A merge (or a restore into an empty volume) failed: what the archive added goes, by Berth's
    /// volume tool, and the safety copy is written over what it changed; the volume stays.
    void rollBackInPlace();
    void putSafetyBack();
    /// The volume is removed, made again and the safety copy restored into it (a replace, or
    /// when the volume tool cannot run).
    void rollBackByRecreating();
    /// Ends with the first error, keeping the backup of the previous contents and saying where.
    void keepSafety(const EngineError &why);
    void removeSafety();

    EngineClient *m_client;
    QString m_archive;
    QString m_volume;
    Mode m_mode;
    QString m_safetyFolder;
    bool m_allowDeviceNodes = false;
    QStringList m_only;
    TarSelection m_selection; ///< of m_only, resolved against the archive
    ArchiveCheck::Result m_contents;
    VolumeInfo m_existing; ///< the volume's settings, to make it again for Replace
    bool m_exists = false;
    bool m_preChecked = false;
    bool m_createdVolume = false;
    bool m_touched = false; ///< the volume's contents may have changed
    bool m_rollingBack = false;
    EngineError m_firstError;
    QString m_helperId;
    QString m_safety; ///< the backup of the previous contents, while this job runs
    QString m_keptSafety;
    QStringList m_lostModes;
    QStringList m_warnings;
    QPointer<VolumeBackupJob> m_safetyJob;
    QPointer<EngineReply> m_upload;
    QIODevice *m_device = nullptr;
};
