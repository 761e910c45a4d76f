// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/disk/diskactions.h"

#include "app/actioncontext.h"
#include "app/format.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/systemapi.h"
#include "engine/volumesapi.h"
#include "learn/dockercommands.h"
#include "model/volumemodel.h"

#include <QHash>

namespace {

/// How many of each kind the page lists as the largest.
constexpr int LargestShown = 5;

QVariantMap item(const QString &name, qint64 size)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("size"), Format::localSize(size, 4)}};
}

QString imageName(const DiskUsageImage &i)
{
    return i.image.repoTags.isEmpty() ? i.image.shortId() : i.image.repoTags.join(QStringLiteral(", "));
}

/// What removing an image frees: what it does not share with others, when the engine said.
qint64 imageFrees(const DiskUsageImage &i)
{
    return i.sharedSize >= 0 ? i.uniqueSize() : i.image.size;
}

/// What docker container prune removes: every container without a process.
bool containerPruned(const ContainerInfo &c)
{
    return c.state == QLatin1String("exited") || c.state == QLatin1String("created")
        || c.state == QLatin1String("dead");
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QString();
    return QStringLiteral(" (%1%)").arg(part * 100 / whole);
}

} // namespace

DiskActions::DiskActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void DiskActions::setStatus(Status status, const QString &error)
{
    m_status = status;
    m_errorString = error;
    Q_EMIT changed();
}

void DiskActions::refresh()
{
    if (m_reply)
        return; // one walk at a time: the engine would do the same work twice
    if (!m_context->client()) {
        setStatus(NotConnected);
        return;
    }
    setStatus(Loading);
    m_reply = SystemApi(m_context->client()).dataUsage();
    EngineReply *reply = m_reply;
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError())
            return setStatus(Error, reply->error().toString());
        DiskUsage usage;
        QString error;
        if (!DiskUsage::parse(reply->body(), &usage, &error))
            return setStatus(Error, error);
        m_usage = usage;
        // The same walk measured the volumes: the Volumes page's sizes (and its prune's figure)
        // follow it, instead of staying as they were at the first listing.
        QHash<QString, qint64> sizes;
        for (const VolumeInfo &v : std::as_const(m_usage.volumeItems))
            sizes.insert(v.name, v.size);
        m_context->volumes()->setSizes(sizes);
        setStatus(Ready);
    });
}

QVariantList DiskActions::kinds() const
{
    const auto kind = [](const QString &key, const QString &title, const DiskUsageSummary &s,
                          const QStringList &command, const QVariantList &largest) {
        return QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("title"), title},
            {QStringLiteral("total"), s.totalCount}, {QStringLiteral("active"), s.activeCount},
            {QStringLiteral("size"), Format::localSize(s.totalSize, 4)},
            {QStringLiteral("reclaimable"),
                Format::localSize(s.reclaimable, 4) + percentOf(s.reclaimable, s.totalSize)},
            {QStringLiteral("reclaimableBytes"), s.reclaimable},
            {QStringLiteral("command"), DockerCommands::text(command)}, {QStringLiteral("largest"), largest}};
    };
    QVariantList images, containers, volumes, cache;
    for (const DiskUsageImage &i : m_usage.largestImages(LargestShown))
        images << item(imageName(i), i.image.size);
    for (const DiskUsageContainer &c : m_usage.largestContainers(LargestShown))
        containers << item(c.container.name(), std::max<qint64>(c.container.sizeRw, 0));
    for (const VolumeInfo &v : m_usage.largestVolumes(LargestShown))
        volumes << item(v.name, std::max<qint64>(v.size, 0));
    for (const BuildCacheRecord &r : m_usage.largestBuildCache(LargestShown))
        cache << item(r.description.isEmpty() ? r.id : r.description, r.size);
    const bool spareNamed = m_context->client() && VolumesApi(m_context->client()).pruneSparesNamed();
    return {kind(QStringLiteral("images"), tr("Images"), m_usage.images, DockerCommands::imagePrune(true),
                images),
        kind(QStringLiteral("containers"), tr("Containers"), m_usage.containers,
            DockerCommands::containerPrune(), containers),
        kind(QStringLiteral("volumes"), tr("Volumes"), m_usage.volumes,
            DockerCommands::volumePrune(spareNamed), volumes),
        kind(QStringLiteral("buildCache"), tr("Build cache"), m_usage.buildCache,
            DockerCommands::builderPrune(), cache)};
}

