// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

class EngineReply;
class GzipSink;

/**
 * An engine stream (a volume's archive, a saved image) into a file on a thread of its own:
 * gzipped in parallel or stored (level 0), hashed while written, synced at the end. The engine's
 * stream is paused while the writer is behind, so memory stays bounded. The file is written
 * under the name given (the caller's temporary name) and deleted on abort or failure.
 */
class StreamSink : public QObject
{
    Q_OBJECT
public:
    StreamSink(QString path, int level, QObject *parent = nullptr);
    ~StreamSink() override;

    /// Opens the file, then calls @p request and writes its stream.
    void run(const std::function<EngineReply *()> &request);
    /// Stops the stream and deletes the file.
    void abort();
    qint64 bytesRead() const { return m_read; }

Q_SIGNALS:
    void progress(qint64 read);
    /// The file is complete and on disk: its sha256 (hex) and size.
    void finished(const QByteArray &hexDigest, qint64 size);
    void failed(const EngineError &error);

private:
    void fail(const EngineError &error);

    QString m_path;
    QThread m_thread;
    GzipSink *m_sink = nullptr; ///< lives on m_thread
    QPointer<EngineReply> m_reply;
    qint64 m_read = 0;
    qint64 m_queued = 0; ///< handed to the writer, not yet written
    bool m_done = false;
};
