// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/job.h"

#include "engine/enginereply.h"

#include <QCoreApplication>

Job::Job(QString title, QString command, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_command(std::move(command))
{
}

Job::~Job()
{
    m_stop->store(true);
}

double Job::bytesPerSecond() const
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    return ms > 0 ? double(m_done) * 1000.0 / double(ms) : 0.0;
}

void Job::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    if (isFinished())
        Q_EMIT finished();
}

void Job::setRunning()
{
    m_clock.start();
    setState(Running);
}

void Job::setProgress(qint64 done, qint64 total, const QString &detail)
{
    m_done = done;
    m_total = total;
    if (!detail.isNull())
        m_detail = detail;
    Q_EMIT progressChanged();
}

void Job::succeed()
{
    if (isFinished())
        return; // cancelled or failed first: that is how it ended
    setState(Succeeded);
}

void Job::fail(const EngineError &error)
{
    if (isFinished())
        return;
    m_errorString = error.toString();
    setState(error.kind() == EngineError::Cancelled ? Cancelled : Failed);
}

void Job::watch(EngineReply *reply)
{
    m_reply = reply;
}

EngineError Job::cancelledError()
{
    return EngineError(EngineError::Cancelled, QCoreApplication::translate("Job", "Cancelled."));
}

void Job::cancel()
{
    abandon(cancelledError());
}

void Job::abandon(const EngineError &error)
{
    if (isFinished() || m_abandoning)
        return;
    m_abandoning = true;
    m_stop->store(true);
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
    undo(error);
}

void Job::undo(const EngineError &error)
{
    fail(error);
}
