// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/containerinfo.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * A Compose project as the engine knows it: the containers carrying its
 * `com.docker.compose.project` label, and what their other compose labels say (services, the
 * folder and files it came from, which service waits for which). No compose file is read: a
 * project made by docker compose v2, docker-compose v1 or Podman's podman-compose is the same.
 */
struct ComposeProject
{
    QString name;
    QString workingDir; ///< com.docker.compose.project.working_dir, of the first container having one
    QStringList configFiles; ///< com.docker.compose.project.config_files, split at ','
    QList<ContainerInfo> containers; ///< by service, then by name

    /// The projects of @p containers (those without the label left out), by name.
    static QList<ComposeProject> fromContainers(const QList<ContainerInfo> &containers);
    /// The project named @p name among @p containers; an empty name when there is none.
    static ComposeProject find(const QList<ContainerInfo> &containers, const QString &name);

    /// Its services' names, sorted.
    QStringList services() const;
    /// How many of its containers are in each state (the engine's words), by state.
    QMap<QString, int> stateCounts() const;
    /// The containers' states counted as docker compose ls shows them: "exited(1), running(2)".
    QString status() const;
    /// Some container runs (or is paused or restarting): what docker compose ls lists without -a.
    bool isActive() const;
    /// Services in the order they start: each after the ones its depends_on label names, ties
    /// and services without the label (docker-compose v1 writes none) by name, a cycle broken by
    /// name. Stopping goes the other way.
    QStringList startOrder() const;
    /// The containers in startOrder() (a service's containers by name).
    QList<ContainerInfo> containersInStartOrder() const;

    /// The services a container's `com.docker.compose.depends_on` label names: compose v2 writes
    /// "db:service_started:false,cache:service_healthy:true", older v2 releases "db:service_started".
    static QStringList dependsOn(const ContainerInfo &container);
    /// Those of dependsOn() whose condition is service_healthy: started only once they are healthy.
    static QStringList healthyDependencies(const ContainerInfo &container);
    /// A container's name in a project's logs, as docker compose logs prints it: "web-1" for
    /// "PROJECT-web-1", the full name for one named otherwise (container_name, docker-compose v1's
    /// "PROJECT_web_1").
    static QString logName(const ContainerInfo &container);
};
