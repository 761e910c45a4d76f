// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/projectjob.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/networksapi.h"
#include "engine/volumesapi.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QTimer>

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
                addStart(Step::StartContainer, c);
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
            addStart(Step::RestartContainer, c);
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

void ProjectJob::addStart(Step::Kind kind, const ContainerInfo &c)
{
    // As docker compose: a dependency with condition service_healthy must pass its health
    // check first (one without a health check counts as healthy).
    for (const QString &service : ComposeProject::healthyDependencies(c)) {
        if (m_waited.contains(service) || service == c.composeService())
            continue;
        m_waited << service;
        for (const ContainerInfo &d : m_project.containers) {
            if (d.composeService() == service)
                m_steps.append({Step::WaitHealthy, d.id, d.name()});
        }
    }
    m_steps.append({kind, c.id, c.name()});
}

void ProjectJob::checkHealth(const Step &step, const QJsonObject &inspect)
{
    const QJsonObject state = inspect.value(QLatin1String("State")).toObject();
    const QJsonObject health = state.value(QLatin1String("Health")).toObject();
    const QString status = health.value(QLatin1String("Status")).toString();
    if (health.isEmpty() || status == QLatin1String("healthy")) {
        Q_EMIT stepDone(QStringLiteral("Container"), step.name, QStringLiteral("Healthy"));
        m_waiting.invalidate();
        ++m_index;
        next();
        return;
    }
    if (status == QLatin1String("unhealthy") || !state.value(QLatin1String("Running")).toBool()) {
        fail(EngineError(EngineError::Conflict,
            tr("dependency failed to start: container %1 is %2")
                .arg(step.name, status == QLatin1String("unhealthy") ? status : tr("not running"))));
        return;
    }
    if (!m_waiting.isValid())
        m_waiting.start();
    if (m_waiting.elapsed() > HealthTimeoutMs) {
        fail(EngineError(EngineError::Timeout,
            tr("%1 did not become healthy within %2 minutes (its health check says \"%3\")")
                .arg(step.name)
                .arg(HealthTimeoutMs / 60000)
                .arg(status)));
        return;
    }
    QTimer::singleShot(500, this, [this] { next(); });
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
    if (step.kind == Step::WaitHealthy) {
        EngineReply *inspected = containers.inspect(step.id);
        watch(inspected);
        connect(inspected, &EngineReply::finished, this, [this, inspected, step] {
            inspected->deleteLater();
            if (isAbandoning())
                return;
            if (inspected->error().isError()) {
                fail(EngineError(inspected->error().kind(),
                    tr("%1: %2").arg(step.name, inspected->error().message()),
                    inspected->error().httpStatus()));
                return;
            }
            checkHealth(step, inspected->json().object());
        });
        return;
    }
    m_waiting.invalidate();
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
    case Step::WaitHealthy:
        return; // answered above
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
