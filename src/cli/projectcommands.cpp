// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl project ls, start, stop, restart, pause, unpause, rm, logs: Compose projects by their
// labels, through the engine API, shaped as docker compose ls and docker compose logs print.
#include "cli/cli.h"
#include "cli/options.h"

#include "compose/composeproject.h"
#include "compose/composetool.h"
#include "compose/projectjob.h"
#include "compose/projectlogs.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/logtime.h"
#include "engine/networksapi.h"
#include "engine/volumesapi.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <unistd.h>

using namespace Cli;

namespace {

const QLatin1String ProjectLabel("com.docker.compose.project");

/// Every container carrying a project label, or nothing with @p error.
bool listProjects(EngineClient &client, QList<ComposeProject> *projects, QString *error)
{
    ContainerListOptions options;
    options.all = true;
    options.filters.insert(QStringLiteral("label"), {ProjectLabel});
    EngineReply *reply = ContainersApi(&client).list(options);
    if (!finish(reply, error))
        return false;
    *projects = ComposeProject::fromContainers(ContainersApi::parseList(reply->body()));
    return true;
}

/// The project named @p name, or an error saying how to find the names.
bool findProject(EngineClient &client, const QString &name, ComposeProject *project, QString *error)
{
    QList<ComposeProject> projects;
    if (!listProjects(client, &projects, error))
        return false;
    for (const ComposeProject &p : projects) {
        if (p.name == name) {
            *project = p;
            return true;
        }
    }
    *error = Tr::tr("no container found for project \"%1\" (berthctl project ls -a lists the projects)")
                 .arg(name);
    return false;
}

/// Names of what carries the project's label: its volumes or networks.
QStringList labelled(EngineClient &client, bool volumes, const QString &project, QString *error)
{
    const QMap<QString, QStringList> filters {
        {QStringLiteral("label"), {ProjectLabel + QLatin1Char('=') + project}}};
    EngineReply *reply = volumes ? VolumesApi(&client).list(filters) : NetworksApi(&client).list(filters);
    if (!finish(reply, error))
        return {};
    QStringList names;
    if (volumes) {
        for (const VolumeInfo &v : VolumesApi::parseList(reply->body()))
            names << v.name;
    } else {
        names = NetworksApi::parseNames(reply->body());
    }
    names.sort();
    return names;
}

/// As Go's tabwriter with docker compose's settings (minwidth 20, padding 3).
QString composeTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() - 1; ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], std::max(20, int(row.at(i).size()) + 3));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i);
        text += QLatin1Char('\n');
    }
    return text;
}

int cmdProjectLs(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl project ls [-a] [-q] [--format json]"));
    options.flag({"-a", "--all"}).flag({"-q", "--quiet"}).value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    const QString format = options.value("--format", QStringLiteral("table"));
    if (!options.positional().isEmpty()
        || (format != QLatin1String("json") && format != QLatin1String("table")))
        return failWith(options.usageError());
    QList<ComposeProject> projects;
    QString error;
    if (!listProjects(client, &projects, &error))
        return failWith(error);
    QList<ComposeProject> shown;
    for (const ComposeProject &p : projects) {
        if (options.isSet("--all") || p.isActive())
            shown.append(p);
    }
    if (options.isSet("--quiet")) {
        for (const ComposeProject &p : shown)
            out() << p.name << "\n";
        return 0;
    }
    if (format == QLatin1String("json")) {
        // docker compose ls's own key order (a QJsonObject would sort them).
        const auto quoted = [](const QString &text) {
            const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
            return array.mid(1, array.size() - 2);
        };
        QByteArray json = "[";
        for (const ComposeProject &p : shown) {
            if (json.size() > 1)
                json += ',';
            json += "{\"Name\":" + quoted(p.name) + ",\"Status\":" + quoted(p.status())
                + ",\"ConfigFiles\":" + quoted(p.configFiles.join(QLatin1Char(','))) + '}';
        }
        out() << json << "]\n";
        return 0;
    }
    QList<QStringList> rows {
        {QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("CONFIG FILES")}};
    for (const ComposeProject &p : shown)
        rows << QStringList {p.name, p.status(), p.configFiles.join(QLatin1Char(','))};
    out() << composeTable(rows);
    return 0;
}

