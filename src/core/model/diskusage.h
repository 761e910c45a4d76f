// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/containerinfo.h"
#include "model/imageinfo.h"
#include "model/volumeinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// One kind's figures in a /system/df answer: what docker system df's summary line shows.
struct DiskUsageSummary
{
    qint64 totalCount = 0;
    qint64 activeCount = 0; ///< in use: images with containers, running containers, mounted volumes
    qint64 totalSize = 0;
    qint64 reclaimable = 0; ///< what removing the unused ones frees
};

/// An image of a /system/df answer: /images/json's fields plus what it shares with others.
struct DiskUsageImage
{
    ImageInfo image;
    qint64 sharedSize = -1; ///< -1: the engine did not compute it
    /// The docker CLI's verbose table has no row for it (its first tag does not parse, and it
    /// is not dangling in docker's exact sense): read from the answer's own tags.
    bool unlistedByDockerCli = false;
    qint64 uniqueSize() const { return sharedSize < 0 ? -1 : image.size - sharedSize; }
};

/// A container of a /system/df answer, with the volumes of the local driver it mounts.
struct DiskUsageContainer
{
    ContainerInfo container;
    int localVolumes = 0;
};

/// A build cache record (BuildKit's; the classic builder makes none).
struct BuildCacheRecord
{
    QString id;
    QString type; ///< regular, source.local, exec.cachemount, …
    QString description;
    qint64 size = 0;
    qint64 createdAt = 0; ///< seconds since the epoch
    qint64 lastUsedAt = 0; ///< 0: never used
    qint64 usageCount = 0;
    bool inUse = false;
    bool shared = false;
};

/**
 * What GET /system/df says, in both of its shapes: the legacy arrays (LayersSize, Images,
 * Containers, Volumes, BuildCache; every engine up to API 1.51 and Podman) and the per-type answer
 * of API 1.52 (ImageUsage, ContainerUsage, VolumeUsage, BuildCacheUsage, with Items when asked
 * with verbose=1). From the legacy shape the figures are summed as the docker CLI 28 sums them,
 * so that berthctl system df prints what docker system df prints.
 */
struct DiskUsage
{
    DiskUsageSummary images, containers, volumes, buildCache;
    QList<DiskUsageImage> imageItems;
    QList<DiskUsageContainer> containerItems;
    QList<VolumeInfo> volumeItems; ///< size and refCount -1 where the engine had no UsageData
    QList<BuildCacheRecord> buildCacheItems;
    bool perType = false; ///< read from the per-type answer of API 1.52

    /// Reads an answer; false with @p error (and nothing read) when it is not a JSON object or
    /// its lists are not lists. Unknown fields are ignored; missing ones count as empty.
    static bool parse(const QByteArray &body, DiskUsage *out, QString *error);

    /// docker system df's table (TYPE TOTAL ACTIVE SIZE RECLAIMABLE), as the docker CLI prints it.
    QString summaryTable() const;
    /// docker system df --format json: one object per kind, one a line.
    QString summaryJson() const;
    /// docker system df -v: a table per kind, ages counted back from @p now (seconds since the
    /// epoch).
    QString verboseTables(qint64 now) const;
    /// docker system df -v --format json: every item's fields as the docker CLI names them.
    QString verboseJson(qint64 now) const;

    /// The @p count largest of each list, largest first (for the Disk use page).
    QList<DiskUsageImage> largestImages(int count) const;
    QList<DiskUsageContainer> largestContainers(int count) const;
    QList<VolumeInfo> largestVolumes(int count) const;
    QList<BuildCacheRecord> largestBuildCache(int count) const;
};
