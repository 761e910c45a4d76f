// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apiversion.h"
#include "engine/endpoint.h"
#include "engine/engineerror.h"
#include "engine/engineinfo.h"
#include "engine/enginerequest.h"

#include <QList>
#include <QObject>

class EngineReply;
class EngineSocket;

/**
 * One engine: its endpoint, the negotiated API version and a small pool of keep-alive
 * connections for short calls. Streams and hijacked sessions get a connection of their own.
 */
class EngineClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    /// The newest API whose answers Berth parses (Docker 29), and the oldest it will speak
    /// (Docker 19.03). Between them Berth speaks the engine's own newest, as the docker CLI does.
    static constexpr ApiVersion NewestApi {1, 52};
    static constexpr ApiVersion OldestApi {1, 40};

    explicit EngineClient(Endpoint endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }
    const EngineInfo &info() const { return m_info; }
    /// Whether /version has answered (name, version, OS …); infoChanged() tells when it does.
    bool detailsKnown() const { return m_detailsKnown; }
    EngineError lastError() const { return m_lastError; }

    /// GET /_ping; negotiates the API version from it and emits connected(), or
    /// connectionFailed(). An engine newer than Berth is asked /version first, as it may no
    /// longer accept Berth's version.
    void connectToEngine();
    /// GET /version once connected, unless known or asked already: infoChanged() when the details
    /// arrive (connectionFailed() should they show the engine refuses Berth's version).
    void fetchDetails();
    /// CLI and tests: connectToEngine(), fetchDetails(), and wait for both. Returns whether connected.
    bool waitForConnected(int msecs = 15000);

    /// Sends a request; the path gets the negotiated version prefix.
    EngineReply *send(EngineRequest request);
    /// A reply that fails with @p error without any I/O (input refused before sending).
    EngineReply *failedReply(const EngineError &error);

    /// Closes idle pooled connections (tests, and after the engine went away).
    void dropIdleConnections();
    int idleConnectionCount() const { return int(m_idle.size()); }

Q_SIGNALS:
    void connected();
    void infoChanged();
    void connectionFailed(const EngineError &error);
    /// Every request as it is sent: who watches what this Berth does (ContainerAlerts).
    void requestSent(const QByteArray &method, const QString &path);

private:
    friend class EngineReply;
    EngineSocket *takeIdleSocket();
    void recycle(EngineSocket *socket);
    QByteArray wireFor(const EngineRequest &request) const;
    void fail(const EngineError &error);
    bool onPinged(EngineReply *reply);
    void onVersion(EngineReply *reply);
    void setConnected();

    Endpoint m_endpoint;
    State m_state = State::Disconnected;
    EngineInfo m_info;
    EngineError m_lastError;
    bool m_detailsKnown = false;
    EngineReply *m_detailsReply = nullptr;
    QList<EngineSocket *> m_idle;
};
