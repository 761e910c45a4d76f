// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/runoptions.h"

#include "util/shellwords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunOptions)
};

bool isPort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535;
}

QString portKey(const RunOptions::Port &p)
{
    return p.containerPort + QLatin1Char('/') + (p.protocol.isEmpty() ? QStringLiteral("tcp") : p.protocol);
}

QString portArgument(const RunOptions::Port &p)
{
    QString arg;
    if (!p.hostIp.isEmpty())
        arg += p.hostIp + QLatin1Char(':') + p.hostPort + QLatin1Char(':');
    else if (!p.hostPort.isEmpty())
        arg += p.hostPort + QLatin1Char(':');
    arg += p.containerPort;
    if (!p.protocol.isEmpty() && p.protocol != QLatin1String("tcp"))
        arg += QLatin1Char('/') + p.protocol;
    return arg;
}

QString bindArgument(const RunOptions::Mount &m)
{
    return m.source + QLatin1Char(':') + m.target + (m.readOnly ? QStringLiteral(":ro") : QString());
}

std::pair<QString, QString> keyValue(const QString &entry)
{
    const qsizetype eq = entry.indexOf(QLatin1Char('='));
    return eq < 0 ? std::make_pair(entry, QString()) : std::make_pair(entry.left(eq), entry.mid(eq + 1));
}

/// The restart policy as {name, retries}; name empty when unreadable.
std::pair<QString, int> restartPolicy(const QString &text)
{
    const QString t = text.trimmed().isEmpty() ? QStringLiteral("no") : text.trimmed();
    if (t == QLatin1String("no") || t == QLatin1String("always") || t == QLatin1String("unless-stopped"))
        return {t, 0};
    if (t == QLatin1String("on-failure"))
        return {t, 0};
    if (t.startsWith(QLatin1String("on-failure:"))) {
        bool ok = false;
        const int n = t.mid(11).toInt(&ok);
        if (ok && n >= 0)
            return {QStringLiteral("on-failure"), n};
    }
    return {};
}
} // namespace

qint64 RunOptions::parseMemory(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([bkmgt]?)b?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (unit == QLatin1String("k"))
        factor = 1024.0;
    else if (unit == QLatin1String("m"))
        factor = 1024.0 * 1024;
    else if (unit == QLatin1String("g"))
        factor = 1024.0 * 1024 * 1024;
    else if (unit == QLatin1String("t"))
        factor = 1024.0 * 1024 * 1024 * 1024;
    // Beyond qint64 the conversion is undefined: such a limit is not a limit anyone means.
    const double bytes = value * factor;
    return bytes < 9.0e18 ? qint64(bytes) : -1;
}

RunOptions::Port RunOptions::parsePort(const QString &text, bool *ok)
{
    Port port;
    QString rest = text.trimmed();
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        port.protocol = rest.mid(slash + 1).toLower();
        rest = rest.left(slash);
    }
    const QStringList parts = rest.split(QLatin1Char(':'));
    if (parts.size() == 1) {
        port.containerPort = parts[0];
    } else if (parts.size() == 2) {
        port.hostPort = parts[0];
        port.containerPort = parts[1];
    } else if (parts.size() == 3) {
        port.hostIp = parts[0];
        port.hostPort = parts[1];
        port.containerPort = parts[2];
    }
    *ok = !port.containerPort.isEmpty() && parts.size() <= 3;
    return port;
}

RunOptions::Mount RunOptions::parseMount(const QString &text, bool *ok)
{
    Mount mount;
    QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() == 3 && (parts[2] == QLatin1String("ro") || parts[2] == QLatin1String("rw"))) {
        mount.readOnly = parts[2] == QLatin1String("ro");
        parts.removeLast();
    }
    *ok = parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty();
    if (*ok) {
        mount.source = parts[0];
        mount.target = parts[1];
    }
    return mount;
}

QStringList RunOptions::parseEnvFile(const QString &contents)
{
    QStringList out;
    const QStringList lines = contents.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        out << line;
    }
    return out;
}

