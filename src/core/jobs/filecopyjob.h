// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/copypaths.h"
#include "jobs/job.h"

#include <QPointer>

#include <memory>

class EngineClient;
class EngineReply;
class HostTarDevice;
class QIODevice;
class TarExtractor;

/**
 * docker cp between this machine and a container, or a volume through a never-started helper
 * that mounts it (berthctl cp, berthctl volume cp): the archive API both ways, with docker cp's
 * rules for SRC and DEST (files/copypaths.h). From the engine, the tar is written by a
 * TarExtractor — nothing outside DEST, new things under temporary names until the whole stream
 * is there — or handed whole to a device ("-"). To the engine, a HostTarDevice made as it is
 * sent, or the device's bytes ("-", a tar). A volume's helper goes at the end, also on failure
 * and cancel; a cancelled download leaves nothing behind. An upload the engine has begun to
 * extract cannot be taken back (the archive API has no remove): docker cp's limit too.
 */
class FileCopyJob : public Job
{
    Q_OBJECT
public:
    enum class Direction { FromEngine, ToEngine };
    struct Spec
    {
        Direction direction = Direction::FromEngine;
        QString container; ///< a container's name or id, or a volume's name with @c volume
        bool volume = false;
        QString enginePath; ///< SRC or DEST in the container, or in the volume
        QString localPath; ///< DEST or SRC here; "-" for a tar on @c stream
        bool followLink = false; ///< -L
        bool copyOwners = false; ///< -a
    };

    FileCopyJob(EngineClient *client, Spec spec, QObject *parent = nullptr);
    ~FileCopyJob() override;

    /// For "-": where the tar goes, or where it comes from (sequential; readChannelFinished at
    /// its end). Not owned.
    void setStream(QIODevice *stream) { m_stream = stream; }

    void start() override;
    /// Bytes of content copied, and where to (docker cp's "Successfully copied … to …").
    qint64 copiedBytes() const { return m_copied; }
    QString destination() const { return m_destination; }
    QStringList warnings() const { return m_warnings; }

protected:
    void undo(const EngineError &error) override;

private:
    /// The container's id, or the volume's helper made; then run().
    void prepare();
    void run();
    void download();
    /// The answer's stat says what the source is: where and how its tar is written.
    bool planDownload(const EngineReply *reply);
    void upload();
    /// Stats @p path in the container, following one link as docker cp does.
    void statDestination(const QString &path, bool followed,
        const std::function<void(bool exists, bool isDir, quint32 mode)> &then);
    void sendUpload(const QString &dstDir, QIODevice *tar);
    /// Removes the helper, then @p then.
    void cleanUp(const std::function<void()> &then);
    /// The path inside the container for the user's path in a volume.
    QString inEngine(const QString &path) const;
    /// The user's name for the engine side ("CONTAINER:PATH").
    QString shownEngine(const QString &path) const;
    EngineError refused(const QString &message) const;
    /// An upload the engine refused, said in terms of what is read-only when that is why.
    EngineError uploadError(const EngineError &error, const QString &dstDir) const;
    /// A path the engine did not find in a volume's helper, named as it is in the volume.
    EngineError missingInVolume(const EngineError &error, const QString &path) const;

    EngineClient *m_client;
    Spec m_spec;
    QString m_id; ///< the container, or the volume's helper
    bool m_helper = false;
    bool m_helperPending = false; ///< asked for, not answered yet
    EngineError m_undoError; ///< what the job ends with once that answer came
    bool m_readOnlyRoot = false; ///< the container's --read-only
    QList<QPair<QString, bool>> m_mounts; ///< where the container mounts something, and writable
    QPointer<QIODevice> m_stream;
    QPointer<EngineReply> m_transfer;
    std::unique_ptr<TarExtractor> m_extractor;
    HostTarDevice *m_tar = nullptr;
    bool m_streamFailed = false;
    qint64 m_copied = 0;
    QString m_destination;
    QStringList m_warnings;
};
