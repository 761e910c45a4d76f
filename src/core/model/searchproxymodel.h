// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/// What the pages' search proxies share: the search text and a row count QML can bind to.
class SearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SearchProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int count() const { return rowCount(); }
    /// The first row whose @p roleName is @p value (a new image's id …), or -1.
    Q_INVOKABLE int rowWhere(const QString &roleName, const QVariant &value) const;

Q_SIGNALS:
    void filterTextChanged();
    void countChanged();

protected:
    /// The search text without surrounding spaces.
    QString needle() const { return m_filterText.trimmed(); }

private:
    QString m_filterText;
};
