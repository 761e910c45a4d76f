// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl: the headless twin of Berth on the same core, for scripts, cron and servers.
#include "archive/archivecheck.h"
#include "archive/checksumfile.h"
#include "engine/containersapi.h"
#include "engine/dockercontexts.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/execapi.h"
#include "engine/imagesapi.h"
#include "engine/logtime.h"
#include "engine/multiplexeddecoder.h"
#include "engine/volumesapi.h"
#include "jobs/migrationexportjob.h"
#include "jobs/migrationimportjob.h"
#include "jobs/volumebackupjob.h"
#include "jobs/volumehelper.h"
#include "jobs/volumerestorejob.h"
#include "learn/runoptions.h"
#include "model/displayformat.h"
#include "model/imagereference.h"
#include "sync/statssession.h"
#include "translations.h"
#include "util/shellwords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSize>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int failWith(const QString &message)
{
    out().flush();
    std::fprintf(stderr, "berthctl: %s\n", message.toLocal8Bit().constData());
    return 1;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};

const char *const Usage = QT_TRANSLATE_NOOP("berthctl",
    "Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND\n"
    "\n"
    "Commands:\n"
    "  version                     show the engine Berth talks to\n"
    "  ps [-a] [--format json]     list containers (running only, or all with -a)\n"
    "  images [--format json]      list images\n"
    "  volume ls [--format json]   list volumes\n"
    "  volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]\n"
    "                              the volume to FILE (default VOLUME-YYYYMMDD-HHMMSS.tar.gz here),\n"
    "                              with FILE.sha256 beside it; restores with tar -xzf too. The\n"
    "                              containers using it can be paused or stopped meanwhile (a live\n"
    "                              database may otherwise give an inconsistent copy)\n"
    "  volume restore FILE VOLUME [--replace|--merge] [--allow-devices]\n"
    "                              FILE (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst) into\n"
    "                              VOLUME, made if missing; checked first. A volume with data is\n"
    "                              refused unless --replace (its contents are backed up first) or\n"
    "                              --merge; device nodes only with --allow-devices\n"
    "  volume verify FILE          check a volume backup before restoring it: its .sha256, every\n"
    "                              path inside the volume, the data whole; what it holds\n"
    "  migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]\n"
    "                              the container (committed, paused meanwhile by default), its\n"
    "                              image and its volumes (and with --include-binds the folders of\n"
    "                              this machine it mounts) to a bundle folder, checksums in\n"
    "                              DIR/manifest.json\n"
    "  migrate import DIR [--name NEW] [--start] [--on-conflict rename|replace|skip]\n"
    "                 [--volume-map OLD=NEW]… [--port-map OLD=NEW]… [--bind-map /OLD=/NEW]…\n"
    "                              the bundle onto this engine, every file checked first;\n"
    "                              nothing that exists is overwritten without an option saying so\n"
    "  migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME [--run-args ARGS]\n"
    "                              the manual procedure's files (docker save, tar -czf) as one\n"
    "                              container; ARGS are docker run's options (-p, -e, --restart …)\n"
    "  migrate transfer CONTAINER --to URL [--name NEW] [--start] [--on-conflict …]\n"
    "                 [--volume-map OLD=NEW]…\n"
    "                              the container with its image and volumes straight into the\n"
    "                              engine at URL (unix:///path/to/docker.sock, ssh://USER@HOST,\n"
    "                              tcp://HOST:2376), nothing on disk\n"
    "    migrate import and transfer apply powers over this machine only with their option:\n"
    "      --allow-privileged        privileged mode\n"
    "      --allow-capabilities      added kernel capabilities (CapAdd)\n"
    "      --allow-devices           devices of this machine (--device, --gpus)\n"
    "      --allow-host-namespaces   this machine's or another container's network, PID, IPC,\n"
    "                                UTS, user or cgroup namespace (--network host …)\n"
    "      --allow-security-options  seccomp, AppArmor, SELinux changes (--security-opt)\n"
    "      --allow-sysctls           kernel parameters (--sysctl)\n"
    "      --allow-host-folders      folders of this machine beyond the bundle's (-v /path:…)\n"
    "      --allow-runtime           another runtime or cgroup parent\n"
    "                              without one, each power asked for is named and nothing changes\n"
    "  context ls|use NAME|create NAME --docker host=URL[,ca=,cert=,key=]|rm NAME|inspect NAME\n"
    "                              the docker CLI's contexts, read and written as it does\n"
    "  cleanup                     remove what an interrupted Berth left on the engine: helper\n"
    "                              containers, a volume an unfinished restore made, what an\n"
    "                              unfinished import made (Berth does this at each connection)\n"
    "  logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER\n"
    "                              a container's output, stdout to stdout and stderr to stderr\n"
    "  exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]\n"
    "                              run a command in a running container; -it for a shell. Exits\n"
    "                              with the command's exit code\n"
    "  stats [--no-stream] [-a] [CONTAINER…]\n"
    "                              CPU, memory, network and disk of the running containers, live\n"
    "                              (once with --no-stream)\n"
    "\n"
    "Options:\n"
    "  -H, --host URL   the engine, as docker's -H: unix:///path/to/docker.sock,\n"
    "                   ssh://[USER@]HOST[:PORT][/path/to/docker.sock] (the docker CLI there\n"
    "                   relays; your ssh keys and config apply, BERTH_SSH_COMMAND replaces ssh),\n"
    "                   tcp://HOST:2376 with TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)\n"
    "                   (default: DOCKER_HOST, the docker context, then the usual sockets)\n"
    "  -c, --context NAME  the engine of a docker context (berthctl context ls)\n"
    "  --version        print Berth's version\n"
    "  -h, --help       this help\n");

