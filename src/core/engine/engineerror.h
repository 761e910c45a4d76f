// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

/**
 * One error value for everything that can go wrong between Berth and the engine.
 *
 * The kind is chosen from the HTTP status code or the transport failure, never from the
 * English text of a message; the message itself is the engine's own (its JSON `message`,
 * or the raw body when the engine answered in plain text), and hint() says what to do.
 */
class EngineError
{
    Q_GADGET
public:
    enum Kind {
        NoError,
        ConnectionFailed, ///< socket missing, permission denied, refused, closed
        NotFound, ///< 404
        Conflict, ///< 409
        InvalidArgument, ///< other 4xx, or input refused before any I/O
        Server, ///< 5xx, or an error reported inside a 200 stream
        Protocol, ///< bytes that are not the HTTP we expect
        NotAnEngine, ///< an HTTP server that is not a Docker-compatible engine
        Cancelled,
        Timeout,
        UnsupportedApiVersion,
    };
    Q_ENUM(Kind)

    /// Why a connection failed; only meaningful with ConnectionFailed.
    enum Transport { NoTransportError, SocketMissing, PermissionDenied, Refused, Closed, OtherTransport };
    Q_ENUM(Transport)

    /// Which side is behind when the versions do not meet; only meaningful with UnsupportedApiVersion.
    enum VersionGap { NoVersionGap, EngineTooOld, BerthTooOld };
    Q_ENUM(VersionGap)

    EngineError() = default;
    EngineError(Kind kind, QString message, int httpStatus = 0);

    static EngineError fromHttp(int status, const QByteArray &body);
    static EngineError connection(Transport transport, const QString &endpoint, const QString &detail);
    /// A connection to another machine (ssh, TLS) that failed: its transport's @p message already
    /// says what happened and what to do there; the hints about this machine's sockets do not apply.
    static EngineError remoteConnection(Transport transport, const QString &message);
    static EngineError protocol(const QString &message);
    /// The engine and Berth have no API version in common; @p gap says who must update.
    static EngineError unsupportedApi(VersionGap gap, const QString &message);

    bool isError() const { return m_kind != NoError; }
    Kind kind() const { return m_kind; }
    Transport transport() const { return m_transport; }
    VersionGap versionGap() const { return m_versionGap; }
    int httpStatus() const { return m_httpStatus; }
    /// The engine's own message, or a description of the transport failure.
    QString message() const { return m_message; }
    /// What the user can do about it, in the user's language. May be empty.
    QString hint() const;
    /// message and hint on one line, for a status line or stderr.
    QString toString() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = NoError;
    Transport m_transport = NoTransportError;
    VersionGap m_versionGap = NoVersionGap;
    bool m_remote = false; ///< a connection to another machine (ssh://, tcp://)
    int m_httpStatus = 0;
    QString m_message;
};

Q_DECLARE_METATYPE(EngineError)
