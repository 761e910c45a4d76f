// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/**
 * Decodes an HTTP/1.1 chunked body fed in arbitrary pieces. No socket inside.
 *
 * The daemons happen to send one message per chunk, but nothing guarantees it, so the
 * output is a plain byte stream for the next decoder.
 */
class ChunkedDecoder
{
public:
    /// Decodes as much of @p data as it can, appending payload bytes to @p out.
    /// Returns the number of bytes consumed: all of them, unless the body ends inside
    /// @p data (the rest belongs to whatever follows) or an error occurs (then -1).
    qsizetype feed(QByteArrayView data, QByteArray &out);

    bool isFinished() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorString() const { return m_error; }
    /// True while the decoder is between chunks, so a close here loses nothing announced.
    bool atChunkBoundary() const { return m_state == State::Size && m_line.isEmpty(); }

private:
    enum class State { Size, Data, DataEnd, Trailer, Done, Error };
    qsizetype fail(const QString &message);

    State m_state = State::Size;
    QByteArray m_line;
    quint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0;
    QString m_error;
};