/// Waits for a buffered call and turns a failure into the exit path.
bool finish(EngineReply *reply, QString *error)
{
    reply->waitForFinished(120000);
    if (!reply->isFinished()) {
        *error = Tr::tr("The engine did not answer in time.");
        return false;
    }
    if (reply->error().isError()) {
        *error = reply->error().toString();
        return false;
    }
    return true;
}

int cmdVersion(EngineClient &client)
{
    const EngineInfo &i = client.info();
    out() << "Client: Berth " << QCoreApplication::applicationVersion() << "\n"
          << " API version:  " << EngineClient::NewestApi.toString() << " (newest), "
          << EngineClient::OldestApi.toString() << " (oldest)\n"
          << "Server: " << i.name << "\n"
          << " Version:      " << i.version << "\n"
          << " API version:  " << i.engineApi.toString() << " (minimum " << i.minApi.toString() << ", using "
          << i.api.toString() << ")\n"
          << " OS/Arch:      " << i.os << "/" << i.arch << "\n"
          << " Kernel:       " << i.kernel << "\n"
          << " Endpoint:     " << i.endpointUrl << " (" << client.endpoint().source << ")\n";
    return 0;
}

int cmdPs(EngineClient &client, const QStringList &args)
{
    ContainerListOptions options;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-a") || a == QLatin1String("--all"))
            options.all = true;
        else if (a == QLatin1String("--format") && i + 1 < args.size()
            && args[i + 1] == QLatin1String("json"))
            json = true, ++i;
        else if (a == QLatin1String("--format=json"))
            json = true;
        else
            return failWith(Tr::tr("ps: unknown option '%1'. Try: berthctl ps [-a] [--format json]").arg(a));
    }
    EngineReply *reply = ContainersApi(&client).list(options);
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

int cmdImages(EngineClient &client, const QStringList &args)
{
    const bool json = args.contains(QLatin1String("json")) || args.contains(QLatin1String("--format=json"));
    EngineReply *reply = ImagesApi(&client).list();
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    const QList<ImageInfo> images = ImagesApi::parseList(reply->body());
    if (json) {
        for (const QJsonValue &v : reply->json().array())
            out() << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QStringList> rows {{QStringLiteral("REPOSITORY"), QStringLiteral("TAG"), QStringLiteral("IMAGE ID"),
        QStringLiteral("CREATED"), QStringLiteral("SIZE")}};
    for (const ImageInfo &i : images) {
        const QString created = DisplayFormat::humanDuration(now - i.created) + QStringLiteral(" ago");
        const QStringList tags
            = i.repoTags.isEmpty() ? QStringList {QStringLiteral("<none>:<none>")} : i.repoTags;
        for (const QString &t : tags) {
            const ImageReference reference = ImageReference::parse(t);
            rows << QStringList {reference.repository(), reference.tag(), i.shortId(), created,
                DisplayFormat::humanSize(i.size)};
        }
    }
    out() << DisplayFormat::table(rows);
    return 0;
}

/// Runs @p job to its end, with @p progress on stderr when that is a terminal.
bool runJob(Job &job, const std::function<QString()> &progress)
{
    const bool terminal = isatty(fileno(stderr));
    QObject::connect(&job, &Job::progressChanged, [terminal, progress] {
        if (terminal)
            std::fprintf(stderr, "\r\033[K%s", qPrintable(progress()));
    });
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (terminal)
        std::fprintf(stderr, "\n");
    return job.state() == Job::Succeeded;
}

/// A connection others could read or pretend to be is said, every time.
void warnAboutTransport(const Endpoint &endpoint)
{
    if (endpoint.kind != Endpoint::Kind::Tcp)
        return;
    if (!endpoint.tls.enabled)
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("berthctl: warning: %1 is plain TCP: anyone on the way can read it, and anyone "
                              "who reaches the port is root on that machine.")
                           .arg(endpoint.url())));
    else if (!endpoint.tls.verify)
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("berthctl: warning: the certificate of %1 is not checked (SkipTLSVerify, or "
                              "DOCKER_TLS_VERIFY unset): another machine could pretend to be it.")
                           .arg(endpoint.url())));
}

/// Helpers a Berth that stopped mid-job left behind go before a new job starts.
void removeLeftoverHelpers(EngineClient &client)
{
    QEventLoop loop;
    QObject context;
    VolumeHelper::removeLeftovers(&client, &context, [&loop](int, const ImportJournal::Outcome &imports) {
        if (!imports.undone.isEmpty())
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("berthctl: an import cut short was undone: %1.")
                               .arg(imports.undone.join(QStringLiteral("; ")))));
        if (!imports.kept.isEmpty())
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("berthctl: an import cut short left what was changed since; kept: %1.")
                               .arg(imports.kept.join(QStringLiteral("; ")))));
        loop.quit();
    });
    loop.exec();
}

