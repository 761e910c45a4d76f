// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/systemapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

EngineReply *SystemApi::auth(const QByteArray &body) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/auth"));
    r.setJsonBody(body);
    // The engine asks the registry, which may be far or slow.
    r.timeoutMs = 60000;
    return send(r);
}

EngineReply *SystemApi::ping() const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/_ping"));
    r.versioned = false;
    return send(r);
}

EngineReply *SystemApi::version() const
{
    return send(EngineRequest::get(QStringLiteral("/version")));
}

EngineReply *SystemApi::info() const
{
    return send(EngineRequest::get(QStringLiteral("/info")));
}

EngineReply *SystemApi::events(const EventsOptions &options) const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/events"), EngineRequest::Mode::JsonLines);
    if (!options.since.isEmpty())
        r.addQuery(QStringLiteral("since"), options.since);
    if (!options.until.isEmpty())
        r.addQuery(QStringLiteral("until"), options.until);
    r.addFilters(options.filters);
    return send(r);
}

EngineReply *SystemApi::dataUsage(const DataUsageOptions &options) const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/system/df"));
    const ApiVersion api = m_client->info().api;
    if (api >= ApiVersion {1, 42}) {
        for (const QString &type : options.types)
            r.addQuery(QStringLiteral("type"), type);
    }
    if (api >= ApiVersion {1, 52})
        r.addQuery(QStringLiteral("verbose"), true);
    return send(r);
}

QList<VolumeInfo> SystemApi::parseVolumes(const QByteArray &body)
{
    const QJsonObject df = QJsonDocument::fromJson(body).object();
    QJsonArray volumes = df.value(QLatin1String("Volumes")).toArray();
    if (volumes.isEmpty())
        volumes = df.value(QLatin1String("VolumeUsage")).toObject().value(QLatin1String("Items")).toArray();
    QList<VolumeInfo> out;
    for (const QJsonValue &v : volumes)
        out.append(VolumeInfo::fromJson(v.toObject()));
    return out;
}

EngineReply *SystemApi::pruneBuildCache() const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/build/prune"));
    r.addQuery(QStringLiteral("all"), true);
    return send(r);
}
