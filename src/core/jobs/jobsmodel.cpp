// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobsmodel.h"

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Job *job = m_jobs[index.row()];
    switch (role) {
    case JobRole:
        return QVariant::fromValue(const_cast<Job *>(job));
    case Qt::DisplayRole:
    case TitleRole:
        return job->title();
    case CommandRole:
        return job->command();
    case StateRole:
        return int(job->state());
    case FractionRole:
        return job->fraction();
    case DoneRole:
        return job->done();
    case TotalRole:
        return job->total();
    case SpeedRole:
        return job->bytesPerSecond();
    case DetailRole:
        return job->detail();
    case PartsRole:
        return job->parts();
    case ErrorRole:
        return job->errorString();
    default:
        return {};
    }
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    return {{JobRole, "job"}, {TitleRole, "title"}, {CommandRole, "command"}, {StateRole, "state"},
        {FractionRole, "fraction"}, {DoneRole, "done"}, {TotalRole, "total"}, {SpeedRole, "speed"},
        {DetailRole, "detail"}, {ErrorRole, "errorString"}, {PartsRole, "parts"}};
}

int JobsModel::runningCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [](const Job *j) { return !j->isFinished(); }));
}

void JobsModel::add(Job *job)
{
    job->setParent(this);
    const int row = int(m_jobs.size());
    beginInsertRows(QModelIndex(), row, row);
    m_jobs.append(job);
    endInsertRows();
    connect(job, &Job::progressChanged, this, [this, job] {
        jobChanged(job, {FractionRole, DoneRole, TotalRole, SpeedRole, DetailRole, PartsRole});
    });
    connect(job, &Job::stateChanged, this, [this, job] {
        jobChanged(job, {StateRole, ErrorRole});
        Q_EMIT runningCountChanged();
    });
    Q_EMIT countChanged();
    job->start();
    Q_EMIT runningCountChanged();
}

void JobsModel::jobChanged(Job *job, const QList<int> &roles)
{
    const int row = int(m_jobs.indexOf(job));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}
