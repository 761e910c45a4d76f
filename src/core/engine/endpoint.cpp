// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)
};
} // namespace

QString Endpoint::url() const
{
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

EndpointResolver::Result EndpointResolver::parseHost(const QString &host, const QString &source)
{
    Result r;
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1String("unix://"))) {
        r.endpoint = {h.mid(7), source};
        if (r.endpoint.socketPath.isEmpty())
            r.error = EngineError(
                EngineError::InvalidArgument, Tr::tr("The host '%1' names no socket path.").arg(h));
        return r;
    }
    if (h.startsWith(QLatin1String("npipe://"))) {
        // npipe:////./pipe/docker_engine → docker_engine; QLocalSocket adds \\.\pipe\ itself.
        QString name = h.mid(8);
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        r.endpoint = {name.mid(slash + 1), source};
        return r;
    }
    if (h.startsWith(QLatin1Char('/'))) {
        r.endpoint = {h, source};
        return r;
    }
    const QString scheme = h.section(QLatin1String("://"), 0, 0);
    if (h.contains(QLatin1String("://"))
        && (scheme == QLatin1String("tcp") || scheme == QLatin1String("ssh")
            || scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 (from %2) uses %3://, which Berth does not support yet. Use a unix:// socket.")
                .arg(h, source, scheme));
    else
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock.")
                .arg(h, source));
    return r;
}

QString EndpointResolver::dockerConfigDir() const
{
    const QString dir = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!dir.isEmpty())
        return dir;
    const QString home = m_env.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QStringLiteral("/.docker");
}

EndpointResolver::Result EndpointResolver::fromContext(const QString &name) const
{
    // The store keeps each context under the lowercase hex sha256 of its name.
    const QByteArray id = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString metaPath = dockerConfigDir() + QStringLiteral("/contexts/meta/") + QString::fromLatin1(id)
        + QStringLiteral("/meta.json");
    QFile meta(metaPath);
    Result r;
    if (!meta.open(QIODevice::ReadOnly)) {
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("The docker context '%1' is selected, but %2 cannot be read. "
                   "Choose another with 'docker context use default'.")
                .arg(name, metaPath));
        return r;
    }
    const QJsonObject docker = QJsonDocument::fromJson(meta.readAll())
                                   .object()
                                   .value(QLatin1String("Endpoints"))
                                   .toObject()
                                   .value(QLatin1String("docker"))
                                   .toObject();
    const QString host = docker.value(QLatin1String("Host")).toString();
    if (host.isEmpty()) {
        r.error = EngineError(EngineError::InvalidArgument,
            Tr::tr("The docker context '%1' has no docker endpoint.").arg(name));
        return r;
    }
    return parseHost(host, Tr::tr("context %1").arg(name));
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
        return parseHost(explicitHost, QStringLiteral("--host"));

    const QString dockerHost = m_env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.isEmpty())
        return parseHost(dockerHost, QStringLiteral("DOCKER_HOST"));

    QString context = m_env.value(QStringLiteral("DOCKER_CONTEXT"));
    if (context.isEmpty()) {
        QFile config(dockerConfigDir() + QStringLiteral("/config.json"));
        if (config.open(QIODevice::ReadOnly))
            context = QJsonDocument::fromJson(config.readAll())
                          .object()
                          .value(QLatin1String("currentContext"))
                          .toString();
    }
    if (!context.isEmpty() && context != QLatin1String("default"))
        return fromContext(context);

    const QStringList candidates = wellKnownSockets();
    for (const QString &path : candidates) {
#ifdef Q_OS_WIN
        return {{path, Tr::tr("default")}, {}};
#else
        if (m_exists(path))
            return {{path, Tr::tr("found at a well-known place")}, {}};
#endif
    }
    // Nothing there: name the standard place, so the error says what is missing.
    return {{QStringLiteral("/var/run/docker.sock"), Tr::tr("default")}, {}};
}