QList<RunOptions::Problem> RunOptions::validate() const
{
    QList<Problem> problems;
    static const QRegularExpression imageRe(QStringLiteral("^[a-z0-9]+([._/:@-][a-zA-Z0-9_.-]+)*$"));
    if (image.trimmed().isEmpty())
        problems << Problem {QStringLiteral("image"), Tr::tr("Choose an image to run.")};
    else if (!imageRe.match(image.trimmed()).hasMatch())
        problems << Problem {QStringLiteral("image"),
            Tr::tr("'%1' is not an image reference, such as nginx or nginx:1.25.").arg(image)};

    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!name.isEmpty() && !nameRe.match(name).hasMatch())
        problems << Problem {QStringLiteral("name"),
            Tr::tr("A name starts with a letter or digit and holds only letters, digits, '_', '.' "
                   "and '-'.")};

    QString splitError;
    ShellWords::split(command, &splitError);
    if (!splitError.isEmpty())
        problems << Problem {QStringLiteral("command"), splitError};

    QStringList seen;
    for (const Port &p : ports) {
        if (!isPort(p.containerPort))
            problems << Problem {QStringLiteral("ports"),
                Tr::tr("'%1' is not a port number (1 to 65535).").arg(p.containerPort)};
        else if (!p.hostPort.isEmpty() && !isPort(p.hostPort))
            problems << Problem {
                QStringLiteral("ports"), Tr::tr("'%1' is not a port number (1 to 65535).").arg(p.hostPort)};
        else if (p.protocol != QLatin1String("tcp") && p.protocol != QLatin1String("udp")
            && p.protocol != QLatin1String("sctp"))
            problems << Problem {QStringLiteral("ports"), Tr::tr("The protocol is tcp, udp or sctp.")};
        else if (!p.hostPort.isEmpty()) {
            const QString key = p.hostIp + QLatin1Char(':') + p.hostPort + QLatin1Char('/') + p.protocol;
            if (seen.contains(key))
                problems << Problem {
                    QStringLiteral("ports"), Tr::tr("Host port %1 is given twice.").arg(p.hostPort)};
            seen << key;
        }
    }
    for (const Mount &m : mounts) {
        if (m.source.isEmpty())
            problems << Problem {
                QStringLiteral("mounts"), Tr::tr("Choose a volume or a host folder to mount.")};
        else if (!m.isBind() && !nameRe.match(m.source).hasMatch())
            problems << Problem {QStringLiteral("mounts"),
                Tr::tr("'%1' is neither a volume name nor an absolute host path.").arg(m.source)};
        if (!m.target.startsWith(QLatin1Char('/')))
            problems << Problem {
                QStringLiteral("mounts"), Tr::tr("The path inside the container must start with '/'.")};
    }
    static const QRegularExpression envKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    for (const QString &e : env) {
        if (!envKey.match(keyValue(e).first).hasMatch())
            problems << Problem {QStringLiteral("env"),
                Tr::tr("'%1' is not NAME=value with a name of letters, digits and '_'.").arg(e)};
    }
    for (const QString &l : labels) {
        if (keyValue(l).first.isEmpty())
            problems << Problem {QStringLiteral("labels"), Tr::tr("A label is key=value with a key.")};
    }
    if (!workingDir.isEmpty() && !workingDir.startsWith(QLatin1Char('/')))
        problems << Problem {QStringLiteral("workingDir"), Tr::tr("The working folder must start with '/'.")};
    if (restartPolicy(restart).first.isEmpty())
        problems << Problem {QStringLiteral("restart"),
            Tr::tr("The restart policy is no, always, unless-stopped or on-failure[:N].")};
    if (autoRemove && restartPolicy(restart).first != QLatin1String("no"))
        problems << Problem {QStringLiteral("restart"),
            Tr::tr("A container removed when it stops cannot also be restarted: choose one.")};
    if (!memory.isEmpty() && parseMemory(memory) < 6 * 1024 * 1024)
        problems << Problem {
            QStringLiteral("memory"), Tr::tr("Write a memory limit such as 512m or 1g (at least 6m).")};
    if (!cpus.isEmpty()) {
        bool ok = false;
        const double c = cpus.toDouble(&ok);
        if (!ok || !(c > 0 && c <= 1e6))
            problems << Problem {QStringLiteral("cpus"), Tr::tr("Write a number of CPUs such as 0.5 or 2.")};
    }
    if (noHealthcheck && hasHealthOptions())
        problems << Problem {QStringLiteral("health"),
            Tr::tr("Turning the health check off (--no-healthcheck) leaves no room for its other values.")};
    const QList<QPair<QString, QString>> durations {{QStringLiteral("--health-interval"), healthInterval},
        {QStringLiteral("--health-timeout"), healthTimeout},
        {QStringLiteral("--health-start-period"), healthStartPeriod}};
    for (const auto &[flag, value] : durations) {
        if (value.trimmed().isEmpty())
            continue;
        // The engine refuses anything from 0 to 1 ms, and 0 means its default: so must it be.
        const qint64 ns = parseDuration(value);
        if (ns < 0 || (ns > 0 && ns < 1000000))
            problems << Problem {QStringLiteral("health"),
                Tr::tr("%1: write a duration such as 30s, 1m30s or 500ms (at least 1ms).").arg(flag)};
    }
    if (!healthRetries.trimmed().isEmpty()) {
        bool ok = false;
        const int retries = healthRetries.trimmed().toInt(&ok);
        if (!ok || retries < 0)
            problems << Problem {
                QStringLiteral("health"), Tr::tr("--health-retries: write a whole number, 0 or more.")};
    }
    return problems;
}

