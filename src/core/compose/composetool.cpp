// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/composetool.h"

#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ComposeTool", text);
}

/// The first line @p program prints for @p args within a few seconds, or "" when it fails.
QString versionOf(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput().left(4096)).section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

ComposeTool ComposeTool::find(const QProcessEnvironment &env)
{
    const QStringList path = env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    ComposeTool tool;
    const QString forced = env.value(QStringLiteral("BERTH_COMPOSE"));
    if (!forced.isEmpty()) {
        // "docker compose" or a path to docker-compose.
        const bool plugin = forced == QLatin1String("docker compose");
        const QString program
            = plugin ? QStandardPaths::findExecutable(QStringLiteral("docker"), path) : forced;
        tool.prefix = plugin ? QStringList {QStringLiteral("compose")} : QStringList();
        if (!program.isEmpty()) {
            tool.version = versionOf(program, tool.prefix + QStringList {QStringLiteral("version")}, env);
            if (!tool.version.isEmpty())
                tool.program = program;
        }
        return tool;
    }
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"), path);
    if (!docker.isEmpty()) {
        const QString version
            = versionOf(docker, {QStringLiteral("compose"), QStringLiteral("version")}, env);
        if (!version.isEmpty())
            return {docker, {QStringLiteral("compose")}, version};
    }
    const QString v1 = QStandardPaths::findExecutable(QStringLiteral("docker-compose"), path);
    if (!v1.isEmpty()) {
        const QString version = versionOf(v1, {QStringLiteral("version")}, env);
        if (!version.isEmpty())
            return {v1, {}, version};
    }
    return tool;
}

QString ComposeTool::installHint()
{
    return tr(
        "No compose tool is installed: neither the docker compose plugin nor docker-compose is on PATH. "
        "On Debian and Ubuntu: sudo apt install docker-compose (or docker-compose-plugin from Docker's "
        "own packages); on Fedora: sudo dnf install docker-compose. Then try again.");
}

QProcessEnvironment ComposeTool::environmentFor(
    const Endpoint &endpoint, QProcessEnvironment base, QString *error)
{
    base.remove(QStringLiteral("DOCKER_CONTEXT"));
    base.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    base.remove(QStringLiteral("DOCKER_CERT_PATH"));
    base.insert(QStringLiteral("DOCKER_HOST"), endpoint.url());
    if (endpoint.kind == Endpoint::Kind::Tcp && endpoint.tls.enabled) {
        // The tools read TLS files only as DOCKER_CERT_PATH/{ca,cert,key}.pem.
        const QString folder = QFileInfo(endpoint.tls.certFile).absolutePath();
        const QDir dir(folder);
        if (endpoint.tls.certFile != dir.filePath(QStringLiteral("cert.pem"))
            || endpoint.tls.keyFile != dir.filePath(QStringLiteral("key.pem"))
            || (!endpoint.tls.caFile.isEmpty()
                && endpoint.tls.caFile != dir.filePath(QStringLiteral("ca.pem")))) {
            *error = tr(
                "The compose tool reads TLS files only as ca.pem, cert.pem and key.pem in one folder; this "
                "engine's are named otherwise. Put them in one folder with those names and add the engine "
                "with that folder.");
            return {};
        }
        base.insert(QStringLiteral("DOCKER_CERT_PATH"), folder);
        if (endpoint.tls.verify)
            base.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
    }
    return base;
}

QStringList ComposeTool::arguments(
    const QStringList &files, const QString &project, const QStringList &args) const
{
    QStringList all = prefix;
    for (const QString &f : files)
        all << QStringLiteral("-f") << f;
    if (!project.isEmpty())
        all << QStringLiteral("-p") << project;
    return all + args;
}

QString ComposeTool::commandText(const QStringList &arguments) const
{
    // DockerCommands::text quotes for a POSIX shell after "docker "; docker-compose is its own program.
    const QString text = DockerCommands::text(arguments);
    return prefix.isEmpty() ? QStringLiteral("docker-compose") + text.mid(6) : text;
}

ComposeToolJob::ComposeToolJob(ComposeTool tool, QProcessEnvironment env, QString workingDir,
    QStringList arguments, QString title, QObject *parent)
    : Job(title,
        QStringLiteral("DOCKER_HOST=%1 ").arg(env.value(QStringLiteral("DOCKER_HOST")))
            + tool.commandText(arguments),
        parent)
    , m_tool(std::move(tool))
    , m_env(std::move(env))
    , m_workingDir(std::move(workingDir))
    , m_arguments(std::move(arguments))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ComposeToolJob::read);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(EngineError(EngineError::InvalidArgument,
                tr("%1 could not be started: %2").arg(m_tool.program, m_process.errorString())));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        read();
        if (m_cancelled) {
            fail(cancelledError());
        } else if (status != QProcess::NormalExit || code != 0) {
            const QString tail = m_output.trimmed().section(QLatin1Char('\n'), -8);
            fail(EngineError(EngineError::Server,
                tr("%1 ended with exit code %2:\n%3").arg(m_tool.name()).arg(code).arg(tail)));
        } else {
            succeed();
        }
    });
}

ComposeToolJob::~ComposeToolJob()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void ComposeToolJob::start()
{
    setRunning();
    m_process.setProcessEnvironment(m_env);
    m_process.setWorkingDirectory(m_workingDir);
    m_process.start(m_tool.program, m_arguments);
}

void ComposeToolJob::cancel()
{
    if (m_process.state() == QProcess::NotRunning) {
        Job::cancel();
        return;
    }
    m_cancelled = true;
    m_process.terminate();
    QTimer::singleShot(10000, &m_process, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

void ComposeToolJob::read()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    if (m_output.size() < MaxOutput)
        m_output += QString::fromUtf8(bytes.left(MaxOutput - m_output.size()));
    const QString last
        = m_output.trimmed().section(QLatin1Char('\n'), -1).section(QLatin1Char('\r'), -1).trimmed();
    setProgress(0, -1, last);
}
