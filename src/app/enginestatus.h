// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class EngineClient;
class EngineSync;
class QJSEngine;
class QQmlEngine;

/**
 * The engine Berth is connected to, or why it is not, for QML. One app-wide instance built by
 * the composition root in main.cpp; QML reads it as a singleton and never sees the client.
 * Reconnection is EngineSync's; this object only tells the user and offers "retry now".
 */
class EngineStatus : public QObject, public AppSingleton<EngineStatus>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString engineName READ engineName NOTIFY changed)
    Q_PROPERTY(QString engineVersion READ engineVersion NOTIFY changed)
    Q_PROPERTY(QString apiVersion READ apiVersion NOTIFY changed)
    Q_PROPERTY(QString engineApiVersion READ engineApiVersion NOTIFY changed)
    Q_PROPERTY(QString operatingSystem READ operatingSystem NOTIFY changed)
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY changed)
    Q_PROPERTY(QString endpointSource READ endpointSource NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString errorHint READ errorHint NOTIFY changed)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY retryInSecondsChanged)

public:
    enum State { Connecting, Connected, Failed };
    Q_ENUM(State)

    EngineStatus(EngineClient *client, EngineSync *sync, QObject *parent = nullptr);

    /// The window shows another engine now (EngineSync follows it already).
    void setClient(EngineClient *client);

    State state() const { return m_state; }
    QString engineName() const;
    QString engineVersion() const;
    QString apiVersion() const;
    QString engineApiVersion() const;
    QString operatingSystem() const;
    QString endpoint() const;
    QString endpointSource() const;
    QString errorMessage() const { return m_errorMessage; }
    QString errorHint() const { return m_errorHint; }
    int retryInSeconds() const { return m_retryIn; }

    Q_INVOKABLE void retry();
    /// Lists everything again (F5).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void retryInSecondsChanged();
    /// The models are Ready, or the engine could not be reached: what the window shows is final.
    void settled();

private:
    void update();
    void tick();

    EngineClient *m_client;
    QMetaObject::Connection m_infoConnection;
    EngineSync *m_sync;
    State m_state = Connecting;
    QString m_errorMessage;
    QString m_errorHint;
    QTimer m_countdown;
    int m_retryIn = 0;
    bool m_settlePending = false;
};
