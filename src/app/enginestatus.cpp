// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/enginestatus.h"

#include "engine/engineclient.h"
#include "sync/enginesync.h"

#include <QJSEngine>
#include <QQmlEngine>

EngineStatus::EngineStatus(EngineClient *client, EngineSync *sync, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sync(sync)
{
    connect(m_sync, &EngineSync::stateChanged, this, &EngineStatus::update);
    m_client = nullptr;
    setClient(client);
    // What the window shows is final once the models are Ready and the engine's details known.
    connect(m_sync, &EngineSync::ready, this, [this] {
        if (m_client->detailsKnown())
            Q_EMIT settled();
        else
            m_settlePending = true;
    });
    connect(m_sync, &EngineSync::disconnected, this, &EngineStatus::settled);
    // A countdown for the user, not a poll of the engine: EngineSync owns the retry itself.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &EngineStatus::tick);
}

void EngineStatus::setClient(EngineClient *client)
{
    if (client == m_client)
        return;
    disconnect(m_infoConnection);
    m_client = client;
    m_infoConnection = connect(m_client, &EngineClient::infoChanged, this, [this] {
        Q_EMIT changed();
        if (std::exchange(m_settlePending, false))
            Q_EMIT settled();
    });
    // Not the other engine's failure: this one is being reached now.
    m_state = Connecting;
    m_errorMessage.clear();
    m_errorHint.clear();
    m_settlePending = false;
    Q_EMIT changed();
}

QString EngineStatus::engineName() const
{
    return m_client->info().name;
}

QString EngineStatus::engineVersion() const
{
    return m_client->info().version;
}

QString EngineStatus::apiVersion() const
{
    return m_client->info().api.isValid() ? m_client->info().api.toString() : QString();
}

QString EngineStatus::engineApiVersion() const
{
    return m_client->info().engineApi.isValid() ? m_client->info().engineApi.toString() : QString();
}

QString EngineStatus::operatingSystem() const
{
    const auto &i = m_client->info();
    return i.os.isEmpty() ? QString() : i.os + QLatin1Char('/') + i.arch;
}

QString EngineStatus::endpoint() const
{
    return m_client->endpoint().url();
}

QString EngineStatus::endpointSource() const
{
    return m_client->endpoint().source;
}

void EngineStatus::retry()
{
    m_sync->retryNow();
}

void EngineStatus::refresh()
{
    m_sync->reload();
}

void EngineStatus::update()
{
    switch (m_sync->state()) {
    case EngineSync::State::Loading:
    case EngineSync::State::Live:
        m_state = Connected;
        m_errorMessage.clear();
        m_errorHint.clear();
        break;
    case EngineSync::State::WaitingToReconnect:
        m_state = Failed;
        m_errorMessage = m_sync->lastError().message();
        m_errorHint = m_sync->lastError().hint();
        break;
    default:
        // While reconnecting, keep showing why the engine was lost.
        if (m_state != Failed)
            m_state = Connecting;
        break;
    }
    if (m_sync->state() == EngineSync::State::WaitingToReconnect)
        m_countdown.start();
    else
        m_countdown.stop();
    tick();
    Q_EMIT changed();
}

void EngineStatus::tick()
{
    const int seconds = (m_sync->retryInMs() + 999) / 1000;
    if (seconds != m_retryIn) {
        m_retryIn = seconds;
        Q_EMIT retryInSecondsChanged();
    }
}