CleanupPlan DiskActions::cleanupPlan(const QString &kind) const
{
    QStringList items, names;
    qint64 freed = 0;
    QStringList command;
    const auto add = [&](const QString &name, qint64 size) {
        names << name;
        items << tr("%1 — %2").arg(name, Format::localSize(size, 4));
        freed += size;
    };
    if (kind == QLatin1String("images")) {
        command = DockerCommands::imagePrune(true);
        for (const DiskUsageImage &i : m_usage.imageItems) {
            if (i.image.containers == 0)
                add(imageName(i), imageFrees(i));
        }
    } else if (kind == QLatin1String("containers")) {
        command = DockerCommands::containerPrune();
        for (const DiskUsageContainer &c : m_usage.containerItems) {
            if (containerPruned(c.container))
                add(c.container.name(), std::max<qint64>(c.container.sizeRw, 0));
        }
    } else if (kind == QLatin1String("volumes")) {
        // VolumesApi::prune removes every volume no container uses, named and anonymous.
        command = DockerCommands::volumePrune(
            m_context->client() && VolumesApi(m_context->client()).pruneSparesNamed());
        for (const VolumeInfo &v : m_usage.volumeItems) {
            if (v.refCount == 0)
                add(v.name, std::max<qint64>(v.size, 0));
        }
    } else if (kind == QLatin1String("buildCache")) {
        command = DockerCommands::builderPrune();
        for (const BuildCacheRecord &r : m_usage.buildCacheItems) {
            if (!r.inUse)
                add(r.description.isEmpty() ? r.id : r.description, r.shared ? 0 : r.size);
        }
    }
    CleanupPlan plan;
    plan.items = items;
    plan.names = names;
    plan.freed = Format::localSize(freed, 4);
    plan.freedBytes = freed;
    plan.command = DockerCommands::text(command);
    return plan;
}

QString DiskActions::freedBy(const QString &kind, const QStringList &names) const
{
    if (m_status != Ready)
        return {};
    QHash<QString, qint64> sizes;
    if (kind == QLatin1String("images")) {
        for (const DiskUsageImage &i : m_usage.imageItems)
            sizes.insert(imageName(i), imageFrees(i));
    } else if (kind == QLatin1String("containers")) {
        for (const DiskUsageContainer &c : m_usage.containerItems)
            sizes.insert(c.container.name(), c.container.sizeRw);
    }
    qint64 freed = 0;
    for (const QString &name : names) {
        const qint64 size = sizes.value(name, -1);
        if (size < 0)
            return {}; // a newer one than the figures, or not measured: nothing rather than too little
        freed += size;
    }
    return Format::localSize(freed, 4);
}

void DiskActions::cleanUp(const QString &kind)
{
    EngineClient *client = m_context->client();
    if (!client)
        return;
    const auto again = [this](EngineReply *) { refresh(); };
    if (kind == QLatin1String("images")) {
        m_context->perform(DockerCommands::imagePrune(true),
            ImagesApi(client).prune({{QStringLiteral("dangling"), {QStringLiteral("false")}}}), again);
    } else if (kind == QLatin1String("containers")) {
        m_context->perform(DockerCommands::containerPrune(), ContainersApi(client).prune(), again);
    } else if (kind == QLatin1String("volumes")) {
        const VolumesApi api(client);
        m_context->perform(DockerCommands::volumePrune(api.pruneSparesNamed()), api.prune(), again);
    } else if (kind == QLatin1String("buildCache")) {
        m_context->perform(DockerCommands::builderPrune(), SystemApi(client).pruneBuildCache(), again);
    }
}
