// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/projectjob.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/networksapi.h"
#include "engine/volumesapi.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectJob", text);
}

QString verbTitle(ProjectJob::Verb verb, const QString &project)
{
    switch (verb) {
    case ProjectJob::Start:
        return tr("Start project %1").arg(project);
    case ProjectJob::Stop:
        return tr("Stop project %1").arg(project);
    case ProjectJob::Restart:
        return tr("Restart project %1").arg(project);
    case ProjectJob::Pause:
        return tr("Pause project %1").arg(project);
    case ProjectJob::Unpause:
        return tr("Unpause project %1").arg(project);
    case ProjectJob::Remove:
        return tr("Remove project %1").arg(project);
    }
    return {};
}
} // namespace

ProjectJob::ProjectJob(EngineClient *client, ComposeProject project, Verb verb, QObject *parent)
    : Job(verbTitle(verb, project.name), DockerCommands::text(dockerCommand(verb, project.name)), parent)
    , m_client(client)
    , m_project(std::move(project))
    , m_verb(verb)
{
}

QStringList ProjectJob::dockerCommand(Verb verb, const QString &project, bool volumes)
{
    QStringList args {QStringLiteral("compose"), QStringLiteral("-p"), project};
    switch (verb) {
    case Start:
        return args << QStringLiteral("start");
    case Stop:
        return args << QStringLiteral("stop");
    case Restart:
        return args << QStringLiteral("restart");
    case Pause:
        return args << QStringLiteral("pause");
    case Unpause:
        return args << QStringLiteral("unpause");
    case Remove:
        args << QStringLiteral("down");
        if (volumes)
            args << QStringLiteral("-v");
        return args;
    }
    return args;
}

void ProjectJob::setRemoveVolumes(bool remove, const QStringList &named)
{
    m_removeVolumes = remove;
    m_volumes = remove ? named : QStringList();
    describe(title(), DockerCommands::text(dockerCommand(m_verb, m_project.name, remove)));
}

void ProjectJob::start()
{
    const QList<ContainerInfo> ordered = m_project.containersInStartOrder();
    QList<ContainerInfo> reversed = ordered;
    std::reverse(reversed.begin(), reversed.end());
    const auto add = [this](Step::Kind kind, const ContainerInfo &c) {
        m_steps.append({kind, c.id, c.name()});
    };
    switch (m_verb) {
    case Start:
        for (const ContainerInfo &c : ordered) {
            if (!c.isActive())
                add(Step::StartContainer, c);
        }
        break;
    case Stop:
        for (const ContainerInfo &c : reversed) {
            if (c.isActive())
                add(Step::StopContainer, c);
        }
        break;
    case Restart:
        for (const ContainerInfo &c : ordered)
            add(Step::RestartContainer, c);
        break;
    case Pause:
        for (const ContainerInfo &c : ordered) {
            if (c.state == QLatin1String("running"))
                add(Step::PauseContainer, c);
        }
        break;
    case Unpause:
        for (const ContainerInfo &c : ordered) {
            if (c.state == QLatin1String("paused"))
                add(Step::UnpauseContainer, c);
        }
        break;
    case Remove:
        for (const ContainerInfo &c : reversed) {
            if (c.isActive())
                add(Step::StopContainer, c);
        }
        for (const ContainerInfo &c : reversed)
            add(Step::RemoveContainer, c);
        for (const QString &n : m_networks)
            m_steps.append({Step::RemoveNetwork, n, n});
        for (const QString &v : m_volumes)
            m_steps.append({Step::RemoveVolume, v, v});
        break;
    }
    setRunning();
    next();
}

void ProjectJob::next()
{
    if (isAbandoning())
        return;
    setProgress(m_index, m_steps.size(), m_steps.value(m_index).name);
    if (m_index >= m_steps.size()) {
        succeed();
        return;
    }
    const Step step = m_steps.at(m_index);
    const ContainersApi containers(m_client);
    EngineReply *reply = nullptr;
    QString kind = QStringLiteral("Container");
    QString what;
    switch (step.kind) {
    case Step::StartContainer:
        reply = containers.start(step.id);
        what = QStringLiteral("Started");
        break;
    case Step::StopContainer:
        reply = containers.stop(step.id);
        what = QStringLiteral("Stopped");
        break;
    case Step::RestartContainer:
        reply = containers.restart(step.id);
        what = QStringLiteral("Started");
        break;
    case Step::PauseContainer:
        reply = containers.pause(step.id);
        what = QStringLiteral("Paused");
        break;
    case Step::UnpauseContainer:
        reply = containers.unpause(step.id);
        what = QStringLiteral("Unpaused");
        break;
    case Step::RemoveContainer: {
        ContainerRemoveOptions options;
        options.volumes = m_removeVolumes;
        reply = containers.remove(step.id, options);
        what = QStringLiteral("Removed");
        break;
    }
    case Step::RemoveNetwork:
        reply = NetworksApi(m_client).remove(step.id);
        kind = QStringLiteral("Network");
        what = QStringLiteral("Removed");
        break;
    case Step::RemoveVolume:
        reply = VolumesApi(m_client).remove(step.id);
        kind = QStringLiteral("Volume");
        what = QStringLiteral("Removed");
        break;
    }
    watch(reply);
    connect(reply, &EngineReply::finished, this, [this, reply, step, kind, what] {
        reply->deleteLater();
        if (isAbandoning())
            return;
        const EngineError error = reply->error();
        // Gone already is what removing wanted; a network someone else still uses stays, as
        // docker compose down leaves it with a warning.
        const bool removal = step.kind == Step::RemoveContainer || step.kind == Step::RemoveNetwork
            || step.kind == Step::RemoveVolume;
        if (error.isError() && !(removal && error.kind() == EngineError::NotFound)) {
            if (step.kind == Step::RemoveNetwork && error.kind() == EngineError::Conflict) {
                Q_EMIT stepDone(kind, step.name, QStringLiteral("Resource is still in use"));
            } else {
                fail(EngineError(
                    error.kind(), tr("%1: %2").arg(step.name, error.message()), error.httpStatus()));
                return;
            }
        } else {
            Q_EMIT stepDone(kind, step.name, what);
        }
        ++m_index;
        next();
    });
}
