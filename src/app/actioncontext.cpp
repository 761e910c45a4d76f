// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actioncontext.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/networksapi.h"
#include "jobs/pulljob.h"
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "model/commandhistorymodel.h"
#include "model/imagemodel.h"

#include <QJSEngine>
#include <QJsonObject>

ActionContext::ActionContext(EngineClient *client, ContainerModel *containers, ImageModel *images,
    VolumeModel *volumes, CommandHistoryModel *history, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_containers(containers)
    , m_images(images)
    , m_volumes(volumes)
    , m_history(history)
{
    QJSEngine::setObjectOwnership(history, QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(&m_jobs, QJSEngine::CppOwnership);
}

void ActionContext::setClient(EngineClient *client)
{
    m_client = client;
    m_networks.clear();
    Q_EMIT networksChanged();
}

void ActionContext::perform(
    const QStringList &docker, EngineReply *reply, const std::function<void(EngineReply *)> &then)
{
    const QString command = DockerCommands::text(docker);
    const int row = m_history->begin(command);
    connect(reply, &EngineReply::finished, this, [this, reply, command, row, then] {
        reply->deleteLater();
        if (reply->error().isError())
            return finish(row, command, reply->error().toString());
        if (then)
            then(reply);
        finish(row, command);
    });
}

void ActionContext::refuse(const QStringList &docker, const QString &message)
{
    const QString command = DockerCommands::text(docker);
    finish(m_history->begin(command), command, message);
}

void ActionContext::finish(int row, const QString &command, const QString &message)
{
    m_history->finish(row, message);
    if (message.isEmpty())
        Q_EMIT succeeded(command);
    else
        Q_EMIT failed(command, message);
}

void ActionContext::track(Job *job)
{
    const int row = m_history->begin(job->command());
    connect(job, &Job::finished, this, [this, job, row] {
        if (job->state() == Job::Succeeded) {
            m_history->finish(row);
            Q_EMIT succeeded(job->command());
        } else {
            m_history->finish(row, job->errorString());
            if (job->state() == Job::Failed)
                Q_EMIT failed(job->title(), job->errorString());
        }
    });
    m_jobs.add(job);
}

void ActionContext::pullThen(const QString &reference, const std::function<void(const QString &)> &then)
{
    auto *job = new PullJob(m_client, reference);
    const int row = m_history->begin(job->command());
    connect(job, &Job::finished, this, [this, job, row, then] {
        if (job->state() == Job::Succeeded) {
            m_history->finish(row);
            Q_EMIT succeeded(job->command());
        } else {
            m_history->finish(row, job->errorString());
            // Told once: by the caller when it goes on, here when nobody does.
            if (job->state() == Job::Failed && !then)
                Q_EMIT failed(job->command(), job->errorString());
        }
        if (then)
            then(job->state() == Job::Succeeded    ? QString()
                    : job->errorString().isEmpty() ? tr("cancelled")
                                                   : job->errorString());
    });
    m_jobs.add(job);
}

void ActionContext::createAndStart(const RunOptions &options, const QString &command, int row, bool mayPull)
{
    EngineReply *created = ContainersApi(m_client).create(options.toCreateBody(), options.name);
    connect(created, &EngineReply::finished, this, [this, created, options, command, row, mayPull] {
        created->deleteLater();
        const EngineError error = created->error();
        if (mayPull && error.kind() == EngineError::NotFound) {
            // Something named is not here: the image, or a network or volume driver. As docker
            // run does, a missing image is pulled first (a job with its layers), then the container
            // is made; which one is missing is asked of the engine, not read from its message.
            EngineReply *image = ImagesApi(m_client).inspect(options.image);
            connect(image, &EngineReply::finished, this, [this, image, options, command, row, error] {
                image->deleteLater();
                if (image->error().kind() != EngineError::NotFound)
                    return finish(row, command, error.toString());
                pullThen(options.image, [this, options, command, row](const QString &pullError) {
                    if (!pullError.isEmpty())
                        return finish(row, command,
                            tr("The image %1 is not here and could not be pulled: %2")
                                .arg(options.image, pullError));
                    createAndStart(options, command, row, false);
                });
            });
            return;
        }
        if (error.isError())
            return finish(row, command, error.toString());
        const QString id = created->json().object().value(QLatin1String("Id")).toString();
        EngineReply *started = ContainersApi(m_client).start(id);
        connect(started, &EngineReply::finished, this,
            [this, started, command, row, id, interactive = options.interactive] {
                started->deleteLater();
                if (started->error().isError())
                    return finish(row, command, started->error().toString());
                finish(row, command);
                Q_EMIT containerRun(id, interactive);
            });
    });
}

void ActionContext::refreshNetworks()
{
    EngineReply *reply = NetworksApi(m_client).list();
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError())
            return; // the field still takes a typed name
        const QStringList names = NetworksApi::parseNames(reply->body());
        if (names != m_networks) {
            m_networks = names;
            Q_EMIT networksChanged();
        }
    });
}

QString ActionContext::localTag(const std::function<bool(const QString &)> &wanted) const
{
    for (const ImageInfo &image : m_images->rows()) {
        for (const QString &tag : image.repoTags) {
            if (!tag.startsWith(QLatin1String("berth-helper")) && wanted(tag))
                return tag;
        }
    }
    return {};
}
