// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engineerror.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

/// Where an engine listens: a Unix socket path (a named pipe on Windows) and where that came from.
struct Endpoint
{
    QString socketPath;
    /// How it was found, for the user: "--host", "DOCKER_HOST", "context rootless", "default" …
    QString source;

    bool isValid() const { return !socketPath.isEmpty(); }
    /// As docker writes it: unix:///run/docker.sock, npipe:////./pipe/docker_engine.
    QString url() const;
};

/**
 * Finds the engine the way the docker CLI does, in DESIGN.md's order: an explicit choice
 * (settings or --host), DOCKER_HOST, DOCKER_CONTEXT or the current docker context, then the
 * well-known sockets (rootless docker, /var/run/docker.sock, Podman rootless and rootful).
 */
class EndpointResolver
{
public:
    struct Result
    {
        Endpoint endpoint;
        EngineError error;
    };

    using ExistsFunction = std::function<bool(const QString &)>;
    /// @p exists tells whether a socket path is there (tests replace the file system's answer).
    explicit EndpointResolver(
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(), ExistsFunction exists = {});

    /// Turns a docker host string into an endpoint; tcp:// and ssh:// are refused with a clear error.
    static Result parseHost(const QString &host, const QString &source);

    Result resolve(const QString &explicitHost = QString()) const;
    /// The well-known sockets in probing order, present or not.
    QStringList wellKnownSockets() const;

private:
    QString dockerConfigDir() const;
    Result fromContext(const QString &name) const;

    QProcessEnvironment m_env;
    ExistsFunction m_exists;
};
