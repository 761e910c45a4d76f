// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"
#include "model/volumeinfo.h"

#include <QMap>
#include <QStringList>

struct EventsOptions
{
    QString since; ///< unix seconds or RFC 3339; empty: from now
    QString until; ///< empty: stream forever
    QMap<QString, QStringList> filters; ///< type=container|image|volume, event=…, container=…
};

struct DataUsageOptions
{
    /// container, image, volume, build-cache; empty: all. Sent from API 1.42, which added it.
    QStringList types;
};

/// System calls: ping, version, info, events, disk usage.
class SystemApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *ping() const;
    /// POST /auth: the engine checks a registry sign-in (@p body: DockerCredentials::authBody)
    /// as docker login does; the answer may carry an identity token to keep instead.
    EngineReply *auth(const QByteArray &body) const;
    EngineReply *version() const;
    EngineReply *info() const;
    /// A JSON-lines stream that never ends on its own unless @c until is set.
    EngineReply *events(const EventsOptions &options = {}) const;
    /// Walks every layer and volume (only those of @p options.types from API 1.42): slow on a big
    /// host, so it has no timeout. From API 1.52 it asks for the per-type lists (verbose=1).
    EngineReply *dataUsage(const DataUsageOptions &options = {}) const;
    /// The volumes of a /system/df answer with their UsageData: "Volumes" up to API 1.51,
    /// "VolumeUsage.Items" from 1.52 with verbose=1 (the legacy list is gone from 1.53).
    static QList<VolumeInfo> parseVolumes(const QByteArray &body);
    /// Removes every build cache record no build uses (all=1, as docker builder prune -a).
    EngineReply *pruneBuildCache() const;
};
