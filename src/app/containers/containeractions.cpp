// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/containers/containeractions.h"

#include "app/actioncontext.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"
#include "model/healthresult.h"
#include "model/imagereference.h"
#include "util/shellwords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

ContainerActions::ContainerActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(context, &ActionContext::networksChanged, this, &ContainerActions::networksChanged);
    connect(context, &ActionContext::containerRun, this, &ContainerActions::containerRun);
}

QStringList ContainerActions::networks() const
{
    return m_context->networks();
}

void ContainerActions::refreshNetworks()
{
    m_context->refreshNetworks();
}

void ContainerActions::startContainer(const QString &id, const QString &name)
{
    m_context->perform(DockerCommands::start(name), ContainersApi(m_context->client()).start(id));
}

void ContainerActions::stopContainer(const QString &id, const QString &name)
{
    m_context->perform(DockerCommands::stop(name), ContainersApi(m_context->client()).stop(id));
}

void ContainerActions::restartContainer(const QString &id, const QString &name)
{
    m_context->perform(DockerCommands::restart(name), ContainersApi(m_context->client()).restart(id));
}

void ContainerActions::pauseContainer(const QString &id, const QString &name)
{
    m_context->perform(DockerCommands::pause(name), ContainersApi(m_context->client()).pause(id));
}

void ContainerActions::unpauseContainer(const QString &id, const QString &name)
{
    m_context->perform(DockerCommands::unpause(name), ContainersApi(m_context->client()).unpause(id));
}

void ContainerActions::killContainer(const QString &id, const QString &name)
{
    m_context->perform(DockerCommands::kill(name), ContainersApi(m_context->client()).kill(id));
}

void ContainerActions::removeContainer(const QString &id, const QString &name, bool force, bool volumes)
{
    m_context->perform(DockerCommands::remove(name, force, volumes),
        ContainersApi(m_context->client()).remove(id, {force, volumes}));
}

void ContainerActions::renameContainer(const QString &id, const QString &name, const QString &newName)
{
    m_context->perform(
        DockerCommands::rename(name, newName), ContainersApi(m_context->client()).rename(id, newName));
}

void ContainerActions::commitContainer(const QString &id, const QString &name, const QString &reference)
{
    CommitOptions options;
    const ImageReference parsed = ImageReference::parse(reference);
    options.repo = parsed.repository();
    options.tag = parsed.tag();
    m_context->perform(
        DockerCommands::commit(name, reference), ContainersApi(m_context->client()).commit(id, options));
}

void ContainerActions::runContainer(RunForm *form)
{
    const RunOptions options = form->options();
    const QVariantMap problems = form->problems();
    if (!problems.isEmpty()) {
        m_context->refuse(options.dockerArguments(), problems.first().toString());
        return;
    }
    // docker run = create, then start: two requests, one command in the history.
    const QString command = DockerCommands::text(options.dockerArguments());
    m_context->createAndStart(options, command, m_context->history()->begin(command));
}

QStringList ContainerActions::prunableContainers() const
{
    // The engine's container prune removes every container that is not running or paused.
    QStringList names;
    for (const ContainerInfo &c : m_context->containers()->rows()) {
        if (c.state == QLatin1String("exited") || c.state == QLatin1String("created")
            || c.state == QLatin1String("dead"))
            names << c.name();
    }
    return names;
}

void ContainerActions::pruneContainers()
{
    m_context->perform(DockerCommands::containerPrune(), ContainersApi(m_context->client()).prune());
}

LogSession *ContainerActions::openLogs(const QString &id, QObject *owner)
{
    auto *session = new LogSession(m_context->client(), id, owner);
    session->start();
    return session;
}

QVariantMap ContainerActions::health(const QString &inspectJson) const
{
    const QJsonObject state
        = QJsonDocument::fromJson(inspectJson.toUtf8()).object().value(QLatin1String("State")).toObject();
    const QString status = HealthResult::status(state);
    QString words;
    if (status == QLatin1String("healthy"))
        words = tr("healthy");
    else if (status == QLatin1String("unhealthy"))
        words = tr("unhealthy, %n failed check(s) in a row", "", HealthResult::failingStreak(state));
    else if (status == QLatin1String("starting"))
        words = tr("starting: no verdict yet");
    QVariantList log;
    const QList<HealthResult> results = HealthResult::parseLog(state);
    const QLocale locale;
    for (auto it = results.crbegin(); it != results.crend(); ++it) {
        const qint64 ms = it->start.isValid() && it->end.isValid() ? it->start.msecsTo(it->end) : -1;
        const QString when = locale.toString(it->start.toLocalTime(), QStringLiteral("HH:mm:ss"));
        const QString heading = ms >= 0
            ? tr("%1 · exit code %2 · %3 s").arg(when).arg(it->exitCode).arg(ms / 1000.0, 0, 'f', 2)
            : tr("%1 · exit code %2").arg(when).arg(it->exitCode);
        log << QVariantMap {{QStringLiteral("heading"), heading}, {QStringLiteral("exitCode"), it->exitCode},
            {QStringLiteral("output"), it->output.trimmed()}};
    }
    // "none": the image's check turned off (--no-healthcheck); nothing to say.
    return {{QStringLiteral("status"), status == QLatin1String("none") ? QString() : status},
        {QStringLiteral("summary"), words}, {QStringLiteral("log"), log}};
}

QUrl ContainerActions::portAddress(const QString &ip, int port) const
{
    const Endpoint endpoint = m_context->client()->endpoint();
    QString host = ip;
    if (endpoint.isRemote())
        host = endpoint.host;
    else if (ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::"))
        host = QStringLiteral("localhost");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host); // an IPv6 address gets its brackets
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString ContainerActions::logsCommand(
    const QString &name, bool follow, int tail, const QString &since, bool timestamps) const
{
    return DockerCommands::text(DockerCommands::logs(name, follow, tail, since, timestamps));
}

TerminalSession *ContainerActions::openTerminal(
    const QString &id, const QString &name, const QString &command, bool attach, QObject *owner)
{
    auto *session = new TerminalSession(m_context->client(), id, name, owner);
    if (attach)
        session->setMode(TerminalSession::Mode::Attach);
    else
        session->setCommand(ShellWords::split(command));
    // In the history once it runs or fails, with the command it equals.
    connect(session, &TerminalSession::stateChanged, this, [this, session, recorded = false]() mutable {
        if (recorded
            || (session->state() != TerminalSession::Running && session->state() != TerminalSession::Failed))
            return;
        recorded = true;
        CommandHistoryModel *history = m_context->history();
        history->finish(history->begin(session->command()), session->errorString());
    });
    session->start();
    return session;
}

StatsSession *ContainerActions::openStats(const QString &id, QObject *owner)
{
    auto *session = new StatsSession(m_context->client(), id, owner);
    session->start();
    return session;
}
