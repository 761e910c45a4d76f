// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginestatus.h"

#include "engineclient.h"

#include <QJSEngine>
#include <QQmlEngine>

void EngineStatus::setInstance(EngineStatus *instance)
{
    s_instance = instance;
}

EngineStatus *EngineStatus::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "EngineStatus", "main.cpp sets the instance before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

EngineStatus::EngineStatus(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &EngineClient::connected, this, &EngineStatus::onConnected);
    connect(m_client, &EngineClient::connectionFailed, this, &EngineStatus::onFailed);
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &EngineStatus::tick);
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
    m_retryTimer.stop();
    m_retryIn = 0;
    Q_EMIT retryInSecondsChanged();
    m_state = Connecting;
    Q_EMIT changed();
    m_client->connectToEngine();
}

void EngineStatus::onConnected()
{
    m_retryTimer.stop();
    m_attempts = 0;
    m_state = Connected;
    m_errorMessage.clear();
    m_errorHint.clear();
    Q_EMIT changed();
    Q_EMIT settled();
}

void EngineStatus::onFailed()
{
    const EngineError error = m_client->lastError();
    m_state = Failed;
    m_errorMessage = error.message();
    m_errorHint = error.hint();
    // Back off from 2 s to 30 s, so a freshly started engine is found quickly.
    m_retryIn = qMin(30, 2 << qMin(m_attempts, 4));
    ++m_attempts;
    m_retryTimer.start();
    Q_EMIT retryInSecondsChanged();
    Q_EMIT changed();
    Q_EMIT settled();
}

void EngineStatus::tick()
{
    if (--m_retryIn <= 0) {
        retry();
        return;
    }
    Q_EMIT retryInSecondsChanged();
}
