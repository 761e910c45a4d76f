// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/searchproxymodel.h"

/**
 * The containers page's view of ContainerModel: text search over name, image and id, a state
 * filter, a sort key, and grouping by compose project (rows of one project kept together, so a
 * view can draw a section per project from the composeProject role).
 */
class ContainerFilterModel : public SearchProxyModel
{
    Q_OBJECT
    Q_PROPERTY(StateFilter stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(bool groupByProject READ groupByProject WRITE setGroupByProject NOTIFY sortChanged)

public:
    enum StateFilter { All, Running, Exited, Paused, Unhealthy };
    Q_ENUM(StateFilter)
    enum SortKey { ByName, ByCreated, ByState, BySize };
    Q_ENUM(SortKey)

    explicit ContainerFilterModel(QObject *parent = nullptr);

    StateFilter stateFilter() const { return m_stateFilter; }
    void setStateFilter(StateFilter filter);
    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    bool groupByProject() const { return m_groupByProject; }
    void setGroupByProject(bool group);

Q_SIGNALS:
    void stateFilterChanged();
    void sortChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void resort();

    StateFilter m_stateFilter = All;
    SortKey m_sortKey = ByCreated;
    bool m_descending = true;
    bool m_groupByProject = false;
};
