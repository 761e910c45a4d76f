// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diskusage.h"

#include "engine/logtime.h"
#include "model/displayformat.h"
#include "model/imagereference.h"
#include "util/jsonnumber.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

/// RFC 3339 text as seconds since the epoch; 0 when missing or unreadable.
qint64 seconds(const QJsonValue &value)
{
    const QByteArray text = value.toString().toUtf8();
    if (text.isEmpty())
        return 0;
    const qint64 ns = LogTime::parseTimestamp(text);
    if (ns >= 0)
        return ns / 1000000000;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

/// Whether the docker CLI's verbose table leaves the image out: it is not dangling in docker's
/// exact sense (the one tag "<none>:<none>" and the one digest "<none>@<none>"), and its first
/// tag is no reference docker can parse. Podman lists a build's intermediate images so, with the
/// tag "<none>:<none>" but real digests, and docker system df -v shows no row for them.
bool unlistedByDockerCli(const QJsonObject &json)
{
    const QJsonArray tags = json.value(QLatin1String("RepoTags")).toArray();
    const QJsonArray digests = json.value(QLatin1String("RepoDigests")).toArray();
    if (tags.isEmpty())
        return false;
    const bool dangling = tags.size() == 1 && tags.first().toString() == QLatin1String("<none>:<none>")
        && digests.size() == 1 && digests.first().toString() == QLatin1String("<none>@<none>");
    if (dangling)
        return false;
    // The reference grammar of distribution/reference, which ParseNormalizedNamed applies.
    static const QRegularExpression reference(QStringLiteral(
        "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*"
        "[a-zA-Z0-9]))*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/"
        "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        "(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?"
        "$"));
    const QString first = tags.first().toString();
    return first.size() > 255 || !reference.match(first).hasMatch();
}

DiskUsageImage readImage(const QJsonObject &json)
{
    DiskUsageImage i;
    i.image = ImageInfo::fromJson(json);
    i.unlistedByDockerCli = unlistedByDockerCli(json);
    i.sharedSize = jsonInt64(json.value(QLatin1String("SharedSize")), -1);
    return i;
}

DiskUsageContainer readContainer(const QJsonObject &json)
{
    DiskUsageContainer c;
    c.container = ContainerInfo::fromJson(json);
    // docker's LOCAL VOLUMES column counts the mounts of the local driver.
    for (const QJsonValue &m : json.value(QLatin1String("Mounts")).toArray()) {
        if (m.toObject().value(QLatin1String("Driver")).toString() == QLatin1String("local"))
            ++c.localVolumes;
    }
    return c;
}

BuildCacheRecord readBuildCache(const QJsonObject &json)
{
    BuildCacheRecord r;
    r.id = json.value(QLatin1String("ID")).toString();
    r.type = json.value(QLatin1String("Type")).toString();
    r.description = json.value(QLatin1String("Description")).toString();
    r.size = jsonInt64(json.value(QLatin1String("Size")));
    r.createdAt = seconds(json.value(QLatin1String("CreatedAt")));
    r.lastUsedAt = seconds(json.value(QLatin1String("LastUsedAt")));
    r.usageCount = jsonInt64(json.value(QLatin1String("UsageCount")));
    r.inUse = json.value(QLatin1String("InUse")).toBool();
    r.shared = json.value(QLatin1String("Shared")).toBool();
    return r;
}

/// A list field: missing and null are empty; anything else but a list is a broken answer.
bool list(const QJsonObject &json, const char *key, QJsonArray *out)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray())
        return false;
    *out = v.toArray();
    return true;
}

DiskUsageSummary summary(const QJsonObject &json)
{
    DiskUsageSummary s;
    s.totalCount = jsonInt64(json.value(QLatin1String("TotalCount")));
    s.activeCount = jsonInt64(json.value(QLatin1String("ActiveCount")));
    s.totalSize = jsonInt64(json.value(QLatin1String("TotalSize")));
    s.reclaimable = jsonInt64(json.value(QLatin1String("Reclaimable")));
    return s;
}

