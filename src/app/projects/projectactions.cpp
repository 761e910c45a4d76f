// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/projects/projectactions.h"

#include "app/actioncontext.h"
#include "compose/projectjob.h"
#include "engine/engineclient.h"
#include "learn/dockercommands.h"
#include "model/containermodel.h"
#include "model/networkmodel.h"
#include "model/volumemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <utility>

namespace {
const QLatin1String ProjectLabel("com.docker.compose.project");

bool verbOf(const QString &text, ProjectJob::Verb *verb)
{
    static const QHash<QString, ProjectJob::Verb> verbs {{QStringLiteral("start"), ProjectJob::Start},
        {QStringLiteral("stop"), ProjectJob::Stop}, {QStringLiteral("restart"), ProjectJob::Restart},
        {QStringLiteral("pause"), ProjectJob::Pause}, {QStringLiteral("unpause"), ProjectJob::Unpause},
        {QStringLiteral("remove"), ProjectJob::Remove}};
    const auto it = verbs.find(text);
    if (it == verbs.end())
        return false;
    *verb = *it;
    return true;
}
} // namespace

ProjectActions::ProjectActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_projects(context->containers())
{
    // The compose tool is looked for when the Projects page first shows (it runs programs).
}

ComposeProject ProjectActions::find(const QString &name) const
{
    return ComposeProject::find(m_context->containers()->rows(), name);
}

QStringList ProjectActions::labelled(const QString &project, bool volumes) const
{
    QStringList names;
    if (volumes) {
        for (const VolumeInfo &v : m_context->volumes()->rows()) {
            if (v.labels.value(ProjectLabel) == project)
                names << v.name;
        }
    } else {
        for (const NetworkInfo &n : m_context->networkModel()->rows()) {
            if (n.labels.value(ProjectLabel) == project)
                names << n.name;
        }
    }
    names.sort();
    return names;
}

void ProjectActions::act(const QString &project, const QString &verb)
{
    ProjectJob::Verb v;
    const ComposeProject p = find(project);
    if (!verbOf(verb, &v) || v == ProjectJob::Remove)
        return;
    if (p.name.isEmpty()) {
        m_context->refuse(
            ProjectJob::dockerCommand(v, project), tr("There is no project named %1 any more.").arg(project));
        return;
    }
    m_context->track(new ProjectJob(m_context->client(), p, v));
}

QString ProjectActions::command(const QString &project, const QString &verb, bool volumes) const
{
    ProjectJob::Verb v;
    if (!verbOf(verb, &v))
        return {};
    return DockerCommands::text(ProjectJob::dockerCommand(v, project, volumes));
}

QStringList ProjectActions::removalItems(const QString &project, bool volumes) const
{
    QStringList items;
    // In the order they go: the other way from starting.
    QList<ContainerInfo> going = find(project).containersInStartOrder();
    std::reverse(going.begin(), going.end());
    for (const ContainerInfo &c : going) {
        items << (c.isActive() ? tr("container %1 (stopped first)") : tr("container %1")).arg(c.name());
    }
    for (const QString &n : labelled(project, false))
        items << tr("network %1").arg(n);
    if (volumes) {
        for (const QString &v : labelled(project, true))
            items << tr("volume %1, with its data").arg(v);
        items << tr("the containers' anonymous volumes");
    }
    return items;
}

void ProjectActions::remove(const QString &project, bool volumes)
{
    const ComposeProject p = find(project);
    if (p.name.isEmpty()) {
        m_context->refuse(ProjectJob::dockerCommand(ProjectJob::Remove, project, volumes),
            tr("There is no project named %1 any more.").arg(project));
        return;
    }
    auto *job = new ProjectJob(m_context->client(), p, ProjectJob::Remove);
    job->setNetworks(labelled(project, false));
    if (volumes)
        job->setRemoveVolumes(true, labelled(project, true));
    m_context->track(job);
}

ProjectLogModel *ProjectActions::openLogs(const QString &project, int tail)
{
    // Kept from the garbage collector: the log window deletes it when it closes.
    auto *logs = new ProjectLogModel(m_context->client(), find(project), std::clamp(tail, 0, 100000), this);
    QQmlEngine::setObjectOwnership(logs, QQmlEngine::CppOwnership);
    return logs;
}

ProjectActions::~ProjectActions()
{
    if (m_finder)
        m_finder->wait();
}

void ProjectActions::findComposeTool()
{
    if (m_finder) {
        m_findAgain = true;
        return;
    }
    // The thread ends before this object goes (the destructor waits for it).
    m_finder = QThread::create([this, env = QProcessEnvironment::systemEnvironment()] {
        const ComposeTool tool = ComposeTool::find(env);
        QMetaObject::invokeMethod(this, [this, tool] {
            m_tool = tool;
            m_toolKnown = true;
            Q_EMIT composeToolChanged();
        });
    });
    connect(m_finder, &QThread::finished, this, [this] {
        m_finder->deleteLater();
        m_finder = nullptr;
        if (std::exchange(m_findAgain, false))
            findComposeTool();
    });
    m_finder->start();
}

QString ProjectActions::composeInstallHint() const
{
    return ComposeTool::installHint();
}

QString ProjectActions::defaultProjectName(const QString &file) const
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_-]"));
    return QFileInfo(file).absoluteDir().dirName().toLower().remove(other);
}

QString ProjectActions::upProblem(const QString &file, const QString &project) const
{
    if (!m_tool.isValid())
        return ComposeTool::installHint();
    if (file.isEmpty())
        return tr("Choose a compose file.");
    if (!QFileInfo(file).isFile())
        return tr("There is no file %1.").arg(file);
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!valid.match(project).hasMatch())
        return tr(
            "A project's name is lower-case letters, digits, '-' and '_', starting with a letter or digit.");
    QString error;
    ComposeTool::environmentFor(
        m_context->client()->endpoint(), QProcessEnvironment::systemEnvironment(), &error);
    return error;
}

QString ProjectActions::upCommand(const QString &file, const QString &project) const
{
    if (!m_tool.isValid())
        return {};
    return QStringLiteral("DOCKER_HOST=%1 ").arg(m_context->client()->endpoint().url())
        + m_tool.commandText(m_tool.arguments({file}, project, {QStringLiteral("up"), QStringLiteral("-d")}));
}

void ProjectActions::up(const QString &file, const QString &project)
{
    const QString problem = upProblem(file, project);
    if (!problem.isEmpty()) {
        m_context->refuse({QStringLiteral("compose"), QStringLiteral("-f"), file, QStringLiteral("-p"),
                              project, QStringLiteral("up"), QStringLiteral("-d")},
            problem);
        return;
    }
    QString error;
    const QProcessEnvironment env = ComposeTool::environmentFor(
        m_context->client()->endpoint(), QProcessEnvironment::systemEnvironment(), &error);
    auto *job = new ComposeToolJob(m_tool, env, QFileInfo(file).absolutePath(),
        m_tool.arguments({file}, project, {QStringLiteral("up"), QStringLiteral("-d")}),
        tr("Up project %1").arg(project));
    connect(job, &Job::finished, this, [this, job, project] {
        if (job->state() == Job::Succeeded)
            Q_EMIT projectUp(project);
    });
    m_context->track(job);
}
