// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/imagesapi.h"

#include "registry/dockercredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *const ImageName = QT_TRANSLATE_NOOP("EngineError", "image name or id");

EngineRequest importRequest(const ImageImportOptions &options)
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/images/create"), EngineRequest::Mode::JsonLines);
    r.addQuery(QStringLiteral("fromSrc"), QStringLiteral("-"));
    if (!options.repo.isEmpty())
        r.addQuery(QStringLiteral("repo"), options.repo);
    if (!options.tag.isEmpty())
        r.addQuery(QStringLiteral("tag"), options.tag);
    if (!options.message.isEmpty())
        r.addQuery(QStringLiteral("message"), options.message);
    for (const QString &change : options.changes)
        r.addQuery(QStringLiteral("changes"), change);
    r.contentType = "application/x-tar";
    return r;
}
} // namespace

EngineReply *ImagesApi::list(const ImageListOptions &options) const
{
    EngineRequest r = EngineRequest::get(QStringLiteral("/images/json"));
    if (options.all)
        r.addQuery(QStringLiteral("all"), true);
    if (options.digests)
        r.addQuery(QStringLiteral("digests"), true);
    r.addFilters(options.filters);
    return send(r);
}

QList<ImageInfo> ImagesApi::parseList(const QByteArray &body)
{
    QList<ImageInfo> out;
    const QJsonArray array = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &v : array)
        out.append(ImageInfo::fromJson(v.toObject()));
    return out;
}

EngineReply *ImagesApi::inspect(const QString &name) const
{
    if (name.isEmpty())
        return refuseEmpty(ImageName);
    return send(EngineRequest::get(QStringLiteral("/images/") + seg(name) + QStringLiteral("/json")));
}

EngineReply *ImagesApi::pull(
    const QString &reference, const QString &tag, const QByteArray &registryAuth) const
{
    if (reference.isEmpty())
        return refuseEmpty(ImageName);
    EngineRequest r = EngineRequest::post(QStringLiteral("/images/create"), EngineRequest::Mode::JsonLines);
    r.addQuery(QStringLiteral("fromImage"), reference);
    if (!tag.isEmpty())
        r.addQuery(QStringLiteral("tag"), tag);
    if (!registryAuth.isEmpty())
        r.headers.append({QByteArrayLiteral("X-Registry-Auth"), registryAuth});
    return send(r);
}

EngineReply *ImagesApi::push(const QString &name, const QString &tag, const QByteArray &registryAuth) const
{
    if (name.isEmpty())
        return refuseEmpty(ImageName);
    EngineRequest r = EngineRequest::post(
        QStringLiteral("/images/") + seg(name) + QStringLiteral("/push"), EngineRequest::Mode::JsonLines);
    if (!tag.isEmpty())
        r.addQuery(QStringLiteral("tag"), tag);
    // Docker wants the header even when empty ("{}" base64); its absence is refused by old ones.
    r.headers.append({QByteArrayLiteral("X-Registry-Auth"),
        registryAuth.isEmpty() ? QByteArrayLiteral("e30=") : registryAuth});
    // Docker takes a registry on 127.0.0.0/8 as plain HTTP by default; Podman's compatible push
    // has a query parameter for it (its pull has none: there registries.conf says so).
    if (m_client->info().podman && DockerCredentials::isLoopback(DockerCredentials::registryOf(name)))
        r.addQuery(QStringLiteral("tlsVerify"), QStringLiteral("false"));
    return send(r);
}

EngineReply *ImagesApi::search(const QString &term, int limit) const
{
    if (term.isEmpty())
        return refuseEmpty(QT_TRANSLATE_NOOP("EngineError", "search term"));
    EngineRequest r = EngineRequest::get(QStringLiteral("/images/search"));
    r.addQuery(QStringLiteral("term"), term);
    r.addQuery(QStringLiteral("limit"), QString::number(limit));
    r.timeoutMs = 30000;
    return send(r);
}

EngineReply *ImagesApi::importTar(QIODevice *tar, const ImageImportOptions &options) const
{
    EngineRequest r = importRequest(options);
    r.bodyDevice = tar;
    return send(r);
}

EngineReply *ImagesApi::importTar(const QByteArray &tar, const ImageImportOptions &options) const
{
    EngineRequest r = importRequest(options);
    r.body = tar;
    return send(r);
}

EngineReply *ImagesApi::save(const QStringList &names) const
{
    if (names.isEmpty())
        return refuseEmpty(ImageName);
    EngineRequest r = EngineRequest::get(QStringLiteral("/images/get"), EngineRequest::Mode::Stream);
    for (const QString &name : names)
        r.addQuery(QStringLiteral("names"), name);
    return send(r);
}

EngineReply *ImagesApi::load(QIODevice *tar, bool quiet) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/images/load"), EngineRequest::Mode::JsonLines);
    r.addQuery(QStringLiteral("quiet"), quiet);
    r.contentType = "application/x-tar";
    r.bodyDevice = tar;
    return send(r);
}

