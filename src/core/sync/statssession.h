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
    Q_PROPERTY(double memoryUsed READ memoryUsed NOTIFY changed)
    Q_PROPERTY(double memoryLimit READ memoryLimit NOTIFY changed)
    Q_PROPERTY(double memoryPercent READ memoryPercent NOTIFY changed)
    Q_PROPERTY(double networkReceived READ networkReceived NOTIFY changed)
    Q_PROPERTY(double networkSent READ networkSent NOTIFY changed)
    Q_PROPERTY(double blockRead READ blockRead NOTIFY changed)
    Q_PROPERTY(double blockWritten READ blockWritten NOTIFY changed)
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
    // The latest sample's figures, which the window writes in the user's language (Format).
    /// % of one core; -1 before the second sample (docker stats shows "--").
    double cpuPercent() const { return latest().cpuPercent; }
    double memoryUsed() const { return double(latest().memoryUsed); }
    double memoryLimit() const { return double(latest().memoryLimit); }
    double memoryPercent() const { return latest().memoryPercent; }
    /// Bytes since the container started.
    double networkReceived() const { return double(latest().networkRx); }
    double networkSent() const { return double(latest().networkTx); }
    double blockRead() const { return double(latest().blockRead); }
    double blockWritten() const { return double(latest().blockWrite); }
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
