// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// One published or exposed port of a container, as /containers/json lists it.
struct PortInfo
{
    QString ip; ///< empty when only exposed
    int privatePort = 0;
    int publicPort = 0; ///< 0 when not published
    QString type; ///< tcp, udp, sctp

    bool operator==(const PortInfo &o) const
    {
        return ip == o.ip && privatePort == o.privatePort && publicPort == o.publicPort && type == o.type;
    }
};

/// One mount of a container.
struct MountInfo
{
    QString type; ///< volume, bind, tmpfs
    QString name; ///< the volume's name (volumes only)
    QString source;
    QString destination;
    bool readWrite = true;

    bool operator==(const MountInfo &o) const
    {
        return type == o.type && name == o.name && source == o.source && destination == o.destination
            && readWrite == o.readWrite;
    }
};

/// A container as the engine lists it (GET /containers/json). Unknown fields are ignored.
struct ContainerInfo
{
    QString id;
    QStringList names; ///< without the leading '/'
    QString image;
    QString imageId;
    QString command;
    qint64 created = 0; ///< seconds since the epoch
    QString state; ///< created, running, paused, restarting, removing, exited, dead
    QString status; ///< human text from the engine ("Up 5 minutes"); not parsed
    QList<PortInfo> ports;
    QList<MountInfo> mounts;
    QMap<QString, QString> labels;
    QStringList networks;
    qint64 sizeRw = -1;
    qint64 sizeRootFs = -1;

    static ContainerInfo fromJson(const QJsonObject &json);
    QString shortId() const { return id.left(12); }
    /// The exit code of an exited container, else -1. /containers/json has no field for it, so
    /// it is read from the status text, which the engine always writes in English.
    int exitCode() const;
    /// "healthy", "unhealthy", "starting", or empty when the container has no health check.
    QString health() const;
    QString composeProject() const { return labels.value(QStringLiteral("com.docker.compose.project")); }
    QString composeService() const { return labels.value(QStringLiteral("com.docker.compose.service")); }
    /// Names of the volumes it mounts (named and anonymous).
    QStringList volumeNames() const;
    /// Has a process (running, paused, restarting), and so its network endpoints: what keeps
    /// Docker from removing a network it is attached to.
    bool isActive() const
    {
        return state == QLatin1String("running") || state == QLatin1String("paused")
            || state == QLatin1String("restarting");
    }
    /// The first name, as the docker CLI shows it.
    QString name() const { return names.value(0); }
    bool operator==(const ContainerInfo &o) const;
};
