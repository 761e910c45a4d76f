// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "compose/composetool.h"
#include "compose/projectlogmodel.h"
#include "compose/projectmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class QThread;

struct ProjectModelForeign
{
    Q_GADGET
    QML_FOREIGN(ProjectModel)
    QML_NAMED_ELEMENT(ProjectModel)
    QML_UNCREATABLE("Provided by ProjectActions")
};

struct ProjectLogModelForeign
{
    Q_GADGET
    QML_FOREIGN(ProjectLogModel)
    QML_NAMED_ELEMENT(ProjectLogModel)
    QML_UNCREATABLE("Made by ProjectActions.openLogs")
};

/**
 * What the user does with Compose projects, for QML: the projects of the window's engine
 * (ProjectModel, from the containers' labels), start, stop, restart, pause, unpause and remove of
 * a whole project as a job (ProjectJob) with the docker compose command it equals, in the
 * history, and a project's merged logs.
 */
class ProjectActions : public QObject, public AppSingleton<ProjectActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ProjectModel *projects READ projects CONSTANT)
    /// The compose tool found on this machine ("docker compose", "docker-compose"), "" when none.
    Q_PROPERTY(QString composeTool READ composeTool NOTIFY composeToolChanged)
    Q_PROPERTY(QString composeToolVersion READ composeToolVersion NOTIFY composeToolChanged)
    /// The compose tool has been looked for (composeTool is then the answer).
    Q_PROPERTY(bool composeToolKnown READ composeToolKnown NOTIFY composeToolChanged)

public:
    ProjectActions(ActionContext *context, QObject *parent = nullptr);
    ~ProjectActions() override;

    ProjectModel *projects() { return &m_projects; }
    /// @p verb: start, stop, restart, pause, unpause.
    Q_INVOKABLE void act(const QString &project, const QString &verb);
    /// The docker command a verb (or "remove", with @p volumes) equals.
    Q_INVOKABLE QString command(const QString &project, const QString &verb, bool volumes = false) const;
    /// What removing the project takes away, one line each: its containers, networks and, with
    /// @p volumes, its volumes.
    Q_INVOKABLE QStringList removalItems(const QString &project, bool volumes) const;
    Q_INVOKABLE void remove(const QString &project, bool volumes);
    /// The project's merged logs, following; the log window deletes it when it closes.
    Q_INVOKABLE ProjectLogModel *openLogs(const QString &project, int tail = 500);

    QString composeTool() const { return m_tool.isValid() ? m_tool.name() : QString(); }
    QString composeToolVersion() const { return m_tool.version; }
    bool composeToolKnown() const { return m_toolKnown; }
    /// Looks for the compose tool (again, after the user installed one) on a thread of its own:
    /// it asks programs for their version. composeToolChanged() tells the answer.
    Q_INVOKABLE void findComposeTool();
    /// What to install when there is no compose tool.
    Q_INVOKABLE QString composeInstallHint() const;
    /// The project name docker compose gives @p file: its folder's name, lower case, only
    /// letters, digits, '-' and '_'.
    Q_INVOKABLE QString defaultProjectName(const QString &file) const;
    /// Why up cannot run with these values ("" when it can).
    Q_INVOKABLE QString upProblem(const QString &file, const QString &project) const;
    /// The command up runs: DOCKER_HOST=… docker compose -f FILE -p NAME up -d.
    Q_INVOKABLE QString upCommand(const QString &file, const QString &project) const;
    /// Runs the compose tool's up -d as a job; projectUp() when it succeeded.
    Q_INVOKABLE void up(const QString &file, const QString &project);

Q_SIGNALS:
    void composeToolChanged();
    /// A compose up succeeded: the page selects the project.
    void projectUp(const QString &project);

private:
    ComposeProject find(const QString &name) const;
    QStringList labelled(const QString &project, bool volumes) const;

    ActionContext *m_context;
    ProjectModel m_projects;
    ComposeTool m_tool;
    bool m_toolKnown = false;
    QThread *m_finder = nullptr; ///< looking for the tool
    bool m_findAgain = false; ///< asked again while looking: the environment may have changed
};
