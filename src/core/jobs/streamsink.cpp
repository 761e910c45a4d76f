// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/streamsink.h"

#include "archive/gzipsink.h"
#include "engine/enginereply.h"

namespace {
/// Bytes waiting beyond this pause the engine's stream (it sends faster than gzip writes).
constexpr qint64 HighWater = 32 << 20;
constexpr qint64 LowWater = 8 << 20;
} // namespace

StreamSink::StreamSink(QString path, int level, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_sink(new GzipSink(m_path, level))
{
    m_sink->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sink, &QObject::deleteLater);
    m_thread.start();
}

StreamSink::~StreamSink()
{
    if (!m_done)
        abort();
    m_thread.quit();
    m_thread.wait();
}

void StreamSink::run(const std::function<EngineReply *()> &request)
{
    connect(m_sink, &GzipSink::opened, this, [this, request](const QString &error) {
        if (!error.isEmpty()) {
            fail(EngineError(EngineError::InvalidArgument, error));
            return;
        }
        m_reply = request();
        connect(m_reply, &EngineReply::dataReceived, this, [this](const QByteArray &block) {
            m_read += block.size();
            m_queued += block.size();
            QMetaObject::invokeMethod(m_sink, [sink = m_sink, block] { sink->write(block); });
            if (m_queued > HighWater && m_reply)
                m_reply->setReadPaused(true);
            Q_EMIT progress(m_read);
        });
        connect(m_reply, &EngineReply::finished, this, [this, reply = m_reply.data()] {
            reply->deleteLater();
            if (reply->error().isError())
                fail(reply->error());
            else
                QMetaObject::invokeMethod(m_sink, &GzipSink::finish);
        });
    });
    connect(m_sink, &GzipSink::written, this, [this](qint64 in) {
        m_queued -= in;
        if (m_reply && m_reply->isReadPaused() && m_queued < LowWater)
            m_reply->setReadPaused(false);
    });
    connect(m_sink, &GzipSink::failed, this,
        [this](const QString &error) { fail(EngineError(EngineError::InvalidArgument, error)); });
    connect(m_sink, &GzipSink::finished, this, [this](const QByteArray &digest, qint64 size) {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished(digest, size);
    });
    QMetaObject::invokeMethod(m_sink, &GzipSink::open);
}

void StreamSink::fail(const EngineError &error)
{
    if (m_done)
        return;
    abort();
    Q_EMIT failed(error);
}

void StreamSink::abort()
{
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    QMetaObject::invokeMethod(m_sink, &GzipSink::discard, Qt::BlockingQueuedConnection);
}
