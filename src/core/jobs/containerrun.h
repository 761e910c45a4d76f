// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"
#include "learn/runoptions.h"

#include <QObject>

#include <functional>

class EngineClient;
class Job;

/**
 * `docker run -d`, as the docker CLI does it: create the container; when its image is not here,
 * pull it first (a PullJob, with its layers) and create again; then start it. The window's run
 * dialog and Learn page and `berthctl run` all go through it.
 */
class ContainerRun : public QObject
{
    Q_OBJECT

public:
    ContainerRun(EngineClient *client, RunOptions options, QObject *parent = nullptr);

    /// Where the pull goes when one is needed (the window lists it with the other jobs and
    /// starts it); without one it starts here, as a child of this.
    void setJobStarter(const std::function<void(Job *)> &starter) { m_starter = starter; }
    void start();

    /// The new container's id (once created).
    QString id() const { return m_id; }
    /// Why it failed (none when it runs).
    EngineError error() const { return m_error; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    void create(bool mayPull);
    void finish(const EngineError &error = {});

    EngineClient *m_client;
    RunOptions m_options;
    std::function<void(Job *)> m_starter;
    QString m_id;
    EngineError m_error;
    bool m_finished = false;
};
