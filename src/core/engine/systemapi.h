// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apibase.h"

#include <QMap>
#include <QStringList>

struct EventsOptions
{
    QString since; ///< unix seconds or RFC 3339; empty: from now
    QString until; ///< empty: stream forever
    QMap<QString, QStringList> filters; ///< type=container|image|volume, event=…, container=…
};

/// System calls: ping, version, info, events, disk usage.
class SystemApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *ping() const;
    EngineReply *version() const;
    EngineReply *info() const;
    /// A JSON-lines stream that never ends on its own unless @c until is set.
    EngineReply *events(const EventsOptions &options = {}) const;
    /// Walks every layer and volume: slow on a big host, so it has no timeout.
    EngineReply *dataUsage() const;
};
