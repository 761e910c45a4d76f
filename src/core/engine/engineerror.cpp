// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

EngineError::EngineError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
{
}

EngineError EngineError::fromHttp(int status, const QByteArray &body)
{
    // Docker answers {"message":…}; Podman {"cause","message","response"}; both have `message`.
    // A few answers (API version too old, Podman's unknown paths) are plain text.
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        message = doc.object().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body).trimmed();
    if (message.isEmpty())
        message = QCoreApplication::translate("EngineError", "HTTP status %1").arg(status);

    Kind kind = Server;
    if (status == 404)
        kind = NotFound;
    else if (status == 409)
        kind = Conflict;
    else if (status >= 400 && status < 500)
        kind = InvalidArgument;
    return EngineError(kind, message, status);
}

EngineError EngineError::connection(Transport transport, const QString &endpoint, const QString &detail)
{
    QString message;
    switch (transport) {
    case SocketMissing:
        message = QCoreApplication::translate(
            "EngineError", "The engine is not running: there is no socket at %1.")
                      .arg(endpoint);
        break;
    case PermissionDenied:
        message = QCoreApplication::translate("EngineError", "Permission denied on the engine socket %1.")
                      .arg(endpoint);
        break;
    case Refused:
        message = QCoreApplication::translate("EngineError", "Nothing answers on the engine socket %1.")
                      .arg(endpoint);
        break;
    case Closed:
        // The detail says where in the answer it closed, when it had begun.
        message = detail.isEmpty() ? QCoreApplication::translate(
                      "EngineError", "The engine closed the connection before it answered.")
                                   : detail + QLatin1Char('.');
        break;
    default:
        message = QCoreApplication::translate("EngineError", "Cannot talk to the engine at %1: %2")
                      .arg(endpoint, detail);
        break;
    }
    EngineError error(ConnectionFailed, message);
    error.m_transport = transport;
    return error;
}

EngineError EngineError::remoteConnection(Transport transport, const QString &message)
{
    EngineError error(ConnectionFailed, message);
    error.m_transport = transport;
    error.m_remote = true;
    return error;
}

EngineError EngineError::protocol(const QString &message)
{
    return EngineError(Protocol, message);
}

EngineError EngineError::unsupportedApi(VersionGap gap, const QString &message)
{
    EngineError error(UnsupportedApiVersion, message);
    error.m_versionGap = gap;
    return error;
}

QString EngineError::hint() const
{
    switch (m_kind) {
    case ConnectionFailed:
        if (m_remote)
            return {};
        switch (m_transport) {
        case SocketMissing:
            return QCoreApplication::translate("EngineError",
                "Start the engine: 'sudo systemctl start docker' (Docker Engine), start Docker Desktop, "
                "or 'systemctl --user start podman.socket' (Podman). If it listens elsewhere, "
                "give its socket with --host unix:///path or DOCKER_HOST.");
        case PermissionDenied:
            return QCoreApplication::translate("EngineError",
                "Your user may not use this socket. Add yourself to the docker group "
                "('sudo usermod -aG docker $USER'), then log out and back in: group membership "
                "takes effect only in a new login.");
        case Refused:
            return QCoreApplication::translate("EngineError",
                "The socket is left over from an engine that stopped. Restart it: 'sudo systemctl restart "
                "docker'.");
        case Closed:
            return QCoreApplication::translate(
                "EngineError", "The engine may have stopped or restarted; try again.");
        default:
            return {};
        }
    case NotAnEngine:
        return QCoreApplication::translate("EngineError",
            "Something answers on this socket, but it is not a Docker or Podman engine. Check the endpoint "
            "(--host, DOCKER_HOST or the docker context).");
    case UnsupportedApiVersion:
        // Never tell the user to update an engine that is newer than Berth.
        if (m_versionGap == BerthTooOld)
            return QCoreApplication::translate("EngineError",
                "The engine is newer than this Berth: update Berth. The engine needs no change.");
        return QCoreApplication::translate("EngineError",
            "Update the engine: Berth needs Docker Engine 19.03 or newer, or Podman 3 or newer.");
    case Protocol:
        return QCoreApplication::translate(
            "EngineError", "The answer was not valid HTTP; check that the endpoint is an engine.");
    case Timeout:
        return QCoreApplication::translate(
            "EngineError", "The engine did not answer in time; it may be overloaded.");
    default:
        return {};
    }
}

QString EngineError::toString() const
{
    const QString h = hint();
    return h.isEmpty() ? m_message : m_message + QLatin1Char(' ') + h;
}

QString EngineError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(kind));
}