bool RunOptions::hasHealthOptions() const
{
    return !healthCmd.trimmed().isEmpty() || !healthInterval.trimmed().isEmpty()
        || !healthTimeout.trimmed().isEmpty() || !healthRetries.trimmed().isEmpty()
        || !healthStartPeriod.trimmed().isEmpty();
}

qint64 RunOptions::parseDuration(const QString &text)
{
    // Go's time.ParseDuration, without a sign (a negative duration is no use here).
    const QString t = text.trimmed();
    if (t == QLatin1String("0"))
        return 0;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)"));
    static const QList<QPair<QString, double>> units {{QStringLiteral("ns"), 1.0},
        {QStringLiteral("us"), 1e3}, {QStringLiteral("µs"), 1e3}, {QStringLiteral("μs"), 1e3},
        {QStringLiteral("ms"), 1e6}, {QStringLiteral("s"), 1e9}, {QStringLiteral("m"), 60e9},
        {QStringLiteral("h"), 3600e9}};
    if (t.isEmpty())
        return -1;
    double total = 0;
    qsizetype at = 0;
    while (at < t.size()) {
        const QRegularExpressionMatch m = part.match(
            t, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        double unit = 0;
        for (const auto &[name, factor] : units) {
            if (m.captured(2) == name)
                unit = factor;
        }
        total += m.captured(1).toDouble() * unit;
        at = m.capturedEnd();
    }
    if (total > 9.2e18) // beyond qint64 nanoseconds (292 years)
        return -1;
    return qint64(total);
}

