// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/usagefeed.h"

#include "engine/engineclient.h"
#include "model/containermodel.h"
#include "sync/statssession.h"

#include <utility>

UsageFeed::UsageFeed(ContainerModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

UsageFeed::~UsageFeed()
{
    setClient(nullptr);
}

void UsageFeed::setClient(EngineClient *client)
{
    const auto watched = std::exchange(m_watched, {});
    for (auto it = watched.begin(); it != watched.end(); ++it)
        close(it.key(), it->session);
    m_client = client;
}

void UsageFeed::watch(const QString &id)
{
    if (id.isEmpty() || !m_client)
        return;
    Watched &watched = m_watched[id];
    if (watched.count++ > 0)
        return;
    auto *session = new StatsSession(m_client, id, this);
    watched.session = session;
    connect(session, &StatsSession::changed, this, [this, id, session] {
        if (session->sampleCount() > 0)
            m_model->setUsage(id, session->cpuPercent(), session->memoryUsed());
    });
    session->start();
}

void UsageFeed::unwatch(const QString &id)
{
    auto it = m_watched.find(id);
    if (it == m_watched.end() || --it->count > 0)
        return;
    StatsSession *session = it->session;
    m_watched.erase(it);
    close(id, session);
}

void UsageFeed::close(const QString &id, StatsSession *session)
{
    session->disconnect(this);
    session->stop();
    session->deleteLater();
    m_model->setUsage(id, -1, -1);
}
