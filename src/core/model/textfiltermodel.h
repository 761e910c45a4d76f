// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/searchproxymodel.h"
#include <QStringList>

/**
 * Search and sort for the image and volume pages: the text is looked for in the roles named in
 * filterRoles; rows sort by the role named in sortRole (strings by locale, numbers and dates by
 * value).
 */
class TextFilterModel : public SearchProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList filterRoles READ filterRoles WRITE setFilterRoles NOTIFY filterRolesChanged)
    Q_PROPERTY(QString sortRoleName READ sortRoleName WRITE setSortRoleName NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    /// Rows whose "labels" role has this key are left out (Berth's own helpers); empty: none.
    Q_PROPERTY(QString hiddenLabel READ hiddenLabel WRITE setHiddenLabel NOTIFY filterRolesChanged)

public:
    explicit TextFilterModel(QObject *parent = nullptr);

    QStringList filterRoles() const { return m_filterRoles; }
    void setFilterRoles(const QStringList &roles);
    QString sortRoleName() const { return m_sortRoleName; }
    void setSortRoleName(const QString &role);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    QString hiddenLabel() const { return m_hiddenLabel; }
    void setHiddenLabel(const QString &key);

Q_SIGNALS:
    void filterRolesChanged();
    void sortChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_hiddenLabel;
    int roleId(const QString &name) const;

    QStringList m_filterRoles;
    QString m_sortRoleName;
    bool m_descending = false;
};