int cmdVolumeBackup(EngineClient &client, const QStringList &args)
{
    QString volume, target;
    auto consistency = VolumeBackupJob::Consistency::Live;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("-o") || args[i] == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return failWith(Tr::tr("%1 needs a file name").arg(args[i]));
            target = args[++i];
        } else if (args[i] == QLatin1String("--pause-containers")) {
            consistency = VolumeBackupJob::Consistency::Pause;
        } else if (args[i] == QLatin1String("--stop-containers")) {
            consistency = VolumeBackupJob::Consistency::Stop;
        } else if (args[i].startsWith(QLatin1Char('-'))) {
            return failWith(
                Tr::tr("unknown option '%1' for volume backup. Try: berthctl --help").arg(args[i]));
        } else if (volume.isEmpty()) {
            volume = args[i];
        } else {
            return failWith(Tr::tr("volume backup takes one volume, not '%1' too").arg(args[i]));
        }
    }
    if (volume.isEmpty())
        return failWith(Tr::tr("volume backup needs a volume: berthctl volume backup VOLUME [-o FILE]"));
    if (target.isEmpty())
        target = VolumeBackupJob::defaultFileName(volume);
    removeLeftoverHelpers(client);
    VolumeBackupJob job(&client, volume, QFileInfo(target).absoluteFilePath());
    job.setConsistency(consistency);
    const bool ok = runJob(job, [&job] {
        return Tr::tr("%1 read, %2/s")
            .arg(
                DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(qint64(job.bytesPerSecond())));
    });
    if (!job.liveUsers().isEmpty())
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("berthctl: note: %1 kept running while the volume was read; a program "
                              "writing meanwhile may have left an inconsistent copy "
                              "(--pause-containers avoids that).")
                           .arg(job.liveUsers().join(QStringLiteral(", ")))));
    if (!ok)
        return failWith(job.errorString());
    for (const QString &w : job.warnings())
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
    out() << job.target() << "\n"
          << Tr::tr("sha256: %1 (in %2)")
                 .arg(job.digest(), QFileInfo(ChecksumFile::pathFor(job.target())).fileName())
          << "\n";
    return 0;
}

int cmdVolumeRestore(EngineClient &client, const QStringList &args)
{
    QStringList positional;
    auto mode = VolumeRestoreJob::Mode::IfEmpty;
    bool allowDevices = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--replace")) {
            mode = VolumeRestoreJob::Mode::Replace;
        } else if (args[i] == QLatin1String("--merge")) {
            mode = VolumeRestoreJob::Mode::Merge;
        } else if (args[i] == QLatin1String("--allow-devices")) {
            allowDevices = true;
        } else if (args[i].startsWith(QLatin1Char('-'))) {
            return failWith(
                Tr::tr("unknown option '%1' for volume restore. Try: berthctl --help").arg(args[i]));
        } else {
            positional.append(args[i]);
        }
    }
    if (positional.size() != 2
        || (args.contains(QLatin1String("--replace")) && args.contains(QLatin1String("--merge"))))
        return failWith(
            Tr::tr("usage: berthctl volume restore FILE VOLUME [--replace|--merge] [--allow-devices]"));
    removeLeftoverHelpers(client);
    VolumeRestoreJob job(&client, QFileInfo(positional[0]).absoluteFilePath(), positional[1], mode);
    job.setAllowDeviceNodes(allowDevices);
    const bool ok = runJob(job, [&job] {
        return job.total() > 0
            ? Tr::tr("%1 of %2, %3/s")
                  .arg(DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(job.total()),
                      DisplayFormat::humanSize(qint64(job.bytesPerSecond())))
            : job.detail();
    });
    if (!ok)
        return failWith(job.errorString());
    out() << job.detail().section(QLatin1Char('\n'), 0, 0) << "\n";
    for (const QString &w : job.warnings())
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
    return 0;
}

int cmdMigrateExport(EngineClient &client, const QStringList &args)
{
    QString container, folder;
    auto consistency = MigrationExportJob::Consistency::Pause;
    bool includeBinds = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("-o") || args[i] == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return failWith(Tr::tr("%1 needs a folder").arg(args[i]));
            folder = args[++i];
        } else if (args[i] == QLatin1String("--pause")) {
            consistency = MigrationExportJob::Consistency::Pause;
        } else if (args[i] == QLatin1String("--stop")) {
            consistency = MigrationExportJob::Consistency::Stop;
        } else if (args[i] == QLatin1String("--live")) {
            consistency = MigrationExportJob::Consistency::Live;
        } else if (args[i] == QLatin1String("--include-binds")) {
            includeBinds = true;
        } else if (args[i].startsWith(QLatin1Char('-')) || !container.isEmpty()) {
            return failWith(Tr::tr(
                "usage: berthctl migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]"));
        } else {
            container = args[i];
        }
    }
    if (container.isEmpty() || folder.isEmpty())
        return failWith(Tr::tr(
            "usage: berthctl migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]"));
    removeLeftoverHelpers(client);
    MigrationExportJob job(&client, container, QFileInfo(folder).absoluteFilePath(), consistency);
    job.setIncludeBinds(includeBinds);
    const bool ok = runJob(job, [&job] { return job.detail(); });
    if (!ok)
        return failWith(job.errorString());
    const BundleManifest m = job.manifest();
    out() << job.detail() << "\n";
    for (const BundleManifest::File &f : m.files)
        out() << "  " << f.path << "  " << DisplayFormat::humanSize(f.size) << "  sha256 " << f.sha256
              << "\n";
    for (const BundleManifest::Bind &b : m.binds)
        std::fprintf(stderr, "berthctl: %s\n",
            qPrintable(
                Tr::tr("%1 binds the host folder %2, which is not migrated.").arg(b.destination, b.source)));
    return 0;
}

