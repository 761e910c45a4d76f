// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/networkmodel.h"

#include <QDateTime>
#include <QVariantMap>

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const NetworkInfo &n = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return n.id;
    case ShortIdRole:
        return n.shortId();
    case Qt::DisplayRole:
    case NameRole:
        return n.name;
    case DriverRole:
        return n.driver;
    case ScopeRole:
        return n.scope;
    case SubnetRole:
        return n.subnets.join(QStringLiteral(", "));
    case GatewayRole:
        return n.gateways.join(QStringLiteral(", "));
    case InternalRole:
        return n.internal;
    case CreatedRole:
        return QDateTime::fromString(n.createdAt, Qt::ISODateWithMs);
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = n.labels.begin(); it != n.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    case UsersRole:
        return n.users;
    case InUseRole:
        return !n.users.isEmpty();
    case PredefinedRole:
        return n.isPredefined();
    default:
        return {};
    }
}

QHash<int, QByteArray> NetworkModel::roleNames() const
{
    return {
        {IdRole, "networkId"},
        {ShortIdRole, "shortId"},
        {NameRole, "name"},
        {DriverRole, "driver"},
        {ScopeRole, "scope"},
        {SubnetRole, "subnet"},
        {GatewayRole, "gateway"},
        {InternalRole, "internal"},
        {CreatedRole, "created"},
        {LabelsRole, "labels"},
        {UsersRole, "users"},
        {InUseRole, "inUse"},
        {PredefinedRole, "predefined"},
    };
}

const NetworkInfo *NetworkModel::findByName(const QString &name) const
{
    for (const NetworkInfo &n : m_rows) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

QList<int> NetworkModel::changedRoles(const NetworkInfo &a, const NetworkInfo &b) const
{
    QList<int> roles;
    if (a.name != b.name)
        roles << NameRole << PredefinedRole;
    if (a.driver != b.driver)
        roles << DriverRole;
    if (a.scope != b.scope)
        roles << ScopeRole;
    if (a.subnets != b.subnets)
        roles << SubnetRole;
    if (a.gateways != b.gateways)
        roles << GatewayRole;
    if (a.internal != b.internal)
        roles << InternalRole;
    if (a.createdAt != b.createdAt)
        roles << CreatedRole;
    if (a.labels != b.labels)
        roles << LabelsRole;
    if (a.users != b.users) {
        roles << UsersRole;
        if (a.users.isEmpty() != b.users.isEmpty())
            roles << InUseRole;
    }
    return roles;
}

NetworkInfo NetworkModel::merge(const NetworkInfo &current, const NetworkInfo &fresh) const
{
    // Who is attached comes from the containers; a listing does not carry it on Docker.
    NetworkInfo merged = fresh;
    merged.users = current.users;
    merged.activeUsers = current.activeUsers;
    return merged;
}

void NetworkModel::setUsers(
    const QHash<QString, QStringList> &usersByNetwork, const QHash<QString, QStringList> &activeByNetwork)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const NetworkInfo &network = m_rows[row];
        QStringList users = usersByNetwork.value(network.name);
        QStringList active = activeByNetwork.value(network.name);
        users.sort();
        active.sort();
        if (users == network.users && active == network.activeUsers)
            continue;
        QList<int> roles;
        if (users != network.users) {
            roles << UsersRole;
            if (users.isEmpty() != network.users.isEmpty())
                roles << InUseRole;
        }
        m_rows[row].users = users;
        m_rows[row].activeUsers = active;
        if (!roles.isEmpty())
            Q_EMIT dataChanged(index(row), index(row), roles);
    }
}
