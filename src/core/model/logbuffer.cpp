// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logbuffer.h"

#include <algorithm>

void LogBuffer::append(Stream stream, QByteArrayView bytes, qint64 timeMs)
{
    QByteArray &open = m_open[stream];
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0) {
            if (open.isEmpty())
                m_openTime[stream] = timeMs;
            open.append(bytes.sliced(pos));
            return;
        }
        if (open.isEmpty()) {
            addLine(stream, bytes.sliced(pos, nl - pos), timeMs);
        } else {
            open.append(bytes.sliced(pos, nl - pos));
            addLine(stream, open, m_openTime[stream]);
            open.clear();
        }
        pos = nl + 1;
    }
}

void LogBuffer::flush()
{
    for (Stream s : {Stdout, Stderr}) {
        if (!m_open[s].isEmpty()) {
            addLine(s, m_open[s], m_openTime[s]);
            m_open[s].clear();
        }
    }
}

void LogBuffer::clear()
{
    *this = LogBuffer();
}

void LogBuffer::addLine(Stream stream, QByteArrayView bytes, qint64 timeMs)
{
    const qsizetype line = m_lines++;
    if (bytes.size() > BlockSize) {
        m_blocks.append({bytes.toByteArray(), {}, line, true});
    } else {
        if (m_blocks.isEmpty() || m_blocks.last().single
            || m_blocks.last().data.size() + bytes.size() > BlockSize) {
            if (!m_blocks.isEmpty())
                m_blocks.last().ends.squeeze(); // full: no more lines come to it
            Block block;
            block.firstLine = line;
            block.data.reserve(BlockSize);
            m_blocks.append(block);
        }
        Block &block = m_blocks.last();
        block.data.append(bytes.data(), bytes.size());
        block.ends.append(quint16(block.data.size()));
    }
    if (line % 64 == 0)
        m_stderr.append(0);
    if (stream == Stderr)
        m_stderr.last() |= quint64(1) << (line % 64);
    if (timeMs >= 0 && (m_times.isEmpty() || m_times.last() != timeMs)) {
        m_timeLines.append(quint32(line));
        m_times.append(timeMs);
    }
    m_textBytes += bytes.size();
}

qsizetype LogBuffer::blockOf(qsizetype line) const
{
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), line,
        [](qsizetype l, const Block &b) { return l < b.firstLine; });
    return (it - m_blocks.cbegin()) - 1;
}

QByteArrayView LogBuffer::line(qsizetype i) const
{
    if (i < 0 || i >= m_lines)
        return {};
    const Block &block = m_blocks[blockOf(i)];
    if (block.single)
        return block.data;
    const qsizetype at = i - block.firstLine;
    const qsizetype start = at == 0 ? 0 : block.ends[at - 1];
    return QByteArrayView(block.data).sliced(start, block.ends[at] - start);
}

LogBuffer::Stream LogBuffer::stream(qsizetype i) const
{
    if (i < 0 || i >= m_lines)
        return Stdout;
    return (m_stderr[i / 64] >> (i % 64)) & 1 ? Stderr : Stdout;
}

qint64 LogBuffer::timeMs(qsizetype i) const
{
    const auto it = std::upper_bound(m_timeLines.cbegin(), m_timeLines.cend(), quint32(i));
    if (it == m_timeLines.cbegin())
        return -1;
    return m_times[(it - m_timeLines.cbegin()) - 1];
}

qint64 LogBuffer::memoryBytes() const
{
    qint64 total = m_blocks.capacity() * qint64(sizeof(Block)) + m_stderr.capacity() * 8
        + m_timeLines.capacity() * 4 + m_times.capacity() * 8 + m_open[0].capacity() + m_open[1].capacity();
    for (const Block &b : m_blocks)
        total += b.data.capacity() + b.ends.capacity() * 2;
    return total;
}
