// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Everything the run dialog asks for, and the two things made from it: the engine's create
 * body and the `docker run` command a learner would type. Both come from these same fields,
 * so the command shown can never drift from what Berth does.
 */
struct RunOptions
{
    struct Port
    {
        QString hostIp; ///< empty: all interfaces
        QString hostPort; ///< empty: the engine picks one
        QString containerPort;
        QString protocol = QStringLiteral("tcp");
    };
    struct Mount
    {
        QString source; ///< a volume name, or an absolute host path for a bind mount
        QString target; ///< the path inside the container
        bool readOnly = false;
        bool isBind() const { return source.startsWith(QLatin1Char('/')); }
    };
    /// One problem with a field, said so the user can fix it.
    struct Problem
    {
        QString field; ///< image, name, command, ports, mounts, env, workingDir, user, restart, labels,
                       ///< memory, cpus, health
        QString message;
    };

    QString image;
    QString name;
    bool interactive = false; ///< -it: a terminal attached, instead of -d
    QString command; ///< as typed; split like a shell would
    QList<Port> ports;
    QList<Mount> mounts;
    QStringList env; ///< KEY=VALUE
    QString workingDir;
    QString user;
    QString restart = QStringLiteral("no"); ///< no, always, unless-stopped, on-failure[:N]
    bool autoRemove = false;
    QStringList labels; ///< KEY=VALUE
    QString network; ///< empty: the engine's default
    QString memory; ///< as typed: 512m, 1g, bytes
    QString cpus; ///< as typed: 1.5
    // The health check (docker run --health-*); empty fields keep the image's own values.
    QString healthCmd; ///< --health-cmd, run by the container's shell (CMD-SHELL)
    QString healthInterval; ///< --health-interval, a Go duration as typed: 30s, 1m30s, 500ms
    QString healthTimeout; ///< --health-timeout
    QString healthRetries; ///< --health-retries, a whole number as typed
    QString healthStartPeriod; ///< --health-start-period
    bool noHealthcheck = false; ///< --no-healthcheck: the image's check off
    // Powers over the host: read from typed options (a migration's --run-args) so that they can
    // be named and asked about (BundleManifest::powersOf); the run dialog has no fields for them.
    bool privileged = false; ///< --privileged
    QStringList capAdd; ///< --cap-add
    QStringList devices; ///< --device /dev/x[:/dev/y[:rwm]]
    QStringList securityOpt; ///< --security-opt
    QStringList sysctls; ///< --sysctl KEY=VALUE
    QString pid, ipc, uts, userns; ///< --pid, --ipc, --uts, --userns
    QString cgroupParent, runtime; ///< --cgroup-parent, --runtime

    /// Every problem, before anything is sent. Empty when the options are good.
    QList<Problem> validate() const;
    /// POST /containers/create body (the name goes in the query).
    QJsonObject toCreateBody() const;
    /// The arguments after `docker`: run -d --name web -p 8080:80 … IMAGE CMD…
    QStringList dockerArguments() const;
    /// `docker run …`, quoted for a POSIX shell.
    QString dockerCommand() const;

    /// A Go duration ("30s", "1m30s", "1.5h", "500ms", "0") in nanoseconds; -1 when unreadable.
    static qint64 parseDuration(const QString &text);
    /// Whether any --health-* value is set.
    bool hasHealthOptions() const;
    /// "512m" → 536870912 (binary units, as the docker CLI reads them); -1 when unreadable.
    static qint64 parseMemory(const QString &text);
    /// One -p value: [ip:][hostPort:]containerPort[/protocol]. Sets @p ok.
    static Port parsePort(const QString &text, bool *ok);
    /// One -v value: source:target[:ro].  Sets @p ok.
    static Mount parseMount(const QString &text, bool *ok);
    /// The inverse of dockerArguments() without "run": -d, -it, --rm, --name, -p, -v, -e, -w, -u,
    /// --restart, -l, --network, -m, --cpus, --health-cmd, --health-interval, --health-timeout,
    /// --health-retries, --health-start-period, --no-healthcheck, and the powers (--privileged, --cap-add,
    /// --device,
    /// --security-opt, --sysctl, --pid, --ipc, --uts, --userns, --cgroup-parent, --runtime), also
    /// as --flag=value. With @p withImage the first
    /// other word is the image; the words after it (or all of them) are the command. An option
    /// it does not know sets @p error.
    static RunOptions fromArguments(const QStringList &args, bool withImage, QString *error);
    /// Reads "KEY=VALUE" lines of an env file (comments and blank lines skipped).
    static QStringList parseEnvFile(const QString &contents);
};