/// Runs @p verb on the project, each step as docker compose prints it (on stderr).
int runVerb(EngineClient &client, ProjectJob::Verb verb, const ComposeProject &project,
    bool removeVolumes = false, const QStringList &volumes = {}, const QStringList &networks = {})
{
    ProjectJob job(&client, project, verb);
    if (removeVolumes)
        job.setRemoveVolumes(true, volumes);
    job.setNetworks(networks);
    QObject::connect(
        &job, &ProjectJob::stepDone, [](const QString &kind, const QString &name, const QString &what) {
            std::fprintf(stderr, " %s %s  %s\n", qPrintable(kind), qPrintable(name), qPrintable(what));
        });
    out().flush();
    if (!runJobCancellable(job, [] { return QString(); }))
        return failWith(job.errorString());
    return 0;
}

int cmdProjectVerb(EngineClient &client, ProjectJob::Verb verb, const QString &name, const QStringList &args)
{
    Options options(QStringLiteral("berthctl project %1 PROJECT").arg(name));
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(options.usageError());
    ComposeProject project;
    QString error;
    if (!findProject(client, options.positional().first(), &project, &error))
        return failWith(error);
    return runVerb(client, verb, project);
}

int cmdProjectRm(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl project rm [-f] [-v] PROJECT"));
    options.flag({"-f", "--force"}).flag({"-v", "--volumes"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(options.usageError());
    ComposeProject project;
    QString error;
    if (!findProject(client, options.positional().first(), &project, &error))
        return failWith(error);
    const QStringList networks = labelled(client, false, project.name, &error);
    if (!error.isEmpty())
        return failWith(error);
    QStringList volumes;
    if (options.isSet("--volumes")) {
        volumes = labelled(client, true, project.name, &error);
        if (!error.isEmpty())
            return failWith(error);
    }
    if (!options.isSet("--force")) {
        QStringList containers;
        for (const ContainerInfo &c : project.containers)
            containers << c.name();
        out() << Tr::tr("Going to remove these containers (stopped first): %1")
                     .arg(containers.join(QLatin1String(", ")))
              << "\n";
        if (!networks.isEmpty())
            out() << Tr::tr("and these networks: %1").arg(networks.join(QLatin1String(", "))) << "\n";
        if (options.isSet("--volumes")) {
            out() << Tr::tr(
                "and these volumes, with the data in them, and the containers' anonymous volumes: %1")
                         .arg(volumes.isEmpty() ? Tr::tr("(no named volumes)")
                                                : volumes.join(QLatin1String(", ")))
                  << "\n";
        } else {
            out() << Tr::tr("Volumes are kept (-v removes them).") << "\n";
        }
        out() << Tr::tr("Are you sure you want to continue? [y/N] ");
        out().flush();
        char answer[16] = {};
        const ssize_t n = ::read(STDIN_FILENO, answer, sizeof answer - 1);
        if (n <= 0 || (answer[0] != 'y' && answer[0] != 'Y'))
            return 0;
    }
    return runVerb(client, ProjectJob::Remove, project, options.isSet("--volumes"), volumes, networks);
}

/// docker compose's colours for its services' prefixes, in the order it hands them out.
QByteArray colour(int index)
{
    static const char *const rainbow[]
        = {"36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1"};
    return rainbow[index % 10];
}

int cmdProjectLogs(EngineClient &client, const QStringList &args)
{
    Options parsed(QStringLiteral("berthctl project logs [-f] [-n|--tail N] [--since T] [--until T] [-t] "
                                  "[--no-color] PROJECT [SERVICE…]"));
    parsed.flag({"-f", "--follow"})
        .flag({"-t", "--timestamps"})
        .flag({"--no-color"})
        .value({"--tail", "-n"})
        .value({"--since"})
        .value({"--until"});
    if (!parsed.parse(args))
        return failWith(parsed.error());
    if (parsed.positional().isEmpty())
        return failWith(parsed.usageError());
    LogsOptions options;
    options.follow = parsed.isSet("--follow");
    options.tail = parsed.value("--tail");
    bool tailOk = options.tail.isEmpty() || options.tail == QLatin1String("all");
    if (!tailOk)
        options.tail.toUInt(&tailOk);
    if (!tailOk)
        return failWith(Tr::tr("--tail takes a number of lines or 'all', not '%1'").arg(options.tail));
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.since = LogTime::toEngine(parsed.value("--since"), now, &error);
    if (error.isEmpty())
        options.until = LogTime::toEngine(parsed.value("--until"), now, &error);
    if (!error.isEmpty())
        return failWith(error);
    ComposeProject project;
    if (!findProject(client, parsed.positional().first(), &project, &error))
        return failWith(error);
    const QStringList services = parsed.positional().mid(1);
    if (!services.isEmpty()) {
        for (const QString &s : services) {
            if (!project.services().contains(s))
                return failWith(Tr::tr("no such service: %1").arg(s));
        }
        QList<ContainerInfo> chosen;
        for (const ContainerInfo &c : project.containers) {
            if (services.contains(c.composeService()))
                chosen.append(c);
        }
        project.containers = chosen;
    }

    const bool colours = !parsed.isSet("--no-color") && ::isatty(STDOUT_FILENO);
    const bool timestamps = parsed.isSet("--timestamps");
    ProjectLogs logs(&client, project, options);
    QList<QByteArray> prefixes;
    for (int i = 0; i < logs.names().size(); ++i) {
        const QByteArray p = logs.prefix(i).toUtf8();
        prefixes << (colours ? "\033[" + colour(i) + 'm' + p + "\033[0m" : p);
    }
    QObject::connect(&logs, &ProjectLogs::linesReady, [&](const QList<ProjectLogLine> &lines) {
        QByteArray chunk;
        for (const ProjectLogLine &l : lines) {
            chunk += prefixes.at(l.source);
            if (timestamps && !l.timestamp.isEmpty())
                chunk += l.timestamp + ' ';
            chunk += l.text;
            chunk += '\n';
        }
        writeRaw(stdout, chunk);
    });
    QEventLoop loop;
    QObject::connect(&logs, &ProjectLogs::finished, &loop, &QEventLoop::quit);
    logs.start();
    if (!logs.isFinished())
        loop.exec();
    if (logs.error().isError())
        return failWith(logs.error().toString());
    return 0;
}

/// up and down: the compose tool of this machine, pointed at berthctl's engine.
int cmdProjectTool(EngineClient &client, const QString &verb, const QStringList &args)
{
    Options options(QStringLiteral("berthctl project %1 [-f FILE]… [-p PROJECT]%2")
                        .arg(verb, verb == QLatin1String("up") ? QString() : QStringLiteral(" [-v]")));
    options.value({"-f", "--file"}).value({"-p", "--project-name"});
    if (verb == QLatin1String("down"))
        options.flag({"-v", "--volumes"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty())
        return failWith(options.usageError());
    const QStringList files = options.values("--file");
    for (const QString &f : files) {
        if (!QFileInfo(f).isFile())
            return failWith(Tr::tr("%1: no such compose file").arg(f));
    }
    const ComposeTool tool = ComposeTool::find();
    if (!tool.isValid())
        return failWith(ComposeTool::installHint());
    QString error;
    const QProcessEnvironment env
        = ComposeTool::environmentFor(client.endpoint(), QProcessEnvironment::systemEnvironment(), &error);
    if (!error.isEmpty())
        return failWith(error);
    QStringList rest {verb};
    if (verb == QLatin1String("up"))
        rest << QStringLiteral("-d");
    else if (options.isSet("--volumes"))
        rest << QStringLiteral("-v");
    const QStringList arguments = tool.arguments(files, options.value("--project-name"), rest);
    std::fprintf(stderr, "%s\n", qPrintable(tool.commandText(arguments)));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(tool.program, arguments);
    if (!process.waitForStarted(10000))
        return failWith(Tr::tr("%1 could not be started: %2").arg(tool.program, process.errorString()));
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

} // namespace

int cmdProject(EngineClient &client, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("ls") || sub == QLatin1String("list"))
        return cmdProjectLs(client, rest);
    if (sub == QLatin1String("start"))
        return cmdProjectVerb(client, ProjectJob::Start, sub, rest);
    if (sub == QLatin1String("stop"))
        return cmdProjectVerb(client, ProjectJob::Stop, sub, rest);
    if (sub == QLatin1String("restart"))
        return cmdProjectVerb(client, ProjectJob::Restart, sub, rest);
    if (sub == QLatin1String("pause"))
        return cmdProjectVerb(client, ProjectJob::Pause, sub, rest);
    if (sub == QLatin1String("unpause"))
        return cmdProjectVerb(client, ProjectJob::Unpause, sub, rest);
    if (sub == QLatin1String("rm") || sub == QLatin1String("remove"))
        return cmdProjectRm(client, rest);
    if (sub == QLatin1String("logs"))
        return cmdProjectLogs(client, rest);
    if (sub == QLatin1String("up") || sub == QLatin1String("down"))
        return cmdProjectTool(client, sub, rest);
    return failWith(Tr::tr("project: unknown subcommand '%1'. Try: berthctl project ls").arg(sub));
}
