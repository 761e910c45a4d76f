// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containersapi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const char *const ContainerId = QT_TRANSLATE_NOOP("EngineError", "container id or name");

QString path(const QString &id, const char *action)
{
    return QStringLiteral("/containers/") + EngineRequest::segment(id) + QLatin1Char('/')
        + QLatin1String(action);
}
} // namespace

EngineReply *ContainersApi::list(const ContainerListOptions &options) const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/containers/json"));
    if (options.all)
        r.addQuery(QStringLiteral("all"), true);
    if (options.size)
        r.addQuery(QStringLiteral("size"), true);
    if (options.limit >= 0)
        r.addQuery(QStringLiteral("limit"), QString::number(options.limit));
    r.addFilters(options.filters);
    return send(r);
}

QList<ContainerInfo> ContainersApi::parseList(const QByteArray &body)
{
    QList<ContainerInfo> out;
    const QJsonArray array = QJsonDocument::fromJson(body).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(ContainerInfo::fromJson(v.toObject()));
    return out;
}

EngineReply *ContainersApi::inspect(const QString &id, bool size) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(path(id, "json"));
    if (size)
        r.addQuery(QStringLiteral("size"), true);
    return send(r);
}

EngineReply *ContainersApi::create(const QJsonObject &config, const QString &name) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/containers/create"));
    if (!name.isEmpty())
        r.addQuery(QStringLiteral("name"), name);
    r.setJsonBody(QJsonDocument(config).toJson(QJsonDocument::Compact));
    return send(r);
}

EngineReply *ContainersApi::start(const QString &id) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    return send(EngineRequest::post(path(id, "start")));
}

EngineReply *ContainersApi::stop(const QString &id, int timeoutSeconds) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(path(id, "stop"));
    if (timeoutSeconds >= 0)
        r.addQuery(QStringLiteral("t"), QString::number(timeoutSeconds));
    return send(r);
}

EngineReply *ContainersApi::restart(const QString &id, int timeoutSeconds) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(path(id, "restart"));
    if (timeoutSeconds >= 0)
        r.addQuery(QStringLiteral("t"), QString::number(timeoutSeconds));
    return send(r);
}

EngineReply *ContainersApi::pause(const QString &id) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    return send(EngineRequest::post(path(id, "pause")));
}

EngineReply *ContainersApi::unpause(const QString &id) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    return send(EngineRequest::post(path(id, "unpause")));
}

EngineReply *ContainersApi::kill(const QString &id, const QString &signal) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(path(id, "kill"));
    if (!signal.isEmpty())
        r.addQuery(QStringLiteral("signal"), signal);
    return send(r);
}

EngineReply *ContainersApi::rename(const QString &id, const QString &newName) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    if (newName.isEmpty())
        return refuseEmpty(QT_TRANSLATE_NOOP("EngineError", "new name"));
    EngineRequest r = EngineRequest::post(path(id, "rename"));
    r.addQuery(QStringLiteral("name"), newName);
    return send(r);
}

EngineReply *ContainersApi::remove(const QString &id, const ContainerRemoveOptions &options) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(QStringLiteral("/containers/") + seg(id));
    r.method = "DELETE";
    if (options.force)
        r.addQuery(QStringLiteral("force"), true);
    if (options.volumes)
        r.addQuery(QStringLiteral("v"), true);
    return send(r);
}

EngineReply *ContainersApi::prune(const QMap<QString, QStringList> &filters) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/containers/prune"));
    r.addFilters(filters);
    return send(r);
}

EngineReply *ContainersApi::logs(const QString &id, const LogsOptions &options) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(
        path(id, "logs"), options.tty ? EngineRequest::Mode::Stream : EngineRequest::Mode::Multiplexed);
    r.addQuery(QStringLiteral("stdout"), options.stdoutStream);
    r.addQuery(QStringLiteral("stderr"), options.stderrStream);
    if (options.follow)
        r.addQuery(QStringLiteral("follow"), true);
    if (options.timestamps)
        r.addQuery(QStringLiteral("timestamps"), true);
    if (!options.since.isEmpty())
        r.addQuery(QStringLiteral("since"), options.since);
    if (!options.until.isEmpty())
        r.addQuery(QStringLiteral("until"), options.until);
    if (!options.tail.isEmpty())
        r.addQuery(QStringLiteral("tail"), options.tail);
    return send(r);
}

