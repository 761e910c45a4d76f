// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commandhistorymodel.h"

int CommandHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CommandHistoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case CommandRole:
        return e.command;
    case TimeRole:
        return e.time;
    case StateRole:
        return e.state;
    case MessageRole:
        return e.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandHistoryModel::roleNames() const
{
    return {{CommandRole, "command"}, {TimeRole, "time"}, {StateRole, "state"}, {MessageRole, "message"}};
}

int CommandHistoryModel::failureCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
        [](const Entry &e) { return e.state == QLatin1String("failed"); }));
}

int CommandHistoryModel::begin(const QString &command)
{
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append({command, QDateTime::currentDateTime(), QStringLiteral("running"), QString()});
    endInsertRows();
    Q_EMIT countChanged();
    return row;
}

void CommandHistoryModel::finish(int row, const QString &errorMessage)
{
    if (row < 0 || row >= m_entries.size())
        return;
    Entry &e = m_entries[row];
    e.state = errorMessage.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed");
    e.message = errorMessage;
    Q_EMIT dataChanged(index(row), index(row), {StateRole, MessageRole});
    Q_EMIT countChanged();
}

void CommandHistoryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
    Q_EMIT countChanged();
}
