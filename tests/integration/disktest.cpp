// SPDX-License-Identifier: GPL-3.0-or-later
// Disk use and health against every engine of the suite: berthctl system df (plain, --format json
// and -v) byte for byte as docker system df prints it for the same engine, with this test's
// volumes and containers in it; containers whose health check passes and fails, as docker ps and
// docker inspect show them, made by berthctl run with docker run's --health-* options.
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/systemapi.h"
#include "model/containerinfo.h"
#include "model/diskusage.h"
#include "model/displayformat.h"
#include "model/healthresult.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace TestSupport;

namespace {

ProcessResult berthctl(const QString &host, const QStringList &args)
{
    return VolumeFixtures::berthctl(host, args);
}

ProcessResult dockerMayFail(const QString &host, const QStringList &args)
{
    return run(QStringLiteral("docker"), QStringList {QStringLiteral("-H"), host} + args);
}

class DiskUse : public ::testing::TestWithParam<const char *>
{
protected:
    bool podman() const { return QLatin1String(GetParam()) == QLatin1String("podman"); }
    QString host() const { return podman() ? podmanHost() : dockerHost(); }

    void TearDown() override
    {
        for (const QString &c : m_containers)
            dockerMayFail(host(), {QStringLiteral("rm"), QStringLiteral("-f"), c});
        for (const QString &v : m_volumes)
            dockerMayFail(host(), {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), v});
    }

    /// docker run's options every container of these tests gets: no network, and on Podman limits
    /// this machine allows (its default ones are refused here).
    QStringList runOptions() const
    {
        QStringList args {QStringLiteral("--network"), QStringLiteral("none")};
        if (podman()) {
            args << QStringLiteral("--ulimit") << QStringLiteral("nofile=1024:1024")
                 << QStringLiteral("--ulimit") << QStringLiteral("nproc=1024:1024");
        }
        return args;
    }

    /// Ours, theirs and ours again until ours did not change meanwhile and theirs is the same
    /// bytes: other tests on the same engine come and go (and tag the test image), so one
    /// attempt may see them half-way; a difference that stays fails after 8.
    void expectSameAsDocker(const QStringList &args)
    {
        QString lastOurs, lastTheirs;
        for (int attempt = 0; attempt < 8; ++attempt) {
            if (attempt > 0)
                QThread::msleep(500);
            const ProcessResult before = berthctl(host(), args);
            const ProcessResult theirs = docker(host(), args);
            const ProcessResult after = berthctl(host(), args);
            ASSERT_EQ(before.exitCode, 0) << before.err.constData();
            if (before.out != after.out)
                continue;
            QString ours = QString::fromUtf8(before.out), cli = QString::fromUtf8(theirs.out);
            if (args.contains(QStringLiteral("-v"))) {
                // The engine lists volumes in no fixed order (Docker 28.5: a new one each time),
                // so -v's rows are compared as sets, each row byte for byte.
                ours = rowsSorted(ours);
                cli = rowsSorted(cli);
            }
            if (podman() && args.contains(QStringLiteral("-v"))) {
                // Podman 4 lists names without docker's leading '/', and the docker CLI cuts the
                // first character all the same ("erth-…"); Berth shows the whole name. The rest
                // of each row must be the same bytes.
                EXPECT_TRUE(before.out.contains(m_containers.value(0).toUtf8())) << before.out.constData();
                ours = withoutContainerNames(ours);
                cli = withoutContainerNames(cli);
            }
            if (ours == cli)
                return;
            lastOurs = ours;
            lastTheirs = cli;
        }
        EXPECT_EQ(lastOurs, lastTheirs) << qPrintable(args.join(' '));
        if (lastOurs.isEmpty())
            ADD_FAILURE() << "the engine's disk use kept changing: " << qPrintable(args.join(' '));
    }

    /// Each blank-line separated part of @p text with its lines sorted.
    static QString rowsSorted(const QString &text)
    {
        QStringList parts = text.split(QStringLiteral("\n\n"));
        for (QString &part : parts) {
            QStringList lines = part.split(QLatin1Char('\n'));
            lines.sort();
            part = lines.join(QLatin1Char('\n'));
        }
        return parts.join(QStringLiteral("\n\n"));
    }
    /// docker system df -v's text with the last column (NAMES) of the containers' rows cut.
    static QString withoutContainerNames(const QString &text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            // A container's row starts with its 12-digit id.
            static const QRegularExpression row(QStringLiteral("^[0-9a-f]{12}   "));
            if (row.match(line).hasMatch())
                line = line.left(line.lastIndexOf(QLatin1String("   ")));
        }
        return lines.join(QLatin1Char('\n'));
    }

    QStringList m_containers;
    QStringList m_volumes;
};

} // namespace

