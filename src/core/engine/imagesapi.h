// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"
#include "model/imageinfo.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

struct ImageListOptions
{
    bool all = false;
    bool digests = false;
    QMap<QString, QStringList> filters;
};

struct ImageImportOptions
{
    QString repo;
    QString tag;
    QStringList changes; ///< Dockerfile instructions: CMD ["/bin/sh"], ENV PATH=/bin
    QString message;
};

/// docker build's options (the classic builder's POST /build).
struct BuildOptions
{
    QStringList tags;
    QString dockerfile; ///< its path in the context, with /; empty: Dockerfile
    QList<QPair<QString, QString>> buildArgs; ///< --build-arg, in the order given
    QString target;
    bool noCache = false;
    bool pull = false;
    bool quiet = false;
    QString networkMode; ///< --network for RUN steps ("none": no network)
    QStringList ulimits; ///< --ulimit NAME=SOFT:HARD
};

/// Image calls. Pull, import and load answer JSON lines, and report failures inside them.
class ImagesApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *list(const ImageListOptions &options = {}) const;
    static QList<ImageInfo> parseList(const QByteArray &body);
    /// The id a line of a load answer names for an untagged image ("Loaded image ID: sha256:…"),
    /// or empty.
    static QString loadedImageId(const QJsonObject &message);
    EngineReply *inspect(const QString &name) const;
    /// @p reference is "name[:tag]"; an empty tag means latest. @p registryAuth is the
    /// X-Registry-Auth header for the image's registry (DockerCredentials), empty for none.
    EngineReply *pull(const QString &reference, const QString &tag = QString(),
        const QByteArray &registryAuth = QByteArray()) const;
    /// docker push of @p name (its repository) and @p tag (empty: every tag), JSON lines. Podman
    /// is told that a registry on the loopback network speaks plain HTTP, as Docker assumes.
    EngineReply *push(const QString &name, const QString &tag, const QByteArray &registryAuth) const;
    /// docker search: Docker Hub's images matching @p term, asked by the engine (GET /images/search).
    EngineReply *search(const QString &term, int limit = 25) const;
    /// Creates an image from a root file system tar. @p tar must outlive the reply.
    EngineReply *importTar(QIODevice *tar, const ImageImportOptions &options) const;
    EngineReply *importTar(const QByteArray &tar, const ImageImportOptions &options) const;
    /// A tar stream as `docker save` writes it.
    EngineReply *save(const QStringList &names) const;
    /// Loads a `docker save` tar. @p tar must outlive the reply.
    EngineReply *load(QIODevice *tar, bool quiet = false) const;
    EngineReply *tag(const QString &name, const QString &repo, const QString &tag = QString()) const;
    EngineReply *remove(const QString &name, bool force = false, bool noPrune = false) const;
    /// dangling=true (the default) removes untagged images only; dangling=false all unused ones.
    EngineReply *prune(const QMap<QString, QStringList> &filters = {}) const;
    EngineReply *history(const QString &name) const;
    /// Builds an image from a build context tar (@p context must outlive the reply) with the
    /// classic builder; the answer is JSON lines: stream, aux {ID}, error/errorDetail.
    EngineReply *build(QIODevice *context, const BuildOptions &options) const;
};
