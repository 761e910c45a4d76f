// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/textfiltermodel.h"

#include <QDateTime>

TextFilterModel::TextFilterModel(QObject *parent)
    : SearchProxyModel(parent)
{
}

int TextFilterModel::roleId(const QString &name) const
{
    if (!sourceModel())
        return -1;
    return sourceModel()->roleNames().key(name.toUtf8(), -1);
}

void TextFilterModel::setFilterRoles(const QStringList &roles)
{
    if (roles == m_filterRoles)
        return;
    m_filterRoles = roles;
    invalidateRowsFilter();
    Q_EMIT filterRolesChanged();
}

void TextFilterModel::setSortRoleName(const QString &role)
{
    if (role == m_sortRoleName)
        return;
    m_sortRoleName = role;
    invalidate();
    Q_EMIT sortChanged();
}

void TextFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    invalidate();
    Q_EMIT sortChanged();
}

void TextFilterModel::setHiddenLabel(const QString &key)
{
    if (key == m_hiddenLabel)
        return;
    m_hiddenLabel = key;
    invalidateFilter();
    Q_EMIT filterRolesChanged();
}

bool TextFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_hiddenLabel.isEmpty() && i.data(roleId(QStringLiteral("labels"))).toMap().contains(m_hiddenLabel))
        return false;
    const QString text = needle();
    if (text.isEmpty())
        return true;
    for (const QString &name : m_filterRoles) {
        const QVariant value = i.data(roleId(name));
        const QStringList values
            = value.canConvert<QStringList>() ? value.toStringList() : QStringList {value.toString()};
        for (const QString &v : values) {
            if (v.contains(text, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool TextFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int role = roleId(m_sortRoleName);
    if (role < 0)
        return m_descending ? left.row() > right.row() : left.row() < right.row();
    const QVariant a = left.data(role);
    const QVariant b = right.data(role);
    int order = QVariant::compare(a, b) == QPartialOrdering::Less
        ? -1
        : (QVariant::compare(a, b) == QPartialOrdering::Greater ? 1 : 0);
    if (a.typeId() == QMetaType::QString)
        order = a.toString().localeAwareCompare(b.toString());
    if (order == 0)
        order = left.row() - right.row();
    return m_descending ? order > 0 : order < 0;
}