TEST_P(DiskUse, SystemDfAsDockerPrintsIt)
{
    // A volume with 300 kB no container uses, one with 1.2 MB a running (Docker) container
    // mounts, and an exited container that wrote 45678 bytes of its own.
    const QString spare = uniqueName(QStringLiteral("berth-df-spare"));
    const QString used = uniqueName(QStringLiteral("berth-df-used"));
    const QString exited = uniqueName(QStringLiteral("berth-df-exited"));
    const QString running = uniqueName(QStringLiteral("berth-df-running"));
    m_volumes << spare << used;
    m_containers << exited << running;
    docker(host(), {QStringLiteral("volume"), QStringLiteral("create"), spare});
    docker(host(), {QStringLiteral("volume"), QStringLiteral("create"), used});
    docker(host(),
        QStringList {QStringLiteral("run"), QStringLiteral("--rm")} + runOptions()
            + QStringList {QStringLiteral("-v"), spare + QStringLiteral(":/d"), testImage(),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("head -c 300000 /dev/zero > /d/f")});
    docker(host(),
        QStringList {QStringLiteral("run"), QStringLiteral("--name"), exited} + runOptions()
            + QStringList {testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("head -c 45678 /dev/zero > /x")});
    docker(host(),
        QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), running}
            + runOptions()
            + QStringList {QStringLiteral("-v"), used + QStringLiteral(":/d"), testImage(),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("head -c 1234567 /dev/zero > /d/f; sleep 600")});

    expectSameAsDocker({QStringLiteral("system"), QStringLiteral("df")});
    expectSameAsDocker(
        {QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("--format"), QStringLiteral("json")});
    expectSameAsDocker({QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("-v")});

    // What Berth read has this test's things with the sizes the docker CLI shows for them.
    auto client = connect(host());
    EngineReply *reply = wait(SystemApi(client.get()).dataUsage());
    ASSERT_FALSE(reply->error().isError()) << qPrintable(reply->error().toString());
    DiskUsage du;
    QString error;
    ASSERT_TRUE(DiskUsage::parse(reply->body(), &du, &error)) << qPrintable(error);
    const QString volumes = QString::fromUtf8(docker(host(),
        {QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("-v"), QStringLiteral("--format"),
            QStringLiteral("{{range .Volumes}}{{.Name}} {{.Links}} {{.Size}}\n{{end}}")})
                                                  .out);
    int found = 0;
    for (const VolumeInfo &v : du.volumeItems) {
        if (v.name != spare && v.name != used)
            continue;
        ++found;
        EXPECT_TRUE(volumes.contains(QStringLiteral("%1 %2 %3\n")
                                         .arg(v.name)
                                         .arg(v.refCount)
                                         .arg(DisplayFormat::humanSize(v.size, 4))))
            << qPrintable(volumes);
        if (v.name == spare) {
            EXPECT_EQ(v.refCount, 0);
        }
    }
    EXPECT_EQ(found, 2);
}

TEST_P(DiskUse, DfRefusesWhatItDoesNotTake)
{
    const ProcessResult bad = berthctl(host(),
        {QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("--format"), QStringLiteral("yaml")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains("usage")) << bad.err.constData();
    const ProcessResult unknown = berthctl(host(), {QStringLiteral("system"), QStringLiteral("prune")});
    EXPECT_NE(unknown.exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, DiskUse, ::testing::Values("docker", "podman"));

namespace {

/// Health checks on Docker: Podman runs them from systemd timers, which its service here has not.
class Health : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (const QString &c : m_containers)
            dockerMayFail(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), c});
    }
    QString inspect(const QString &name, const char *format)
    {
        return trimmed(docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("--format"), QString::fromLatin1(format), name})
                           .out);
    }
    QStringList m_containers;
};

} // namespace

