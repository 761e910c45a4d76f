// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class EngineClient;

/**
 * What the user would otherwise miss, read from the engine's event stream: a container that
 * stopped without being asked (a non-zero exit, killed, out of memory), one that turned
 * unhealthy, one that restarts again and again.
 *
 * Never what this Berth did itself: every stop, kill, restart, pause or removal it sends
 * through the client it watches (a button, a job, a migration) is remembered for a while, and
 * the stop it causes says nothing. Berth's own helper containers say nothing either. The same
 * kind of alert for the same container waits a quiet period before it is said again.
 */
class ContainerAlerts : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Stopped, Unhealthy, Restarting };
    Q_ENUM(Kind)

    struct Alert
    {
        Kind kind = Kind::Stopped;
        QString containerId;
        QString name;
        int exitCode = 0;
        bool outOfMemory = false;
        int signal = 0; ///< the signal a kill sent (by someone other than this Berth), or 0
        int restarts = 0; ///< starts within the restart window, for Restarting
        /// One sentence for the user, translated: "web stopped with exit code 3".
        QString text() const;
    };

    /// How long a request of this Berth's covers the stop it causes, and how long the same alert
    /// for the same container stays quiet after it was given.
    static constexpr qint64 IntentMs = 120 * 1000;
    static constexpr qint64 QuietMs = 10 * 60 * 1000;
    /// Restarting: this many starts within this window.
    static constexpr int RestartCount = 3;
    static constexpr qint64 RestartWindowMs = 90 * 1000;

    explicit ContainerAlerts(QObject *parent = nullptr);

    /// Watches the requests this Berth sends to @p client (the one the events come from).
    void setClient(EngineClient *client);
    /// One event of the engine's stream (EngineSync::eventReceived).
    void onEvent(const QJsonObject &event);
    /// A request this Berth sent (EngineClient::requestSent); public for tests.
    void onRequest(const QByteArray &method, const QString &path);
    /// Tests: the clock, in milliseconds.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void alerted(const ContainerAlerts::Alert &alert);

private:
    struct Seen
    {
        QString name;
        qint64 intentUntil = 0; ///< a stop this Berth asked for is expected until then
        qint64 oomAt = -1;
        int killSignal = 0;
        qint64 killAt = -1;
        QList<qint64> starts;
        QHash<int, qint64> quietUntil; ///< by Kind
    };
    /// The container a path's id-or-name part means, among those seen (or the part itself).
    QString keyFor(const QString &idOrName) const;
    void say(Seen &seen, const Alert &alert);

    QPointer<EngineClient> m_client;
    QMetaObject::Connection m_requests;
    QHash<QString, Seen> m_seen; ///< by full container id
    QHash<QString, qint64> m_intentByRef; ///< id or name as a request named it → until when
    std::function<qint64()> m_now;
};