template<typename T, typename Size> QList<T> largest(QList<T> items, int count, Size size)
{
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) { return size(a) > size(b); });
    return items.mid(0, count);
}

} // namespace

bool DiskUsage::parse(const QByteArray &body, DiskUsage *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the engine's disk use answer is not a JSON object (%1)")
                     .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                       : parseError.errorString());
        return false;
    }
    const QJsonObject df = doc.object();
    DiskUsage du;
    QJsonArray images, containers, volumes, buildCache;
    static const char *const PerType[] = {"ImageUsage", "ContainerUsage", "VolumeUsage", "BuildCacheUsage"};
    for (const char *key : PerType)
        du.perType = du.perType || df.value(QLatin1String(key)).isObject();
    bool ok = true;
    if (du.perType) {
        const QJsonObject i = df.value(QLatin1String("ImageUsage")).toObject();
        const QJsonObject c = df.value(QLatin1String("ContainerUsage")).toObject();
        const QJsonObject v = df.value(QLatin1String("VolumeUsage")).toObject();
        const QJsonObject b = df.value(QLatin1String("BuildCacheUsage")).toObject();
        ok = list(i, "Items", &images) && list(c, "Items", &containers) && list(v, "Items", &volumes)
            && list(b, "Items", &buildCache);
        du.images = summary(i);
        du.containers = summary(c);
        du.volumes = summary(v);
        du.buildCache = summary(b);
    } else {
        ok = list(df, "Images", &images) && list(df, "Containers", &containers)
            && list(df, "Volumes", &volumes) && list(df, "BuildCache", &buildCache);
    }
    if (!ok) {
        *error = QStringLiteral("the engine's disk use answer has a list that is not a list");
        return false;
    }
    for (const QJsonValue &v : images)
        du.imageItems << readImage(v.toObject());
    for (const QJsonValue &v : containers)
        du.containerItems << readContainer(v.toObject());
    for (const QJsonValue &v : volumes)
        du.volumeItems << VolumeInfo::fromJson(v.toObject());
    for (const QJsonValue &v : buildCache)
        du.buildCacheItems << readBuildCache(v.toObject());

    if (!du.perType) {
        // The legacy answer has only the lists: sum them as the docker CLI 28 does.
        du.images.totalCount = du.imageItems.size();
        du.images.totalSize = jsonInt64(df.value(QLatin1String("LayersSize")));
        qint64 used = 0;
        for (const DiskUsageImage &i : std::as_const(du.imageItems)) {
            if (i.image.containers > 0)
                ++du.images.activeCount;
            if (i.image.containers != 0 && i.image.size != -1 && i.sharedSize != -1)
                used += i.image.size - i.sharedSize;
        }
        du.images.reclaimable = du.images.totalSize - used;

        du.containers.totalCount = du.containerItems.size();
        for (const DiskUsageContainer &c : std::as_const(du.containerItems)) {
            const qint64 size = std::max<qint64>(c.container.sizeRw, 0);
            du.containers.totalSize += size;
            if (c.container.isActive())
                ++du.containers.activeCount;
            else
                du.containers.reclaimable += size;
        }

        du.volumes.totalCount = du.volumeItems.size();
        for (const VolumeInfo &v : std::as_const(du.volumeItems)) {
            if (v.refCount > 0)
                ++du.volumes.activeCount;
            if (v.size < 0)
                continue; // no UsageData, or the engine did not measure it (-1)
            du.volumes.totalSize += v.size;
            if (v.refCount == 0)
                du.volumes.reclaimable += v.size;
        }

        du.buildCache.totalCount = du.buildCacheItems.size();
        qint64 inUse = 0;
        for (const BuildCacheRecord &r : std::as_const(du.buildCacheItems)) {
            if (r.inUse)
                ++du.buildCache.activeCount;
            if (r.shared)
                continue;
            du.buildCache.totalSize += r.size;
            if (r.inUse)
                inUse += r.size;
        }
        du.buildCache.reclaimable = du.buildCache.totalSize - inUse;
    }
    *out = du;
    return true;
}

