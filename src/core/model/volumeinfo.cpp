// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/volumeinfo.h"

#include "util/jsonnumber.h"

VolumeInfo VolumeInfo::fromJson(const QJsonObject &json)
{
    VolumeInfo v;
    v.name = json.value(QLatin1String("Name")).toString();
    v.driver = json.value(QLatin1String("Driver")).toString();
    v.mountpoint = json.value(QLatin1String("Mountpoint")).toString();
    v.createdAt = json.value(QLatin1String("CreatedAt")).toString();
    v.scope = json.value(QLatin1String("Scope")).toString();
    const QJsonObject labels = json.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        v.labels.insert(it.key(), it.value().toString());
    const QJsonObject options = json.value(QLatin1String("Options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        v.options.insert(it.key(), it.value().toString());
    const QJsonObject usage = json.value(QLatin1String("UsageData")).toObject();
    if (!usage.isEmpty()) {
        v.size = jsonInt64(usage.value(QLatin1String("Size")));
        v.refCount = usage.value(QLatin1String("RefCount")).toInt(-1);
    }
    return v;
}

bool VolumeInfo::operator==(const VolumeInfo &o) const
{
    return name == o.name && driver == o.driver && mountpoint == o.mountpoint && createdAt == o.createdAt
        && scope == o.scope && labels == o.labels && options == o.options && size == o.size
        && refCount == o.refCount && users == o.users;
}
