// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"
#include "engine/engineerror.h"
#include "files/execlisting.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class EngineReply;
class ExecSession;
class FileRoot;

/**
 * One folder's entries. A running container's folder is read by the container's own find or
 * stat through exec (ExecListing: no content passes, nothing is written there), the way that
 * works found on its first folder. A volume's folder is read by Berth's volume tool (VolumeTool::listFolder:
 * lstat only, so a folder holding a 5 GB file lists at once) where the tool runs on the engine.
 * Otherwise (a container, or an engine of another architecture) from the archive API's tar
 * stream of that folder (a stopped container, or one without those tools): headers only,
 * contents skipped as they pass, so the rows before a big file come at once, and passing()
 * says which file's content is being read past. The engine sends the whole
 * subtree (the API has no "one level"), so every folder under the one asked for is seen on the
 * way: their entries are kept too (up to a cap), and opening one of them later needs no second
 * read. A folder the engine cannot give fails with the engine's reason.
 */
class FolderListing : public QObject
{
    Q_OBJECT
public:
    /// Entries kept for the folders under the one asked for, beyond which only it is kept.
    static constexpr int MaxKeptEntries = 200000;

    FolderListing(FileRoot *root, const QString &folder, QObject *parent = nullptr);
    ~FolderListing() override;

    void start();
    void abort();
    QString folder() const { return m_folder; }
    bool isFinished() const { return m_finished; }
    qint64 bytesRead() const { return m_read; }
    /// Whether the folder was read by Berth's volume tool (not from the archive stream).
    bool isByTool() const { return m_byTool; }
    /// How the folder was read (or is being read): Find or Stat through exec, or Archive (also
    /// for a volume read by the tool: see isByTool()).
    ExecListing::Method method() const { return m_method; }
    /// While the archive stream carries a file's content: that file's path, its size, and how
    /// much of it has passed. "" between files.
    QString passing() const { return m_passing; }
    qint64 passingSize() const { return m_passingSize; }
    qint64 passingRead() const { return m_passingRead; }
    /// After finished(): the entries of @p folder (absolute, under the one asked for), when it
    /// was seen whole; false when it was not under it or the cap was reached.
    bool knows(const QString &folder) const;
    QList<TarEntry> entriesOf(const QString &folder) const;

Q_SIGNALS:
    /// The asked-for folder's own entries, in arrival order, a batch per piece of the stream.
    /// Their paths are absolute ("/etc/hosts").
    void entriesFound(const QList<TarEntry> &entries);
    void progress(qint64 bytesRead);
    void finished();
    void failed(const EngineError &error);

private:
    void read(const QString &containerId);
    void readWithTool();
    void readWithExec(ExecListing::Method method);
    void execEnded(ExecListing::Method method);
    void readArchive();
    void entry(TarEntry entry);

    FileRoot *m_root;
    QString m_folder;
    QPointer<EngineReply> m_reply;
    TarReader m_reader;
    QList<TarEntry> m_batch;
    QHash<QString, QList<TarEntry>> m_tree; ///< folder (absolute) → its entries
    int m_kept = 0;
    bool m_capped = false;
    bool m_finished = false;
    bool m_byTool = false; ///< read by Berth's volume tool, not from a tar stream
    bool m_whole = false; ///< finished, and read to its end
    qint64 m_read = 0;
    ExecListing::Method m_method = ExecListing::Method::Archive;
    QPointer<ExecSession> m_exec;
    QByteArray m_execOutput;
    bool m_execTooLong = false;
    QString m_passing;
    qint64 m_passingSize = 0;
    qint64 m_passingRead = 0;
};

/// The folder @p path is in ("/" for "/etc", "/etc" for "/etc/hosts"); "" for "/".
QString parentFolder(const QString &path);
