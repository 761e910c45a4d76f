// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/keyedrows.h"
#include "model/networkinfo.h"

/// The engine's networks, kept true by EngineSync. Keyed by Id.
class NetworkModel : public ResourceListModel, public KeyedRows<NetworkModel, NetworkInfo>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the engine's id (the key)
        ShortIdRole, ///< the id's first 12 characters, as docker network ls shows it
        NameRole, ///< the network's name
        DriverRole, ///< bridge, host, null, macvlan …
        ScopeRole, ///< local, swarm, global
        SubnetRole, ///< the subnets, comma-separated ("" when the engine chose none)
        GatewayRole, ///< the gateways, comma-separated
        InternalRole, ///< bool: no way out of it
        CreatedRole, ///< QDateTime (invalid when the engine did not say)
        LabelsRole, ///< map of label → value
        UsersRole, ///< names of the containers attached to it (QStringList)
        InUseRole, ///< bool: some container is attached
        PredefinedRole, ///< bool: made by the engine itself (bridge, host, none): never removed
    };
    Q_ENUM(Role)

    using ResourceListModel::ResourceListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of the network named @p name, or nullptr.
    const NetworkInfo *findByName(const QString &name) const;
    /// Sets who is attached to each network (by network name), and which of them run.
    void setUsers(const QHash<QString, QStringList> &usersByNetwork,
        const QHash<QString, QStringList> &activeByNetwork);

private:
    friend class KeyedRows<NetworkModel, NetworkInfo>;
    QString keyOf(const NetworkInfo &n) const { return n.id; }
    QList<int> changedRoles(const NetworkInfo &before, const NetworkInfo &after) const;
    NetworkInfo merge(const NetworkInfo &current, const NetworkInfo &fresh) const;
};
