// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include "jobs/job.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class ActionContext;

/// What a Learn Try-it step started, for its page: the error that kept it from starting, or
/// what it does (the docker command it equals, and per step the image, reason, job, folder,
/// Dockerfile). QML reads it as a value.
class TryStart
{
    Q_GADGET
    QML_VALUE_TYPE(tryStart)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString command MEMBER command)
    Q_PROPERTY(QString image MEMBER image)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(Job *job MEMBER job)
    Q_PROPERTY(QString folder MEMBER folder)
    Q_PROPERTY(QString dockerfile MEMBER dockerfile)

public:
    static TryStart failed(const QString &error)
    {
        TryStart start;
        start.error = error;
        return start;
    }
    QString error;
    QString command;
    QString image;
    QString reason;
    Job *job = nullptr;
    QString folder;
    QString dockerfile;
};

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
    /// the engine has a bridge network. its image, command (docker run …) and
    /// reason, or an error, for the page; the run itself goes as the run dialog's does
    /// (ContainerActions.containerRun() selects it).
    Q_INVOKABLE TryStart tryWebServer();
    /// Stops and removes the Try-it container; the command it equals.
    Q_INVOKABLE QString tryRemoveWebServer();
    /// The id of the Try-it container, or "" when there is none.
    Q_INVOKABLE QString tryWebServerId() const;
    /// The second Try-it: a volume berth-try-data with a file written into it by a short-lived
    /// container (docker volume create, docker run --rm -v …): its command, or an error.
    Q_INVOKABLE TryStart tryMakeVolume();
    /// The Dockerfile Try-it: the example (FROM an image that is here, COPY, RUN, CMD) written
    /// into a folder of Berth's own, built as berth-try-build (a BuildJob, whose output the page
    /// shows): its job, folder, Dockerfile and command, or an error.
    Q_INVOKABLE TryStart tryBuild();
    /// Runs the image tryBuild() made as the container berth-try-build (docker run): the command.
    Q_INVOKABLE QString tryRunBuilt();

private:
    ActionContext *m_context;
};
