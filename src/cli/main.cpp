// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl: the headless twin of Berth on the same core, for scripts, cron and servers. This file
// reads the options every command shares and hands the rest to the command's own file.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/dockercontexts.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "translations.h"
#include "util/allocator.h"

#include <QProcessEnvironment>

#include <functional>

using namespace Cli;

namespace {

/// berthctl --help, a section per group of commands: a command's own file adds its section here.
const char *const UsageSections[] = {
    // header
    QT_TRANSLATE_NOOP("berthctl",
        "Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND\n"
        "\n"
        "Commands:\n"),
    // containers
    QT_TRANSLATE_NOOP("berthctl",
        "  version                     show the engine Berth talks to\n"
        "  ps [-a] [--format json]     list containers (running only, or all with -a)\n"
        "  run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…]\n"
        "                              create and start a container, detached, with docker run's\n"
        "                              options (-p, -v, -e, --name, --restart …); a missing image is\n"
        "                              pulled first. Prints its id\n"),
    // images
    QT_TRANSLATE_NOOP("berthctl",
        "  images [--format json]      list images\n"
        "  build [-t TAG]… [-f FILE] [--build-arg KEY=VALUE]… [--target STAGE] [--no-cache] [--pull]\n"
        "        [-q] [--network MODE] DIR\n"
        "                              build an image from DIR and its Dockerfile with the classic\n"
        "                              builder, as DOCKER_BUILDKIT=0 docker build: DIR sent as it is\n"
        "                              read (.dockerignore applies), the build's output live, the\n"
        "                              image's id last. Ctrl+C stops it and removes what it made\n"),
    // volumes
    QT_TRANSLATE_NOOP("berthctl",
        "  volume ls [--format json]   list volumes\n"
        "  volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]\n"
        "                              the volume to FILE (default VOLUME-YYYYMMDD-HHMMSS.tar.gz here),\n"
        "                              with FILE.sha256 beside it; restores with tar -xzf too. The\n"
        "                              containers using it can be paused or stopped meanwhile (a live\n"
        "                              database may otherwise give an inconsistent copy)\n"
        "  volume restore FILE VOLUME [--replace|--merge] [--allow-devices] [--only PATH]…\n"
        "                              FILE (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst) into\n"
        "                              VOLUME, made if missing; checked first. A volume with data is\n"
        "                              refused unless --replace (its contents are backed up first) or\n"
        "                              --merge; device nodes only with --allow-devices. With --only,\n"
        "                              just that file or folder (with everything under it), each\n"
        "                              PATH checked against FILE before anything changes\n"
        "  volume cp [-a] [-L] VOLUME:SRC DEST|-  and  volume cp [-a] [-L] SRC|- VOLUME:DEST\n"
        "                              as cp, for a volume (through a helper container that is\n"
        "                              never started and goes at the end)\n"
        "  volume verify FILE          check a volume backup before restoring it: its .sha256, every\n"
        "                              path inside the volume, the data whole; what it holds\n"
        "  volume ls-backup FILE [PATH] [--format json]\n"
        "                              what a volume backup holds, as ls -l: the top, or PATH's\n"
        "                              entries; read from FILE, no engine needed\n"),
    // networks
    QT_TRANSLATE_NOOP("berthctl",
        "  network ls [-q] [--no-trunc] [-f|--filter KEY=VALUE]… [--format json]\n"
        "                              list networks, as docker network ls (filters: name, id,\n"
        "                              driver, label, scope, type, dangling)\n"
        "  network inspect NETWORK…    the engine's description of each, as docker network inspect\n"
        "  network create [-d DRIVER] [--subnet CIDR] [--gateway IP] [--internal] [--attachable]\n"
        "                 [--ipv6] [--label K=V]… [-o K=V]… NAME\n"
        "                              make a network; prints its id\n"
        "  network rm [-f] NETWORK…    remove networks; one in use is refused, naming its containers\n"
        "  network prune [-f] [--filter label=KEY[=VALUE]]…\n"
        "                              remove the networks no container uses, listing them first and\n"
        "                              asking (not with -f)\n"
        "  network connect [--alias ALIAS]… NETWORK CONTAINER\n"
        "  network disconnect [-f] NETWORK CONTAINER\n"
        "                              attach a container to a network (with names it is known by\n"
        "                              there), or detach it\n"),
    // migration
    QT_TRANSLATE_NOOP("berthctl",
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
        "                              without one, each power asked for is named and nothing changes\n"),
    // contexts
    QT_TRANSLATE_NOOP("berthctl",
        "  context ls|use NAME|create NAME --docker host=URL[,ca=,cert=,key=]|rm NAME|inspect NAME\n"
        "                              the docker CLI's contexts, read and written as it does\n"),
    // cleanup
    QT_TRANSLATE_NOOP("berthctl",
        "  cleanup                     remove what an interrupted Berth left on the engine: helper\n"
        "                              containers, a volume an unfinished restore made, what an\n"
        "                              unfinished import made (Berth does this at each connection)\n"),
    // registries
    QT_TRANSLATE_NOOP("berthctl",
        "  login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]\n"
        "                              sign in to a registry (Docker Hub without SERVER), checked\n"
        "                              by the engine, kept as the docker CLI keeps it (config.json's\n"
        "                              credential helper, or config.json itself, with a warning)\n"
        "  logout [SERVER]             remove the sign-in for a registry\n"
        "  pull NAME[:TAG|@DIGEST]     pull an image, signed in to its registry when you are\n"
        "  push NAME[:TAG]             push an image to the registry its name starts with\n"),
    // sessions
    QT_TRANSLATE_NOOP("berthctl",
        "  logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER\n"
        "                              a container's output, stdout to stdout and stderr to stderr\n"
        "  exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]\n"
        "                              run a command in a running container; -it for a shell. Exits\n"
        "                              with the command's exit code\n"
        "  cp [-a] [-L] CONTAINER:SRC DEST|-  and  cp [-a] [-L] SRC|- CONTAINER:DEST\n"
        "                              copy files and folders as docker cp: SRC/. copies a folder's\n"
        "                              contents, '-' is a tar on stdout or stdin, -a keeps owners,\n"
        "                              -L follows a link in SRC; a copy cut short leaves nothing here\n"
        "  stats [--no-stream] [-a] [CONTAINER…]\n"
        "                              CPU, memory, network and disk of the running containers, live\n"
        "                              (once with --no-stream)\n"
        "\n"),
    // compose projects
    QT_TRANSLATE_NOOP("berthctl",
        "Compose projects (the containers with the same com.docker.compose.project label):\n"
        "  project ls [-a] [-q] [--format json]\n"
        "                              the projects, as docker compose ls (running ones; -a all)\n"
        "  project start|stop|restart|pause|unpause PROJECT\n"
        "                              the verb on every container of the project, started in the\n"
        "                              order their depends_on labels give and stopped the other way\n"
        "  project rm [-f] [-v] PROJECT\n"
        "                              stop and remove the project's containers and networks, as\n"
        "                              docker compose down, after asking (not with -f); its volumes\n"
        "                              only with -v\n"
        "  project logs [-f] [-n|--tail N] [--since T] [--until T] [-t] [--no-color] PROJECT [SERVICE…]\n"
        "                              the containers' output merged as docker compose logs: each\n"
        "                              line after its container's name (\"web-1  | …\"), coloured on\n"
        "                              a terminal\n"
        "  project up [-f FILE]… [-p PROJECT]   and   project down [-f FILE]… [-p PROJECT] [-v]\n"
        "                              run the compose tool of this machine (the docker compose plugin\n"
        "                              or docker-compose) against this engine: up -d, or down\n"
        "\n"),
    // options
    QT_TRANSLATE_NOOP("berthctl",
        "Options:\n"
        "  -H, --host URL   the engine, as docker's -H: unix:///path/to/docker.sock,\n"
        "                   ssh://[USER@]HOST[:PORT][/path/to/docker.sock] (the docker CLI there\n"
        "                   relays; your ssh keys and config apply, BERTH_SSH_COMMAND replaces ssh),\n"
        "                   tcp://HOST:2376 with TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)\n"
        "                   (default: DOCKER_HOST, the docker context, then the usual sockets)\n"
        "  -c, --context NAME  the engine of a docker context (berthctl context ls)\n"
        "  --version        print Berth's version\n"
        "  -h, --help       this help\n"),
    // disk use
    QT_TRANSLATE_NOOP("berthctl",
        "\n"
        "Disk use:\n"
        "  system df [-v] [--format json]\n"
        "                              the engine's disk use as docker system df prints it: images,\n"
        "                              containers, local volumes and build cache, with what removing\n"
        "                              the unused ones frees; -v lists every item\n"),
};

/// The commands that talk to an engine, by name.
const QHash<QString, std::function<int(EngineClient &, const QStringList &)>> &engineCommands()
{
    static const QHash<QString, std::function<int(EngineClient &, const QStringList &)>> commands {
        {QStringLiteral("version"), cmdVersion},
        {QStringLiteral("ps"), cmdPs},
        {QStringLiteral("run"), cmdRun},
        {QStringLiteral("images"), cmdImages},
        {QStringLiteral("build"), cmdBuild},
        {QStringLiteral("volume"), cmdVolume},
        {QStringLiteral("network"), cmdNetwork},
        {QStringLiteral("logs"), cmdLogs},
        {QStringLiteral("exec"), cmdExec},
        {QStringLiteral("stats"), cmdStats},
        {QStringLiteral("migrate"), cmdMigrate},
        {QStringLiteral("cp"), cmdCp},
        {QStringLiteral("cleanup"), cmdCleanup},
        {QStringLiteral("login"), cmdLogin},
        {QStringLiteral("push"), cmdPush},
        {QStringLiteral("pull"), cmdPull},
        {QStringLiteral("system"), cmdSystem},
        {QStringLiteral("project"), cmdProject},
    };
    return commands;
}

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));

    Translations::install(QLocale::system());

    Options options(QStringLiteral("berthctl [-H URL | -c CONTEXT] COMMAND (berthctl --help lists them)"));
    options.value({"-H", "--host"}).value({"-c", "--context"}).flag({"--version"}).flag({"-h", "--help"});
    options.positionalEndsOptions();
    if (!options.parse(app.arguments().mid(1)))
        return failWith(options.error());
    if (options.isSet("--version")) {
        out() << "berthctl " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const QString command = options.positional().value(0);
    const QStringList rest = options.positional().mid(1);
    if (options.isSet("--help") || command == QLatin1String("help") || command.isEmpty()) {
        for (const char *section : UsageSections)
            out() << Tr::tr(section);
        return command.isEmpty() && !options.isSet("--help") ? 1 : 0;
    }
    if (command == QLatin1String("context"))
        return cmdContext(rest);
    if (command == QLatin1String("logout"))
        return cmdLogout(rest);
    if (command == QLatin1String("volume") && rest.value(0) == QLatin1String("verify"))
        return cmdVolumeVerify(rest.mid(1));
    if (command == QLatin1String("volume") && rest.value(0) == QLatin1String("ls-backup"))
        return cmdVolumeLsBackup(rest.mid(1));
    const auto run = engineCommands().value(command);
    if (!run)
        return failWith(Tr::tr("unknown command '%1'. Try: berthctl --help").arg(command));

    const QString host = options.value("--host");
    const QString context = options.value("--context");
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
    return run(client, rest);
}
