// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/multiplexeddecoder.h"

#include <QCoreApplication>
#include <QtEndian>

QList<MultiplexedDecoder::Frame> MultiplexedDecoder::feed(QByteArrayView data)
{
    QList<Frame> frames;
    if (hasError())
        return frames;
    m_buffer.append(data.data(), data.size());
    for (;;) {
        const qsizetype available = m_buffer.size() - m_offset;
        if (available < 8)
            break;
        const auto *h = reinterpret_cast<const uchar *>(m_buffer.constData() + m_offset);
        if (h[0] > 3 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
            m_error = QCoreApplication::translate(
                "EngineError", "Malformed multiplexed stream header (is the container a TTY?)");
            break;
        }
        const quint32 length = qFromBigEndian<quint32>(h + 4);
        if (length > MaxFrame) {
            m_error = QCoreApplication::translate(
                "EngineError", "A multiplexed frame of %1 bytes is longer than the %2 MiB allowed")
                          .arg(length)
                          .arg(MaxFrame / (1024 * 1024));
            break;
        }
        if (available - 8 < qsizetype(length))
            break;
        frames.append({Stream(h[0]), m_buffer.mid(m_offset + 8, length)});
        m_offset += 8 + length;
    }
    // Compact once the consumed prefix dominates, so long streams stay linear.
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024 && m_offset > m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return frames;
}
