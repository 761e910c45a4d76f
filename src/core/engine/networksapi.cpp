// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/networksapi.h"

#include "engine/engineinfo.h"
#include "model/containerinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

EngineReply *NetworksApi::list(const QMap<QString, QStringList> &filters) const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/networks"));
    r.addFilters(filters);
    return send(r);
}

QList<NetworkInfo> NetworksApi::parseList(const QByteArray &body)
{
    QList<NetworkInfo> out;
    const QJsonArray networks = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &n : networks) {
        NetworkInfo info = NetworkInfo::fromJson(n.toObject());
        if (!info.id.isEmpty())
            out.append(info);
    }
    return out;
}

QStringList NetworksApi::parseNames(const QByteArray &body)
{
    QStringList names;
    for (const NetworkInfo &n : parseList(body))
        names << n.name;
    names.removeAll(QString());
    names.sort();
    return names;
}

EngineReply *NetworksApi::inspect(const QString &idOrName) const
{
    if (idOrName.isEmpty())
        return refuseEmpty("network name");
    return send(EngineRequest::get(QStringLiteral("/networks/") + seg(idOrName)));
}

EngineReply *NetworksApi::create(const NetworkCreateOptions &options) const
{
    if (options.name.isEmpty())
        return refuseEmpty("network name");
    QJsonObject body {{QStringLiteral("Name"), options.name},
        // Docker before API 1.44 makes a second network of the same name without it.
        {QStringLiteral("CheckDuplicate"), true}};
    if (!options.driver.isEmpty())
        body.insert(QLatin1String("Driver"), options.driver);
    if (options.internal)
        body.insert(QLatin1String("Internal"), true);
    if (options.attachable)
        body.insert(QLatin1String("Attachable"), true);
    if (options.ipv6)
        body.insert(QLatin1String("EnableIPv6"), true);
    body.insert(QLatin1String("Labels"), toObject(options.labels));
    body.insert(QLatin1String("Options"), toObject(options.driverOptions));
    if (!options.subnet.isEmpty() || !options.gateway.isEmpty()) {
        QJsonObject config;
        if (!options.subnet.isEmpty())
            config.insert(QLatin1String("Subnet"), options.subnet);
        if (!options.gateway.isEmpty())
            config.insert(QLatin1String("Gateway"), options.gateway);
        body.insert(QLatin1String("IPAM"),
            QJsonObject {{QStringLiteral("Driver"), QStringLiteral("default")},
                {QStringLiteral("Config"), QJsonArray {config}}});
    }
    EngineRequest r = EngineRequest::post(QStringLiteral("/networks/create"));
    r.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return send(r);
}

EngineReply *NetworksApi::remove(const QString &idOrName) const
{
    if (idOrName.isEmpty())
        return refuseEmpty("network name");
    EngineRequest r = EngineRequest::get(QStringLiteral("/networks/") + seg(idOrName));
    r.method = "DELETE";
    return send(r);
}

EngineReply *NetworksApi::prune(const QMap<QString, QStringList> &filters) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/networks/prune"));
    r.addFilters(filters);
    return send(r);
}

QStringList NetworksApi::parsePruned(const QByteArray &body)
{
    QStringList names;
    // null when nothing went.
    for (const QJsonValue &v :
        QJsonDocument::fromJson(body).object().value(QLatin1String("NetworksDeleted")).toArray())
        names << v.toString();
    names.removeAll(QString());
    return names;
}

EngineReply *NetworksApi::connect(
    const QString &network, const QString &container, const QStringList &aliases) const
{
    if (network.isEmpty())
        return refuseEmpty("network name");
    if (container.isEmpty())
        return refuseEmpty("container name");
    QJsonObject body {{QStringLiteral("Container"), container}};
    if (!aliases.isEmpty())
        body.insert(QLatin1String("EndpointConfig"),
            QJsonObject {{QStringLiteral("Aliases"), QJsonArray::fromStringList(aliases)}});
    EngineRequest r
        = EngineRequest::post(QStringLiteral("/networks/") + seg(network) + QStringLiteral("/connect"));
    r.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return send(r);
}

EngineReply *NetworksApi::disconnect(const QString &network, const QString &container, bool force) const
{
    if (network.isEmpty())
        return refuseEmpty("network name");
    if (container.isEmpty())
        return refuseEmpty("container name");
    QJsonObject body {{QStringLiteral("Container"), container}};
    if (force)
        body.insert(QLatin1String("Force"), true);
    EngineRequest r
        = EngineRequest::post(QStringLiteral("/networks/") + seg(network) + QStringLiteral("/disconnect"));
    r.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return send(r);
}

bool NetworksApi::stoppedUsersBlock() const
{
    return m_client->info().podman;
}

QStringList NetworksApi::blockingUsers(const QString &network, const QList<ContainerInfo> &containers) const
{
    QList<ContainerInfo> attached;
    for (const ContainerInfo &c : containers) {
        if (c.networks.contains(network))
            attached << c;
    }
    return blockingUsers(attached);
}

QStringList NetworksApi::blockingUsers(const QList<ContainerInfo> &attached) const
{
    const bool any = stoppedUsersBlock();
    QStringList names;
    for (const ContainerInfo &c : attached) {
        if (any || c.isActive())
            names << c.name();
    }
    names.sort();
    return names;
}

QStringList NetworksApi::prunable(
    const QList<NetworkInfo> &networks, const QList<ContainerInfo> &containers) const
{
    QStringList names;
    for (const NetworkInfo &n : networks) {
        if (!n.isPredefined() && blockingUsers(n.name, containers).isEmpty())
            names << n.name;
    }
    names.sort();
    return names;
}

QString NetworksApi::inUseMessage(const QString &network, const QStringList &users)
{
    return QCoreApplication::translate(
        "EngineError", "The network %1 is in use by %2. Disconnect them from it (or remove them) first.")
        .arg(network, users.join(QStringLiteral(", ")));
}