QJsonObject RunOptions::toCreateBody() const
{
    QJsonObject config {{QStringLiteral("Image"), image.trimmed()}};
    const QStringList cmd = ShellWords::split(command);
    if (!cmd.isEmpty())
        config.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd));
    if (!env.isEmpty())
        config.insert(QStringLiteral("Env"), QJsonArray::fromStringList(env));
    if (!workingDir.isEmpty())
        config.insert(QStringLiteral("WorkingDir"), workingDir);
    if (!user.isEmpty())
        config.insert(QStringLiteral("User"), user);
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (const QString &entry : labels)
            l.insert(keyValue(entry).first, keyValue(entry).second);
        config.insert(QStringLiteral("Labels"), l);
    }
    if (interactive) {
        // docker run -it: a terminal, stdin kept open and attached, closed with the session.
        config.insert(QStringLiteral("Tty"), true);
        config.insert(QStringLiteral("OpenStdin"), true);
        config.insert(QStringLiteral("StdinOnce"), true);
        config.insert(QStringLiteral("AttachStdin"), true);
        config.insert(QStringLiteral("AttachStdout"), true);
        config.insert(QStringLiteral("AttachStderr"), true);
    }

    QJsonObject host;
    if (!ports.isEmpty()) {
        QJsonObject exposed, bindings;
        for (const Port &p : ports) {
            exposed.insert(portKey(p), QJsonObject());
            QJsonArray list = bindings.value(portKey(p)).toArray();
            list.append(
                QJsonObject {{QStringLiteral("HostIp"), p.hostIp}, {QStringLiteral("HostPort"), p.hostPort}});
            bindings.insert(portKey(p), list);
        }
        config.insert(QStringLiteral("ExposedPorts"), exposed);
        host.insert(QStringLiteral("PortBindings"), bindings);
    }
    if (!mounts.isEmpty()) {
        QJsonArray binds;
        for (const Mount &m : mounts)
            binds.append(bindArgument(m));
        host.insert(QStringLiteral("Binds"), binds);
    }
    const auto policy = restartPolicy(restart);
    if (!policy.first.isEmpty() && policy.first != QLatin1String("no"))
        host.insert(QStringLiteral("RestartPolicy"),
            QJsonObject {{QStringLiteral("Name"), policy.first},
                {QStringLiteral("MaximumRetryCount"), policy.second}});
    if (autoRemove)
        host.insert(QStringLiteral("AutoRemove"), true);
    if (!network.isEmpty())
        host.insert(QStringLiteral("NetworkMode"), network);
    if (!memory.isEmpty())
        host.insert(QStringLiteral("Memory"), parseMemory(memory));
    if (!cpus.isEmpty())
        // Clamped as validate() bounds it: a double out of qint64's range does not convert.
        host.insert(QStringLiteral("NanoCpus"), qint64(qBound(0.0, cpus.toDouble(), 1e6) * 1e9));
    if (noHealthcheck) {
        config.insert(QStringLiteral("Healthcheck"),
            QJsonObject {{QStringLiteral("Test"), QJsonArray {QStringLiteral("NONE")}}});
    } else if (hasHealthOptions()) {
        // As the docker CLI sends it: a field left empty keeps the image's value (0 or no Test).
        QJsonObject check;
        if (!healthCmd.trimmed().isEmpty())
            check.insert(QStringLiteral("Test"), QJsonArray {QStringLiteral("CMD-SHELL"), healthCmd});
        const QList<QPair<QString, QString>> durations {{QStringLiteral("Interval"), healthInterval},
            {QStringLiteral("Timeout"), healthTimeout}, {QStringLiteral("StartPeriod"), healthStartPeriod}};
        for (const auto &[key, value] : durations) {
            if (!value.trimmed().isEmpty())
                check.insert(key, std::max<qint64>(parseDuration(value), 0));
        }
        if (!healthRetries.trimmed().isEmpty())
            check.insert(QStringLiteral("Retries"), std::max(healthRetries.trimmed().toInt(), 0));
        config.insert(QStringLiteral("Healthcheck"), check);
    }
    if (privileged)
        host.insert(QStringLiteral("Privileged"), true);
    if (!capAdd.isEmpty())
        host.insert(QStringLiteral("CapAdd"), QJsonArray::fromStringList(capAdd));
    if (!devices.isEmpty()) {
        QJsonArray list;
        for (const QString &d : devices) {
            const QStringList parts = d.split(QLatin1Char(':'));
            list.append(QJsonObject {{QStringLiteral("PathOnHost"), parts.value(0)},
                {QStringLiteral("PathInContainer"), parts.value(1, parts.value(0))},
                {QStringLiteral("CgroupPermissions"), parts.value(2, QStringLiteral("rwm"))}});
        }
        host.insert(QStringLiteral("Devices"), list);
    }
    if (!securityOpt.isEmpty())
        host.insert(QStringLiteral("SecurityOpt"), QJsonArray::fromStringList(securityOpt));
    if (!sysctls.isEmpty()) {
        QJsonObject s;
        for (const QString &entry : sysctls)
            s.insert(keyValue(entry).first, keyValue(entry).second);
        host.insert(QStringLiteral("Sysctls"), s);
    }
    const QList<QPair<const char *, QString>> modes {{"PidMode", pid}, {"IpcMode", ipc}, {"UTSMode", uts},
        {"UsernsMode", userns}, {"CgroupParent", cgroupParent}, {"Runtime", runtime}};
    for (const auto &[key, value] : modes) {
        if (!value.isEmpty())
            host.insert(QLatin1String(key), value);
    }
    if (!host.isEmpty())
        config.insert(QStringLiteral("HostConfig"), host);
    return config;
}

