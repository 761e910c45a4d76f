// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/networkinfo.h"

#include <QJsonArray>

NetworkInfo NetworkInfo::fromJson(const QJsonObject &json)
{
    NetworkInfo n;
    n.id = json.value(QLatin1String("Id")).toString();
    n.name = json.value(QLatin1String("Name")).toString();
    n.driver = json.value(QLatin1String("Driver")).toString();
    n.scope = json.value(QLatin1String("Scope")).toString();
    n.createdAt = json.value(QLatin1String("Created")).toString();
    n.internal = json.value(QLatin1String("Internal")).toBool();
    n.attachable = json.value(QLatin1String("Attachable")).toBool();
    n.enableIPv6 = json.value(QLatin1String("EnableIPv6")).toBool();
    const QJsonArray config
        = json.value(QLatin1String("IPAM")).toObject().value(QLatin1String("Config")).toArray();
    for (const QJsonValue &c : config) {
        const QJsonObject o = c.toObject();
        const QString subnet = o.value(QLatin1String("Subnet")).toString();
        const QString gateway = o.value(QLatin1String("Gateway")).toString();
        if (!subnet.isEmpty())
            n.subnets << subnet;
        // Podman 4 writes Go's nil pointer for an internal network's missing gateway.
        if (!gateway.isEmpty() && gateway != QLatin1String("<nil>"))
            n.gateways << gateway;
    }
    const QJsonObject labels = json.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        n.labels.insert(it.key(), it.value().toString());
    const QJsonObject options = json.value(QLatin1String("Options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        n.options.insert(it.key(), it.value().toString());
    return n;
}

bool NetworkInfo::isPredefined() const
{
    return name == QLatin1String("bridge") || name == QLatin1String("host") || name == QLatin1String("none")
        || name == QLatin1String("default") || name == QLatin1String("ingress");
}

bool NetworkInfo::operator==(const NetworkInfo &o) const
{
    return id == o.id && name == o.name && driver == o.driver && scope == o.scope && createdAt == o.createdAt
        && internal == o.internal && attachable == o.attachable && enableIPv6 == o.enableIPv6
        && subnets == o.subnets && gateways == o.gateways && labels == o.labels && options == o.options
        && users == o.users && activeUsers == o.activeUsers;
}
