// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ActionContext;

/// The Learn page's Try-it flows, for QML: each step does what its docker command says.
class LearnActions : public QObject, public AppSingleton<LearnActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit LearnActions(ActionContext *context, QObject *parent = nullptr);

    /// The first Try-it: a web server from an image that is here (nginx if present; else
    /// busybox's httpd; else the first image), named berth-try-web, port 8080 published where
    /// the engine has a bridge network. {image, command (docker run …), reason} or {error} for
    /// the page; the run itself goes as the run dialog's does (ContainerActions.containerRun()
    /// selects it).
    Q_INVOKABLE QVariantMap tryWebServer();
    /// Stops and removes the Try-it container; the command it equals.
    Q_INVOKABLE QString tryRemoveWebServer();
    /// The id of the Try-it container, or "" when there is none.
    Q_INVOKABLE QString tryWebServerId() const;
    /// The second Try-it: a volume berth-try-data with a file written into it by a short-lived
    /// container (docker volume create, docker run --rm -v …): {command} or {error}.
    Q_INVOKABLE QVariantMap tryMakeVolume();
    /// The Dockerfile Try-it: the example (FROM an image that is here, COPY, RUN, CMD) written
    /// into a folder of Berth's own, built as berth-try-build (a BuildJob, whose output the page
    /// shows): {job, folder, dockerfile, command} or {error}.
    Q_INVOKABLE QVariantMap tryBuild();
    /// Runs the image tryBuild() made as the container berth-try-build (docker run): the command.
    Q_INVOKABLE QString tryRunBuilt();

private:
    ActionContext *m_context;
};
