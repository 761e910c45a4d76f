// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bundlemanifest.h"
#include "jobs/job.h"
#include "jobs/volumebackupjob.h"

#include <QJsonObject>
#include <QPointer>

class EngineClient;
class EngineReply;
class StreamSink;

/**
 * A container to a bundle folder that another engine can import (DESIGN.md, Migration): the
 * container committed (paused meanwhile by default, so the copy is consistent) and saved to
 * image.tar while each volume (named and anonymous) goes to volumes/NAME.tar.gz (paused again),
 * and manifest.json last, atomically, with every file's size and sha256. Host folders it binds
 * are listed as not migrated. A failed or cancelled export waits for the steps on their way,
 * then removes what it wrote and the image it committed, and sets the container back.
 */
class MigrationExportJob : public Job
{
    Q_OBJECT
public:
    using Consistency = VolumeBackupJob::Consistency;

    /// @p folder must not exist or be empty.
    MigrationExportJob(EngineClient *client, QString container, QString folder,
        Consistency consistency = Consistency::Pause, QObject *parent = nullptr);
    ~MigrationExportJob() override;

    /// Also archives the folders of this machine it mounts (bind mounts), into binds/. Before start().
    void setIncludeBinds(bool include) { m_includeBinds = include; }

    BundleManifest manifest() const { return m_manifest; }

    void start() override;

protected:
    /// Removes what it wrote and the image it committed, starts the container again when it
    /// stopped it, then fails with @p error.
    void undo(const EngineError &error) override;

private:
    void inspected(const QJsonObject &inspect);
    /// The volumes' backup, and the commit beside it once their users are still; the commit
    /// alone for a container without volumes.
    void copy();
    /// @p released, once the commit has ended: the container may run again.
    void commit(bool pause, const std::function<void()> &released);
    /// The committed image to image.tar, while the volumes may still be read; the bundle is
    /// written once both have ended.
    void save();
    /// False when there is nothing to back up.
    bool backUpVolumes();
    void showProgress();
    /// The manifest, once the image and the volumes are both in the folder.
    void maybeWriteManifest();
    void writeManifest();
    void finishWith(const std::function<void()> &then);
    QString path(const QString &relative) const;
    void addFile(const QString &relative, const QByteArray &digest);

    EngineClient *m_client;
    QString m_container;
    QString m_folder;
    Consistency m_consistency;
    bool m_includeBinds = false;
    bool m_madeFolder = false;
    bool m_stopped = false; ///< this job stopped the container (Stop): it starts it again
    QString m_containerId;
    QString m_committed; ///< the image committed for the bundle, removed at the end
    QPointer<EngineReply> m_stopReply; ///< on its way: undo() waits for it (the engine goes on)
    QPointer<EngineReply> m_commitReply; ///< likewise
    QPointer<EngineReply> m_startReply; ///< likewise (the container stopped for the copy)
    bool m_imageSaved = false;
    bool m_volumesDone = false;
    QByteArray m_imageDigest;
    qint64 m_savedBytes = 0;
    BundleManifest m_manifest;
    QStringList m_written; ///< files this job made, relative to the folder
    QPointer<StreamSink> m_sink;
    QPointer<VolumeBackupJob> m_backup;
};
