// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/containerinfo.h"
#include "model/keyedrows.h"

#include <QHash>

/// The engine's containers, kept true by EngineSync. Keyed by Id.
class ContainerModel : public ResourceListModel, public KeyedRows<ContainerModel, ContainerInfo>
{
    Q_OBJECT
    Q_PROPERTY(int runningCount READ runningCount NOTIFY runningCountChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< full id
        ShortIdRole, ///< first 12 hex digits
        NameRole, ///< first name, without the leading '/'
        NamesRole, ///< every name (QStringList)
        ImageRole, ///< image reference as the container was created from
        ImageIdRole, ///< sha256:…
        CommandRole, ///< command line
        CreatedRole, ///< QDateTime
        StateRole, ///< created, running, paused, restarting, removing, exited, dead
        StatusRole, ///< the engine's human text ("Up 5 minutes")
        LocalStatusRole, ///< the same in the user's language
        ExitCodeRole, ///< int, -1 unless exited
        HealthRole, ///< healthy, unhealthy, starting or empty
        PortsRole, ///< docker's text: "0.0.0.0:8080->80/tcp"
        PortListRole, ///< list of {ip, privatePort, publicPort, type}
        MountsRole, ///< list of {type, name, source, destination, readWrite}
        VolumeNamesRole, ///< names of the volumes it mounts
        LabelsRole, ///< map of label → value
        ComposeProjectRole, ///< com.docker.compose.project, or empty
        ComposeServiceRole, ///< com.docker.compose.service, or empty
        NetworksRole, ///< network names
        SizeRwRole, ///< bytes written, -1 unless the listing asked for sizes
        SizeRootFsRole, ///< total size, -1 unless asked
        RunningRole, ///< bool: state is running (or restarting)
        CpuPercentRole, ///< CPU in use now (12.34, % of one core) while its usage is watched (UsageFeed);
                        ///< -1 before the second sample or when not watched
        MemoryUsedRole, ///< memory in use now in bytes, the same way; -1 when not watched
    };
    Q_ENUM(Role)

    explicit ContainerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int runningCount() const { return m_running; }
    /// Whether the container with this id is listed (a selection drops the ones that went).
    Q_INVOKABLE bool contains(const QString &id) const { return rowOf(id) >= 0; }
    /// The language changed: the rows' translated texts are new.
    void retranslate();
    /// CPU (%, -1 not known yet) and memory (bytes) in use now for the container @p id; a
    /// negative @p memory: not known any more. The window writes them in the user's language.
    void setUsage(const QString &id, double cpuPercent, double memoryUsed);

Q_SIGNALS:
    void runningCountChanged();

private:
    friend class KeyedRows<ContainerModel, ContainerInfo>;
    QString keyOf(const ContainerInfo &c) const { return c.id; }
    QList<int> changedRoles(const ContainerInfo &before, const ContainerInfo &after) const;
    void rowsUpdated();
    ContainerInfo merge(const ContainerInfo &current, const ContainerInfo &fresh) const;

private:
    int m_running = 0;
    struct Usage
    {
        double cpu = -1;
        double memory = -1;
    };
    QHash<QString, Usage> m_usage; ///< by container id
};
