// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>

#include <functional>

class EngineClient;
class GzipSink;

/**
 * A volume to NAME-YYYYMMDD-HHMMSS.tar.gz, as DESIGN.md's verified recipe does it: an empty
 * helper image (made once, labelled), a helper container that mounts the volume and is never
 * started, GET …/archive?path=/vol/. gzipped on a worker thread into FILE.part, synced, then
 * renamed, and FILE.sha256 beside it (sha256sum -c reads it). The layout is the manual method's
 * (tar -czf … -C _data .), so either restores the other's. The helper goes on success, failure
 * and cancel; the .part goes unless complete.
 */
class VolumeBackupJob : public Job
{
    Q_OBJECT
public:
    /// The helper image's name and the label on everything Berth makes for backups.
    static constexpr const char *HelperImage = "berth-helper:empty";
    static constexpr const char *HelperLabel = "io.github.berth.helper";

    /// @p target is the file to write (refused if it exists).
    VolumeBackupJob(EngineClient *client, QString volume, QString target, QObject *parent = nullptr);
    ~VolumeBackupJob() override;

    /// NAME-YYYYMMDD-HHMMSS.tar.gz, in local time.
    static QString defaultFileName(
        const QString &volume, const QDateTime &when = QDateTime::currentDateTime());

    QString target() const { return m_target; }
    QString digest() const { return m_digest; }
    qint64 archiveBytes() const { return m_archiveBytes; }

    void start() override;
    void cancel() override;

private:
    void ensureHelperImage(const std::function<void()> &then);
    void createHelper();
    void streamArchive();
    void complete(const QByteArray &digest, qint64 size);
    /// Removes the helper and the .part, then fails with @p error.
    void abandon(const EngineError &error);
    void removeHelper(const std::function<void()> &then);

    EngineClient *m_client;
    QString m_volume;
    QString m_target;
    QString m_part;
    QString m_helperId;
    QString m_digest;
    qint64 m_archiveBytes = 0;
    qint64 m_read = 0;
    qint64 m_queued = 0; ///< handed to the compressor, not yet taken
    bool m_streamEnded = false;
    bool m_abandoning = false;
    QPointer<EngineReply> m_archive;
    QThread m_thread;
    GzipSink *m_sink = nullptr; ///< lives on m_thread
};