/// What migrate import and migrate transfer share: where it lands, and the user's word on
/// what exists there.
struct LandingOptions
{
    QString name;
    bool start = false;
    MigrationImportJob::OnConflict policy = MigrationImportJob::OnConflict::Refuse;
    QMap<QString, QString> volumeMap;
    QMap<QString, QString> portMap;
    QMap<QString, QString> bindMap;
    int allowedPowers = 0; ///< BundleManifest::Power, from the --allow-… options

    /// Takes args[i] (and its value) if it is one of these options; false when it is not, or
    /// sets @p bad when its value is wrong.
    bool take(const QStringList &args, int &i, bool *bad)
    {
        const QString &a = args[i];
        if (a == QLatin1String("--start")) {
            start = true;
            return true;
        }
        for (int power = 1; power <= BundleManifest::AllPowers; power <<= 1) {
            if (a == BundleManifest::optionFor(BundleManifest::Power(power))) {
                allowedPowers |= power;
                return true;
            }
        }
        if ((a != QLatin1String("--name") && a != QLatin1String("--on-conflict")
                && a != QLatin1String("--volume-map") && a != QLatin1String("--port-map")
                && a != QLatin1String("--bind-map"))
            || i + 1 >= args.size())
            return false;
        const QString value = args[++i];
        if (a == QLatin1String("--name"))
            name = value;
        else if (a == QLatin1String("--volume-map") && value.contains(QLatin1Char('=')))
            volumeMap.insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
        else if (a == QLatin1String("--port-map") && value.contains(QLatin1Char('=')))
            portMap.insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
        else if (a == QLatin1String("--bind-map") && value.contains(QLatin1Char('=')))
            bindMap.insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
        else if (a == QLatin1String("--on-conflict") && value == QLatin1String("rename"))
            policy = MigrationImportJob::OnConflict::Rename;
        else if (a == QLatin1String("--on-conflict") && value == QLatin1String("replace"))
            policy = MigrationImportJob::OnConflict::Replace;
        else if (a == QLatin1String("--on-conflict") && value == QLatin1String("skip"))
            policy = MigrationImportJob::OnConflict::Skip;
        else
            *bad = true;
        return true;
    }

    /// Runs @p job with these options to its end; the exit code.
    int run(MigrationImportJob &job) const
    {
        job.setName(name);
        job.setStart(start);
        job.setOnConflict(policy);
        job.setVolumeMap(volumeMap);
        job.setPortMap(portMap);
        job.setBindMap(bindMap);
        job.setAllowedPowers(allowedPowers);
        const bool ok = runJob(job, [&job] { return job.detail(); });
        for (const QString &w : job.warnings())
            std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
        if (!ok && !job.deniedPowers().isEmpty()) {
            QString text = Tr::tr("the container would get powers over this machine; nothing was changed. "
                                  "Each needs its option, given only if you trust where it comes from:");
            for (const BundleManifest::PowerRequest &r : job.deniedPowers())
                text += QStringLiteral("\n  ") + r.what + QStringLiteral("  (")
                    + BundleManifest::optionFor(r.power) + QLatin1Char(')');
            return failWith(text);
        }
        if (!ok)
            return failWith(job.errorString());
        out() << job.detail() << "\n";
        return 0;
    }
};

int cmdMigrateImport(EngineClient &client, const QStringList &args)
{
    QString folder, image, runArgs;
    QList<MigrationImportJob::LooseVolume> looseVolumes;
    LandingOptions landing;
    const QString usage
        = Tr::tr("usage: berthctl migrate import DIR [--name NEW] [--start] "
                 "[--on-conflict rename|replace|skip] [--volume-map OLD=NEW]…\n"
                 "   or: berthctl migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME "
                 "[--run-args \"-p 8080:80 -e A=1 …\"] [--start]");
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        bool bad = false;
        if (landing.take(args, i, &bad)) {
            if (bad)
                return failWith(usage);
        } else if ((a == QLatin1String("--image") || a == QLatin1String("--volume")
                       || a == QLatin1String("--run-args"))
            && i + 1 < args.size()) {
            const QString value = args[++i];
            if (a == QLatin1String("--image")) {
                image = QFileInfo(value).absoluteFilePath();
            } else if (a == QLatin1String("--run-args")) {
                runArgs = value;
            } else {
                // FILE:NAME:/path; the file name itself may hold ':'.
                const QStringList parts = value.split(QLatin1Char(':'));
                if (parts.size() < 3)
                    return failWith(usage);
                looseVolumes.append(
                    {QFileInfo(parts.mid(0, parts.size() - 2).join(QLatin1Char(':'))).absoluteFilePath(),
                        parts[parts.size() - 2], parts.last()});
            }
        } else if (a.startsWith(QLatin1Char('-')) || !folder.isEmpty()) {
            return failWith(usage);
        } else {
            folder = a;
        }
    }
    if (folder.isEmpty() == image.isEmpty() || (!looseVolumes.isEmpty() && image.isEmpty()))
        return failWith(usage);
    QJsonObject createBody;
    if (!image.isEmpty()) {
        QString error;
        const QStringList words = ShellWords::split(runArgs, &error);
        const RunOptions run
            = error.isEmpty() ? RunOptions::fromArguments(words, false, &error) : RunOptions();
        if (!error.isEmpty())
            return failWith(Tr::tr("--run-args: %1").arg(error));
        createBody = run.toCreateBody();
        createBody.remove(QStringLiteral("Image"));
    }
    removeLeftoverHelpers(client);
    MigrationImportJob job(&client, QFileInfo(folder).absoluteFilePath());
    if (!image.isEmpty())
        job.setLooseFiles(image, looseVolumes, createBody);
    return landing.run(job);
}

