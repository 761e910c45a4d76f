// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/containerinfo.h"

#include "util/jsonnumber.h"

#include <QJsonArray>
#include <QRegularExpression>

ContainerInfo ContainerInfo::fromJson(const QJsonObject &json)
{
    ContainerInfo c;
    c.id = json.value(QLatin1String("Id")).toString();
    const QJsonArray names = json.value(QLatin1String("Names")).toArray();
    for (const QJsonValue &n : names) {
        QString name = n.toString();
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        c.names << name;
    }
    c.image = json.value(QLatin1String("Image")).toString();
    c.imageId = json.value(QLatin1String("ImageID")).toString();
    c.command = json.value(QLatin1String("Command")).toString();
    c.created = jsonInt64(json.value(QLatin1String("Created")));
    c.state = json.value(QLatin1String("State")).toString();
    c.status = json.value(QLatin1String("Status")).toString();
    // "Ports" and "Mounts" may be null (Podman, or no ports at all).
    const QJsonArray ports = json.value(QLatin1String("Ports")).toArray();
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        c.ports.append(
            {p.value(QLatin1String("IP")).toString(), p.value(QLatin1String("PrivatePort")).toInt(),
                p.value(QLatin1String("PublicPort")).toInt(), p.value(QLatin1String("Type")).toString()});
    }
    const QJsonArray mounts = json.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &v : mounts) {
        const QJsonObject m = v.toObject();
        c.mounts.append({m.value(QLatin1String("Type")).toString(), m.value(QLatin1String("Name")).toString(),
            m.value(QLatin1String("Source")).toString(), m.value(QLatin1String("Destination")).toString(),
            m.value(QLatin1String("RW")).toBool(true)});
    }
    const QJsonObject labels = json.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    const QJsonObject networks
        = json.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Networks")).toObject();
    c.networks = networks.keys();
    if (json.contains(QLatin1String("SizeRw")))
        c.sizeRw = jsonInt64(json.value(QLatin1String("SizeRw")));
    if (json.contains(QLatin1String("SizeRootFs")))
        c.sizeRootFs = jsonInt64(json.value(QLatin1String("SizeRootFs")));
    return c;
}

bool ContainerInfo::operator==(const ContainerInfo &o) const
{
    return id == o.id && names == o.names && image == o.image && imageId == o.imageId && command == o.command
        && created == o.created && state == o.state && status == o.status && ports == o.ports
        && mounts == o.mounts && labels == o.labels && networks == o.networks && sizeRw == o.sizeRw
        && sizeRootFs == o.sizeRootFs;
}

int ContainerInfo::exitCode() const
{
    static const QRegularExpression re(QStringLiteral("^Exited \\((-?\\d+)\\)"));
    const auto match = re.match(status);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString ContainerInfo::health() const
{
    if (status.contains(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    if (status.contains(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QLatin1String("(health: starting)")))
        return QStringLiteral("starting");
    return {};
}

QStringList ContainerInfo::volumeNames() const
{
    QStringList out;
    for (const MountInfo &m : mounts) {
        if (m.type == QLatin1String("volume") && !m.name.isEmpty())
            out << m.name;
    }
    return out;
}