QList<DiskUsageImage> DiskUsage::largestImages(int count) const
{
    return largest(imageItems, count, [](const DiskUsageImage &i) { return i.image.size; });
}

QList<DiskUsageContainer> DiskUsage::largestContainers(int count) const
{
    return largest(containerItems, count, [](const DiskUsageContainer &c) { return c.container.sizeRw; });
}

QList<VolumeInfo> DiskUsage::largestVolumes(int count) const
{
    return largest(volumeItems, count, [](const VolumeInfo &v) { return v.size; });
}

QList<BuildCacheRecord> DiskUsage::largestBuildCache(int count) const
{
    return largest(buildCacheItems, count, [](const BuildCacheRecord &r) { return r.size; });
}

namespace {

struct SummaryRow
{
    const char *type;
    const DiskUsageSummary *figures;
    bool percent; ///< the build cache's reclaimable space shows no share
};

QString reclaimableText(const DiskUsageSummary &s, bool percent)
{
    const QString size = DisplayFormat::humanSize(s.reclaimable, 4);
    if (!percent || s.totalSize <= 0)
        return size;
    // Go's integer division, truncated toward zero.
    return QStringLiteral("%1 (%2%)").arg(size).arg(s.reclaimable * 100 / s.totalSize);
}

QString ago(qint64 now, qint64 then)
{
    return DisplayFormat::humanDuration(now - then) + QStringLiteral(" ago");
}

/// Go's TruncateID: what follows "sha256:", its first 12 characters.
QString truncateId(QString id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        id = id.mid(colon + 1);
    return id.left(12);
}

/// The first tag as the docker CLI's verbose table shows it: familiar repository and tag, or
/// <none> twice (a dangling image, or Podman's bare "latest", which names no repository).
QPair<QString, QString> repositoryAndTag(const ImageInfo &image)
{
    if (image.repoTags.isEmpty())
        return {QStringLiteral("<none>"), QStringLiteral("<none>")};
    const QString first = image.repoTags.first();
    const qsizetype slash = first.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = first.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash || colon <= 0)
        return {QStringLiteral("<none>"), QStringLiteral("<none>")};
    const ImageReference reference = ImageReference::parse(first);
    return {ImageReference::parse(reference.repository()).familiar(), reference.tag()};
}

QString containerNames(const ContainerInfo &c)
{
    // The first name without a '/' (links show as other/name), as docker's truncated column.
    for (const QString &n : c.names) {
        if (!n.contains(QLatin1Char('/')))
            return n;
    }
    return c.names.join(QLatin1Char(','));
}

QList<BuildCacheRecord> sortedBuildCache(QList<BuildCacheRecord> records)
{
    // The docker CLI's buildCacheSort: never used first, then by last use, oldest first.
    std::stable_sort(
        records.begin(), records.end(), [](const BuildCacheRecord &a, const BuildCacheRecord &b) {
            if (a.lastUsedAt == 0 || b.lastUsedAt == 0)
                return a.lastUsedAt == 0 && b.lastUsedAt != 0;
            return a.lastUsedAt < b.lastUsedAt;
        });
    return records;
}

} // namespace

QString DiskUsage::summaryTable() const
{
    const SummaryRow rows[] = {{"Images", &images, true}, {"Containers", &containers, true},
        {"Local Volumes", &volumes, true}, {"Build Cache", &buildCache, false}};
    QList<QStringList> table {{QStringLiteral("TYPE"), QStringLiteral("TOTAL"), QStringLiteral("ACTIVE"),
        QStringLiteral("SIZE"), QStringLiteral("RECLAIMABLE")}};
    for (const SummaryRow &r : rows) {
        table << QStringList {QLatin1String(r.type), QString::number(r.figures->totalCount),
            QString::number(r.figures->activeCount), DisplayFormat::humanSize(r.figures->totalSize, 4),
            reclaimableText(*r.figures, r.percent)};
    }
    return DisplayFormat::table(table);
}

