// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/statssession.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"

StatsSession::StatsSession(EngineClient *client, QString containerId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(std::move(containerId))
{
}

StatsSession::~StatsSession()
{
    stop();
}

void StatsSession::start()
{
    if (m_stream)
        return;
    m_error.clear();
    m_stream = ContainersApi(m_client).stats(m_id, true);
    connect(m_stream, &EngineReply::jsonReceived, this, [this](const QJsonObject &json) {
        ContainerStats sample = ContainerStats::fromJson(json);
        // A stopped container's stream goes on with empty samples (read 0001-01-01): it ended.
        if (!sample.read.isValid() || sample.read.date().year() < 2000) {
            stop();
            return;
        }
        m_history.append(sample);
        if (m_history.size() > HistoryLength)
            m_history.removeFirst();
        Q_EMIT changed();
    });
    connect(m_stream, &EngineReply::finished, this, [this, stream = m_stream.data()] {
        stream->deleteLater();
        if (stream->error().isError() && stream->error().kind() != EngineError::Cancelled)
            m_error = stream->error().toString();
        m_stream = nullptr;
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

void StatsSession::stop()
{
    if (!m_stream)
        return;
    EngineReply *stream = m_stream;
    m_stream = nullptr;
    stream->disconnect(this);
    stream->abort();
    stream->deleteLater();
    Q_EMIT changed();
}

QVariantList StatsSession::cpuHistory() const
{
    QVariantList out;
    out.reserve(m_history.size());
    for (const ContainerStats &s : m_history)
        out << qMax(0.0, s.cpuPercent);
    return out;
}

QVariantList StatsSession::memoryHistory() const
{
    QVariantList out;
    out.reserve(m_history.size());
    for (const ContainerStats &s : m_history)
        out << double(s.memoryUsed);
    return out;
}

QVariantList StatsSession::rates(qint64 ContainerStats::*field) const
{
    QVariantList out;
    for (qsizetype i = 1; i < m_history.size(); ++i) {
        const ContainerStats &a = m_history[i - 1];
        const ContainerStats &b = m_history[i];
        const double seconds = a.read.msecsTo(b.read) / 1000.0;
        out << (seconds > 0 ? qMax(0.0, double(b.*field - a.*field) / seconds) : 0.0);
    }
    return out;
}
