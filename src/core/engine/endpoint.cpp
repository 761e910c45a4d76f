// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/endpoint.h"

#include "engine/dockercontexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)
};
} // namespace

QString Endpoint::url() const
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("tcp://") + host
            + (port > 0 ? QLatin1Char(':') + QString::number(port) : QString());
    case Kind::Ssh:
        return QStringLiteral("ssh://") + (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host
            + (port > 0 ? QLatin1Char(':') + QString::number(port) : QString()) + socketPath;
    case Kind::Local:
        break;
    }
#ifdef Q_OS_WIN
    return QStringLiteral("npipe:////./pipe/") + socketPath;
#else
    return QStringLiteral("unix://") + socketPath;
#endif
}

EndpointResolver::EndpointResolver(QProcessEnvironment env, ExistsFunction exists)
    : m_env(std::move(env))
    , m_exists(exists ? std::move(exists) : [](const QString &path) { return QFileInfo::exists(path); })
{
}

EndpointResolver::Result EndpointResolver::parseHost(
    const QString &host, const QString &source, const QProcessEnvironment &env, const Endpoint::Tls *tls)
{
    Result r;
    r.endpoint.source = source;
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1String("unix://"))) {
        r.endpoint.socketPath = h.mid(7);
        if (r.endpoint.socketPath.isEmpty())
            r.error = EngineError(
                EngineError::InvalidArgument, Tr::tr("The host '%1' names no socket path.").arg(h));
        return r;
    }
    if (h.startsWith(QLatin1String("npipe://"))) {
        // npipe:////./pipe/docker_engine → docker_engine; QLocalSocket adds \\.\pipe\ itself.
        QString name = h.mid(8);
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        r.endpoint.socketPath = name.mid(slash + 1);
        return r;
    }
    if (h.startsWith(QLatin1Char('/'))) {
        r.endpoint.socketPath = h;
        return r;
    }
    const QString scheme = h.section(QLatin1String("://"), 0, 0);
    if (h.contains(QLatin1String("://"))
        && (scheme == QLatin1String("tcp") || scheme == QLatin1String("ssh"))) {
        const QUrl url(h, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            r.error = EngineError(EngineError::InvalidArgument,
                Tr::tr("'%1' (from %2) is not an engine address: write tcp://HOST:PORT or "
                       "ssh://[USER@]HOST[:PORT][/path/to/docker.sock].")
                    .arg(h, source));
            return r;
        }
        r.endpoint.host = url.host();
        r.endpoint.port = url.port(-1);
        if (scheme == QLatin1String("ssh")) {
            r.endpoint.kind = Endpoint::Kind::Ssh;
            r.endpoint.user = url.userName();
            r.endpoint.socketPath = url.path();
            if (!url.password().isEmpty())
                r.error = EngineError(EngineError::InvalidArgument,
                    Tr::tr("%1 holds a password. Berth never passes passwords to ssh: use a key (ssh-add) "
                           "and write ssh://USER@HOST.")
                        .arg(source));
            return r;
        }
        r.endpoint.kind = Endpoint::Kind::Tcp;
        if (r.endpoint.port < 0)
            r.endpoint.port = 2375;
        if (tls) {
            r.endpoint.tls = *tls;
        } else if (!env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty()
            || !env.value(QStringLiteral("DOCKER_CERT_PATH")).isEmpty()) {
            // As the docker CLI: the certificates from DOCKER_CERT_PATH, else ~/.docker.
            QString folder = env.value(QStringLiteral("DOCKER_CERT_PATH"));
            if (folder.isEmpty())
                folder = env.value(QStringLiteral("HOME"), QDir::homePath()) + QStringLiteral("/.docker");
            r.endpoint.tls.enabled = true;
            r.endpoint.tls.verify = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
            r.endpoint.tls.caFile = folder + QStringLiteral("/ca.pem");
            r.endpoint.tls.certFile = folder + QStringLiteral("/cert.pem");
            r.endpoint.tls.keyFile = folder + QStringLiteral("/key.pem");
        }
        if (!r.endpoint.tls.enabled && env.value(QStringLiteral("BERTH_PLAIN_TCP")) != QLatin1String("1"))
            r.error = EngineError(EngineError::InvalidArgument,
                Tr::tr("%1 (from %2) is plain TCP without TLS: anyone who reaches that port is root on that "
                       "machine. Give Berth the engine's TLS certificates (DOCKER_TLS_VERIFY=1 and "
                       "DOCKER_CERT_PATH, or a docker context with them), or use ssh://. To connect without "
                       "TLS anyway, set BERTH_PLAIN_TCP=1.")
                    .arg(h, source));
        return r;
    }
    if (h.contains(QLatin1String("://"))
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr(
                "%1 (from %2) uses %3://, which the docker CLI does not take either: write tcp://HOST:PORT.")
                .arg(h, source, scheme));
    else
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock, "
                   "tcp://HOST:PORT or ssh://USER@HOST.")
                .arg(h, source));
    return r;
}

