// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

/**
 * A container's log as raw bytes: lines packed into 64 KiB blocks, a 2-byte end offset per line,
 * a bit per line for stderr, and the times only where they change (a busy log writes many lines
 * in the same millisecond). About 2 bytes of index a line, where a QString per line costs twice
 * the text plus 24 bytes.
 *
 * A value type with implicitly shared parts: a copy is a cheap snapshot that a search thread
 * can read while the GUI thread appends to the original.
 */
class LogBuffer
{
public:
    enum Stream : quint8 { Stdout = 0, Stderr = 1 };

    /// One message as the engine sent it, without its timestamp: each newline ends a line; text
    /// after the last newline stays open until more of the same stream comes, or flush().
    void append(Stream stream, QByteArrayView bytes, qint64 timeMs = -1);
    /// Ends the lines still open (the stream ended, or a prompt waits without a newline).
    void flush();
    void clear();

    qsizetype lineCount() const { return m_lines; }
    /// The line's bytes, without its newline. Valid until the buffer changes.
    QByteArrayView line(qsizetype i) const;
    Stream stream(qsizetype i) const;
    /// Milliseconds since the epoch, or -1 when the engine sent no time.
    qint64 timeMs(qsizetype i) const;
    /// Bytes of text held (the lines, without newlines).
    qint64 textBytes() const { return m_textBytes; }
    /// What the buffer holds on the heap, index included.
    qint64 memoryBytes() const;
    bool hasOpenLine() const { return !m_open[0].isEmpty() || !m_open[1].isEmpty(); }

private:
    static constexpr qsizetype BlockSize = 65535;
    void addLine(Stream stream, QByteArrayView bytes, qint64 timeMs);
    qsizetype blockOf(qsizetype line) const;

    struct Block
    {
        QByteArray data;
        /// Per line, where it ends in data (none for a single line longer than a block). Kept
        /// per block, so the index grows in small steps, never by copying all of it.
        QList<quint16> ends;
        qsizetype firstLine = 0;
        bool single = false; ///< one line longer than a block, alone in it
    };
    QList<Block> m_blocks;
    qsizetype m_lines = 0;
    QList<quint64> m_stderr; ///< a bit per line
    QList<quint32> m_timeLines; ///< the first line of each run of lines with the same time
    QList<qint64> m_times;
    QByteArray m_open[2];
    qint64 m_openTime[2] = {-1, -1};
    qint64 m_textBytes = 0;
};
