// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/searchproxymodel.h"

SearchProxyModel::SearchProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SearchProxyModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SearchProxyModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SearchProxyModel::countChanged);
}

void SearchProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateRowsFilter();
    Q_EMIT filterTextChanged();
}

int SearchProxyModel::rowWhere(const QString &roleName, const QVariant &value) const
{
    const int role = roleNames().key(roleName.toUtf8(), -1);
    if (role < 0)
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(role) == value)
            return row;
    }
    return -1;
}
