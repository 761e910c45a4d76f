// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/containerfiltermodel.h"

#include "model/containermodel.h"

#include <QDateTime>

namespace {
// Order of states when sorting by state: what needs attention first.
int stateRank(const QString &state)
{
    static const QStringList order {QStringLiteral("restarting"), QStringLiteral("running"),
        QStringLiteral("paused"), QStringLiteral("created"), QStringLiteral("exited"), QStringLiteral("dead"),
        QStringLiteral("removing")};
    const qsizetype i = order.indexOf(state);
    return i < 0 ? int(order.size()) : int(i);
}
} // namespace

ContainerFilterModel::ContainerFilterModel(QObject *parent)
    : SearchProxyModel(parent)
{
}

void ContainerFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateRowsFilter();
    Q_EMIT stateFilterChanged();
}

void ContainerFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    resort();
}

void ContainerFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    resort();
}

void ContainerFilterModel::setGroupByProject(bool group)
{
    if (group == m_groupByProject)
        return;
    m_groupByProject = group;
    resort();
}

void ContainerFilterModel::resort()
{
    invalidate();
    Q_EMIT sortChanged();
}

bool ContainerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString state = i.data(ContainerModel::StateRole).toString();
    switch (m_stateFilter) {
    case Running:
        if (!i.data(ContainerModel::RunningRole).toBool())
            return false;
        break;
    case Exited:
        if (state != QLatin1String("exited") && state != QLatin1String("dead")
            && state != QLatin1String("created"))
            return false;
        break;
    case Paused:
        if (state != QLatin1String("paused"))
            return false;
        break;
    case Unhealthy:
        // A failing health check, as docker ps --filter health=unhealthy lists.
        if (i.data(ContainerModel::HealthRole).toString() != QLatin1String("unhealthy"))
            return false;
        break;
    case All:
        break;
    }
    const QString text = needle();
    if (text.isEmpty())
        return true;
    const auto has = [&](int role) { return i.data(role).toString().contains(text, Qt::CaseInsensitive); };
    return has(ContainerModel::NameRole) || has(ContainerModel::ImageRole)
        || has(ContainerModel::ComposeProjectRole)
        || i.data(ContainerModel::IdRole).toString().startsWith(text, Qt::CaseInsensitive);
}

bool ContainerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_groupByProject) {
        // Projects alphabetically, containers without one last; this order does not flip with
        // `descending`, which applies within a project.
        const QString a = left.data(ContainerModel::ComposeProjectRole).toString();
        const QString b = right.data(ContainerModel::ComposeProjectRole).toString();
        if (a != b) {
            if (a.isEmpty() || b.isEmpty())
                return !a.isEmpty();
            return a.localeAwareCompare(b) < 0;
        }
    }
    int order = 0;
    switch (m_sortKey) {
    case ByName:
        order = left.data(ContainerModel::NameRole)
                    .toString()
                    .localeAwareCompare(right.data(ContainerModel::NameRole).toString());
        break;
    case ByCreated: {
        const auto a = left.data(ContainerModel::CreatedRole).toDateTime();
        const auto b = right.data(ContainerModel::CreatedRole).toDateTime();
        order = a < b ? -1 : (b < a ? 1 : 0);
        break;
    }
    case ByState:
        order = stateRank(left.data(ContainerModel::StateRole).toString())
            - stateRank(right.data(ContainerModel::StateRole).toString());
        break;
    case BySize: {
        const qint64 a = left.data(ContainerModel::SizeRwRole).toLongLong();
        const qint64 b = right.data(ContainerModel::SizeRwRole).toLongLong();
        order = a < b ? -1 : (b < a ? 1 : 0);
        break;
    }
    }
    if (order == 0) // a stable, total order: ties by id
        order = left.data(ContainerModel::IdRole)
                    .toString()
                    .compare(right.data(ContainerModel::IdRole).toString());
    return m_descending ? order > 0 : order < 0;
}