int cmdMigrateTransfer(EngineClient &client, const QStringList &args)
{
    QString container, to;
    LandingOptions landing;
    const QString usage = Tr::tr("usage: berthctl migrate transfer CONTAINER --to "
                                 "unix:///other.sock|ssh://USER@HOST|tcp://HOST:2376 [--name NEW] "
                                 "[--start] [--on-conflict rename|replace|skip] [--volume-map OLD=NEW]…");
    for (int i = 1; i < args.size(); ++i) {
        bool bad = false;
        if (landing.take(args, i, &bad)) {
            if (bad)
                return failWith(usage);
        } else if (args[i] == QLatin1String("--to") && i + 1 < args.size()) {
            to = args[++i];
        } else if (args[i].startsWith(QLatin1Char('-')) || !container.isEmpty()) {
            return failWith(usage);
        } else {
            container = args[i];
        }
    }
    if (container.isEmpty() || to.isEmpty())
        return failWith(usage);
    const EndpointResolver::Result resolved = EndpointResolver().resolve(to);
    if (resolved.error.isError())
        return failWith(resolved.error.toString());
    warnAboutTransport(resolved.endpoint);
    EngineClient target(resolved.endpoint);
    if (!target.waitForConnected())
        return failWith(target.lastError().toString());
    removeLeftoverHelpers(client);
    removeLeftoverHelpers(target);
    MigrationImportJob job(&target, QString());
    job.setTransferFrom(&client, container);
    return landing.run(job);
}

int cmdMigrate(EngineClient &client, const QStringList &args)
{
    if (args.value(0) == QLatin1String("transfer"))
        return cmdMigrateTransfer(client, args);
    if (args.value(0) == QLatin1String("export"))
        return cmdMigrateExport(client, args);
    if (args.value(0) == QLatin1String("import"))
        return cmdMigrateImport(client, args);
    return failWith(Tr::tr("migrate: unknown subcommand '%1'. Try: berthctl --help").arg(args.value(0)));
}

