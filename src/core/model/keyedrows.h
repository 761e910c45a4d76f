// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/resourcelistmodel.h"

#include <QHash>
#include <QList>
#include <QSet>

/**
 * Rows of value type T keyed by the engine's id (containers, images) or name (volumes), with
 * an id → row index, mixed into a ResourceListModel subclass (Model). Every update is a diff:
 * rows removed in contiguous runs, dataChanged for the rows and roles that changed, new rows
 * appended. Never a reset for a refresh.
 *
 * A mixin rather than a base class so that moc and QML see the model's real base,
 * ResourceListModel. Model provides keyOf() and changedRoles(), may hide merge() and rowsUpdated(), and
 * befriends KeyedRows.
 */
template<typename Model, typename T> class KeyedRows
{
public:
    const QList<T> &rows() const { return m_rows; }
    /// The row of @p key, or -1.
    int rowOf(const QString &key) const { return m_index.value(key, -1); }
    const T *find(const QString &key) const
    {
        const int row = rowOf(key);
        return row < 0 ? nullptr : &m_rows[row];
    }

    /// Makes the rows equal @p fresh (whose order decides where new rows go, at the end).
    void reconcile(const QList<T> &fresh)
    {
        QSet<QString> keep;
        keep.reserve(fresh.size());
        for (const T &item : fresh)
            keep.insert(self().keyOf(item));
        // Remove from the end so earlier row numbers stay valid, one signal pair per run.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (keep.contains(self().keyOf(m_rows[row]))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !keep.contains(self().keyOf(m_rows[first - 1])))
                --first;
            removeRange(first, row);
            row = first - 1;
        }
        QList<T> added;
        for (const T &item : fresh) {
            if (!updateRow(item))
                added.append(item);
        }
        appendRows(added);
    }

    /// Updates the row with @p item's key, or appends it.
    void upsert(const T &item)
    {
        if (!updateRow(item))
            appendRows({item});
    }

    void removeKey(const QString &key)
    {
        const int row = rowOf(key);
        if (row >= 0)
            removeRange(row, row);
    }

    /// Empties the model: only when the engine itself changed.
    void clear()
    {
        if (m_rows.isEmpty())
            return;
        self().beginResetModel();
        m_rows.clear();
        m_index.clear();
        self().endResetModel();
        Q_EMIT self().countChanged();
    }

protected:
    /// What to store when @p fresh replaces @p current: a model keeps what the fresh listing
    /// does not carry (sizes, users derived from other models). Model may hide this.
    T merge(const T &current, const T &fresh) const
    {
        Q_UNUSED(current)
        return fresh;
    }
    /// Lets a model keep derived figures (running count …) after rows change. Model may hide this.
    void rowsUpdated() { }

    /// Replaces the row of @p item's key in place; for derived data kept outside T.
    bool updateRow(const T &item, const QList<int> &extraRoles = {})
    {
        const int row = rowOf(self().keyOf(item));
        if (row < 0)
            return false;
        const T merged = self().merge(m_rows[row], item);
        QList<int> roles = self().changedRoles(m_rows[row], merged);
        for (int r : extraRoles) {
            if (!roles.contains(r))
                roles.append(r);
        }
        if (roles.isEmpty())
            return true;
        m_rows[row] = merged;
        const QModelIndex at = self().index(row);
        Q_EMIT self().dataChanged(at, at, roles);
        self().rowsUpdated();
        return true;
    }

    QList<T> m_rows;

private:
    Model &self() { return static_cast<Model &>(*this); }
    const Model &self() const { return static_cast<const Model &>(*this); }

    void removeRange(int first, int last)
    {
        self().beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        reindexFrom(first);
        self().endRemoveRows();
        Q_EMIT self().countChanged();
        self().rowsUpdated();
    }

    void appendRows(const QList<T> &items)
    {
        if (items.isEmpty())
            return;
        const int first = int(m_rows.size());
        self().beginInsertRows(QModelIndex(), first, first + int(items.size()) - 1);
        m_rows.append(items);
        for (int row = first; row < m_rows.size(); ++row)
            m_index.insert(self().keyOf(m_rows[row]), row);
        self().endInsertRows();
        Q_EMIT self().countChanged();
        self().rowsUpdated();
    }

    void reindexFrom(int first)
    {
        if (first == 0)
            m_index.clear();
        for (auto it = m_index.begin(); it != m_index.end();) {
            if (it.value() >= first)
                it = m_index.erase(it);
            else
                ++it;
        }
        for (int row = first; row < m_rows.size(); ++row)
            m_index.insert(self().keyOf(m_rows[row]), row);
    }

    QHash<QString, int> m_index;
};
