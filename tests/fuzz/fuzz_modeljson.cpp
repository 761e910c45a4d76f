// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's JSON read into the models' values: listings, inspect answers and stats samples.
#include "model/containerinfo.h"
#include "model/containerstats.h"
#include "model/imageinfo.h"
#include "model/volumeinfo.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject json
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    (void)ContainerInfo::fromJson(json);
    (void)ImageInfo::fromJson(json);
    (void)VolumeInfo::fromJson(json);
    const ContainerStats stats = ContainerStats::fromJson(json);
    (void)stats.cpuText();
    (void)stats.memoryText();
    (void)stats.memoryPercentText();
    return 0;
}
