// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"
#include "engine/engineerror.h"

#include <QObject>
#include <QPointer>

class EngineReply;
class FileRoot;

/**
 * The start of one file, for a preview: at most a limit's bytes, after which the engine's
 * stream is closed, so a 5 GB file costs what the limit does. A folder, link or device is not
 * read: entry() says what it is.
 */
class FileHead : public QObject
{
    Q_OBJECT
public:
    FileHead(FileRoot *root, const QString &path, qint64 limit, QObject *parent = nullptr);
    ~FileHead() override;

    void start();
    /// After finished(): what the path is, and the first bytes of a regular file's content.
    TarEntry entry() const { return m_entry; }
    QByteArray data() const { return m_data; }
    /// Whether data() is the whole file.
    bool isWhole() const { return m_entry.type == TarEntry::Type::File && m_data.size() == m_entry.size; }

Q_SIGNALS:
    void finished();
    void failed(const EngineError &error);

private:
    void done();

    FileRoot *m_root;
    QString m_path;
    qint64 m_limit;
    QPointer<EngineReply> m_reply;
    TarReader m_reader;
    TarEntry m_entry;
    QByteArray m_data;
    bool m_seen = false;
    bool m_done = false;
};
