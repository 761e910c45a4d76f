// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class Job;
struct BuildOptions;

/// What the user does with images, for QML (outcomes through the shared ActionContext).
class ImageActions : public QObject, public AppSingleton<ImageActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ImageActions(ActionContext *context, QObject *parent = nullptr);

    /// docker pull as a job with per-layer progress; no registry → the engine's clear error.
    Q_INVOKABLE void pullImage(const QString &reference);
    /// docker rmi of @p reference (a tag), or of @p id when it has none.
    Q_INVOKABLE void removeImage(const QString &id, const QString &reference, bool force);
    Q_INVOKABLE void tagImage(const QString &id, const QString &source, const QString &target);
    /// docker push of @p reference as a job with per-layer progress, signed in to its registry
    /// when there is a sign-in (DockerCredentials).
    Q_INVOKABLE void pushImage(const QString &reference);
    /// Names of what docker image prune (@p all: -a) would remove, for the confirmation.
    Q_INVOKABLE QStringList prunableImages(bool all) const;
    Q_INVOKABLE void pruneImages(bool all);
    /// docker build of @p folder as a job (BuildJob), listed and reported like every job;
    /// @p dockerfile relative to the folder, empty for its Dockerfile.
    Job *buildImage(const QString &folder, const QString &dockerfile, const BuildOptions &options);

private:
    ActionContext *m_context;
};