TEST_F(Health, PassingAndFailingChecksAsDockerShowsThem)
{
    const QString good = uniqueName(QStringLiteral("berth-health-ok"));
    const QString bad = uniqueName(QStringLiteral("berth-health-bad"));
    m_containers << good << bad;
    const ProcessResult madeGood = berthctl(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), good,
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--health-cmd"),
            QStringLiteral("test -e /bin/sh"), QStringLiteral("--health-interval"), QStringLiteral("1s"),
            QStringLiteral("--health-timeout=5s"), QStringLiteral("--health-retries"), QStringLiteral("2"),
            QStringLiteral("--health-start-period"), QStringLiteral("1m30s"), testImage(),
            QStringLiteral("sleep"), QStringLiteral("600")});
    ASSERT_EQ(madeGood.exitCode, 0) << madeGood.err.constData();
    const ProcessResult madeBad = berthctl(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), bad,
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--health-cmd"),
            QStringLiteral("echo not ready; exit 3"), QStringLiteral("--health-interval"),
            QStringLiteral("500ms"), QStringLiteral("--health-retries"), QStringLiteral("1"), testImage(),
            QStringLiteral("sleep"), QStringLiteral("600")});
    ASSERT_EQ(madeBad.exitCode, 0) << madeBad.err.constData();

    // The check as docker run's flags would have made it.
    EXPECT_EQ(inspect(good, "{{json .Config.Healthcheck}}"),
        QStringLiteral(
            R"({"Test":["CMD-SHELL","test -e /bin/sh"],"Interval":1000000000,"Timeout":5000000000,)"
            R"("StartPeriod":90000000000,"Retries":2})"));
    EXPECT_TRUE(waitUntil(
        [&] { return inspect(good, "{{.State.Health.Status}}") == QLatin1String("healthy"); }, 30000));
    EXPECT_TRUE(waitUntil(
        [&] { return inspect(bad, "{{.State.Health.Status}}") == QLatin1String("unhealthy"); }, 30000));

    // berthctl ps: STATUS as docker ps shows it ("Up 3 seconds (healthy)"); a second may tick between.
    bool same = false;
    QString ours, theirs;
    for (int attempt = 0; attempt < 5 && !same; ++attempt) {
        const ProcessResult ps = berthctl(dockerHost(), {QStringLiteral("ps")});
        ours.clear();
        for (const QString &line : QString::fromUtf8(ps.out).split(QLatin1Char('\n'))) {
            if (line.contains(good) || line.contains(bad))
                ours += line.simplified() + QLatin1Char('\n');
        }
        theirs = QString::fromUtf8(docker(dockerHost(),
            {QStringLiteral("ps"), QStringLiteral("--filter"), QStringLiteral("name=berth-health-"),
                QStringLiteral("--format"), QStringLiteral("{{.Status}} {{.Names}}")})
                                       .out);
        QStringList expected;
        for (const QString &line : theirs.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.endsWith(good) || line.endsWith(bad))
                expected << line;
        }
        same = expected.size() == 2;
        for (const QString &e : expected)
            same = same && ours.contains(e.simplified() + QLatin1Char('\n'));
    }
    EXPECT_TRUE(same) << qPrintable(ours) << "\nvs\n" << qPrintable(theirs);
    EXPECT_TRUE(ours.contains(QStringLiteral("(healthy) ") + good)) << qPrintable(ours);
    EXPECT_TRUE(ours.contains(QStringLiteral("(unhealthy) ") + bad)) << qPrintable(ours);

    // The list's health, and the health log read from inspect, as docker inspect has them.
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    ContainerListOptions list;
    list.all = true;
    const QList<ContainerInfo> containers = ContainersApi::parseList(wait(api.list(list))->body());
    int seen = 0;
    for (const ContainerInfo &c : containers) {
        if (c.name() == good) {
            EXPECT_EQ(c.health(), QStringLiteral("healthy"));
            ++seen;
        } else if (c.name() == bad) {
            EXPECT_EQ(c.health(), QStringLiteral("unhealthy"));
            ++seen;
        }
    }
    EXPECT_EQ(seen, 2);
    const QJsonObject state
        = wait(api.inspect(bad))->json().object().value(QLatin1String("State")).toObject();
    const QList<HealthResult> log = HealthResult::parseLog(state);
    const QString dockerLog
        = inspect(bad, "{{range .State.Health.Log}}{{.ExitCode}}|{{.Output}}|{{.Start.Unix}}\n{{end}}");
    QString ourLog;
    for (const HealthResult &r : log)
        ourLog += QStringLiteral("%1|%2|%3\n").arg(r.exitCode).arg(r.output).arg(r.start.toSecsSinceEpoch());
    // The log moves on every 500 ms: compare the results both have.
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.first().exitCode, 3);
    EXPECT_EQ(log.first().output, QStringLiteral("not ready\n"));
    EXPECT_TRUE(dockerLog.contains(ourLog.section(QLatin1Char('\n'), 0, 0)))
        << qPrintable(ourLog) << qPrintable(dockerLog);
}

TEST_F(Health, NoHealthcheckTurnsTheImagesOff)
{
    const QString name = uniqueName(QStringLiteral("berth-health-none"));
    m_containers << name;
    const ProcessResult conflict = berthctl(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--no-healthcheck"),
            QStringLiteral("--health-cmd"), QStringLiteral("true"), testImage()});
    EXPECT_NE(conflict.exitCode, 0);
    const ProcessResult tooShort = berthctl(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--health-interval"),
            QStringLiteral("10us"), testImage()});
    EXPECT_NE(tooShort.exitCode, 0);
    EXPECT_TRUE(tooShort.err.contains("--health-interval")) << tooShort.err.constData();
    const ProcessResult made = berthctl(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--no-healthcheck"),
            testImage(), QStringLiteral("sleep"), QStringLiteral("600")});
    ASSERT_EQ(made.exitCode, 0) << made.err.constData();
    EXPECT_EQ(inspect(name, "{{json .Config.Healthcheck.Test}}"), QStringLiteral(R"(["NONE"])"));
}
