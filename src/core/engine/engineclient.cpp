// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineclient.h"

#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "engine/enginesocket.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

namespace {
constexpr int MaxIdleConnections = 4;
constexpr int ConnectTimeoutMs = 10000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EngineClient)
};
} // namespace

EngineClient::EngineClient(Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    qRegisterMetaType<EngineError>();
    m_info.endpointUrl = m_endpoint.url();
}

EngineClient::~EngineClient()
{
    dropIdleConnections();
}

QByteArray EngineClient::wireFor(const EngineRequest &request) const
{
    QByteArray target;
    if (request.versioned && m_info.api.isValid())
        target = "/v" + m_info.api.toString().toLatin1();
    target += request.path.toUtf8();
    const QString query = request.encodedQuery();
    if (!query.isEmpty())
        target += '?' + query.toUtf8();

    QByteArray wire = request.method + ' ' + target + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: Berth/"
        + QCoreApplication::applicationVersion().toLatin1() + "\r\n";
    for (const auto &h : request.headers)
        wire += h.first + ": " + h.second + "\r\n";
    if (request.mode == EngineRequest::Mode::Hijack)
        wire += "Connection: Upgrade\r\nUpgrade: tcp\r\n";
    if (!request.contentType.isEmpty())
        wire += "Content-Type: " + request.contentType + "\r\n";
    if (request.bodyDevice) {
        QIODevice *dev = request.bodyDevice;
        if (dev->isSequential())
            wire += "Transfer-Encoding: chunked\r\n";
        else
            wire += "Content-Length: " + QByteArray::number(dev->size() - dev->pos()) + "\r\n";
    } else if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT") {
        wire += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    }
    wire += "\r\n";
    wire += request.body;
    return wire;
}

EngineReply *EngineClient::send(EngineRequest request)
{
    QByteArray wire = wireFor(request);
    Q_EMIT requestSent(request.method, request.path);
    auto *reply = new EngineReply(this, std::move(request), std::move(wire));
    // Started from the event loop, so the caller can connect before anything is emitted.
    QMetaObject::invokeMethod(reply, &EngineReply::start, Qt::QueuedConnection);
    return reply;
}

EngineReply *EngineClient::failedReply(const EngineError &error)
{
    auto *reply = new EngineReply(this, EngineRequest(), QByteArray());
    QMetaObject::invokeMethod(
        reply, [reply, error] { reply->finish(error); }, Qt::QueuedConnection);
    return reply;
}

EngineSocket *EngineClient::takeIdleSocket()
{
    while (!m_idle.isEmpty()) {
        EngineSocket *socket = m_idle.takeLast();
        if (socket->isConnected() && socket->device()->bytesAvailable() == 0) {
            socket->disconnect(this);
            return socket;
        }
        socket->deleteLater();
    }
    return nullptr;
}

void EngineClient::recycle(EngineSocket *socket)
{
    if (m_idle.size() >= MaxIdleConnections || !socket->isConnected()) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // An idle connection the engine closes is simply forgotten.
    const auto forget = [this, socket] {
        m_idle.removeOne(socket);
        socket->deleteLater();
    };
    connect(socket, &EngineSocket::disconnected, this, forget);
    connect(socket, &EngineSocket::failed, this, forget);
    m_idle.append(socket);
}

void EngineClient::dropIdleConnections()
{
    for (EngineSocket *socket : std::as_const(m_idle)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_idle.clear();
}

void EngineClient::fail(const EngineError &error)
{
    m_state = State::Failed;
    m_lastError = error;
    qCInfo(lcEngine).noquote() << "cannot use the engine at" << m_endpoint.url() << ":" << error.message();
    Q_EMIT connectionFailed(error);
}

void EngineClient::connectToEngine()
{
    if (m_state == State::Connecting)
        return;
    m_state = State::Connecting;
    m_lastError = {};
    m_info = EngineInfo();
    m_info.endpointUrl = m_endpoint.url();
    dropIdleConnections();
    if (!m_endpoint.isValid()) {
        fail(EngineError(EngineError::InvalidArgument, Tr::tr("No engine endpoint is set.")));
        return;
    }
    // The ping alone decides. /version (name, version, OS) waits until someone asks: Docker
    // answers it by running `runc --version` and `docker-init --version`, which on a small
    // machine slows the listings a connection starts with by 10-15 ms.
    EngineRequest ping = EngineRequest::get(QStringLiteral("/_ping"));
    ping.versioned = false;
    ping.timeoutMs = ConnectTimeoutMs;
    EngineReply *pinged = send(ping);
    m_detailsKnown = false;
    m_detailsReply = nullptr;
    connect(pinged, &EngineReply::finished, this, [this, pinged] {
        pinged->deleteLater();
        if (!onPinged(pinged))
            return;
        // An engine newer than Berth may have dropped Berth's version: only /version tells.
        if (m_info.engineApi <= NewestApi)
            setConnected();
        else
            fetchDetails();
    });
}

void EngineClient::fetchDetails()
{
    if (m_detailsKnown || m_detailsReply || (m_state != State::Connecting && m_state != State::Connected))
        return;
    EngineRequest version = EngineRequest::get(QStringLiteral("/version"));
    version.versioned = false;
    version.timeoutMs = ConnectTimeoutMs;
    m_detailsReply = send(version);
    EngineReply *reply = m_detailsReply;
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_detailsReply != reply)
            return; // a reconnection started since
        m_detailsReply = nullptr;
        if (m_state != State::Failed)
            onVersion(reply);
    });
}

