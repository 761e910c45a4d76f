// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"
#include "jobs/job.h"

#include <QFile>
#include <QPointer>

class EngineClient;
class EngineReply;
class FileRoot;
class StreamSink;

/**
 * A file of a container or volume to a file here, or a folder to a .tar.gz here, with progress
 * and cancel (the Files view's Download). Written to TARGET.part and renamed when complete; a
 * failed or cancelled download leaves nothing. Reads through a FileRoot of its own, so a volume's
 * helper lives as long as the download, whatever the view does meanwhile. A device, pipe or
 * socket has no content and is refused.
 */
class FileDownloadJob : public Job
{
    Q_OBJECT
public:
    enum class Kind {
        File, ///< the file's content as it is
        FolderArchive, ///< a folder (or anything) as a gzip-compressed tar, as docker cp … - | gzip
    };

    /// @p container or @p volume (one of them) and @p path in it. @p replace: the user agreed
    /// that an existing @p target goes (a save dialog asked); otherwise it is never overwritten.
    FileDownloadJob(EngineClient *client, const QString &container, const QString &volume,
        const QString &path, Kind kind, const QString &target, bool replace, QObject *parent = nullptr);
    ~FileDownloadJob() override;

    QString target() const { return m_target; }
    void start() override;

protected:
    void undo(const EngineError &error) override;

private:
    void readFile(const QString &containerId);
    void readFolder(const QString &containerId);
    void complete();
    QString partPath() const { return m_target + QStringLiteral(".part"); }

    QPointer<FileRoot> m_root; ///< gone (with a volume's helper) once the job ends
    QString m_path;
    Kind m_kind;
    QString m_target;
    bool m_replace;
    QPointer<EngineReply> m_reply;
    QPointer<StreamSink> m_sink;
    TarReader m_reader;
    QFile m_file;
    bool m_seen = false;
    qint64 m_size = 0;
    qint64 m_written = 0;
};
