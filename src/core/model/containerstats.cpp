// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/containerstats.h"

#include "model/displayformat.h"
#include "util/jsonnumber.h"

#include <QJsonArray>

namespace {
qint64 number(const QJsonObject &o, const char *key)
{
    return jsonInt64(o.value(QLatin1String(key)));
}
} // namespace

ContainerStats ContainerStats::fromJson(const QJsonObject &json)
{
    ContainerStats s;
    s.read = QDateTime::fromString(json.value(QLatin1String("read")).toString(), Qt::ISODateWithMs);

    const QJsonObject cpu = json.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject pre = json.value(QLatin1String("precpu_stats")).toObject();
    const QJsonObject usage = cpu.value(QLatin1String("cpu_usage")).toObject();
    const QJsonObject preUsage = pre.value(QLatin1String("cpu_usage")).toObject();
    // In double: the difference of two clamped counters can overflow qint64.
    const double cpuDelta = double(number(usage, "total_usage")) - double(number(preUsage, "total_usage"));
    const double systemDelta
        = double(number(cpu, "system_cpu_usage")) - double(number(pre, "system_cpu_usage"));
    int online = cpu.value(QLatin1String("online_cpus")).toInt();
    if (online == 0)
        online = int(usage.value(QLatin1String("percpu_usage")).toArray().size());
    if (number(pre, "system_cpu_usage") == 0)
        s.cpuPercent = -1; // the first sample of a stream: nothing to compare with
    else if (systemDelta > 0 && cpuDelta > 0)
        s.cpuPercent = cpuDelta / systemDelta * online * 100.0;

    const QJsonObject memory = json.value(QLatin1String("memory_stats")).toObject();
    const QJsonObject memoryDetail = memory.value(QLatin1String("stats")).toObject();
    s.memoryUsed = number(memory, "usage");
    // cgroup v1 names it total_inactive_file, v2 inactive_file (docker CLI 20.10 does the same).
    const qint64 inactive = memoryDetail.contains(QLatin1String("total_inactive_file"))
        ? number(memoryDetail, "total_inactive_file")
        : number(memoryDetail, "inactive_file");
    if (inactive > 0 && inactive < s.memoryUsed)
        s.memoryUsed -= inactive;
    s.memoryLimit = number(memory, "limit");
    if (s.memoryLimit > 0)
        s.memoryPercent = double(s.memoryUsed) / double(s.memoryLimit) * 100.0;

    const QJsonObject networks = json.value(QLatin1String("networks")).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        s.networkRx = saturatingAdd(s.networkRx, number(it.value().toObject(), "rx_bytes"));
        s.networkTx = saturatingAdd(s.networkTx, number(it.value().toObject(), "tx_bytes"));
    }
    const QJsonArray io = json.value(QLatin1String("blkio_stats"))
                              .toObject()
                              .value(QLatin1String("io_service_bytes_recursive"))
                              .toArray();
    for (const QJsonValue &v : io) {
        const QString op = v.toObject().value(QLatin1String("op")).toString().toLower();
        if (op == QLatin1String("read"))
            s.blockRead = saturatingAdd(s.blockRead, number(v.toObject(), "value"));
        else if (op == QLatin1String("write"))
            s.blockWrite = saturatingAdd(s.blockWrite, number(v.toObject(), "value"));
    }
    const qint64 pids = number(json.value(QLatin1String("pids_stats")).toObject(), "current");
    s.pids = int(qBound(qint64(0), pids, qint64(std::numeric_limits<int>::max())));
    return s;
}

QString ContainerStats::cpuText() const
{
    return cpuPercent < 0 ? QStringLiteral("--") : QString::number(cpuPercent, 'f', 2) + QLatin1Char('%');
}

QString ContainerStats::memoryText() const
{
    return DisplayFormat::binarySize(memoryUsed) + QStringLiteral(" / ")
        + DisplayFormat::binarySize(memoryLimit);
}

QString ContainerStats::memoryPercentText() const
{
    return QString::number(memoryPercent, 'f', 2) + QLatin1Char('%');
}

QString ContainerStats::networkText() const
{
    return DisplayFormat::humanSize(networkRx) + QStringLiteral(" / ") + DisplayFormat::humanSize(networkTx);
}

QString ContainerStats::blockText() const
{
    return DisplayFormat::humanSize(blockRead) + QStringLiteral(" / ") + DisplayFormat::humanSize(blockWrite);
}
