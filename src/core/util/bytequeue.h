// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstring>
#include <deque>

/// Blocks of bytes read in order, as a stream: the buffer behind Berth's sequential devices.
class ByteQueue
{
public:
    void push(QByteArray block)
    {
        m_size += block.size();
        m_blocks.push_back(std::move(block));
    }
    /// Copies up to @p maxSize bytes into @p to; how many.
    qint64 read(char *to, qint64 maxSize)
    {
        qint64 copied = 0;
        while (copied < maxSize && !m_blocks.empty()) {
            const QByteArray &front = m_blocks.front();
            const qint64 take = qMin(maxSize - copied, qint64(front.size() - m_frontOffset));
            std::memcpy(to + copied, front.constData() + m_frontOffset, size_t(take));
            copied += take;
            m_frontOffset += take;
            if (m_frontOffset == front.size()) {
                m_blocks.pop_front();
                m_frontOffset = 0;
            }
        }
        m_size -= copied;
        return copied;
    }
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    std::deque<QByteArray> m_blocks;
    qsizetype m_frontOffset = 0;
    qint64 m_size = 0;
};