QStringList RunOptions::dockerArguments() const
{
    QStringList args {QStringLiteral("run"), interactive ? QStringLiteral("-it") : QStringLiteral("-d")};
    if (autoRemove)
        args << QStringLiteral("--rm");
    if (!name.isEmpty())
        args << QStringLiteral("--name") << name;
    for (const Port &p : ports)
        args << QStringLiteral("-p") << portArgument(p);
    for (const Mount &m : mounts)
        args << QStringLiteral("-v") << bindArgument(m);
    for (const QString &e : env)
        args << QStringLiteral("-e") << e;
    if (!workingDir.isEmpty())
        args << QStringLiteral("-w") << workingDir;
    if (!user.isEmpty())
        args << QStringLiteral("-u") << user;
    const auto policy = restartPolicy(restart);
    if (!policy.first.isEmpty() && policy.first != QLatin1String("no"))
        args << QStringLiteral("--restart") << restart.trimmed();
    for (const QString &l : labels)
        args << QStringLiteral("--label") << l;
    if (!network.isEmpty())
        args << QStringLiteral("--network") << network;
    if (!memory.isEmpty())
        args << QStringLiteral("--memory") << memory.trimmed();
    if (!cpus.isEmpty())
        args << QStringLiteral("--cpus") << cpus.trimmed();
    if (!healthCmd.trimmed().isEmpty())
        args << QStringLiteral("--health-cmd") << healthCmd;
    if (!healthInterval.trimmed().isEmpty())
        args << QStringLiteral("--health-interval") << healthInterval.trimmed();
    if (!healthTimeout.trimmed().isEmpty())
        args << QStringLiteral("--health-timeout") << healthTimeout.trimmed();
    if (!healthRetries.trimmed().isEmpty())
        args << QStringLiteral("--health-retries") << healthRetries.trimmed();
    if (!healthStartPeriod.trimmed().isEmpty())
        args << QStringLiteral("--health-start-period") << healthStartPeriod.trimmed();
    if (noHealthcheck)
        args << QStringLiteral("--no-healthcheck");
    if (privileged)
        args << QStringLiteral("--privileged");
    for (const QString &c : capAdd)
        args << QStringLiteral("--cap-add") << c;
    for (const QString &d : devices)
        args << QStringLiteral("--device") << d;
    for (const QString &o : securityOpt)
        args << QStringLiteral("--security-opt") << o;
    for (const QString &s : sysctls)
        args << QStringLiteral("--sysctl") << s;
    const QList<QPair<QString, QString>> modes {{QStringLiteral("--pid"), pid},
        {QStringLiteral("--ipc"), ipc}, {QStringLiteral("--uts"), uts}, {QStringLiteral("--userns"), userns},
        {QStringLiteral("--cgroup-parent"), cgroupParent}, {QStringLiteral("--runtime"), runtime}};
    for (const auto &[flag, value] : modes) {
        if (!value.isEmpty())
            args << flag << value;
    }
    args << image.trimmed();
    args << ShellWords::split(command);
    return args;
}

