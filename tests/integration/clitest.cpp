// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl against the private engine, next to the docker CLI on the same socket.
#include "engine/containersapi.h"
#include "engine/volumesapi.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <numeric>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace TestSupport;

namespace {
ProcessResult berthctl(const QStringList &args)
{
    return run(berthctlPath(), QStringList {QStringLiteral("--host"), dockerHost()} + args);
}

ProcessResult docker(const QStringList &args)
{
    return TestSupport::docker(dockerHost(), args);
}

/// Splits a table by the header's column starts and drops the columns that tick with the clock.
QList<QStringList> stableColumns(const QByteArray &table, const QStringList &drop)
{
    const QStringList lines = QString::fromUtf8(table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<QStringList> rows;
    if (lines.isEmpty())
        return rows;
    const QString header = lines.first();
    QList<int> starts;
    QStringList names;
    static const QStringList known {QStringLiteral("CONTAINER ID"), QStringLiteral("IMAGE"),
        QStringLiteral("COMMAND"), QStringLiteral("CREATED"), QStringLiteral("STATUS"),
        QStringLiteral("PORTS"), QStringLiteral("NAMES"), QStringLiteral("REPOSITORY"), QStringLiteral("TAG"),
        QStringLiteral("IMAGE ID"), QStringLiteral("SIZE")};
    for (const QString &k : known) {
        const int at = int(header.indexOf(k + QStringLiteral("  ")) >= 0
                ? header.indexOf(k + QStringLiteral("  "))
                : (header.endsWith(k) ? header.size() - k.size() : -1));
        if (at >= 0 && !(k == QStringLiteral("IMAGE") && header.mid(at, 8) == QStringLiteral("IMAGE ID"))) {
            starts << at;
            names << k;
        }
    }
    QList<int> order(starts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return starts[a] < starts[b]; });
    for (const QString &line : lines) {
        QStringList row;
        for (int i = 0; i < order.size(); ++i) {
            const int begin = starts[order[i]];
            const int end = i + 1 < order.size() ? starts[order[i + 1]] : int(line.size());
            if (!drop.contains(names[order[i]]))
                row << line.mid(begin, end - begin).trimmed();
        }
        rows << row;
    }
    return rows;
}
} // namespace

