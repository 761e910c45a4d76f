// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/composeproject.h"
#include "model/keyedrows.h"

class ContainerModel;

/// The Compose projects among a ContainerModel's containers, kept true as it changes. Keyed by name.
class ProjectModel : public ResourceListModel, public KeyedRows<ProjectModel, ComposeProject>
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the project's name (the key)
        StatusRole, ///< states counted as docker compose ls shows them: "exited(1), running(2)"
        StateCountsRole, ///< the same as a map, state to count (QVariantMap), for the window to write
        ServicesRole, ///< the services' names (QStringList)
        ContainersRole, ///< the containers' names in start order (QStringList)
        ContainerIdsRole, ///< their ids, in the same order (QStringList)
        WorkingDirRole, ///< the folder it came from
        ConfigFilesRole, ///< the compose files (QStringList)
        RunningRole, ///< int: how many containers run
        PausedRole, ///< int: how many are paused
        TotalRole, ///< int: how many containers
        OrderedRole, ///< bool: depends_on labels give an order (compose v2); false: any order
    };
    Q_ENUM(Role)

    explicit ProjectModel(ContainerModel *containers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class KeyedRows<ProjectModel, ComposeProject>;
    QString keyOf(const ComposeProject &p) const { return p.name; }
    QList<int> changedRoles(const ComposeProject &before, const ComposeProject &after) const;
    void refresh();

    ContainerModel *m_containers;
};