RunOptions RunOptions::fromArguments(const QStringList &args, bool withImage, QString *error)
{
    RunOptions o;
    o.restart = QStringLiteral("no");
    QStringList words;
    bool imageSeen = !withImage;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString flag = args[i];
        if (imageSeen && !words.isEmpty()) { // the command's own words, options included
            words << flag;
            continue;
        }
        if (flag == QLatin1String("--")) {
            words << args.mid(i + 1);
            break;
        }
        if (!flag.startsWith(QLatin1Char('-')) || flag == QLatin1String("-")) {
            if (!imageSeen) {
                o.image = flag;
                imageSeen = true;
            } else {
                words << flag;
            }
            continue;
        }
        if (flag == QLatin1String("-d") || flag == QLatin1String("--detach"))
            continue;
        if (flag == QLatin1String("-it") || flag == QLatin1String("-ti") || flag == QLatin1String("-i")
            || flag == QLatin1String("-t")) {
            o.interactive = true;
            continue;
        }
        if (flag == QLatin1String("--rm")) {
            o.autoRemove = true;
            continue;
        }
        if (flag == QLatin1String("--privileged")) {
            o.privileged = true;
            continue;
        }
        if (flag == QLatin1String("--no-healthcheck")) {
            o.noHealthcheck = true;
            continue;
        }
        QString value;
        const qsizetype equals = flag.indexOf(QLatin1Char('='));
        if (flag.startsWith(QLatin1String("--")) && equals > 0) {
            value = flag.mid(equals + 1);
            flag = flag.left(equals);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            *error = QCoreApplication::translate("RunOptions", "%1 needs a value").arg(flag);
            return o;
        }
        bool ok = true;
        if (flag == QLatin1String("--name")) {
            o.name = value;
        } else if (flag == QLatin1String("-p") || flag == QLatin1String("--publish")) {
            o.ports << parsePort(value, &ok);
        } else if (flag == QLatin1String("-v") || flag == QLatin1String("--volume")) {
            o.mounts << parseMount(value, &ok);
        } else if (flag == QLatin1String("-e") || flag == QLatin1String("--env")) {
            o.env << value;
        } else if (flag == QLatin1String("-w") || flag == QLatin1String("--workdir")) {
            o.workingDir = value;
        } else if (flag == QLatin1String("-u") || flag == QLatin1String("--user")) {
            o.user = value;
        } else if (flag == QLatin1String("--restart")) {
            o.restart = value;
        } else if (flag == QLatin1String("-l") || flag == QLatin1String("--label")) {
            o.labels << value;
        } else if (flag == QLatin1String("--network") || flag == QLatin1String("--net")) {
            o.network = value;
        } else if (flag == QLatin1String("-m") || flag == QLatin1String("--memory")) {
            o.memory = value;
        } else if (flag == QLatin1String("--cpus")) {
            o.cpus = value;
        } else if (flag == QLatin1String("--health-cmd")) {
            o.healthCmd = value;
        } else if (flag == QLatin1String("--health-interval")) {
            o.healthInterval = value;
        } else if (flag == QLatin1String("--health-timeout")) {
            o.healthTimeout = value;
        } else if (flag == QLatin1String("--health-retries")) {
            o.healthRetries = value;
        } else if (flag == QLatin1String("--health-start-period")) {
            o.healthStartPeriod = value;
        } else if (flag == QLatin1String("--cap-add")) {
            o.capAdd << value;
        } else if (flag == QLatin1String("--device")) {
            o.devices << value;
            ok = value.startsWith(QLatin1Char('/'));
        } else if (flag == QLatin1String("--security-opt")) {
            o.securityOpt << value;
        } else if (flag == QLatin1String("--sysctl")) {
            o.sysctls << value;
            ok = value.contains(QLatin1Char('='));
        } else if (flag == QLatin1String("--pid")) {
            o.pid = value;
        } else if (flag == QLatin1String("--ipc")) {
            o.ipc = value;
        } else if (flag == QLatin1String("--uts")) {
            o.uts = value;
        } else if (flag == QLatin1String("--userns")) {
            o.userns = value;
        } else if (flag == QLatin1String("--cgroup-parent")) {
            o.cgroupParent = value;
        } else if (flag == QLatin1String("--runtime")) {
            o.runtime = value;
        } else {
            *error = QCoreApplication::translate("RunOptions", "Berth does not know the option %1 here.")
                         .arg(flag);
            return o;
        }
        if (!ok) {
            *error = QCoreApplication::translate("RunOptions", "%1 %2 cannot be read.").arg(flag, value);
            return o;
        }
    }
    o.command = ShellWords::join(words);
    return o;
}

QString RunOptions::dockerCommand() const
{
    return QStringLiteral("docker ") + ShellWords::join(dockerArguments());
}
