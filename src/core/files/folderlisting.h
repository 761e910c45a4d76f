// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"
#include "engine/engineerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class EngineReply;
class FileRoot;

/**
 * One folder's entries. A volume's folder is read by Berth's volume tool (VolumeTool::listFolder:
 * lstat only, so a folder holding a 5 GB file lists at once) where the tool runs on the engine.
 * Otherwise (a container, or an engine of another architecture) from the archive API's tar
 * stream of that folder: headers only,
 * contents skipped as they pass, so the first rows come at once. The engine sends the whole
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
};

/// The folder @p path is in ("/" for "/etc", "/etc" for "/etc/hosts"); "" for "/".
QString parentFolder(const QString &path);
