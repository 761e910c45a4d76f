// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/containeralerts.h"

#include "engine/engineclient.h"
#include "jobs/volumehelper.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContainerAlerts)
};

/// The verbs of a request that stop a container (or pause it), as this Berth sends them:
/// POST /containers/X/stop|kill|restart|pause|wait… and DELETE /containers/X.
QString stoppedRef(const QByteArray &method, const QString &path)
{
    static const QRegularExpression post(
        QStringLiteral("^(?:/v[0-9.]+)?/containers/([^/?]+)/(?:stop|kill|restart|pause)(?:\\?.*)?$"));
    static const QRegularExpression remove(QStringLiteral("^(?:/v[0-9.]+)?/containers/([^/?]+)(?:\\?.*)?$"));
    QRegularExpressionMatch match;
    if (method == "POST")
        match = post.match(path);
    else if (method == "DELETE")
        match = remove.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QString ContainerAlerts::Alert::text() const
{
    switch (kind) {
    case Kind::Unhealthy:
        return Tr::tr("%1 is unhealthy: its health check fails.").arg(name);
    case Kind::Restarting:
        return Tr::tr("%1 keeps restarting: %2 starts in a minute and a half.").arg(name).arg(restarts);
    case Kind::Stopped:
        break;
    }
    if (outOfMemory)
        return Tr::tr("%1 ran out of memory and stopped (exit code %2).").arg(name).arg(exitCode);
    if (signal != 0)
        return Tr::tr("%1 was killed with signal %2 and stopped (exit code %3).")
            .arg(name)
            .arg(signal)
            .arg(exitCode);
    return Tr::tr("%1 stopped with exit code %2.").arg(name).arg(exitCode);
}

ContainerAlerts::ContainerAlerts(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void ContainerAlerts::setClient(EngineClient *client)
{
    disconnect(m_requests);
    m_client = client;
    m_seen.clear();
    m_intentByRef.clear();
    if (client)
        m_requests = connect(client, &EngineClient::requestSent, this, &ContainerAlerts::onRequest);
}

void ContainerAlerts::onRequest(const QByteArray &method, const QString &path)
{
    const QString ref = stoppedRef(method, path);
    if (ref.isEmpty())
        return;
    const qint64 until = m_now() + IntentMs;
    const QString key = keyFor(ref);
    if (m_seen.contains(key))
        m_seen[key].intentUntil = until;
    else
        m_intentByRef.insert(ref, until); // its first event will tell which container it is
}

QString ContainerAlerts::keyFor(const QString &idOrName) const
{
    if (m_seen.contains(idOrName))
        return idOrName;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it.value().name == idOrName || (idOrName.size() >= 12 && it.key().startsWith(idOrName)))
            return it.key();
    }
    return idOrName;
}

void ContainerAlerts::onEvent(const QJsonObject &event)
{
    if (event.value(QLatin1String("Type")).toString() != QLatin1String("container"))
        return;
    const QString action = event.value(QLatin1String("Action")).toString();
    const QJsonObject actor = event.value(QLatin1String("Actor")).toObject();
    const QString id = actor.value(QLatin1String("ID")).toString();
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    if (id.isEmpty() || attributes.contains(QLatin1String(VolumeHelper::Label)))
        return;
    // The stream replays the second before the connection (EngineSync): what happened then was
    // before this Berth looked, and may have been another Berth's doing. The engine's clock is
    // known to the second only (its Date header): the whole second of the connection counts as before.
    const QDateTime connected = m_client ? m_client->info().serverTime : QDateTime();
    if (connected.isValid()) {
        const double nanos = event.value(QLatin1String("timeNano")).toDouble();
        const qint64 at
            = nanos > 0 ? qint64(nanos / 1e6) : qint64(event.value(QLatin1String("time")).toDouble() * 1000);
        if (at > 0 && at < connected.toMSecsSinceEpoch() + 1000)
            return;
    }
    const qint64 now = m_now();
    Seen &seen = m_seen[id];
    const QString name = attributes.value(QLatin1String("name")).toString();
    if (!name.isEmpty())
        seen.name = name;
    // A request that named the container before its first event here (by name or short id).
    for (auto it = m_intentByRef.begin(); it != m_intentByRef.end();) {
        if (it.value() < now) {
            it = m_intentByRef.erase(it);
            continue;
        }
        if (it.key() == id || it.key() == seen.name || (it.key().size() >= 12 && id.startsWith(it.key()))) {
            seen.intentUntil = std::max(seen.intentUntil, it.value()); // now this container's
            it = m_intentByRef.erase(it);
            continue;
        }
        ++it;
    }
    const bool intended = seen.intentUntil >= now;

    if (action == QLatin1String("destroy")) {
        m_seen.remove(id);
        return;
    }
    if (action == QLatin1String("oom")) {
        seen.oomAt = now;
        return;
    }
    if (action == QLatin1String("kill")) {
        seen.killSignal = attributes.value(QLatin1String("signal")).toString().toInt();
        seen.killAt = now;
        return;
    }
    if (action == QLatin1String("start")) {
        seen.starts.append(now);
        while (!seen.starts.isEmpty() && seen.starts.first() < now - RestartWindowMs)
            seen.starts.removeFirst();
        if (seen.starts.size() >= RestartCount && !intended) {
            Alert alert;
            alert.kind = Kind::Restarting;
            alert.containerId = id;
            alert.name = seen.name;
            alert.restarts = int(seen.starts.size());
            say(seen, alert);
        }
        return;
    }
    // Docker: "health_status: unhealthy"; Podman: "health_status" with the state as an attribute.
    if (action.startsWith(QLatin1String("health_status"))) {
        const QString state = action.contains(QLatin1Char(':'))
            ? action.section(QLatin1Char(':'), 1).trimmed()
            : attributes.value(QLatin1String("health_status")).toString();
        if (state == QLatin1String("unhealthy")) {
            Alert alert;
            alert.kind = Kind::Unhealthy;
            alert.containerId = id;
            alert.name = seen.name;
            say(seen, alert);
        }
        return;
    }
    if (action != QLatin1String("die"))
        return;
    const QString exit = attributes.value(QLatin1String("exitCode")).toString();
    const int exitCode = exit.isEmpty()
        ? attributes.value(QLatin1String("containerExitCode")).toString().toInt()
        : exit.toInt();
    const bool oom = seen.oomAt >= 0 && now - seen.oomAt < 10 * 1000;
    const int signal = seen.killAt >= 0 && now - seen.killAt < 60 * 1000 ? seen.killSignal : 0;
    seen.oomAt = -1;
    seen.killAt = -1;
    if (intended) {
        seen.intentUntil = 0; // one stop per request
        return;
    }
    if (exitCode == 0 && !oom)
        return; // it finished its work
    Alert alert;
    alert.kind = Kind::Stopped;
    alert.containerId = id;
    alert.name = seen.name;
    alert.exitCode = exitCode;
    alert.outOfMemory = oom;
    alert.signal = signal;
    say(seen, alert);
}

void ContainerAlerts::say(Seen &seen, const Alert &alert)
{
    const qint64 now = m_now();
    const int kind = int(alert.kind);
    if (seen.quietUntil.value(kind, 0) > now)
        return;
    seen.quietUntil.insert(kind, now + QuietMs);
    // A container that keeps restarting has said it stopped: its next stops are the loop's.
    if (alert.kind == Kind::Restarting)
        seen.quietUntil.insert(int(Kind::Stopped), now + QuietMs);
    Q_EMIT alerted(alert);
}
