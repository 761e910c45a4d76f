// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemapi.h"

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

EngineReply *SystemApi::dataUsage() const
{
    return send(EngineRequest::get(QStringLiteral("/system/df")));
}