QString DiskUsage::summaryJson() const
{
    const SummaryRow rows[] = {{"Images", &images, true}, {"Containers", &containers, true},
        {"Local Volumes", &volumes, true}, {"Build Cache", &buildCache, false}};
    QString out;
    for (const SummaryRow &r : rows) {
        const QJsonObject o {{QStringLiteral("Type"), QLatin1String(r.type)},
            {QStringLiteral("TotalCount"), QString::number(r.figures->totalCount)},
            {QStringLiteral("Active"), QString::number(r.figures->activeCount)},
            {QStringLiteral("Size"), DisplayFormat::humanSize(r.figures->totalSize, 4)},
            {QStringLiteral("Reclaimable"), reclaimableText(*r.figures, r.percent)}};
        out += QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    }
    return out;
}

QString DiskUsage::verboseTables(qint64 now) const
{
    QList<QStringList> imageRows {{QStringLiteral("REPOSITORY"), QStringLiteral("TAG"),
        QStringLiteral("IMAGE ID"), QStringLiteral("CREATED"), QStringLiteral("SIZE"),
        QStringLiteral("SHARED SIZE"), QStringLiteral("UNIQUE SIZE"), QStringLiteral("CONTAINERS")}};
    for (const DiskUsageImage &i : imageItems) {
        if (i.unlistedByDockerCli)
            continue;
        const auto [repository, tag] = repositoryAndTag(i.image);
        const bool shared = i.sharedSize != -1;
        imageRows << QStringList {repository, tag, i.image.shortId(),
            i.image.created == 0 ? QStringLiteral("N/A") : ago(now, i.image.created),
            DisplayFormat::humanSize(i.image.size),
            shared ? DisplayFormat::humanSize(i.sharedSize, 4) : QStringLiteral("N/A"),
            shared ? DisplayFormat::humanSize(i.uniqueSize(), 4) : QStringLiteral("N/A"),
            i.image.containers == -1 ? QStringLiteral("N/A") : QString::number(i.image.containers)};
    }
    QList<QStringList> containerRows {{QStringLiteral("CONTAINER ID"), QStringLiteral("IMAGE"),
        QStringLiteral("COMMAND"), QStringLiteral("LOCAL VOLUMES"), QStringLiteral("SIZE"),
        QStringLiteral("CREATED"), QStringLiteral("STATUS"), QStringLiteral("NAMES")}};
    for (const DiskUsageContainer &d : containerItems) {
        const ContainerInfo &c = d.container;
        containerRows << QStringList {c.shortId(), DisplayFormat::familiarImage(c.image, c.imageId),
            DisplayFormat::goQuote(DisplayFormat::ellipsis(c.command, 20)), QString::number(d.localVolumes),
            DisplayFormat::humanSize(std::max<qint64>(c.sizeRw, 0)), ago(now, c.created), c.status,
            containerNames(c)};
    }
    QList<QStringList> volumeRows {
        {QStringLiteral("VOLUME NAME"), QStringLiteral("LINKS"), QStringLiteral("SIZE")}};
    for (const VolumeInfo &v : volumeItems) {
        const bool measured = v.refCount != -1 || v.size != -1;
        volumeRows << QStringList {v.name, measured ? QString::number(v.refCount) : QStringLiteral("N/A"),
            measured ? DisplayFormat::humanSize(v.size, 4) : QStringLiteral("N/A")};
    }
    QList<QStringList> cacheRows {{QStringLiteral("CACHE ID"), QStringLiteral("CACHE TYPE"),
        QStringLiteral("SIZE"), QStringLiteral("CREATED"), QStringLiteral("LAST USED"),
        QStringLiteral("USAGE"), QStringLiteral("SHARED")}};
    for (const BuildCacheRecord &r : sortedBuildCache(buildCacheItems)) {
        cacheRows << QStringList {truncateId(r.id) + (r.inUse ? QStringLiteral("*") : QString()), r.type,
            DisplayFormat::humanSize(r.size), ago(now, r.createdAt),
            r.lastUsedAt == 0 ? QString() : ago(now, r.lastUsedAt), QString::number(r.usageCount),
            r.shared ? QStringLiteral("true") : QStringLiteral("false")};
    }
    return QStringLiteral("Images space usage:\n\n") + DisplayFormat::table(imageRows)
        + QStringLiteral("\nContainers space usage:\n\n") + DisplayFormat::table(containerRows)
        + QStringLiteral("\nLocal Volumes space usage:\n\n") + DisplayFormat::table(volumeRows)
        + QStringLiteral("\nBuild cache usage: %1\n\n").arg(DisplayFormat::humanSize(buildCache.totalSize, 4))
        + DisplayFormat::table(cacheRows);
}

