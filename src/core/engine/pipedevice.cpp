// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/pipedevice.h"

#include "engine/enginereply.h"

namespace {
constexpr qint64 HighWater = 16 << 20;
constexpr qint64 LowWater = 4 << 20;
} // namespace

PipeDevice::PipeDevice(QObject *parent)
    : QIODevice(parent)
{
}

void PipeDevice::connectSource(EngineReply *source)
{
    m_source = source;
    connect(source, &EngineReply::dataReceived, this, [this](const QByteArray &block) {
        const bool wasEmpty = m_queue.isEmpty();
        m_queue.push(block);
        if (m_queue.size() > HighWater && m_source)
            m_source->setReadPaused(true);
        if (wasEmpty)
            Q_EMIT readyRead();
    });
    connect(source, &EngineReply::finished, this, [this] {
        m_ended = true;
        Q_EMIT readChannelFinished();
    });
}

void PipeDevice::endWithoutSource()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT readChannelFinished();
}

qint64 PipeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 copied = m_queue.read(data, maxSize);
    m_passed += copied;
    if (copied > 0)
        Q_EMIT passedThrough(QByteArray(data, copied));
    if (m_source && m_source->isReadPaused() && m_queue.size() < LowWater)
        m_source->setReadPaused(false);
    return copied;
}