TEST(Cli, PsListsExactlyWhatDockerPsLists)
{
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    // A few containers in different states, one with a long command and exposed ports.
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        QJsonObject cfg {{QStringLiteral("Image"), testImage()},
            {QStringLiteral("Cmd"),
                QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo \"quoted\"; sleep 1000 # long")}},
            {QStringLiteral("ExposedPorts"),
                QJsonObject {{QStringLiteral("80/tcp"), QJsonObject()},
                    {QStringLiteral("81/tcp"), QJsonObject()}, {QStringLiteral("53/udp"), QJsonObject()}}},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
        ids << wait(api.create(cfg, uniqueName(QStringLiteral("berth-ps"))))
                   ->json()
                   .object()
                   .value(QLatin1String("Id"))
                   .toString();
    }
    wait(api.start(ids[0]));

    for (const bool all : {true, false}) {
        const QStringList args = all ? QStringList {QStringLiteral("ps"), QStringLiteral("-a")}
                                     : QStringList {QStringLiteral("ps")};
        const QStringList drop {QStringLiteral("CREATED"), QStringLiteral("STATUS")};
        // CREATED and STATUS tick with the clock ("Less than a second ago" becomes "1 second ago"
        // between the two runs), and the column widths follow them. The stable columns must always
        // agree; the whole table, header and widths included, must agree in a pair of runs that
        // read the same clock texts, which a few tries always give.
        bool sameClock = false;
        for (int attempt = 0; attempt < 5 && !sameClock; ++attempt) {
            const ProcessResult ours = berthctl(args);
            const ProcessResult theirs = docker(args);
            ASSERT_EQ(ours.exitCode, 0) << ours.err.constData();
            ASSERT_EQ(theirs.exitCode, 0) << theirs.err.constData();
            ASSERT_EQ(stableColumns(ours.out, drop), stableColumns(theirs.out, drop))
                << "berthctl:\n"
                << ours.out.constData() << "docker:\n"
                << theirs.out.constData();
            sameClock = stableColumns(ours.out, {}) == stableColumns(theirs.out, {});
            if (sameClock)
                EXPECT_EQ(ours.out, theirs.out) << "same header, column widths and clock texts";
            else
                QThread::msleep(300);
        }
        EXPECT_TRUE(sameClock) << "CREATED and STATUS never read the same as docker's";
    }

    // JSON: one object per line, the same ids in the same order as docker's.
    const ProcessResult json = berthctl(
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0);
    QStringList jsonIds;
    for (const QByteArray &line : json.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        ASSERT_FALSE(o.isEmpty()) << line.constData();
        for (const char *key : {"Id", "Names", "Image", "State", "Status"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        jsonIds << o.value(QLatin1String("Id")).toString();
    }
    const ProcessResult dockerIds = docker(
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("-q"), QStringLiteral("--no-trunc")});
    EXPECT_EQ(jsonIds, QString::fromUtf8(dockerIds.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    for (const QString &id : ids)
        EXPECT_TRUE(jsonIds.contains(id));

    for (const QString &id : ids)
        wait(api.remove(id, {true, false}));
}

TEST(Cli, ImagesAndVolumesMatchDocker)
{
    auto client = connect(dockerHost());
    VolumeCreateOptions volume;
    volume.name = uniqueName(QStringLiteral("berth-cli-vol"));
    ASSERT_FALSE(wait(VolumesApi(client.get()).create(volume))->error().isError());

    const ProcessResult ours = berthctl({QStringLiteral("volume"), QStringLiteral("ls")});
    const ProcessResult theirs = docker({QStringLiteral("volume"), QStringLiteral("ls")});
    ASSERT_EQ(ours.exitCode, 0) << ours.err.constData();
    EXPECT_EQ(ours.out, theirs.out);
    EXPECT_TRUE(ours.out.contains(volume.name.toUtf8()));

    const ProcessResult images = berthctl({QStringLiteral("images")});
    const ProcessResult dockerImages = docker({QStringLiteral("images")});
    ASSERT_EQ(images.exitCode, 0) << images.err.constData();
    EXPECT_EQ(stableColumns(images.out, {QStringLiteral("CREATED")}),
        stableColumns(dockerImages.out, {QStringLiteral("CREATED")}))
        << images.out.constData() << dockerImages.out.constData();
    wait(VolumesApi(client.get()).remove(volume.name));
}

TEST(Cli, VersionNamesTheEngine)
{
    const ProcessResult r = berthctl({QStringLiteral("version")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    auto client = connect(dockerHost());
    EXPECT_TRUE(r.out.contains(client->info().version.toUtf8()));
    EXPECT_TRUE(r.out.contains("Docker Engine"));
    const ProcessResult v = run(berthctlPath(), {QStringLiteral("--version")});
    EXPECT_EQ(v.out, QByteArray("berthctl " BERTH_VERSION "\n"));
}

TEST(Cli, FailuresExitOneWithOneClearLine)
{
    const ProcessResult missing = run(berthctlPath(),
        {QStringLiteral("--host"), QStringLiteral("unix:///nonexistent/docker.sock"), QStringLiteral("ps")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_EQ(missing.err.count('\n'), 1) << missing.err.constData();
    EXPECT_TRUE(missing.err.contains("not running")) << missing.err.constData();

    const ProcessResult tcp = run(berthctlPath(),
        {QStringLiteral("--host"), QStringLiteral("tcp://127.0.0.1:2375"), QStringLiteral("ps")});
    EXPECT_EQ(tcp.exitCode, 1);
    EXPECT_EQ(tcp.err.count('\n'), 1) << tcp.err.constData();
    EXPECT_TRUE(tcp.err.contains("plain TCP without TLS")) << tcp.err.constData();

    const ProcessResult unknown = berthctl({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("unknown command"));

    const ProcessResult badOption = berthctl({QStringLiteral("ps"), QStringLiteral("--bogus")});
    EXPECT_EQ(badOption.exitCode, 1);
    EXPECT_TRUE(badOption.err.contains("--bogus"));
}

TEST(Cli, PermissionDeniedNamesTheDockerGroup)
{
    ASSERT_EQ(::geteuid(), 0u)
        << "this test runs berthctl as 'nobody' and needs root to do so (the test script runs as root)";
    // A root-owned 0660 socket in a folder everyone may enter, like /run/docker.sock.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/berth-perm-XXXXXX"));
    QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
    QLocalServer server;
    server.setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    ASSERT_TRUE(server.listen(dir.path() + QStringLiteral("/docker.sock")));
    const ProcessResult r = run(QStringLiteral("runuser"),
        {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), berthctlPath(),
            QStringLiteral("--host"), QStringLiteral("unix://") + server.fullServerName(),
            QStringLiteral("version")});
    EXPECT_EQ(r.exitCode, 1) << r.out.constData() << r.err.constData();
    EXPECT_TRUE(r.err.contains("Permission denied")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("docker group")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("new login")) << r.err.constData();
}

TEST(Cli, VolumeVerifyChecksAnArchiveWithoutAnEngine)
{
    // A backup made by the manual method (tar -czf … -C _data .) with sha256sum beside it.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("_data/sub"));
    QFile f(dir.filePath(QStringLiteral("_data/sub/файл")));
    f.open(QIODevice::WriteOnly);
    f.write("content\n");
    f.close();
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-czf"), dir.filePath(QStringLiteral("vol.tar.gz")), QStringLiteral("-C"),
                      dir.filePath(QStringLiteral("_data")), QStringLiteral(".")})
                  .exitCode,
        0);
    const ProcessResult sum = run(QStringLiteral("sha256sum"), {dir.filePath(QStringLiteral("vol.tar.gz"))});
    QFile checksum(dir.filePath(QStringLiteral("vol.tar.gz.sha256")));
    checksum.open(QIODevice::WriteOnly);
    checksum.write(sum.out.left(64) + "  vol.tar.gz\n");
    checksum.close();

    const QStringList nowhere {QStringLiteral("--host"), QStringLiteral("unix:///nonexistent/docker.sock")};
    ProcessResult r = run(berthctlPath(),
        nowhere
            + QStringList {QStringLiteral("volume"), QStringLiteral("verify"),
                dir.filePath(QStringLiteral("vol.tar.gz"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("can be restored")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("matches vol.tar.gz.sha256")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("1 files")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("at the top: sub")) << r.out.constData();

    r = run(berthctlPath(),
        nowhere
            + QStringList {QStringLiteral("volume"), QStringLiteral("verify"),
                dir.filePath(QStringLiteral("missing.tar.gz"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("does not exist")) << r.err.constData();
}

TEST(Cli, ExecBehavesLikeDockerExec)
{
    const QString name = uniqueName(QStringLiteral("cli-exec"));
    ASSERT_EQ(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                         QStringLiteral("none"), QStringLiteral("--name"), name, testImage(),
                         QStringLiteral("sleep"), QStringLiteral("1000")})
                  .exitCode,
        0);
    // Both streams where they belong, and the command's exit code.
    const QStringList script {
        name, QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")};
    const ProcessResult ours = berthctl(QStringList {QStringLiteral("exec")} + script);
    const ProcessResult theirs = run(QStringLiteral("docker"),
        QStringList {QStringLiteral("-H"), dockerHost(), QStringLiteral("exec")} + script);
    EXPECT_EQ(ours.exitCode, 3);
    EXPECT_EQ(ours.exitCode, theirs.exitCode);
    EXPECT_EQ(ours.out, theirs.out);
    EXPECT_EQ(ours.err, theirs.err);
    // -i: standard input to the end, its end closing the program's.
    QProcess piped;
    piped.start(berthctlPath(),
        {QStringLiteral("--host"), dockerHost(), QStringLiteral("exec"), QStringLiteral("-i"), name,
            QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("wc -c; echo done")});
    ASSERT_TRUE(piped.waitForStarted());
    piped.write(QByteArray(100000, 'x'));
    piped.closeWriteChannel();
    ASSERT_TRUE(piped.waitForFinished(30000));
    EXPECT_EQ(piped.exitCode(), 0);
    EXPECT_EQ(piped.readAllStandardOutput().simplified(), QByteArray("100000 done"));
    // A missing program: docker's exit code (126 from Docker 20.10, 127 from Docker 28) and the
    // runtime's words.
    const ProcessResult missing = berthctl({QStringLiteral("exec"), name, QStringLiteral("no-such-program")});
    const ProcessResult dockerMissing = run(QStringLiteral("docker"),
        {QStringLiteral("-H"), dockerHost(), QStringLiteral("exec"), name,
            QStringLiteral("no-such-program")});
    EXPECT_TRUE(missing.exitCode == 126 || missing.exitCode == 127) << missing.exitCode;
    EXPECT_EQ(missing.exitCode, dockerMissing.exitCode);
    EXPECT_TRUE(missing.out.contains("executable file not found")) << missing.out.constData();
    // A stopped container says so.
    docker({QStringLiteral("kill"), name});
    const ProcessResult stopped = berthctl({QStringLiteral("exec"), name, QStringLiteral("true")});
    EXPECT_EQ(stopped.exitCode, 1);
    EXPECT_EQ(stopped.err,
        QStringLiteral(
            "berthctl: %1 is not running: start it first (berthctl cannot exec in a stopped container).\n")
            .arg(name)
            .toUtf8());
    docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
}

TEST(Cli, StatsNoStreamListsTheRunningContainersAsDockerDoes)
{
    const QString busy = uniqueName(QStringLiteral("cli-busy"));
    ASSERT_EQ(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                         QStringLiteral("none"), QStringLiteral("--name"), busy, testImage(),
                         QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")})
                  .exitCode,
        0);
    const ProcessResult ours = berthctl({QStringLiteral("stats"), QStringLiteral("--no-stream"), busy});
    const ProcessResult theirs = docker({QStringLiteral("stats"), QStringLiteral("--no-stream"), busy});
    docker({QStringLiteral("rm"), QStringLiteral("-f"), busy});
    ASSERT_EQ(ours.exitCode, 0) << ours.err.constData();
    const QList<QByteArray> ourLines = ours.out.split('\n');
    const QList<QByteArray> theirLines = theirs.out.split('\n');
    ASSERT_GE(ourLines.size(), 2);
    EXPECT_EQ(ourLines[0].simplified(), theirLines[0].simplified()) << "the same columns";
    // The figures are two samples of a changing container: the same shape, a busy CPU.
    const QList<QByteArray> row = ourLines[1].simplified().split(' ');
    ASSERT_GE(row.size(), 11) << ourLines[1].constData();
    EXPECT_EQ(row[1], busy.toUtf8());
    EXPECT_GT(row[2].chopped(1).toDouble(), 50.0) << ourLines[1].constData();
    EXPECT_TRUE(row[3].endsWith("iB")) << ourLines[1].constData();
    EXPECT_EQ(row.last(), QByteArray("1")) << "one process";
}

TEST(Cli, RunMakesWhatDockerRunMakes)
{
    const QString ours = uniqueName(QStringLiteral("cli-run"));
    const QString theirs = uniqueName(QStringLiteral("cli-run-docker"));
    const QStringList options {QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
        QStringLiteral("-e"), QStringLiteral("GREETING=hello world"), QStringLiteral("-l"),
        QStringLiteral("app=web"), QStringLiteral("-w"), QStringLiteral("/tmp"), QStringLiteral("--restart"),
        QStringLiteral("on-failure:3")};
    const QStringList command {
        testImage(), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1000")};
    const ProcessResult made = berthctl(QStringList {QStringLiteral("run")} + options
        + QStringList {QStringLiteral("--name"), ours} + command);
    ASSERT_EQ(made.exitCode, 0) << made.err.constData();
    ASSERT_EQ(docker(QStringList {QStringLiteral("run")} + options
                  + QStringList {QStringLiteral("--name"), theirs} + command)
                  .exitCode,
        0);
    // Its id on stdout, as docker run -d prints it; running, with the same configuration.
    const QString id = QString::fromUtf8(made.out).trimmed();
    EXPECT_EQ(id.size(), 64) << made.out.constData();
    const QString format = QStringLiteral(
        "{{.State.Running}} {{json .Config.Env}} {{json .Config.Labels}} {{.Config.WorkingDir}} "
        "{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}} "
        "{{.HostConfig.NetworkMode}} {{json .Config.Cmd}}");
    const ProcessResult inspectedOurs = docker({QStringLiteral("inspect"), QStringLiteral("-f"), format, id});
    const ProcessResult inspectedTheirs
        = docker({QStringLiteral("inspect"), QStringLiteral("-f"), format, theirs});
    EXPECT_TRUE(inspectedOurs.out.startsWith("true ")) << inspectedOurs.out.constData();
    EXPECT_EQ(inspectedOurs.out, inspectedTheirs.out);

    // A taken name: the engine's words on one line, exit 1, nothing made.
    const ProcessResult again = berthctl(QStringList {QStringLiteral("run")} + options
        + QStringList {QStringLiteral("--name"), ours} + command);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.out.isEmpty());
    EXPECT_TRUE(again.err.contains("already in use")) << again.err.constData();
    // What berthctl cannot do says so before anything is asked of the engine.
    const ProcessResult unknown
        = berthctl({QStringLiteral("run"), QStringLiteral("--frobnicate"), testImage()});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("--frobnicate")) << unknown.err.constData();
    docker({QStringLiteral("rm"), QStringLiteral("-f"), id, theirs});
}