QString DiskUsage::verboseJson(qint64 now) const
{
    QJsonArray imageList, containerList, volumeList, cacheList;
    for (const DiskUsageImage &i : imageItems) {
        const auto [repository, tag] = repositoryAndTag(i.image);
        const bool shared = i.sharedSize != -1;
        imageList.append(QJsonObject {
            {QStringLiteral("Containers"),
                i.image.containers == -1 ? QStringLiteral("N/A") : QString::number(i.image.containers)},
            {QStringLiteral("CreatedSince"), ago(now, i.image.created)}, {QStringLiteral("ID"), i.image.id},
            {QStringLiteral("Repository"), repository}, {QStringLiteral("Tag"), tag},
            {QStringLiteral("Size"), DisplayFormat::humanSize(i.image.size)},
            {QStringLiteral("SharedSize"),
                shared ? DisplayFormat::humanSize(i.sharedSize, 4) : QStringLiteral("N/A")},
            {QStringLiteral("UniqueSize"),
                shared ? DisplayFormat::humanSize(i.uniqueSize(), 4) : QStringLiteral("N/A")}});
    }
    for (const DiskUsageContainer &d : containerItems) {
        const ContainerInfo &c = d.container;
        containerList.append(QJsonObject {{QStringLiteral("ID"), c.id},
            {QStringLiteral("Image"), DisplayFormat::familiarImage(c.image, c.imageId)},
            {QStringLiteral("Command"), DisplayFormat::goQuote(c.command)},
            {QStringLiteral("LocalVolumes"), QString::number(d.localVolumes)},
            {QStringLiteral("Size"), DisplayFormat::humanSize(std::max<qint64>(c.sizeRw, 0))},
            {QStringLiteral("RunningFor"), ago(now, c.created)}, {QStringLiteral("State"), c.state},
            {QStringLiteral("Status"), c.status}, {QStringLiteral("Names"), c.names.join(QLatin1Char(','))}});
    }
    for (const VolumeInfo &v : volumeItems) {
        const bool measured = v.refCount != -1 || v.size != -1;
        volumeList.append(QJsonObject {{QStringLiteral("Name"), v.name}, {QStringLiteral("Driver"), v.driver},
            {QStringLiteral("Links"), measured ? QString::number(v.refCount) : QStringLiteral("N/A")},
            {QStringLiteral("Size"),
                measured ? DisplayFormat::humanSize(v.size, 4) : QStringLiteral("N/A")}});
    }
    for (const BuildCacheRecord &r : sortedBuildCache(buildCacheItems)) {
        cacheList.append(QJsonObject {{QStringLiteral("ID"), r.id}, {QStringLiteral("CacheType"), r.type},
            {QStringLiteral("Description"), r.description},
            {QStringLiteral("Size"), DisplayFormat::humanSize(r.size)},
            {QStringLiteral("CreatedSince"), ago(now, r.createdAt)},
            {QStringLiteral("LastUsedSince"), r.lastUsedAt == 0 ? QString() : ago(now, r.lastUsedAt)},
            {QStringLiteral("UsageCount"), QString::number(r.usageCount)},
            {QStringLiteral("InUse"), r.inUse ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("Shared"), r.shared ? QStringLiteral("true") : QStringLiteral("false")}});
    }
    const QJsonObject all {{QStringLiteral("Images"), imageList},
        {QStringLiteral("Containers"), containerList}, {QStringLiteral("Volumes"), volumeList},
        {QStringLiteral("BuildCache"), cacheList}};
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
}
