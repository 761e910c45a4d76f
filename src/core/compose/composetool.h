// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/endpoint.h"
#include "jobs/job.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * The compose tool of this machine, which Berth runs for what only it does (reading a compose
 * file: up, down): the docker compose plugin, else docker-compose (v1, Debian's package) on PATH.
 * Berth never writes a compose implementation of its own.
 */
struct ComposeTool
{
    QString program; ///< "docker" (the plugin) or the path of docker-compose; empty: none
    QStringList prefix; ///< {"compose"} for the plugin
    QString version; ///< its own version line
    /// The words a user types: "docker compose" or "docker-compose".
    QString name() const
    {
        return prefix.isEmpty() ? QStringLiteral("docker-compose") : QStringLiteral("docker compose");
    }
    bool isValid() const { return !program.isEmpty(); }

    /// Looks for one on @p path (PATH's folders), asking each for its version (a few seconds at
    /// most). BERTH_COMPOSE, when set, is the only program tried (tests, and a tool elsewhere).
    static ComposeTool find(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// What to say when none is installed: what to install, on Debian and elsewhere.
    static QString installHint();
    /// The environment that points the tool at @p endpoint, never at the user's default engine:
    /// DOCKER_HOST (and TLS files), no DOCKER_CONTEXT. Empty, with @p error, for an endpoint the
    /// tool cannot be pointed at.
    static QProcessEnvironment environmentFor(
        const Endpoint &endpoint, QProcessEnvironment base, QString *error);
    /// The arguments after the program for @p args: -f FILE -p PROJECT first, as the user would type.
    QStringList arguments(const QStringList &files, const QString &project, const QStringList &args) const;
    /// The command line a user would type for @p arguments (those of arguments()).
    QString commandText(const QStringList &arguments) const;
};

/**
 * Runs the compose tool as a job: `docker compose -f FILE -p NAME up -d` (or down), its output
 * (stdout and stderr, as the tool interleaves them) kept and its last line the job's detail.
 * Cancel stops the tool (SIGTERM, then SIGKILL); what it made by then is what the tool left.
 */
class ComposeToolJob : public Job
{
    Q_OBJECT
    Q_PROPERTY(QString output READ output NOTIFY progressChanged)

public:
    static constexpr int MaxOutput = 1 << 20;
    ComposeToolJob(ComposeTool tool, QProcessEnvironment env, QString workingDir, QStringList arguments,
        QString title, QObject *parent = nullptr);
    ~ComposeToolJob() override;

    QString output() const { return m_output; }
    void start() override;
    void cancel() override;

private:
    void read();

    ComposeTool m_tool;
    QProcessEnvironment m_env;
    QString m_workingDir;
    QStringList m_arguments;
    QProcess m_process;
    QString m_output;
    bool m_cancelled = false;
};
