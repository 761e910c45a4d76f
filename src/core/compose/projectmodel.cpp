// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/projectmodel.h"

#include "model/containermodel.h"

namespace {
QStringList containerNames(const ComposeProject &p)
{
    QStringList names;
    for (const ContainerInfo &c : p.containersInStartOrder())
        names << c.name();
    return names;
}

QStringList containerIds(const ComposeProject &p)
{
    QStringList ids;
    for (const ContainerInfo &c : p.containersInStartOrder())
        ids << c.id;
    return ids;
}

int countState(const ComposeProject &p, const char *state)
{
    return int(std::count_if(p.containers.begin(), p.containers.end(),
        [state](const ContainerInfo &c) { return c.state == QLatin1String(state); }));
}

bool ordered(const ComposeProject &p)
{
    return std::any_of(p.containers.begin(), p.containers.end(), [](const ContainerInfo &c) {
        return c.labels.contains(QStringLiteral("com.docker.compose.depends_on"));
    });
}
} // namespace

ProjectModel::ProjectModel(ContainerModel *containers, QObject *parent)
    : ResourceListModel(parent)
    , m_containers(containers)
{
    connect(containers, &QAbstractItemModel::rowsInserted, this, &ProjectModel::refresh);
    connect(containers, &QAbstractItemModel::rowsRemoved, this, &ProjectModel::refresh);
    connect(containers, &QAbstractItemModel::modelReset, this, &ProjectModel::refresh);
    connect(containers, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            // The usage figures change every second; what a project shows does not follow them.
            static const QList<int> relevant {ContainerModel::StateRole, ContainerModel::NameRole};
            if (roles.isEmpty()
                || std::any_of(roles.begin(), roles.end(), [](int r) { return relevant.contains(r); }))
                refresh();
        });
    connect(containers, &ResourceListModel::statusChanged, this,
        [this] { setStatus(m_containers->status(), m_containers->errorString()); });
    setStatus(containers->status(), containers->errorString());
    refresh();
}

void ProjectModel::refresh()
{
    reconcile(ComposeProject::fromContainers(m_containers->rows()));
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const ComposeProject &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case StatusRole:
        return p.status();
    case StateCountsRole: {
        QVariantMap counts;
        const QMap<QString, int> byState = p.stateCounts();
        for (auto it = byState.begin(); it != byState.end(); ++it)
            counts.insert(it.key(), it.value());
        return counts;
    }
    case ServicesRole:
        return p.services();
    case ContainersRole:
        return containerNames(p);
    case ContainerIdsRole:
        return containerIds(p);
    case WorkingDirRole:
        return p.workingDir;
    case ConfigFilesRole:
        return p.configFiles;
    case RunningRole:
        return countState(p, "running");
    case PausedRole:
        return countState(p, "paused");
    case TotalRole:
        return int(p.containers.size());
    case OrderedRole:
        return ordered(p);
    }
    return {};
}

QHash<int, QByteArray> ProjectModel::roleNames() const
{
    return {{NameRole, "name"}, {StatusRole, "status"}, {StateCountsRole, "stateCounts"},
        {ServicesRole, "services"}, {ContainersRole, "containers"}, {ContainerIdsRole, "containerIds"},
        {WorkingDirRole, "workingDir"}, {ConfigFilesRole, "configFiles"}, {RunningRole, "running"},
        {PausedRole, "paused"}, {TotalRole, "total"}, {OrderedRole, "ordered"}};
}

QList<int> ProjectModel::changedRoles(const ComposeProject &before, const ComposeProject &after) const
{
    QList<int> roles;
    if (before.status() != after.status())
        roles << StatusRole << StateCountsRole << RunningRole << PausedRole;
    if (before.services() != after.services())
        roles << ServicesRole;
    if (containerNames(before) != containerNames(after) || containerIds(before) != containerIds(after))
        roles << ContainersRole << ContainerIdsRole << TotalRole << OrderedRole;
    if (before.workingDir != after.workingDir)
        roles << WorkingDirRole;
    if (before.configFiles != after.configFiles)
        roles << ConfigFilesRole;
    return roles;
}
