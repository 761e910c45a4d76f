// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipedevice.h"

#include "enginereply.h"

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
        const bool wasEmpty = m_queued == 0;
        m_queue.push_back(block);
        m_queued += block.size();
        if (m_queued > HighWater && m_source)
            m_source->setReadPaused(true);
        if (wasEmpty)
            Q_EMIT readyRead();
    });
    connect(source, &EngineReply::finished, this, [this] {
        m_ended = true;
        Q_EMIT readChannelFinished();
    });
}

qint64 PipeDevice::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && !m_queue.empty()) {
        const QByteArray &front = m_queue.front();
        const qint64 take = qMin(maxSize - copied, qint64(front.size() - m_frontOffset));
        memcpy(data + copied, front.constData() + m_frontOffset, size_t(take));
        copied += take;
        m_frontOffset += take;
        if (m_frontOffset == front.size()) {
            m_queue.pop_front();
            m_frontOffset = 0;
        }
    }
    m_queued -= copied;
    m_passed += copied;
    if (copied > 0)
        Q_EMIT passedThrough(QByteArray(data, copied));
    if (m_source && m_source->isReadPaused() && m_queued < LowWater)
        m_source->setReadPaused(false);
    return copied;
}
