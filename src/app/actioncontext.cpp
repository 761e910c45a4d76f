// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actioncontext.h"

#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/networksapi.h"
#include "jobs/containerrun.h"
#include "jobs/pulljob.h"
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/volumemodel.h"

#include <QJSEngine>

#include <QJsonObject>
#include <algorithm>

ActionContext::ActionContext(EngineClient *client, ContainerModel *containers, ImageModel *images,
    VolumeModel *volumes, NetworkModel *networks, CommandHistoryModel *history, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_containers(containers)
    , m_images(images)
    , m_volumes(volumes)
    , m_networkModel(networks)
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

void ActionContext::perform(const QStringList &docker, EngineReply *reply,
    const std::function<void(EngineReply *)> &then,
    const std::function<QString(const EngineError &)> &explain)
{
    const QString command = DockerCommands::text(docker);
    const int row = m_history->begin(command);
    connect(reply, &EngineReply::finished, this, [this, reply, command, row, then, explain] {
        reply->deleteLater();
        if (reply->error().isError())
            return finish(row, command, explain ? explain(reply->error()) : reply->error().toString());
        if (then)
            then(reply);
        finish(row, command);
    });
}

QMap<QString, QString> ActionContext::parseLabels(const QString &text, QStringList *lines)
{
    QMap<QString, QString> labels;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        *lines << l;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        labels.insert(eq < 0 ? l : l.left(eq), eq < 0 ? QString() : l.mid(eq + 1));
    }
    return labels;
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

void ActionContext::track(Job *job, bool reportFailure)
{
    const int row = m_history->begin(job->command());
    connect(job, &Job::finished, this, [this, job, row, reportFailure] {
        if (job->state() == Job::Succeeded) {
            m_history->finish(row);
            Q_EMIT succeeded(job->command());
        } else {
            m_history->finish(row, job->errorString());
            if (job->state() == Job::Failed && reportFailure)
                Q_EMIT failed(job->title(), job->errorString());
        }
    });
    m_jobs.add(job);
}

void ActionContext::pull(const QString &reference)
{
    track(new PullJob(m_client, reference));
}

void ActionContext::createAndStart(const RunOptions &options, const QString &command, int row)
{
    auto *run = new ContainerRun(m_client, options, this);
    // A pull it needs is a job of its own, listed and in the history; its failure is told once,
    // by the run.
    run->setJobStarter([this](Job *job) { track(job, false); });
    connect(run, &ContainerRun::finished, this, [this, run, command, row, interactive = options.interactive] {
        run->deleteLater();
        if (run->error().isError())
            return finish(row, command, run->error().toString());
        finish(row, command);
        Q_EMIT containerRun(run->id(), interactive);
    });
    run->start();
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

void ActionContext::followListings(QObject *receiver, const std::function<void()> &changed) const
{
    static const QList<int> relevant {ContainerModel::StateRole, ContainerModel::NameRole,
        ContainerModel::PortsRole, ContainerModel::MountsRole};
    for (QAbstractItemModel *model :
        {static_cast<QAbstractItemModel *>(m_containers), static_cast<QAbstractItemModel *>(m_volumes)}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, receiver, changed);
        connect(model, &QAbstractItemModel::modelReset, receiver, changed);
    }
    connect(m_containers, &QAbstractItemModel::dataChanged, receiver,
        [changed](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty()
                || std::any_of(roles.begin(), roles.end(), [](int role) { return relevant.contains(role); }))
                changed();
        });
}
