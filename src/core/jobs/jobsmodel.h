// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

/// Every long operation of the session, newest last, for the jobs page.
class JobsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int runningCount READ runningCount NOTIFY runningCountChanged)

public:
    enum Role {
        JobRole = Qt::UserRole + 1, ///< the Job object (for cancel())
        TitleRole, ///< "Pull nginx:latest"
        CommandRole, ///< docker pull nginx:latest
        StateRole, ///< Job::State
        FractionRole, ///< 0…1, or -1 when the total is unknown
        DoneRole, ///< bytes done
        TotalRole, ///< bytes in all, -1 when unknown
        SpeedRole, ///< bytes per second
        DetailRole, ///< the engine's latest status line
        ErrorRole, ///< the failure's message
        PartsRole, ///< Job::parts(): a pull's layers
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_jobs.size()); }
    int runningCount() const;

    /// Takes @p job (parented to the model) and starts it.
    void add(Job *job);

Q_SIGNALS:
    void countChanged();
    void runningCountChanged();

private:
    void jobChanged(Job *job, const QList<int> &roles);

    QList<Job *> m_jobs;
};
