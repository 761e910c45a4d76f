// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/volumesapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVersionNumber>

EngineReply *VolumesApi::list(const QMap<QString, QStringList> &filters) const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/volumes"));
    r.addFilters(filters);
    return send(r);
}

QList<VolumeInfo> VolumesApi::parseList(const QByteArray &body)
{
    QList<VolumeInfo> out;
    // "Volumes" is null when there are none.
    const QJsonArray volumes
        = QJsonDocument::fromJson(body).object().value(QLatin1String("Volumes")).toArray();
    for (const QJsonValue &v : volumes)
        out.append(VolumeInfo::fromJson(v.toObject()));
    return out;
}

EngineReply *VolumesApi::inspect(const QString &name) const
{
    if (name.isEmpty())
        return refuseEmpty("volume name");
    return send(EngineRequest::get(QStringLiteral("/volumes/") + seg(name)));
}

EngineReply *VolumesApi::create(const VolumeCreateOptions &options) const
{
    QJsonObject body;
    if (!options.name.isEmpty())
        body.insert(QLatin1String("Name"), options.name);
    if (!options.driver.isEmpty())
        body.insert(QLatin1String("Driver"), options.driver);
    body.insert(QLatin1String("Labels"), toObject(options.labels));
    body.insert(QLatin1String("DriverOpts"), toObject(options.driverOptions));
    EngineRequest r = EngineRequest::post(QStringLiteral("/volumes/create"));
    r.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return send(r);
}

EngineReply *VolumesApi::remove(const QString &name, bool force) const
{
    if (name.isEmpty())
        return refuseEmpty("volume name");
    EngineRequest r = EngineRequest::get(QStringLiteral("/volumes/") + seg(name));
    r.method = "DELETE";
    if (force)
        r.addQuery(QStringLiteral("force"), true);
    return send(r);
}

EngineReply *VolumesApi::prune(const QMap<QString, QStringList> &filters) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/volumes/prune"));
    QMap<QString, QStringList> all = filters;
    if (pruneSparesNamed() && !all.contains(QStringLiteral("all")))
        all.insert(QStringLiteral("all"), {QStringLiteral("true")});
    r.addFilters(all);
    return send(r);
}

bool VolumesApi::pruneSparesNamed() const
{
    const EngineInfo &info = m_client->info();
    if (info.podman)
        return QVersionNumber::fromString(info.version).majorVersion() >= 6;
    return info.api >= ApiVersion {1, 42};
}