int cmdVolume(EngineClient &client, const QStringList &args)
{
    if (args.value(0) == QLatin1String("backup"))
        return cmdVolumeBackup(client, args);
    if (args.value(0) == QLatin1String("restore"))
        return cmdVolumeRestore(client, args);
    if (args.value(0) != QLatin1String("ls") && args.value(0) != QLatin1String("list"))
        return failWith(
            Tr::tr("volume: unknown subcommand '%1'. Try: berthctl volume ls").arg(args.value(0)));
    const bool json = args.contains(QLatin1String("json")) || args.contains(QLatin1String("--format=json"));
    EngineReply *reply = VolumesApi(&client).list();
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    QList<VolumeInfo> volumes = VolumesApi::parseList(reply->body());
    // As docker volume ls: by name in natural order (vol-4 before vol-17), whatever order the
    // engine answered in.
    std::sort(volumes.begin(), volumes.end(),
        [](const VolumeInfo &a, const VolumeInfo &b) { return DisplayFormat::naturalLess(a.name, b.name); });
    if (json) {
        for (const QJsonValue &v : reply->json().object().value(QLatin1String("Volumes")).toArray())
            out() << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    QList<QStringList> rows {{QStringLiteral("DRIVER"), QStringLiteral("VOLUME NAME")}};
    for (const VolumeInfo &v : volumes)
        rows << QStringList {v.driver, v.name};
    out() << DisplayFormat::table(rows);
    return 0;
}

/// Needs no engine: the archive is on this computer.
/// docker context ls|use|create|rm|inspect, on the same store the docker CLI uses.
int cmdContext(const QStringList &args)
{
    const DockerContexts contexts;
    const QString sub = args.value(1);
    const QString usage = Tr::tr(
        "usage: berthctl context ls [--format json] [-q] | use NAME | create NAME --docker "
        "host=URL[,ca=FILE,cert=FILE,key=FILE,skip-tls-verify=true] [--description TEXT] | rm [-f] NAME… | "
        "inspect NAME…");
    if (sub == QLatin1String("ls") || sub == QLatin1String("list")) {
        const bool json = args.mid(2).join(u' ').contains(QLatin1String("json"));
        const bool quiet = args.contains(QLatin1String("-q")) || args.contains(QLatin1String("--quiet"));
        const QList<DockerContexts::Context> all = contexts.list();
        if (quiet) {
            for (const auto &c : all)
                out() << c.name << "\n";
            return 0;
        }
        if (json) {
            for (const auto &c : all)
                out() << QJsonDocument(
                    QJsonObject {{QStringLiteral("Current"), c.current},
                        {QStringLiteral("Description"), c.description},
                        {QStringLiteral("DockerEndpoint"), c.host}, {QStringLiteral("Error"), QString()},
                        {QStringLiteral("Name"), c.name}})
                             .toJson(QJsonDocument::Compact)
                      << "\n";
            return 0;
        }
        QList<QStringList> rows {{QStringLiteral("NAME"), QStringLiteral("DESCRIPTION"),
            QStringLiteral("DOCKER ENDPOINT"), QStringLiteral("ERROR")}};
        for (const auto &c : all)
            rows << QStringList {
                c.name + (c.current ? QStringLiteral(" *") : QString()), c.description, c.host, QString()};
        QList<int> widths(4, 0);
        for (const QStringList &row : rows)
            for (int i = 0; i < 4; ++i)
                widths[i] = qMax(widths[i], int(row[i].size()));
        for (const QStringList &row : rows) {
            QString line;
            for (int i = 0; i < 4; ++i)
                line += i < 3 ? row[i].leftJustified(widths[i] + 3) : row[i];
            out() << line << "\n";
        }
        return 0;
    }
    if (sub == QLatin1String("use") && args.size() == 3) {
        const QString error = contexts.use(args[2]);
        if (!error.isEmpty())
            return failWith(error);
        out() << args[2] << "\n";
        out().flush();
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Current context is now \"%1\"").arg(args[2])));
        return 0;
    }
    if (sub == QLatin1String("create") && args.size() >= 3) {
        const QString name = args[2];
        QString description, docker;
        for (int i = 3; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--docker") && i + 1 < args.size())
                docker = args[++i];
            else if (args[i].startsWith(QLatin1String("--docker=")))
                docker = args[i].mid(9);
            else if (args[i] == QLatin1String("--description") && i + 1 < args.size())
                description = args[++i];
            else
                return failWith(usage);
        }
        QString host;
        DockerContexts::TlsFiles tls;
        bool skip = false;
        for (const QString &part : docker.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const QString value = part.section(QLatin1Char('='), 1);
            if (key == QLatin1String("host"))
                host = value;
            else if (key == QLatin1String("ca"))
                tls.ca = value;
            else if (key == QLatin1String("cert"))
                tls.cert = value;
            else if (key == QLatin1String("key"))
                tls.key = value;
            else if (key == QLatin1String("skip-tls-verify"))
                skip = value == QLatin1String("true");
            else
                return failWith(
                    Tr::tr("unknown key '%1' in --docker: host, ca, cert, key or skip-tls-verify").arg(key));
        }
        if (host.isEmpty())
            return failWith(usage);
        // The address must be one Berth (and docker) can use; no connection is made.
        Endpoint::Tls parsedTls;
        parsedTls.enabled = !tls.ca.isEmpty() || !tls.cert.isEmpty();
        const EndpointResolver::Result parsed = EndpointResolver::parseHost(host, QStringLiteral("--docker"),
            QProcessEnvironment::systemEnvironment(), parsedTls.enabled ? &parsedTls : nullptr);
        if (parsed.error.isError())
            return failWith(parsed.error.toString());
        const QString error = contexts.create(name, host, description, tls, skip);
        if (!error.isEmpty())
            return failWith(error);
        out() << name << "\n";
        out().flush();
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Successfully created context \"%1\"").arg(name)));
        return 0;
    }
    if ((sub == QLatin1String("rm") || sub == QLatin1String("remove")) && args.size() >= 3) {
        const bool force = args.contains(QLatin1String("-f")) || args.contains(QLatin1String("--force"));
        for (const QString &name : args.mid(2)) {
            if (name.startsWith(QLatin1Char('-')))
                continue;
            const QString error = contexts.remove(name, force);
            if (!error.isEmpty())
                return failWith(error);
            out() << name << "\n";
        }
        return 0;
    }
    if (sub == QLatin1String("inspect") && args.size() >= 3) {
        for (const QString &name : args.mid(2)) {
            const QByteArray json = contexts.inspect(name);
            if (json.isEmpty())
                return failWith(
                    Tr::tr("There is no context named %1 (docker context ls lists them).").arg(name));
            out() << QString::fromUtf8(json);
        }
        return 0;
    }
    return failWith(usage);
}

