// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/volumemodel.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QVariantMap>

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const VolumeInfo &v = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return v.name;
    case DriverRole:
        return v.driver;
    case MountpointRole:
        return v.mountpoint;
    case CreatedRole:
        return QDateTime::fromString(v.createdAt, Qt::ISODate);
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = v.labels.begin(); it != v.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    case ScopeRole:
        return v.scope;
    case UsersRole:
        return v.users;
    case InUseRole:
        return !v.users.isEmpty();
    case SizeRole:
        return v.size;
    case AnonymousRole: {
        static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
        return hex64.match(v.name).hasMatch();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> VolumeModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {DriverRole, "driver"},
        {MountpointRole, "mountpoint"},
        {CreatedRole, "created"},
        {LabelsRole, "labels"},
        {ScopeRole, "scope"},
        {UsersRole, "users"},
        {InUseRole, "inUse"},
        {SizeRole, "size"},
        {AnonymousRole, "anonymous"},
    };
}

QList<int> VolumeModel::changedRoles(const VolumeInfo &a, const VolumeInfo &b) const
{
    QList<int> roles;
    if (a.driver != b.driver)
        roles << DriverRole;
    if (a.mountpoint != b.mountpoint)
        roles << MountpointRole;
    if (a.createdAt != b.createdAt)
        roles << CreatedRole;
    if (a.labels != b.labels)
        roles << LabelsRole;
    if (a.scope != b.scope)
        roles << ScopeRole;
    if (a.users != b.users) {
        roles << UsersRole;
        if (a.users.isEmpty() != b.users.isEmpty())
            roles << InUseRole;
    }
    if (a.size != b.size)
        roles << SizeRole;
    return roles;
}

VolumeInfo VolumeModel::merge(const VolumeInfo &current, const VolumeInfo &fresh) const
{
    // Users and sizes come from elsewhere; a listing does not carry them.
    VolumeInfo merged = fresh;
    if (merged.users.isEmpty())
        merged.users = current.users;
    if (merged.size < 0) {
        merged.size = current.size;
        merged.refCount = current.refCount;
    }
    return merged;
}

void VolumeModel::setUsers(const QHash<QString, QStringList> &usersByVolume)
{
    for (const VolumeInfo &volume : QList<VolumeInfo>(m_rows)) {
        QStringList users = usersByVolume.value(volume.name);
        users.sort();
        if (users == volume.users)
            continue;
        VolumeInfo updated = volume;
        updated.users = users;
        // merge() keeps old users when the new list is empty, so write the row directly.
        const int row = rowOf(volume.name);
        QList<int> roles {UsersRole};
        if (volume.users.isEmpty() != users.isEmpty())
            roles << InUseRole;
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(row), index(row), roles);
    }
}

void VolumeModel::setSizes(const QHash<QString, qint64> &sizeByVolume)
{
    for (const VolumeInfo &volume : QList<VolumeInfo>(m_rows)) {
        const qint64 size = sizeByVolume.value(volume.name, -1);
        if (size == volume.size || size < 0)
            continue;
        VolumeInfo updated = volume;
        updated.size = size;
        updateRow(updated);
    }
}
