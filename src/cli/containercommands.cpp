// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl ps, run, logs, exec, stats: a container's list, start, output, commands and resource use.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/execapi.h"
#include "engine/logtime.h"
#include "engine/multiplexeddecoder.h"
#include "jobs/containerrun.h"
#include "jobs/job.h"
#include "learn/runoptions.h"
#include "model/displayformat.h"
#include "sync/execsession.h"
#include "sync/statssession.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSize>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Cli;

int cmdPs(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl ps [-a] [--format json]"));
    options.flag({"-a", "--all"}).value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty()
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    ContainerListOptions list;
    list.all = options.isSet("--all");
    const bool json = options.isSet("--format");
    EngineReply *reply = ContainersApi(&client).list(list);
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    const QList<ContainerInfo> containers = ContainersApi::parseList(reply->body());
    if (json) {
        // One object per line, as `docker ps --format json` in newer CLIs, with the raw fields too.
        const QJsonArray raw = reply->json().array();
        for (int i = 0; i < containers.size(); ++i) {
            const ContainerInfo &c = containers[i];
            QJsonObject o = raw.at(i).toObject();
            o.insert(QStringLiteral("Names"), QJsonArray::fromStringList(c.names));
            o.insert(QStringLiteral("Ports"), DisplayFormat::ports(c.ports));
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        }
        return 0;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QStringList> rows {{QStringLiteral("CONTAINER ID"), QStringLiteral("IMAGE"),
        QStringLiteral("COMMAND"), QStringLiteral("CREATED"), QStringLiteral("STATUS"),
        QStringLiteral("PORTS"), QStringLiteral("NAMES")}};
    for (const ContainerInfo &c : containers) {
        QStringList names;
        for (const QString &n : c.names) {
            if (!n.contains(QLatin1Char('/'))) // links show as other/name; docker hides them
                names << n;
        }
        rows << QStringList {c.shortId(), DisplayFormat::familiarImage(c.image, c.imageId),
            DisplayFormat::goQuote(DisplayFormat::ellipsis(c.command, 20)),
            DisplayFormat::humanDuration(now - c.created) + QStringLiteral(" ago"), c.status,
            DisplayFormat::ports(c.ports), names.join(QLatin1Char(','))};
    }
    out() << DisplayFormat::table(rows);
    return 0;
}

int cmdLogs(EngineClient &client, const QStringList &args)
{
    Options parsed(QStringLiteral(
        "berthctl logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER"));
    parsed.flag({"-f", "--follow"})
        .flag({"-t", "--timestamps"})
        .value({"--tail", "-n"})
        .value({"--since"})
        .value({"--until"});
    if (!parsed.parse(args))
        return failWith(parsed.error());
    if (parsed.positional().size() > 1)
        return failWith(Tr::tr("logs takes one container, not '%1' too").arg(parsed.positional().at(1)));
    LogsOptions options;
    options.follow = parsed.isSet("--follow");
    options.timestamps = parsed.isSet("--timestamps");
    options.tail = parsed.value("--tail");
    const QString container = parsed.positional().value(0);
    const QString since = parsed.value("--since");
    const QString until = parsed.value("--until");
    if (container.isEmpty())
        return failWith(Tr::tr("logs needs a container name or id: berthctl logs CONTAINER"));
    bool tailOk = options.tail.isEmpty() || options.tail == QLatin1String("all");
    if (!tailOk)
        options.tail.toUInt(&tailOk);
    if (!tailOk)
        return failWith(Tr::tr("--tail takes a number of lines or 'all', not '%1'").arg(options.tail));
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.since = LogTime::toEngine(since, now, &error);
    if (error.isEmpty())
        options.until = LogTime::toEngine(until, now, &error);
    if (!error.isEmpty())
        return failWith(error);

    ContainersApi api(&client);
    EngineReply *inspected = api.inspect(container);
    if (!finish(inspected, &error))
        return failWith(error);
    const QJsonObject info = inspected->json().object();
    options.tty = ContainersApi::hasTty(info);

    EngineReply *reply = api.logs(info.value(QLatin1String("Id")).toString(), options);
    QObject::connect(reply, &EngineReply::framesReceived, [](const QList<MultiplexedDecoder::Frame> &frames) {
        for (const MultiplexedDecoder::Frame &frame : frames)
            writeRaw(frame.stream == MultiplexedDecoder::Stderr ? stderr : stdout, frame.data);
    });
    QObject::connect(
        reply, &EngineReply::dataReceived, [](const QByteArray &bytes) { writeRaw(stdout, bytes); });
    reply->waitForFinished(-1);
    if (reply->error().isError())
        return failWith(reply->error().toString());
    return 0;
}

namespace {
/// The local terminal in raw mode while a -t exec runs, as docker does; restored on every way out.
class RawTerminal
{
public:
    RawTerminal()
    {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        ::cfmakeraw(&raw);
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~RawTerminal()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    RawTerminal(const RawTerminal &) = delete;
    RawTerminal &operator=(const RawTerminal &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

int g_resizePipe[2] = {-1, -1};
void onWindowChange(int)
{
    const char c = 0;
    [[maybe_unused]] const auto n = ::write(g_resizePipe[1], &c, 1);
}

/// The local terminal's size, or 0×0 when stdout is not one.
QSize terminalSize()
{
    winsize w {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) != 0 || w.ws_row == 0)
        return {};
    return QSize(w.ws_col, w.ws_row);
}
} // namespace

int cmdExec(EngineClient &client, const QStringList &args)
{
    Options options(
        QStringLiteral("berthctl exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]"));
    options.flag({"-i", "--interactive"})
        .flag({"-t", "--tty"})
        .value({"-e", "--env"})
        .value({"-u", "--user"})
        .value({"-w", "--workdir"})
        .positionalEndsOptions();
    if (!options.parse(args))
        return failWith(options.error());
    ExecConfig config;
    config.attachStdin = options.isSet("-i");
    config.tty = options.isSet("-t");
    config.env = options.values("--env");
    config.user = options.value("--user");
    config.workingDir = options.value("--workdir");
    const QString container = options.positional().value(0);
    config.cmd = options.positional().mid(1);
    if (container.isEmpty() || config.cmd.isEmpty())
        return failWith(options.usageError());
    if (config.tty && qEnvironmentVariableIsEmpty("TERM") == false)
        config.env << QStringLiteral("TERM=") + qEnvironmentVariable("TERM");

    ExecSession session(&client, container);
    session.setExec(config);
    QObject::connect(
        &session, &ExecSession::framesReceived, [](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &frame : frames)
                writeRaw(frame.stream == MultiplexedDecoder::Stderr ? stderr : stdout, frame.data);
        });
    QObject::connect(
        &session, &ExecSession::dataReceived, [](const QByteArray &bytes) { writeRaw(stdout, bytes); });
    // The local terminal raw while a -it program runs, as docker makes it.
    std::unique_ptr<RawTerminal> raw;
    if (config.tty && config.attachStdin)
        QObject::connect(&session, &ExecSession::started, [&raw] { raw = std::make_unique<RawTerminal>(); });
    // The local terminal's size now and after each change (SIGWINCH through a pipe).
    std::unique_ptr<QSocketNotifier> resized;
    const auto sendSize = [&session] {
        const QSize size = terminalSize();
        if (size.isValid())
            session.resize(size.height(), size.width());
    };
    if (config.tty) {
        sendSize();
        if (::pipe2(g_resizePipe, O_CLOEXEC | O_NONBLOCK) == 0) {
            ::signal(SIGWINCH, onWindowChange);
            resized = std::make_unique<QSocketNotifier>(g_resizePipe[0], QSocketNotifier::Read);
            QObject::connect(resized.get(), &QSocketNotifier::activated, &session, [sendSize] {
                char drain[64];
                while (::read(g_resizePipe[0], drain, sizeof drain) > 0) { }
                sendSize();
            });
        }
    }
    // Standard input to the program; its end half-closes the stream, so `cat` ends as with docker.
    std::unique_ptr<QSocketNotifier> input;
    if (config.attachStdin) {
        input = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        input->setEnabled(false);
        QObject::connect(&session, &ExecSession::started, input.get(), [&input] { input->setEnabled(true); });
        QObject::connect(input.get(), &QSocketNotifier::activated, &session, [&session, &input] {
            char buffer[65536];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0) {
                session.write(QByteArray(buffer, n));
                return;
            }
            input->setEnabled(false);
            session.closeWrite();
        });
    }
    QEventLoop loop;
    QObject::connect(&session, &ExecSession::finished, &loop, &QEventLoop::quit);
    session.start();
    loop.exec();
    input.reset();
    resized.reset();
    raw.reset();
    if (session.error().kind() == EngineError::Conflict && session.execId().isEmpty())
        return failWith(
            Tr::tr("%1 is not running: start it first (berthctl cannot exec in a stopped container).")
                .arg(container));
    if (session.error().isError())
        return failWith(session.error().toString());
    return session.exitCode() < 0 ? 1 : session.exitCode();
}

int cmdRun(EngineClient &client, const QStringList &args)
{
    const QString usage
        = Tr::tr("usage: berthctl run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…] (docker run's options; "
                 "the container runs detached)");
    // docker run's options, read as the run dialog's command is.
    QString error;
    const RunOptions options = RunOptions::fromArguments(args, true, &error);
    if (!error.isEmpty())
        return failWith(error + QLatin1Char('\n') + usage);
    if (options.image.isEmpty())
        return failWith(usage);
    if (options.interactive)
        return failWith(
            Tr::tr("berthctl run starts a container detached (-d); for a shell in it, run it, then "
                   "berthctl exec -it NAME sh."));
    const QList<RunOptions::Problem> problems = options.validate();
    if (!problems.isEmpty())
        return failWith(problems.first().message);
    ContainerRun run(&client, options);
    // A missing image is pulled first, its progress on stderr as with the docker CLI.
    run.setJobStarter([&run](Job *job) {
        const bool terminal = ::isatty(STDERR_FILENO);
        QObject::connect(job, &Job::progressChanged, &run, [job, terminal] {
            if (terminal)
                std::fprintf(stderr, "\r\033[K%s", qPrintable(job->detail()));
        });
        QObject::connect(job, &Job::finished, &run, [terminal] {
            if (terminal)
                std::fprintf(stderr, "\n");
        });
        job->start();
    });
    QEventLoop loop;
    QObject::connect(&run, &ContainerRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (!run.isFinished())
        loop.exec();
    if (run.error().isError())
        return failWith(run.error().toString());
    out() << run.id() << "\n";
    return 0;
}

int cmdStats(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl stats [--no-stream] [-a] [CONTAINER…]"));
    options.flag({"--no-stream"}).flag({"-a", "--all"});
    if (!options.parse(args))
        return failWith(options.error());
    const bool stream = !options.isSet("--no-stream");
    const bool all = options.isSet("--all");
    const QStringList wanted = options.positional();
    // The containers: those named, or the running ones (all with -a), as docker stats.
    QList<QPair<QString, QString>> containers; // id, name
    QString error;
    if (wanted.isEmpty()) {
        ContainerListOptions options;
        options.all = all;
        EngineReply *listed = ContainersApi(&client).list(options);
        if (!finish(listed, &error))
            return failWith(error);
        for (const ContainerInfo &c : ContainersApi::parseList(listed->body()))
            containers.append({c.id, c.name()});
    } else {
        for (const QString &w : wanted) {
            EngineReply *inspected = ContainersApi(&client).inspect(w);
            if (!finish(inspected, &error))
                return failWith(error);
            const QJsonObject o = inspected->json().object();
            containers.append(
                {o.value(QLatin1String("Id")).toString(), o.value(QLatin1String("Name")).toString().mid(1)});
        }
    }
    auto table = [&containers](const QHash<QString, ContainerStats> &latest) {
        QList<QStringList> rows {{QStringLiteral("CONTAINER ID"), QStringLiteral("NAME"),
            QStringLiteral("CPU %"), QStringLiteral("MEM USAGE / LIMIT"), QStringLiteral("MEM %"),
            QStringLiteral("NET I/O"), QStringLiteral("BLOCK I/O"), QStringLiteral("PIDS")}};
        for (const auto &[id, name] : containers) {
            const auto it = latest.constFind(id);
            if (it == latest.constEnd() || !it->read.isValid() || it->read.date().year() < 2000) {
                rows << QStringList {id.left(12), name, QStringLiteral("--"), QStringLiteral("-- / --"),
                    QStringLiteral("--"), QStringLiteral("--"), QStringLiteral("--"), QStringLiteral("--")};
                continue;
            }
            rows << QStringList {id.left(12), name, it->cpuText(), it->memoryText(), it->memoryPercentText(),
                it->networkText(), it->blockText(), QString::number(it->pids)};
        }
        return DisplayFormat::table(rows);
    };
    if (!stream) {
        // One sample each, asked together; the engine fills the previous one in itself.
        QHash<QString, ContainerStats> latest;
        QList<EngineReply *> replies;
        for (const auto &[id, name] : containers)
            replies << ContainersApi(&client).stats(id, false);
        for (int k = 0; k < replies.size(); ++k) {
            replies[k]->waitForFinished(-1);
            if (!replies[k]->error().isError())
                latest.insert(containers[k].first, ContainerStats::fromJson(replies[k]->json().object()));
        }
        out() << table(latest);
        return 0;
    }
    // Live: one stream per container, the table drawn again every second until Ctrl+C.
    QList<StatsSession *> sessions;
    for (const auto &[id, name] : containers) {
        auto *s = new StatsSession(&client, id, &client);
        s->start();
        sessions << s;
    }
    const bool terminal = ::isatty(STDOUT_FILENO);
    QTimer redraw;
    QObject::connect(&redraw, &QTimer::timeout, [&] {
        QHash<QString, ContainerStats> latest;
        for (StatsSession *s : std::as_const(sessions)) {
            if (!s->history().isEmpty())
                latest.insert(s->containerId(), s->history().last());
        }
        out() << (terminal ? "\033[2J\033[H" : "") << table(latest);
        out().flush();
    });
    redraw.start(1000);
    return QCoreApplication::exec();
}
