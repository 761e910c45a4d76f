// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"
#include "model/networkinfo.h"

#include <QList>
#include <QMap>
#include <QStringList>

struct ContainerInfo;

struct NetworkCreateOptions
{
    QString name;
    QString driver; ///< empty: the engine's default (bridge)
    QString subnet; ///< CIDR; empty: the engine picks one
    QString gateway; ///< needs a subnet
    bool internal = false;
    bool attachable = false;
    bool ipv6 = false;
    QMap<QString, QString> labels;
    QMap<QString, QString> driverOptions;
};

/// Network calls: list, inspect, create, remove, prune, connect and disconnect a container.
class NetworksApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *list(const QMap<QString, QStringList> &filters = {}) const;
    static QList<NetworkInfo> parseList(const QByteArray &body);
    /// The networks' names from a list answer, sorted.
    static QStringList parseNames(const QByteArray &body);
    EngineReply *inspect(const QString &idOrName) const;
    EngineReply *create(const NetworkCreateOptions &options) const;
    EngineReply *remove(const QString &idOrName) const;
    /// Removes the networks docker network prune would; its answer's NetworksDeleted names them.
    EngineReply *prune(const QMap<QString, QStringList> &filters = {}) const;
    static QStringList parsePruned(const QByteArray &body);
    EngineReply *connect(
        const QString &network, const QString &container, const QStringList &aliases = {}) const;
    EngineReply *disconnect(const QString &network, const QString &container, bool force = false) const;

    /// Of @p networks, those a prune removes on this engine, by name: not made by the engine, and
    /// on Docker with no running container attached (a stopped one loses it), on Podman with no
    /// container attached at all. @p containers with their networks and states.
    QStringList prunable(const QList<NetworkInfo> &networks, const QList<ContainerInfo> &containers) const;
    /// Whether a removal of a network is refused while a stopped container is attached (Podman),
    /// not only a running one (Docker).
    bool stoppedUsersBlock() const;
    /// Of @p containers, those attached to @p network (by name) that keep it from going: the
    /// running ones on Docker, all on Podman; by name.
    QStringList blockingUsers(const QString &network, const QList<ContainerInfo> &containers) const;
    /// The same for @p attached, all attached to the one network.
    QStringList blockingUsers(const QList<ContainerInfo> &attached) const;
    /// The message for a refused removal of @p network that @p users are attached to: the
    /// engine's own text does not always name them (Docker 20.10) or advises forcing them away
    /// (Podman's -f removes the containers).
    static QString inUseMessage(const QString &network, const QStringList &users);
};
