// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Decodes the engine's multiplexed stream (logs, attach and exec of a container without a
 * TTY): frames of an 8-byte header — stream (0 stdin, 1 stdout, 2 stderr, 3 system error),
 * three zero bytes, big-endian uint32 length — then the payload. No socket inside.
 */
class MultiplexedDecoder
{
public:
    enum Stream { Stdin = 0, Stdout = 1, Stderr = 2, SystemError = 3 };
    /// The longest frame accepted: a frame is held whole before it is delivered. The engines
    /// write at most 32 KiB per frame (and the json-file log driver splits lines at 16 KiB), but
    /// another engine or log driver may send a long log line as one frame; 16 MiB allows for that
    /// and still stops a damaged or hostile length (up to 4 GiB) from filling memory.
    static constexpr quint32 MaxFrame = 16 * 1024 * 1024;
    struct Frame
    {
        Stream stream;
        QByteArray data;
    };

    /// Returns the frames completed by @p data. A frame's payload is delivered whole.
    QList<Frame> feed(QByteArrayView data);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// True when the stream stopped between frames.
    bool atFrameBoundary() const { return m_buffer.size() == m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    QString m_error;
};
