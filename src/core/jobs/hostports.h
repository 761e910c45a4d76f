// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class EngineClient;
class QObject;

/**
 * The host ports a container publishes, and whether they are free on the engine's machine
 * before the container is made: a port that another container or program holds makes the
 * engine fail the start ("port is already allocated", "address already in use") only after
 * everything else was created.
 */
namespace HostPorts {

struct Binding
{
    QString containerPort; ///< "80/tcp"
    QString hostIp; ///< "" for every address
    QString hostPort; ///< "8080"; "" lets the engine choose
    QString protocol() const
    {
        return containerPort.section(QLatin1Char('/'), 1, 1, QString::SectionSkipEmpty);
    }
};

/// HostConfig.PortBindings of a create body (or of an inspect's HostConfig).
QList<Binding> of(const QJsonObject &hostConfig);

/// Whether a program on this machine holds @p port: a socket of @p protocol ("tcp", "udp") is
/// bound to it and refused. Unix sockets reach engines on this machine (Docker Desktop and
/// rootless engines publish on it too), so this is the engine's answer before it is asked.
bool heldOnThisMachine(const QString &hostIp, int port, const QString &protocol);

/// Each of @p bindings that is taken, as a sentence naming the port and its holder (a running
/// container of @p client's engine, or another program); empty when all are free. Ports that
/// the container @p ignoreId holds (one being replaced) count as free.
void check(EngineClient *client, QObject *context, const QList<Binding> &bindings, const QString &ignoreId,
    const std::function<void(const QStringList &taken)> &then);

} // namespace HostPorts
