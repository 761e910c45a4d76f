// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One sample of GET /containers/{id}/stats, reduced the way the docker CLI reduces it
 * (cli/command/container/stats_helpers.go): CPU % from the change since the previous sample
 * against the whole system's, times the online CPUs; memory without the page cache; network
 * and block I/O summed over interfaces and devices.
 */
struct ContainerStats
{
    QDateTime read;
    double cpuPercent = 0; ///< 100 = one CPU busy; -1 when the engine gave no previous sample
    qint64 memoryUsed = 0; ///< bytes, cache excluded
    qint64 memoryLimit = 0;
    double memoryPercent = 0;
    qint64 networkRx = 0; ///< bytes since the container started
    qint64 networkTx = 0;
    qint64 blockRead = 0;
    qint64 blockWrite = 0;
    int pids = 0;

    static ContainerStats fromJson(const QJsonObject &json);

    /// As docker stats prints them.
    QString cpuText() const;
    QString memoryText() const; ///< "520KiB / 23.54GiB"
    QString memoryPercentText() const;
    QString networkText() const; ///< "1.2kB / 648B"
    QString blockText() const;
};
