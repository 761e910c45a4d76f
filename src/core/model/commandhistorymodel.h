// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

/**
 * What was done, as docker commands, newest last: the learner's history panel. The same model
 * keeps failures with the engine's message, so it doubles as the error log.
 */
class CommandHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int failureCount READ failureCount NOTIFY countChanged)

public:
    enum Role {
        CommandRole = Qt::UserRole + 1, ///< docker …
        TimeRole, ///< QDateTime when it was started
        StateRole, ///< running, done, failed
        MessageRole, ///< the engine's error message and what to do, when failed
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_entries.size()); }
    int failureCount() const;

    /// Records a command being run; returns its row for finish().
    int begin(const QString &command);
    void finish(int row, const QString &errorMessage = QString());
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();

private:
    struct Entry
    {
        QString command;
        QDateTime time;
        QString state;
        QString message;
    };
    QList<Entry> m_entries;
};
