// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/chunkeddecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/**
 * Parses one HTTP/1.1 response fed in arbitrary pieces: status line, headers, then the body
 * framed by Content-Length, chunked transfer encoding, or the connection closing.
 *
 * Interim 1xx answers are skipped; 204, 304 and answers to HEAD have no body; a 101 switches
 * to a raw stream whose bytes are handed out unchanged. No socket inside.
 */
class HttpResponseParser
{
public:
    enum class State { StatusLine, Headers, Body, Complete, Upgraded, Error };
    enum class Framing { None, ContentLength, Chunked, UntilClose };

    static constexpr qsizetype DefaultMaxHeaderBytes = 64 * 1024;
    /// The cap on a body held whole in memory. The largest answers Berth holds whole are
    /// listings (10,000 containers are a few MB of JSON) and inspect answers (tens of KB).
    static constexpr qint64 DefaultMaxBufferedBody = 64 * 1024 * 1024;

    explicit HttpResponseParser(bool headRequest = false, qsizetype maxHeaderBytes = DefaultMaxHeaderBytes);

    /// Fails the response once its decoded body passes @p bytes (0: no cap), for a body the
    /// caller holds whole. An error answer (status 400 and up) is always held whole, so without
    /// a cap set it gets DefaultMaxBufferedBody.
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }

    /// Feeds bytes. Returns false once the response is malformed (see errorString()).
    bool feed(QByteArrayView data);
    /// The connection closed. Completes a body framed by the close; anything else
    /// unfinished becomes an error.
    void closed();

    State state() const { return m_state; }
    bool headersComplete() const { return m_state >= State::Body && m_state != State::Error; }
    bool isComplete() const { return m_state == State::Complete; }
    bool isUpgraded() const { return m_state == State::Upgraded; }
    /// The connection closed in the middle of the body: a dropped connection, not bad HTTP.
    bool closedMidBody() const { return m_closedMidBody; }
    bool hasError() const { return m_state == State::Error; }
    QString errorString() const { return m_error; }

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    /// The value of a header; names compare case-insensitively (Go canonicalises them).
    QByteArray header(QByteArrayView name) const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    Framing framing() const { return m_framing; }
    /// Whether the connection can carry another request after this response.
    bool keepAlive() const;

    /// Body bytes decoded so far and not yet taken. After a 101, the raw stream's bytes.
    QByteArray takeBody() { return std::exchange(m_body, QByteArray()); }
    qsizetype pendingBodySize() const { return m_body.size(); }
    /// Bytes that arrived after the end of a complete response.
    QByteArray takeExcess() { return std::exchange(m_excess, QByteArray()); }

private:
    bool fail(const QString &message);
    bool parseStatusLine(const QByteArray &line);
    bool headersDone();
    bool feedBody(QByteArrayView data);
    qint64 bodyCap() const;
    bool countBody(qint64 bytes);
    bool tooLarge(qint64 cap);

    bool m_head;
    qsizetype m_maxHeaderBytes;
    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    int m_status = 0;
    QByteArray m_version;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    quint64 m_remaining = 0;
    qint64 m_maxBody = 0;
    qint64 m_bodyBytes = 0;
    ChunkedDecoder m_chunked;
    QByteArray m_body;
    QByteArray m_excess;
    QString m_error;
    bool m_closedMidBody = false;
};
