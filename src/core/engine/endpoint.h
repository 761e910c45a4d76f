// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

/// Where an engine listens and how Berth reaches it: a Unix socket (a named pipe on Windows),
/// TCP (with TLS unless the user chose otherwise), or ssh to another machine whose docker CLI
/// carries the connection (`docker system dial-stdio`); and where that came from.
struct Endpoint
{
    enum class Kind { Local, Tcp, Ssh };
    Kind kind = Kind::Local;
    /// Local: the socket path. Ssh: the engine's socket on the other machine ("" for its default).
    QString socketPath;
    /// How it was found, for the user: "--host", "DOCKER_HOST", "context rootless", "default" …
    QString source;
    /// Tcp and Ssh: the machine, its port (-1 for the default) and, for ssh, the user ("" for
    /// the ssh configuration's).
    QString host;
    int port = -1;
    QString user;
    /// Tcp: TLS, as the docker CLI's DOCKER_TLS_VERIFY/DOCKER_CERT_PATH or a context's TLS folder.
    struct Tls
    {
        bool enabled = false;
        bool verify = true; ///< false: SkipTLSVerify, said to the user
        QString caFile, certFile, keyFile;
    } tls;

    bool isValid() const { return kind == Kind::Local ? !socketPath.isEmpty() : !host.isEmpty(); }
    /// Another machine: what goes there goes over the network.
    bool isRemote() const { return kind != Kind::Local; }
    /// As docker writes it: unix:///run/docker.sock, npipe:////./pipe/docker_engine,
    /// tcp://host:2376, ssh://user@host:22/run/docker.sock.
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

    /// Turns a docker host string into an endpoint. tcp:// uses TLS as the docker CLI does
    /// (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH in @p env) or with @p tls (a context's); plain TCP,
    /// where anyone who reaches the port is root on that machine, only when BERTH_PLAIN_TCP=1.
    static Result parseHost(const QString &host, const QString &source,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        const Endpoint::Tls *tls = nullptr);

    Result resolve(const QString &explicitHost = QString()) const;
    /// The well-known sockets in probing order, present or not.
    QStringList wellKnownSockets() const;

private:
    Result fromContext(const QString &name) const;

    QProcessEnvironment m_env;
    ExistsFunction m_exists;
};