EngineReply *ImagesApi::build(QIODevice *context, const BuildOptions &options) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/build"), EngineRequest::Mode::JsonLines);
    // The classic builder: its answer is the JSON stream docker build prints; BuildKit's is a
    // session Berth does not speak.
    r.addQuery(QStringLiteral("version"), QStringLiteral("1"));
    for (const QString &tag : options.tags)
        r.addQuery(QStringLiteral("t"), tag);
    if (!options.dockerfile.isEmpty())
        r.addQuery(QStringLiteral("dockerfile"), options.dockerfile);
    if (!options.buildArgs.isEmpty()) {
        QJsonObject args;
        for (const auto &[key, value] : options.buildArgs)
            args.insert(key, value);
        r.addQuery(QStringLiteral("buildargs"),
            QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    }
    if (!options.target.isEmpty())
        r.addQuery(QStringLiteral("target"), options.target);
    if (options.noCache)
        r.addQuery(QStringLiteral("nocache"), true);
    if (options.pull)
        r.addQuery(QStringLiteral("pull"), true);
    if (options.quiet)
        r.addQuery(QStringLiteral("q"), true);
    // Intermediate containers go, also those of a failed or cancelled step.
    r.addQuery(QStringLiteral("rm"), true);
    r.addQuery(QStringLiteral("forcerm"), true);
    if (!options.networkMode.isEmpty())
        r.addQuery(QStringLiteral("networkmode"), options.networkMode);
    if (!options.ulimits.isEmpty()) {
        // Docker reads [{Name, Soft, Hard}], Podman ["name=soft:hard"].
        QJsonArray limits;
        for (const QString &limit : options.ulimits) {
            if (m_client->info().podman) {
                limits.append(limit);
                continue;
            }
            const QString name = limit.section(QLatin1Char('='), 0, 0);
            const QString values = limit.section(QLatin1Char('='), 1);
            const QString soft = values.section(QLatin1Char(':'), 0, 0);
            const QString hard
                = values.contains(QLatin1Char(':')) ? values.section(QLatin1Char(':'), 1) : soft;
            limits.append(QJsonObject {{QStringLiteral("Name"), name},
                {QStringLiteral("Soft"), soft.toLongLong()}, {QStringLiteral("Hard"), hard.toLongLong()}});
        }
        r.addQuery(QStringLiteral("ulimits"),
            QString::fromUtf8(QJsonDocument(limits).toJson(QJsonDocument::Compact)));
    }
    r.contentType = "application/x-tar";
    r.bodyDevice = context;
    return send(r);
}

EngineReply *ImagesApi::tag(const QString &name, const QString &repo, const QString &tag) const
{
    if (name.isEmpty())
        return refuseEmpty(ImageName);
    if (repo.isEmpty())
        return refuseEmpty(QT_TRANSLATE_NOOP("EngineError", "repository for the new tag"));
    EngineRequest r = EngineRequest::post(QStringLiteral("/images/") + seg(name) + QStringLiteral("/tag"));
    r.addQuery(QStringLiteral("repo"), repo);
    if (!tag.isEmpty())
        r.addQuery(QStringLiteral("tag"), tag);
    return send(r);
}

EngineReply *ImagesApi::remove(const QString &name, bool force, bool noPrune) const
{
    if (name.isEmpty())
        return refuseEmpty(ImageName);
    EngineRequest r = EngineRequest::get(QStringLiteral("/images/") + seg(name));
    r.method = "DELETE";
    if (force)
        r.addQuery(QStringLiteral("force"), true);
    if (noPrune)
        r.addQuery(QStringLiteral("noprune"), true);
    return send(r);
}

EngineReply *ImagesApi::prune(const QMap<QString, QStringList> &filters) const
{
    EngineRequest r = EngineRequest::post(QStringLiteral("/images/prune"));
    r.addFilters(filters);
    return send(r);
}

EngineReply *ImagesApi::history(const QString &name) const
{
    if (name.isEmpty())
        return refuseEmpty(ImageName);
    return send(EngineRequest::get(QStringLiteral("/images/") + seg(name) + QStringLiteral("/history")));
}

QString ImagesApi::loadedImageId(const QJsonObject &message)
{
    // Docker: {"stream":"Loaded image ID: sha256:…\n"}; Podman: {"stream":"Loaded image: sha256:…"}.
    const QString stream = message.value(QLatin1String("stream")).toString().trimmed();
    for (const QLatin1String prefix : {QLatin1String("Loaded image ID: "), QLatin1String("Loaded image: ")}) {
        if (stream.startsWith(prefix) && stream.mid(prefix.size()).startsWith(QLatin1String("sha256:")))
            return stream.mid(prefix.size());
    }
    return {};
}
