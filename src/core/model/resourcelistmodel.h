// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

/**
 * What every resource list shares: a status the pages render (empty / busy / list / error
 * states) and its error text, set on every path.
 */
class ResourceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Status { NotConnected, Loading, Ready, Error };
    Q_ENUM(Status)

    using QAbstractListModel::QAbstractListModel;

    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    int count() const { return rowCount(); }
    void setStatus(Status status, const QString &errorString = QString());

Q_SIGNALS:
    void statusChanged();
    void countChanged();

private:
    Status m_status = NotConnected;
    QString m_errorString;
};

/**
 * Rows of value type T keyed by the engine's id (containers, images) or name (volumes), with
 * an id → row index. Every update is a diff: rows removed in contiguous runs, dataChanged for
 * the rows and roles that changed, new rows appended. Never a reset for a refresh.
 */
template<typename T>
class KeyedListModel : public ResourceListModel
{
public:
    using ResourceListModel::ResourceListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

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
            keep.insert(keyOf(item));
        // Remove from the end so earlier row numbers stay valid, one signal pair per run.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (keep.contains(keyOf(m_rows[row]))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !keep.contains(keyOf(m_rows[first - 1])))
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
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
        Q_EMIT countChanged();
    }

protected:
    virtual QString keyOf(const T &item) const = 0;
    /// The roles whose data differ between @p before and @p after.
    virtual QList<int> changedRoles(const T &before, const T &after) const = 0;
    /// Lets a subclass keep derived figures (running count …) after rows change.
    virtual void rowsUpdated() {}
    /// What to store when @p fresh replaces @p current: a subclass keeps what the fresh
    /// listing does not carry (sizes, users derived from other models).
    virtual T merge(const T &current, const T &fresh) const
    {
        Q_UNUSED(current)
        return fresh;
    }

    /// Replaces the row of @p item's key in place; for derived data kept outside T.
    bool updateRow(const T &item, const QList<int> &extraRoles = {})
    {
        const int row = rowOf(keyOf(item));
        if (row < 0)
            return false;
        const T merged = merge(m_rows[row], item);
        QList<int> roles = changedRoles(m_rows[row], merged);
        for (int r : extraRoles) {
            if (!roles.contains(r))
                roles.append(r);
        }
        if (roles.isEmpty())
            return true;
        m_rows[row] = merged;
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at, roles);
        rowsUpdated();
        return true;
    }

    QList<T> m_rows;

private:
    void removeRange(int first, int last)
    {
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
        Q_EMIT countChanged();
        rowsUpdated();
    }

    void appendRows(const QList<T> &items)
    {
        if (items.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(items.size()) - 1);
        m_rows.append(items);
        for (int row = first; row < m_rows.size(); ++row)
            m_index.insert(keyOf(m_rows[row]), row);
        endInsertRows();
        Q_EMIT countChanged();
        rowsUpdated();
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
            m_index.insert(keyOf(m_rows[row]), row);
    }

    QHash<QString, int> m_index;
};
