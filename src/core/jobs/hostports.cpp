// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/hostports.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostPorts)
};
} // namespace

namespace HostPorts {

QList<Binding> of(const QJsonObject &hostConfig)
{
    QList<Binding> out;
    const QJsonObject bindings = hostConfig.value(QLatin1String("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        for (const QJsonValue &b : it.value().toArray()) {
            const QJsonObject o = b.toObject();
            out.append({it.key(), o.value(QLatin1String("HostIp")).toString(),
                o.value(QLatin1String("HostPort")).toString()});
        }
    }
    return out;
}

bool heldOnThisMachine(const QString &hostIp, int port, const QString &protocol)
{
#ifdef Q_OS_UNIX
    const bool v6 = hostIp.contains(QLatin1Char(':'));
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET,
        (protocol == QLatin1String("udp") ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    // Like the engine's own listener: a port another socket only waits on (TIME_WAIT) is free.
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    int result = 0;
    if (v6) {
        sockaddr_in6 a {};
        a.sin6_family = AF_INET6;
        a.sin6_port = htons(quint16(port));
        if (::inet_pton(AF_INET6, hostIp.toLatin1().constData(), &a.sin6_addr) != 1)
            a.sin6_addr = in6addr_any;
        result = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    } else {
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_port = htons(quint16(port));
        if (hostIp.isEmpty() || ::inet_pton(AF_INET, hostIp.toLatin1().constData(), &a.sin_addr) != 1)
            a.sin_addr.s_addr = htonl(INADDR_ANY);
        result = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    }
    const bool inUse = result != 0 && errno == EADDRINUSE;
    ::close(fd);
    return inUse;
#else
    Q_UNUSED(hostIp)
    Q_UNUSED(port)
    Q_UNUSED(protocol)
    return false; // the engine's start says so, and the import rolls back
#endif
}

void check(EngineClient *client, QObject *context, const QList<Binding> &bindings, const QString &ignoreId,
    const std::function<void(const QStringList &)> &then)
{
    QList<Binding> fixed;
    for (const Binding &b : bindings) {
        bool ok = false;
        const int port = b.hostPort.toInt(&ok);
        if (ok && port > 0 && port < 65536)
            fixed.append(b);
    }
    if (fixed.isEmpty()) {
        then({});
        return;
    }
    // The running containers' published ports name the holder; the machine has the last word.
    EngineReply *reply = ContainersApi(client).list();
    // Only an engine on this machine shares its ports with the programs here; another machine's
    // programs are not seen from here (its engine says so when the container starts).
    const bool local = !client->endpoint().isRemote();
    QObject::connect(reply, &EngineReply::finished, context, [reply, fixed, ignoreId, then, local] {
        reply->deleteLater();
        QHash<QString, QString> holder; // "8080/tcp" → container name
        QSet<QString> ignored;
        for (const QJsonValue &v : reply->json().array()) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QLatin1String("Names")).toArray().first().toString().mid(1);
            for (const QJsonValue &p : c.value(QLatin1String("Ports")).toArray()) {
                const QJsonObject port = p.toObject();
                const int published = port.value(QLatin1String("PublicPort")).toInt();
                if (published == 0)
                    continue;
                const QString key = QString::number(published) + QLatin1Char('/')
                    + port.value(QLatin1String("Type")).toString();
                if (c.value(QLatin1String("Id")).toString() == ignoreId)
                    ignored.insert(key);
                else
                    holder.insert(key, name);
            }
        }
        QStringList taken;
        QSet<QString> said;
        for (const Binding &b : fixed) {
            const QString protocol = b.protocol().isEmpty() ? QStringLiteral("tcp") : b.protocol();
            const QString key = b.hostPort + QLatin1Char('/') + protocol;
            if (ignored.contains(key) || said.contains(key))
                continue;
            if (holder.contains(key)) {
                taken << Tr::tr("Host port %1 (%2) is taken here by the container %3.")
                             .arg(b.hostPort, protocol, holder.value(key));
                said.insert(key);
            } else if (local && heldOnThisMachine(b.hostIp, b.hostPort.toInt(), protocol)) {
                taken << Tr::tr("Host port %1 (%2) is taken here by another program.")
                             .arg(b.hostPort, protocol);
                said.insert(key);
            }
        }
        then(taken);
    });
}

} // namespace HostPorts