EndpointResolver::Result EndpointResolver::fromContext(const QString &name) const
{
    const DockerContexts contexts(m_env);
    DockerContexts::Context context;
    Result r;
    if (!contexts.find(name, &context)) {
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("The docker context '%1' is selected, but %2 cannot be read. "
                   "Choose another with 'docker context use default'.")
                .arg(name, contexts.metaPath(name)));
        return r;
    }
    if (context.host.isEmpty()) {
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("The docker context '%1' has no docker endpoint.").arg(name));
        return r;
    }
    Endpoint::Tls tls;
    if (!context.tlsFolder.isEmpty()) {
        tls.enabled = true;
        tls.verify = !context.skipTlsVerify;
        tls.caFile = context.tlsFolder + QStringLiteral("/ca.pem");
        tls.certFile = context.tlsFolder + QStringLiteral("/cert.pem");
        tls.keyFile = context.tlsFolder + QStringLiteral("/key.pem");
    }
    return parseHost(context.host, Tr::tr("context %1").arg(name), m_env, tls.enabled ? &tls : nullptr);
}

QStringList EndpointResolver::wellKnownSockets() const
{
#ifdef Q_OS_WIN
    return {QStringLiteral("docker_engine")};
#else
    QStringList list;
    const QString runtime = m_env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString home = m_env.value(QStringLiteral("HOME"), QDir::homePath());
    if (!runtime.isEmpty())
        list << runtime + QStringLiteral("/docker.sock");
    list << QStringLiteral("/var/run/docker.sock");
#ifdef Q_OS_MACOS
    list << home + QStringLiteral("/.docker/run/docker.sock");
#else
    list << home + QStringLiteral("/.docker/desktop/docker.sock");
#endif
    if (!runtime.isEmpty())
        list << runtime + QStringLiteral("/podman/podman.sock");
    list << QStringLiteral("/run/podman/podman.sock");
    return list;
#endif
}

EndpointResolver::Result EndpointResolver::resolve(const QString &explicitHost) const
{
    if (!explicitHost.isEmpty())
        return parseHost(explicitHost, QStringLiteral("--host"), m_env);

    const QString dockerHost = m_env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.isEmpty())
        return parseHost(dockerHost, QStringLiteral("DOCKER_HOST"), m_env);

    const QString context = DockerContexts(m_env).current();
    if (!context.isEmpty() && context != QLatin1String("default"))
        return fromContext(context);

    const QStringList candidates = wellKnownSockets();
    for (const QString &path : candidates) {
#ifdef Q_OS_WIN
        Result r;
        r.endpoint.socketPath = path;
        r.endpoint.source = Tr::tr("default");
        return r;
#else
        if (m_exists(path)) {
            Result r;
            r.endpoint.socketPath = path;
            r.endpoint.source = Tr::tr("found at a well-known place");
            return r;
        }
#endif
    }
    // Nothing there: name the standard place, so the error says what is missing.
    Result r;
    r.endpoint.socketPath = QStringLiteral("/var/run/docker.sock");
    r.endpoint.source = Tr::tr("default");
    return r;
}
