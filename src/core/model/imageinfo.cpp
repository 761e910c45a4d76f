// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/imageinfo.h"

#include "util/jsonnumber.h"

#include <QJsonArray>

ImageInfo ImageInfo::fromJson(const QJsonObject &json)
{
    ImageInfo i;
    i.id = json.value(QLatin1String("Id")).toString();
    i.parentId = json.value(QLatin1String("ParentId")).toString();
    const QJsonArray tags = json.value(QLatin1String("RepoTags")).toArray();
    for (const QJsonValue &t : tags) {
        if (t.toString() != QLatin1String("<none>:<none>"))
            i.repoTags << t.toString();
    }
    const QJsonArray digests = json.value(QLatin1String("RepoDigests")).toArray();
    for (const QJsonValue &d : digests) {
        if (d.toString() != QLatin1String("<none>@<none>"))
            i.repoDigests << d.toString();
    }
    i.created = jsonInt64(json.value(QLatin1String("Created")));
    i.size = jsonInt64(json.value(QLatin1String("Size")));
    i.containers = json.value(QLatin1String("Containers")).toInt(-1);
    const QJsonObject labels = json.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        i.labels.insert(it.key(), it.value().toString());
    return i;
}

QString ImageInfo::shortId() const
{
    QString hex = id;
    if (hex.startsWith(QLatin1String("sha256:")))
        hex.remove(0, 7);
    return hex.left(12);
}

bool ImageInfo::operator==(const ImageInfo &o) const
{
    return id == o.id && parentId == o.parentId && repoTags == o.repoTags && repoDigests == o.repoDigests
        && created == o.created && size == o.size && containers == o.containers && labels == o.labels;
}
