// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

/**
 * Search and sort for the image and volume pages: the text is looked for in the roles named in
 * filterRoles; rows sort by the role named in sortRole (strings by locale, numbers and dates by
 * value).
 */
class TextFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QStringList filterRoles READ filterRoles WRITE setFilterRoles NOTIFY filterRolesChanged)
    Q_PROPERTY(QString sortRoleName READ sortRoleName WRITE setSortRoleName NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit TextFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QStringList filterRoles() const { return m_filterRoles; }
    void setFilterRoles(const QStringList &roles);
    QString sortRoleName() const { return m_sortRoleName; }
    void setSortRoleName(const QString &role);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void filterTextChanged();
    void filterRolesChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int roleId(const QString &name) const;

    QString m_filterText;
    QStringList m_filterRoles;
    QString m_sortRoleName;
    bool m_descending = false;
};
