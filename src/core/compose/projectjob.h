// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/composeproject.h"
#include "jobs/job.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

class EngineClient;

/**
 * A verb on a whole Compose project through the engine API, one container at a time: start in
 * the order the depends_on labels give (ComposeProject::startOrder), a dependency whose
 * condition is service_healthy waited for until its health check passes (at most
 * HealthTimeoutMs), stop and remove the other way, pause and unpause. Remove stops what runs, removes the
 * containers, the project's networks and, only when asked (docker compose down -v), its volumes. Each step is
 * what the user asked for, so a failure stops there and names the container, leaving the steps done as they
 * are (docker compose does the same).
 */
class ProjectJob : public Job
{
    Q_OBJECT

public:
    enum Verb { Start, Stop, Restart, Pause, Unpause, Remove };
    Q_ENUM(Verb)

    ProjectJob(EngineClient *client, ComposeProject project, Verb verb, QObject *parent = nullptr);

    /// Remove: also the containers' anonymous volumes and @p named (the project's named volumes,
    /// listed with the question), as docker compose down -v.
    void setRemoveVolumes(bool remove, const QStringList &named = {});
    /// Remove: the project's networks, which go after its containers.
    void setNetworks(const QStringList &networks) { m_networks = networks; }
    /// The docker command the verb equals: docker compose -p NAME stop (down [-v] for Remove).
    static QStringList dockerCommand(Verb verb, const QString &project, bool volumes = false);

    void start() override;

Q_SIGNALS:
    /// A step ended, in docker compose's words: ("Container", "proj-web-1", "Started").
    void stepDone(const QString &kind, const QString &name, const QString &what);

private:
    struct Step
    {
        enum Kind {
            StartContainer,
            StopContainer,
            RestartContainer,
            PauseContainer,
            UnpauseContainer,
            RemoveContainer,
            RemoveNetwork,
            RemoveVolume,
            WaitHealthy, ///< a dependency's container, until its health check passes
        };
        Kind kind;
        QString id;
        QString name;
    };
    void next();
    /// The steps that start @p c: first the wait for the dependencies it wants healthy.
    void addStart(Step::Kind kind, const ContainerInfo &c);
    /// A WaitHealthy step's answer: on, again later, or the failure.
    void checkHealth(const Step &step, const QJsonObject &inspect);

    EngineClient *m_client;
    ComposeProject m_project;
    Verb m_verb;
    bool m_removeVolumes = false;
    QStringList m_volumes;
    QStringList m_networks;
    QList<Step> m_steps;
    int m_index = 0;
    QStringList m_waited; ///< services whose health a step already waits for
    QElapsedTimer m_waiting; ///< since the current WaitHealthy step began
    /// How long a dependency may take to become healthy.
    static constexpr qint64 HealthTimeoutMs = 300000;
};
