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
    template<typename, typename> friend class KeyedRows;

    Status m_status = NotConnected;
    QString m_errorString;
};