void EngineClient::setConnected()
{
    if (m_state == State::Connected)
        return;
    m_state = State::Connected;
    qCInfo(lcEngine).noquote() << "connected at" << m_endpoint.url() << "API" << m_info.api.toString();
    Q_EMIT connected();
}

bool EngineClient::onPinged(EngineReply *reply)
{
    const EngineError error = reply->error();
    if (error.kind() == EngineError::ConnectionFailed || error.kind() == EngineError::Timeout) {
        fail(error);
        return false;
    }
    if (error.kind() == EngineError::Protocol) {
        fail(EngineError(EngineError::NotAnEngine,
            Tr::tr("%1 does not speak HTTP like an engine: %2").arg(m_endpoint.url(), error.message())));
        return false;
    }
    const QByteArray apiHeader = reply->header("Api-Version");
    if (apiHeader.isEmpty()) {
        fail(EngineError(EngineError::NotAnEngine,
            Tr::tr("%1 answered /_ping with HTTP %2 and no Api-Version header: it is not a Docker or "
                   "Podman engine.")
                .arg(m_endpoint.url())
                .arg(reply->statusCode())));
        return false;
    }
    if (error.isError()) {
        fail(error);
        return false;
    }
    const ApiVersion engineApi = ApiVersion::parse(QString::fromLatin1(apiHeader));
    if (!engineApi.isValid()) {
        fail(EngineError::protocol(Tr::tr("The engine sent an unreadable API version '%1'.")
                                       .arg(QString::fromLatin1(apiHeader.left(20)))));
        return false;
    }
    if (engineApi < OldestApi) {
        fail(EngineError::unsupportedApi(EngineError::EngineTooOld,
            Tr::tr("The engine speaks API %1, older than %2, the oldest Berth supports (Docker 19.03).")
                .arg(engineApi.toString(), OldestApi.toString())));
        return false;
    }
    m_info.engineApi = engineApi;
    m_info.podman
        = !reply->header("Libpod-Api-Version").isEmpty() || reply->header("Server").startsWith("Libpod");
    m_info.name = m_info.podman ? QStringLiteral("Podman") : QStringLiteral("Docker Engine");
    m_info.api = std::min(engineApi, NewestApi);

    // The engine's clock, for asking the event stream to replay from the moment of connection.
    m_info.serverTime = QLocale::c().toDateTime(
        QString::fromLatin1(reply->header("Date")), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    m_info.serverTime.setTimeZone(QTimeZone::utc());
    return true;
}

void EngineClient::onVersion(EngineReply *reply)
{
    if (reply->error().isError()) {
        m_info.api = {};
        fail(reply->error());
        return;
    }
    const QJsonObject v = reply->json().object();
    m_info.version = v.value(QLatin1String("Version")).toString();
    m_info.minApi = ApiVersion::parse(v.value(QLatin1String("MinAPIVersion")).toString());
    m_info.os = v.value(QLatin1String("Os")).toString();
    m_info.arch = v.value(QLatin1String("Arch")).toString();
    m_info.kernel = v.value(QLatin1String("KernelVersion")).toString();
    const QJsonObject platform = v.value(QLatin1String("Platform")).toObject();
    m_info.name = m_info.podman ? QStringLiteral("Podman") : platform.value(QLatin1String("Name")).toString();
    if (m_info.name.isEmpty())
        m_info.name = QStringLiteral("Docker Engine");
    if (m_info.minApi.isValid() && m_info.minApi > m_info.api) {
        const QString engineVersion = m_info.version;
        const ApiVersion minApi = m_info.minApi;
        m_info.api = {};
        fail(EngineError::unsupportedApi(EngineError::BerthTooOld,
            Tr::tr("The engine (version %1) accepts API %2 and newer only; this Berth speaks up to %3.")
                .arg(engineVersion, minApi.toString(), NewestApi.toString())));
        return;
    }
    m_detailsKnown = true;
    setConnected();
    Q_EMIT infoChanged();
}

bool EngineClient::waitForConnected(int msecs)
{
    if (m_state == State::Connected && m_detailsKnown)
        return true;
    if (m_state != State::Connecting && m_state != State::Connected)
        connectToEngine();
    if (m_state == State::Connected)
        fetchDetails();
    if (m_state == State::Connecting || (m_state == State::Connected && !m_detailsKnown)) {
        QEventLoop loop;
        connect(this, &EngineClient::connected, &loop, [this] { fetchDetails(); });
        connect(this, &EngineClient::infoChanged, &loop, &QEventLoop::quit);
        connect(this, &EngineClient::connectionFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (m_state == State::Connecting || (m_state == State::Connected && !m_detailsKnown))
        fail(EngineError(
            EngineError::Timeout, Tr::tr("The engine did not answer within %1 s.").arg(msecs / 1000)));
    return m_state == State::Connected;
}
