// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

/// A network as the engine lists or inspects it (Docker's and Podman's shapes alike).
struct NetworkInfo
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    QString createdAt; ///< RFC 3339 text as the engine sends it
    bool internal = false;
    bool attachable = false;
    bool enableIPv6 = false;
    QStringList subnets; ///< IPAM.Config[].Subnet
    QStringList gateways; ///< IPAM.Config[].Gateway (Podman 4 says "<nil>" for none: left out)
    QMap<QString, QString> labels;
    QMap<QString, QString> options;
    QStringList users; ///< names of the containers attached to it (derived from the containers)
    /// Those of users() with a running (or paused, restarting) process: what keeps Docker from
    /// removing or pruning it.
    QStringList activeUsers;

    static NetworkInfo fromJson(const QJsonObject &json);
    QString shortId() const { return id.left(12); }
    /// The networks an engine makes itself and never removes or prunes (bridge, host, none; the
    /// swarm's ingress).
    bool isPredefined() const;
    bool operator==(const NetworkInfo &o) const;
};