EngineReply *ContainersApi::archiveGet(const QString &id, const QString &filePath) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(path(id, "archive"), EngineRequest::Mode::Stream);
    r.addQuery(QStringLiteral("path"), filePath);
    return send(r);
}

EngineReply *ContainersApi::archiveHead(const QString &id, const QString &filePath) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(path(id, "archive"));
    r.method = "HEAD";
    r.addQuery(QStringLiteral("path"), filePath);
    return send(r);
}

QJsonObject ContainersApi::parsePathStat(const EngineReply *reply)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(reply->header("X-Docker-Container-Path-Stat")))
        .object();
}

EngineReply *ContainersApi::archivePut(const QString &id, const QString &filePath, QIODevice *tar,
    bool noOverwriteDirNonDir, bool copyUIDGID) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(path(id, "archive"));
    r.method = "PUT";
    r.addQuery(QStringLiteral("path"), filePath);
    if (noOverwriteDirNonDir)
        r.addQuery(QStringLiteral("noOverwriteDirNonDir"), true);
    if (copyUIDGID)
        r.addQuery(QStringLiteral("copyUIDGID"), true);
    r.contentType = "application/x-tar";
    r.bodyDevice = tar;
    return send(r);
}

EngineReply *ContainersApi::archivePut(
    const QString &id, const QString &filePath, const QByteArray &tar, bool noOverwriteDirNonDir) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(path(id, "archive"));
    r.method = "PUT";
    r.addQuery(QStringLiteral("path"), filePath);
    if (noOverwriteDirNonDir)
        r.addQuery(QStringLiteral("noOverwriteDirNonDir"), true);
    r.contentType = "application/x-tar";
    r.body = tar;
    return send(r);
}

EngineReply *ContainersApi::commit(const QString &id, const CommitOptions &options) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(QStringLiteral("/commit"));
    r.addQuery(QStringLiteral("container"), id);
    if (!options.repo.isEmpty())
        r.addQuery(QStringLiteral("repo"), options.repo);
    if (!options.tag.isEmpty())
        r.addQuery(QStringLiteral("tag"), options.tag);
    if (!options.comment.isEmpty())
        r.addQuery(QStringLiteral("comment"), options.comment);
    if (!options.author.isEmpty())
        r.addQuery(QStringLiteral("author"), options.author);
    r.addQuery(QStringLiteral("pause"), options.pause);
    for (const QString &change : options.changes)
        r.addQuery(QStringLiteral("changes"), change);
    r.setJsonBody(QJsonDocument(options.config).toJson(QJsonDocument::Compact));
    return send(r);
}

EngineReply *ContainersApi::wait(const QString &id, const QString &condition) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(path(id, "wait"));
    if (!condition.isEmpty())
        r.addQuery(QStringLiteral("condition"), condition);
    return send(r);
}

EngineReply *ContainersApi::stats(const QString &id, bool stream, bool oneShot) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::get(
        path(id, "stats"), stream ? EngineRequest::Mode::JsonLines : EngineRequest::Mode::Buffered);
    r.addQuery(QStringLiteral("stream"), stream);
    if (!stream && oneShot)
        r.addQuery(QStringLiteral("one-shot"), true);
    return send(r);
}

EngineReply *ContainersApi::attach(const QString &id, const AttachOptions &options) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(path(id, "attach"), EngineRequest::Mode::Hijack);
    r.hijackMultiplexed = !options.tty;
    r.addQuery(QStringLiteral("stream"), options.stream);
    r.addQuery(QStringLiteral("stdin"), options.stdinStream);
    r.addQuery(QStringLiteral("stdout"), options.stdoutStream);
    r.addQuery(QStringLiteral("stderr"), options.stderrStream);
    if (options.logs)
        r.addQuery(QStringLiteral("logs"), true);
    if (!options.detachKeys.isEmpty())
        r.addQuery(QStringLiteral("detachKeys"), options.detachKeys);
    return send(r);
}

EngineReply *ContainersApi::resize(const QString &id, int rows, int columns) const
{
    if (id.isEmpty())
        return refuseEmpty(ContainerId);
    EngineRequest r = EngineRequest::post(path(id, "resize"));
    r.addQuery(QStringLiteral("h"), QString::number(rows));
    r.addQuery(QStringLiteral("w"), QString::number(columns));
    return send(r);
}

bool ContainersApi::hasTty(const QJsonObject &inspect)
{
    return inspect.value(QLatin1String("Config")).toObject().value(QLatin1String("Tty")).toBool();
}
