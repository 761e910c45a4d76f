// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/containerstats.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>

class EngineClient;
#include "engine/enginereply.h"

/**
 * A running container's resource use, live: GET /containers/{id}/stats as a stream (one sample
 * a second from the engine), each sample reduced as docker stats does, the last minutes kept
 * for charts. One stream per session; stop() or the session's end closes it.
 */
class StatsSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString containerId READ containerId CONSTANT)
    Q_PROPERTY(bool live READ live NOTIFY changed)
    Q_PROPERTY(int samples READ sampleCount NOTIFY changed)
    Q_PROPERTY(double cpuPercent READ cpuPercent NOTIFY changed)
    Q_PROPERTY(QString cpuText READ cpuText NOTIFY changed)
    Q_PROPERTY(double memoryUsed READ memoryUsed NOTIFY changed)
    Q_PROPERTY(double memoryLimit READ memoryLimit NOTIFY changed)
    Q_PROPERTY(QString memoryText READ memoryText NOTIFY changed)
    Q_PROPERTY(QString memoryShortText READ memoryShortText NOTIFY changed)
    Q_PROPERTY(QString memoryPercentText READ memoryPercentText NOTIFY changed)
    Q_PROPERTY(QString networkText READ networkText NOTIFY changed)
    Q_PROPERTY(QString blockText READ blockText NOTIFY changed)
    Q_PROPERTY(int pids READ pids NOTIFY changed)
    Q_PROPERTY(QVariantList cpuHistory READ cpuHistory NOTIFY changed)
    Q_PROPERTY(QVariantList memoryHistory READ memoryHistory NOTIFY changed)
    Q_PROPERTY(QVariantList rxRates READ rxRates NOTIFY changed)
    Q_PROPERTY(QVariantList txRates READ txRates NOTIFY changed)
    Q_PROPERTY(QVariantList readRates READ readRates NOTIFY changed)
    Q_PROPERTY(QVariantList writeRates READ writeRates NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)

public:
    /// Samples kept: three minutes at the engine's one a second.
    static constexpr int HistoryLength = 180;

    StatsSession(EngineClient *client, QString containerId, QObject *parent = nullptr);
    ~StatsSession() override;

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    QString containerId() const { return m_id; }
    bool live() const { return m_stream != nullptr; }
    const QList<ContainerStats> &history() const { return m_history; }
    int sampleCount() const { return int(m_history.size()); }
    double cpuPercent() const { return latest().cpuPercent; }
    QString cpuText() const { return latest().cpuText(); }
    double memoryUsed() const { return double(latest().memoryUsed); }
    double memoryLimit() const { return double(latest().memoryLimit); }
    QString memoryText() const { return m_history.isEmpty() ? QString() : latest().memoryText(); }
    /// Just the used memory, for a narrow column.
    QString memoryShortText() const;
    QString memoryPercentText() const { return latest().memoryPercentText(); }
    QString networkText() const { return latest().networkText(); }
    QString blockText() const { return latest().blockText(); }
    int pids() const { return latest().pids; }
    QVariantList cpuHistory() const;
    QVariantList memoryHistory() const;
    /// Bytes a second between samples.
    QVariantList rxRates() const { return rates(&ContainerStats::networkRx); }
    QVariantList txRates() const { return rates(&ContainerStats::networkTx); }
    QVariantList readRates() const { return rates(&ContainerStats::blockRead); }
    QVariantList writeRates() const { return rates(&ContainerStats::blockWrite); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    ContainerStats latest() const { return m_history.isEmpty() ? ContainerStats() : m_history.last(); }
    QVariantList rates(qint64 ContainerStats::*field) const;

    EngineClient *m_client;
    QString m_id;
    QPointer<EngineReply> m_stream;
    QList<ContainerStats> m_history;
    QString m_error;
};
