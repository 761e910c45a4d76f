// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/containermodel.h"

#include "model/displayformat.h"

#include <QDateTime>
#include <QVariantMap>

namespace {
QVariantList portList(const QList<PortInfo> &ports)
{
    QVariantList out;
    for (const PortInfo &p : ports)
        out << QVariantMap {{QStringLiteral("ip"), p.ip}, {QStringLiteral("privatePort"), p.privatePort},
            {QStringLiteral("publicPort"), p.publicPort}, {QStringLiteral("type"), p.type}};
    return out;
}

QVariantList mountList(const QList<MountInfo> &mounts)
{
    QVariantList out;
    for (const MountInfo &m : mounts)
        out << QVariantMap {{QStringLiteral("type"), m.type}, {QStringLiteral("name"), m.name},
            {QStringLiteral("source"), m.source}, {QStringLiteral("destination"), m.destination},
            {QStringLiteral("readWrite"), m.readWrite}};
    return out;
}

QVariantMap labelMap(const QMap<QString, QString> &labels)
{
    QVariantMap out;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

bool isRunning(const ContainerInfo &c)
{
    return c.state == QLatin1String("running") || c.state == QLatin1String("restarting");
}
} // namespace

ContainerModel::ContainerModel(QObject *parent)
    : ResourceListModel(parent)
{
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ContainerInfo &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name();
    case IdRole:
        return c.id;
    case ShortIdRole:
        return c.shortId();
    case NamesRole:
        return c.names;
    case ImageRole:
        return c.image;
    case ImageIdRole:
        return c.imageId;
    case CommandRole:
        return c.command;
    case CreatedRole:
        return QDateTime::fromSecsSinceEpoch(c.created);
    case StateRole:
        return c.state;
    case StatusRole:
        return c.status;
    case LocalStatusRole:
        return DisplayFormat::localStatus(c.status);
    case ExitCodeRole:
        return c.exitCode();
    case HealthRole:
        return c.health();
    case PortsRole:
        return DisplayFormat::ports(c.ports);
    case PortListRole:
        return portList(c.ports);
    case MountsRole:
        return mountList(c.mounts);
    case VolumeNamesRole:
        return c.volumeNames();
    case LabelsRole:
        return labelMap(c.labels);
    case ComposeProjectRole:
        return c.composeProject();
    case ComposeServiceRole:
        return c.composeService();
    case NetworksRole:
        return c.networks;
    case SizeRwRole:
        return c.sizeRw;
    case SizeRootFsRole:
        return c.sizeRootFs;
    case RunningRole:
        return isRunning(c);
    case CpuPercentRole:
        return m_usage.value(c.id).cpu;
    case MemoryUsedRole:
        return m_usage.value(c.id).memory;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContainerModel::roleNames() const
{
    return {
        {IdRole, "containerId"},
        {ShortIdRole, "shortId"},
        {NameRole, "name"},
        {NamesRole, "names"},
        {ImageRole, "image"},
        {ImageIdRole, "imageId"},
        {CommandRole, "command"},
        {CreatedRole, "created"},
        {StateRole, "state"},
        {StatusRole, "status"},
        {LocalStatusRole, "localStatus"},
        {ExitCodeRole, "exitCode"},
        {HealthRole, "health"},
        {PortsRole, "ports"},
        {PortListRole, "portList"},
        {MountsRole, "mounts"},
        {VolumeNamesRole, "volumeNames"},
        {LabelsRole, "labels"},
        {ComposeProjectRole, "composeProject"},
        {ComposeServiceRole, "composeService"},
        {NetworksRole, "networks"},
        {SizeRwRole, "sizeRw"},
        {SizeRootFsRole, "sizeRootFs"},
        {RunningRole, "running"},
        {CpuPercentRole, "cpuPercent"},
        {MemoryUsedRole, "memoryUsed"},
    };
}

void ContainerModel::setUsage(const QString &id, double cpu, double memory)
{
    if (memory < 0) {
        if (!m_usage.remove(id))
            return;
    } else {
        Usage &usage = m_usage[id];
        if (usage.cpu == cpu && usage.memory == memory)
            return;
        usage = {cpu, memory};
    }
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {CpuPercentRole, MemoryUsedRole});
}

QList<int> ContainerModel::changedRoles(const ContainerInfo &a, const ContainerInfo &b) const
{
    QList<int> roles;
    if (a.names != b.names)
        roles << NameRole << NamesRole << Qt::DisplayRole;
    if (a.image != b.image)
        roles << ImageRole;
    if (a.imageId != b.imageId)
        roles << ImageIdRole;
    if (a.command != b.command)
        roles << CommandRole;
    if (a.created != b.created)
        roles << CreatedRole;
    if (a.state != b.state)
        roles << StateRole << RunningRole;
    if (a.status != b.status) {
        roles << StatusRole << LocalStatusRole;
        if (a.exitCode() != b.exitCode())
            roles << ExitCodeRole;
        if (a.health() != b.health())
            roles << HealthRole;
    }
    if (!(a.ports == b.ports))
        roles << PortsRole << PortListRole;
    if (!(a.mounts == b.mounts))
        roles << MountsRole << VolumeNamesRole;
    if (a.labels != b.labels)
        roles << LabelsRole << ComposeProjectRole << ComposeServiceRole;
    if (a.networks != b.networks)
        roles << NetworksRole;
    if (a.sizeRw != b.sizeRw)
        roles << SizeRwRole;
    if (a.sizeRootFs != b.sizeRootFs)
        roles << SizeRootFsRole;
    return roles;
}

ContainerInfo ContainerModel::merge(const ContainerInfo &current, const ContainerInfo &fresh) const
{
    // A listing without sizes says nothing about them: keep what an earlier one said.
    ContainerInfo merged = fresh;
    if (merged.sizeRw < 0)
        merged.sizeRw = current.sizeRw;
    if (merged.sizeRootFs < 0)
        merged.sizeRootFs = current.sizeRootFs;
    return merged;
}

void ContainerModel::rowsUpdated()
{
    int running = 0;
    for (const ContainerInfo &c : std::as_const(m_rows))
        running += isRunning(c);
    if (running != m_running) {
        m_running = running;
        Q_EMIT runningCountChanged();
    }
}

void ContainerModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {LocalStatusRole});
}
