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
