// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/keyedrows.h"
#include "model/volumeinfo.h"

/// The engine's volumes, kept true by EngineSync. Keyed by Name.
class VolumeModel : public ResourceListModel, public KeyedRows<VolumeModel, VolumeInfo>
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the volume's name (its key)
        DriverRole, ///< local, …
        MountpointRole, ///< path on the engine's host
        CreatedRole, ///< QDateTime (invalid when the engine did not say)
        LabelsRole, ///< map of label → value
        ScopeRole, ///< local or global
        UsersRole, ///< names of the containers that mount it (QStringList)
        InUseRole, ///< bool: some container mounts it
        SizeRole, ///< bytes from /system/df, or -1 when unknown
        AnonymousRole, ///< bool: a 64-hex name the engine made up
    };
    Q_ENUM(Role)

    using ResourceListModel::ResourceListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Sets who mounts each volume, from the container list.
    void setUsers(const QHash<QString, QStringList> &usersByVolume);
    /// Sets sizes from /system/df.
    void setSizes(const QHash<QString, qint64> &sizeByVolume);

private:
    friend class KeyedRows<VolumeModel, VolumeInfo>;
    QString keyOf(const VolumeInfo &v) const { return v.name; }
    QList<int> changedRoles(const VolumeInfo &before, const VolumeInfo &after) const;
    VolumeInfo merge(const VolumeInfo &current, const VolumeInfo &fresh) const;
};
