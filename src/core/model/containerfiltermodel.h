// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/**
 * The containers page's view of ContainerModel: text search over name, image and id, a state
 * filter, a sort key, and grouping by compose project (rows of one project kept together, so a
 * view can draw a section per project from the composeProject role).
 */
class ContainerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(StateFilter stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(bool groupByProject READ groupByProject WRITE setGroupByProject NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum StateFilter { All, Running, Exited, Paused };
    Q_ENUM(StateFilter)
    enum SortKey { ByName, ByCreated, ByState, BySize };
    Q_ENUM(SortKey)

    explicit ContainerFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    StateFilter stateFilter() const { return m_stateFilter; }
    void setStateFilter(StateFilter filter);
    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    bool groupByProject() const { return m_groupByProject; }
    void setGroupByProject(bool group);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void filterTextChanged();
    void stateFilterChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void resort();

    QString m_filterText;
    StateFilter m_stateFilter = All;
    SortKey m_sortKey = ByCreated;
    bool m_descending = true;
    bool m_groupByProject = false;
};