int cmdVolumeVerify(const QStringList &args)
{
    if (args.size() != 2)
        return failWith(Tr::tr("volume verify takes one file: berthctl volume verify FILE"));
    const ArchiveCheck::Result r = ArchiveCheck::check(args[1]);
    if (!r.ok())
        return failWith(r.error);
    out() << Tr::tr("%1: can be restored.").arg(args[1]) << "\n"
          << Tr::tr("checksum: %1")
                 .arg(r.checksumVerified ? Tr::tr("matches %1.sha256").arg(QFileInfo(args[1]).fileName())
                                         : Tr::tr("none beside it (nothing to compare with)"))
          << "\n"
          << Tr::tr("compression: %1").arg(r.compression) << "\n"
          << Tr::tr("%1 files (%2), %3 folders, %4 links")
                 .arg(r.files)
                 .arg(DisplayFormat::humanSize(r.bytes))
                 .arg(r.directories)
                 .arg(r.links)
          << "\n"
          << Tr::tr("at the top: %1").arg(r.topLevel.join(QStringLiteral(", "))) << "\n";
    return 0;
}

} // namespace

/// Writes raw bytes and flushes, so that stdout and stderr interleave as the engine sent them.
void writeRaw(FILE *to, QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

int cmdLogs(EngineClient &client, const QStringList &args)
{
    LogsOptions options;
    QString container, since, until;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name, QString *into) {
            if (a.startsWith(name + QLatin1Char('='))) {
                *into = a.mid(name.size() + 1);
                return true;
            }
            if (a != name)
                return false;
            if (i + 1 >= args.size()) {
                *into = QString();
                container = QStringLiteral("\n"); // reported below
                return true;
            }
            *into = args[++i];
            return true;
        };
        if (a == QLatin1String("-f") || a == QLatin1String("--follow")) {
            options.follow = true;
        } else if (a == QLatin1String("-t") || a == QLatin1String("--timestamps")) {
            options.timestamps = true;
        } else if (value(QStringLiteral("--tail"), &options.tail)
            || value(QStringLiteral("-n"), &options.tail) || value(QStringLiteral("--since"), &since)
            || value(QStringLiteral("--until"), &until)) {
            if (container == QLatin1String("\n"))
                return failWith(Tr::tr("%1 needs a value").arg(a));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return failWith(Tr::tr("unknown option '%1' for logs. Try: berthctl --help").arg(a));
        } else if (container.isEmpty()) {
            container = a;
        } else {
            return failWith(Tr::tr("logs takes one container, not '%1' too").arg(a));
        }
    }
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
    options.tty = info.value(QLatin1String("Config")).toObject().value(QLatin1String("Tty")).toBool();

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
    ExecConfig config;
    QString container;
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            container = a;
            ++i;
            break;
        }
        if (a == QLatin1String("--")) {
            continue;
        } else if (a == QLatin1String("-e") || a == QLatin1String("--env") || a == QLatin1String("-u")
            || a == QLatin1String("--user") || a == QLatin1String("-w") || a == QLatin1String("--workdir")) {
            if (i + 1 >= args.size())
                return failWith(Tr::tr("%1 needs a value").arg(a));
            const QString value = args[++i];
            if (a == QLatin1String("-e") || a == QLatin1String("--env"))
                config.env << value;
            else if (a == QLatin1String("-u") || a == QLatin1String("--user"))
                config.user = value;
            else
                config.workingDir = value;
        } else if (a == QLatin1String("--interactive")) {
            config.attachStdin = true;
        } else if (a == QLatin1String("--tty")) {
            config.tty = true;
        } else if (a.size() > 1 && a.mid(1).contains(QRegularExpression(QStringLiteral("^[it]+$")))) {
            config.attachStdin |= a.contains(QLatin1Char('i'));
            config.tty |= a.contains(QLatin1Char('t'));
        } else {
            return failWith(Tr::tr("unknown option '%1' for exec. Try: berthctl --help").arg(a));
        }
    }
    config.cmd = args.mid(i);
    if (container.isEmpty() || config.cmd.isEmpty())
        return failWith(Tr::tr(
            "usage: berthctl exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]"));
    if (config.tty && qEnvironmentVariableIsEmpty("TERM") == false)
        config.env << QStringLiteral("TERM=") + qEnvironmentVariable("TERM");

    ExecApi api(&client);
    EngineReply *created = api.create(container, config);
    QString error;
    if (!finish(created, &error)) {
        if (created->error().kind() == EngineError::Conflict)
            error = Tr::tr("%1 is not running: start it first (berthctl cannot exec in a stopped container).")
                        .arg(container);
        return failWith(error);
    }
    const QString execId = ExecApi::createdId(created);
    std::unique_ptr<RawTerminal> raw;
    if (config.tty && config.attachStdin)
        raw = std::make_unique<RawTerminal>();
    EngineReply *session = api.start(execId, config.tty);
    QObject::connect(
        session, &EngineReply::framesReceived, [](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &frame : frames)
                writeRaw(frame.stream == MultiplexedDecoder::Stderr ? stderr : stdout, frame.data);
        });
    QObject::connect(
        session, &EngineReply::dataReceived, [](const QByteArray &bytes) { writeRaw(stdout, bytes); });
    // The local terminal's size now and after each change (SIGWINCH through a pipe).
    std::unique_ptr<QSocketNotifier> resized;
    auto sendSize = [&api, execId] {
        const QSize size = terminalSize();
        if (size.isValid()) {
            EngineReply *r = api.resize(execId, size.height(), size.width());
            QObject::connect(r, &EngineReply::finished, r, &QObject::deleteLater);
        }
    };
    if (config.tty) {
        QObject::connect(session, &EngineReply::upgraded, session, sendSize);
        if (::pipe2(g_resizePipe, O_CLOEXEC | O_NONBLOCK) == 0) {
            ::signal(SIGWINCH, onWindowChange);
            resized = std::make_unique<QSocketNotifier>(g_resizePipe[0], QSocketNotifier::Read);
            QObject::connect(resized.get(), &QSocketNotifier::activated, session, [sendSize] {
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
        QObject::connect(session, &EngineReply::upgraded, input.get(), [&input] { input->setEnabled(true); });
        QObject::connect(input.get(), &QSocketNotifier::activated, session, [session, &input] {
            char buffer[65536];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0) {
                session->write(QByteArray(buffer, n));
                return;
            }
            input->setEnabled(false);
            session->closeWrite();
        });
    }
    session->waitForFinished(-1);
    input.reset();
    resized.reset();
    raw.reset();
    if (session->error().isError())
        return failWith(session->error().toString());
    EngineReply *inspected = api.inspect(execId);
    if (!finish(inspected, &error))
        return failWith(error);
    return inspected->json().object().value(QLatin1String("ExitCode")).toInt(1);
}

int cmdStats(EngineClient &client, const QStringList &args)
{
    bool stream = true;
    bool all = false;
    QStringList wanted;
    for (const QString &a : args) {
        if (a == QLatin1String("--no-stream"))
            stream = false;
        else if (a == QLatin1String("-a") || a == QLatin1String("--all"))
            all = true;
        else if (a.startsWith(QLatin1Char('-')))
            return failWith(
                Tr::tr("unknown option '%1' for stats. Try: berthctl stats [--no-stream] [-a] [CONTAINER…]")
                    .arg(a));
        else
            wanted << a;
    }
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));

    Translations::install(QLocale::system());

    QStringList args = app.arguments().mid(1);
    QString host;
    QString context;
    QString command;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!command.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("-H") || a == QLatin1String("--host")) {
            if (i + 1 >= args.size())
                return failWith(Tr::tr("%1 needs a value, such as unix:///var/run/docker.sock").arg(a));
            host = args[++i];
        } else if (a.startsWith(QLatin1String("--host="))) {
            host = a.mid(7);
        } else if (a == QLatin1String("-c") || a == QLatin1String("--context")) {
            if (i + 1 >= args.size())
                return failWith(Tr::tr("%1 needs a context's name (berthctl context ls lists them)").arg(a));
            context = args[++i];
        } else if (a.startsWith(QLatin1String("--context="))) {
            context = a.mid(10);
        } else if (a == QLatin1String("--version")) {
            out() << "berthctl " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            out() << Tr::tr(Usage);
            return 0;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return failWith(Tr::tr("unknown option '%1'. Try: berthctl --help").arg(a));
        } else {
            command = a;
        }
    }
    if (command.isEmpty()) {
        out() << Tr::tr(Usage);
        return 1;
    }
    static const QStringList known {QStringLiteral("version"), QStringLiteral("ps"), QStringLiteral("images"),
        QStringLiteral("volume"), QStringLiteral("logs"), QStringLiteral("migrate"),
        QStringLiteral("cleanup"), QStringLiteral("exec"), QStringLiteral("stats"),
        QStringLiteral("context")};
    if (!known.contains(command))
        return failWith(Tr::tr("unknown command '%1'. Try: berthctl --help").arg(command));

    if (command == QLatin1String("volume") && rest.value(0) == QLatin1String("verify"))
        return cmdVolumeVerify(rest);

    if (command == QLatin1String("context"))
        return cmdContext(QStringList {command} + rest);
    if (!host.isEmpty() && !context.isEmpty())
        return failWith(Tr::tr("conflicting options: either specify --host or --context, not both"));
    // --context wins over DOCKER_HOST and DOCKER_CONTEXT, as in the docker CLI.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!context.isEmpty()) {
        if (!DockerContexts(env).find(context, nullptr))
            return failWith(
                Tr::tr("There is no context named %1 (docker context ls lists them).").arg(context));
        env.remove(QStringLiteral("DOCKER_HOST"));
        env.insert(QStringLiteral("DOCKER_CONTEXT"), context);
    }
    const EndpointResolver::Result resolved = EndpointResolver(env).resolve(host);
    if (resolved.error.isError())
        return failWith(resolved.error.toString());
    warnAboutTransport(resolved.endpoint);
    EngineClient client(resolved.endpoint);
    if (!client.waitForConnected())
        return failWith(client.lastError().toString());

    if (command == QLatin1String("version"))
        return cmdVersion(client);
    if (command == QLatin1String("ps"))
        return cmdPs(client, rest);
    if (command == QLatin1String("images"))
        return cmdImages(client, rest);
    if (command == QLatin1String("logs"))
        return cmdLogs(client, rest);
    if (command == QLatin1String("exec"))
        return cmdExec(client, rest);
    if (command == QLatin1String("stats"))
        return cmdStats(client, rest);
    if (command == QLatin1String("migrate"))
        return cmdMigrate(client, rest);
    if (command == QLatin1String("cleanup")) {
        removeLeftoverHelpers(client);
        return 0;
    }
    return cmdVolume(client, rest);
}
