// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class ActionContext;

/**
 * What the user does with networks, for QML: create, remove (the users named when the engine
 * refuses), prune (listing exactly what goes), connect and disconnect a container; each with the
 * docker command it equals, in the history.
 */
class NetworkActions : public QObject, public AppSingleton<NetworkActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit NetworkActions(ActionContext *context, QObject *parent = nullptr);

    /// @p labels: one KEY=VALUE a line.
    Q_INVOKABLE void createNetwork(const QString &name, const QString &driver, const QString &subnet,
        const QString &gateway, bool internal, const QString &labels);
    /// The docker network create command the dialog's values equal.
    Q_INVOKABLE QString createCommand(const QString &name, const QString &driver, const QString &subnet,
        const QString &gateway, bool internal, const QString &labels) const;
    Q_INVOKABLE void removeNetwork(const QString &name);
    /// Names of what docker network prune would remove on this engine, for the confirmation.
    Q_INVOKABLE QStringList prunableNetworks() const;
    Q_INVOKABLE QString networkPruneCommand() const;
    Q_INVOKABLE void pruneNetworks();
    /// @p aliases: separated by spaces or commas.
    Q_INVOKABLE void connectContainer(
        const QString &network, const QString &container, const QString &aliases);
    Q_INVOKABLE QString connectCommand(
        const QString &network, const QString &container, const QString &aliases) const;
    Q_INVOKABLE void disconnectContainer(const QString &network, const QString &container);
    Q_INVOKABLE QString disconnectCommand(const QString &network, const QString &container) const;
    /// The containers not yet attached to @p network, by name.
    Q_INVOKABLE QStringList connectableContainers(const QString &network) const;
    /// The networks a container is attached to, by name (the container's details).
    Q_INVOKABLE QStringList networksOf(const QString &containerId) const;
    /// The networks a container is not attached to yet, by name (the container's details).
    Q_INVOKABLE QStringList otherNetworks(const QString &containerId) const;

private:
    ActionContext *m_context;
};
