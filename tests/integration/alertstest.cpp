// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerAlerts on the real event streams, wired as the window wires it (EngineSync's events,
// the client's requests): what someone else does to a container is said, with the exit code the
// docker CLI reports; what Berth itself does is not; a restart loop is said once; a failing
// health check is said. Docker, and Podman 5.8 (Podman 4.3 cannot start containers in this
// sandbox; neither Podman runs health checks without systemd, so health is Docker's test only).
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/volumemodel.h"
#include "sync/containeralerts.h"
#include "sync/enginesync.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

class Alerts : public ::testing::TestWithParam<const char *>
{
protected:
    QString host() const
    {
        return QLatin1String(GetParam()) == QLatin1String("podman5")
            ? QString::fromLocal8Bit(qgetenv("BERTH_TEST_CURRENT_PODMAN_HOST"))
            : dockerHost();
    }

    void SetUp() override
    {
        ASSERT_FALSE(host().isEmpty())
            << "the test command starts Podman 5.8 (BERTH_TEST_CURRENT_PODMAN_HOST)";
        client = connect(host());
        ASSERT_TRUE(client);
        sync = std::make_unique<EngineSync>(client.get(), &containers, &images, &volumes);
        alerts.setClient(client.get());
        QObject::connect(sync.get(), &EngineSync::eventReceived, &alerts, &ContainerAlerts::onEvent);
        QObject::connect(
            &alerts, &ContainerAlerts::alerted, [this](const ContainerAlerts::Alert &a) { said << a; });
        QSignalSpy ready(sync.get(), &EngineSync::ready);
        sync->start();
        ASSERT_TRUE(waitUntil([&] { return ready.count() > 0; }, 30000));
    }

    void TearDown() override
    {
        sync.reset();
        for (const QString &name : made)
            docker(host(), {QStringLiteral("rm"), QStringLiteral("-f"), name});
    }

    /// A container made and started by "someone else" (the docker CLI), with no network.
    QString runElsewhere(const QString &prefix, const QStringList &options, const QStringList &command)
    {
        const QString name = uniqueName(prefix);
        made << name;
        const ProcessResult run = docker(host(),
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                QStringLiteral("--network"), QStringLiteral("none")}
                + options + QStringList {testImage()} + command);
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        return name;
    }

    QList<ContainerAlerts::Alert> saidOf(const QString &name, ContainerAlerts::Kind kind) const
    {
        QList<ContainerAlerts::Alert> found;
        for (const ContainerAlerts::Alert &a : said) {
            if (a.name == name && a.kind == kind)
                found << a;
        }
        return found;
    }

    QString inspect(const QString &name, const QString &format)
    {
        return trimmed(docker(host(), {QStringLiteral("inspect"), QStringLiteral("-f"), format, name}).out);
    }

    bool running(const QString &name)
    {
        return inspect(name, QStringLiteral("{{.State.Running}}")) == "true";
    }

    std::unique_ptr<EngineClient> client;
    ContainerModel containers;
    ImageModel images;
    VolumeModel volumes;
    std::unique_ptr<EngineSync> sync;
    ContainerAlerts alerts;
    QList<ContainerAlerts::Alert> said;
    QStringList made;
};

TEST_P(Alerts, AStopSomeoneElseCausedIsSaidWithItsExitCodeAndBerthsOwnIsNot)
{
    const QString sleeper = runElsewhere(
        QStringLiteral("berth-alert-own"), {}, {QStringLiteral("sleep"), QStringLiteral("600")});
    ASSERT_TRUE(waitUntil([&] { return running(sleeper); }));
    // Berth stops it (a button, a job): its own request, so not a word.
    EngineReply *stopped = wait(ContainersApi(client.get()).stop(sleeper, 1));
    ASSERT_FALSE(stopped->error().isError()) << qPrintable(stopped->error().toString());
    ASSERT_FALSE(running(sleeper));

    // Someone else's container fails on its own.
    const QString failing = runElsewhere(QStringLiteral("berth-alert-fail"), {},
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; exit 3")});
    ASSERT_TRUE(waitUntil([&] { return !saidOf(failing, ContainerAlerts::Kind::Stopped).isEmpty(); }, 30000));
    const ContainerAlerts::Alert failed = saidOf(failing, ContainerAlerts::Kind::Stopped).first();
    EXPECT_EQ(QString::number(failed.exitCode), inspect(failing, QStringLiteral("{{.State.ExitCode}}")));
    EXPECT_EQ(failed.exitCode, 3);
    EXPECT_FALSE(failed.outOfMemory);
    EXPECT_TRUE(failed.text().contains(failing)) << qPrintable(failed.text());

    // The sleeper, started and killed by someone else this time.
    ASSERT_EQ(docker(host(), {QStringLiteral("start"), sleeper}).exitCode, 0);
    ASSERT_TRUE(waitUntil([&] { return running(sleeper); }));
    ASSERT_EQ(docker(host(), {QStringLiteral("kill"), sleeper}).exitCode, 0);
    ASSERT_TRUE(waitUntil([&] { return !saidOf(sleeper, ContainerAlerts::Kind::Stopped).isEmpty(); }, 30000));
    const QList<ContainerAlerts::Alert> sleeperSaid = saidOf(sleeper, ContainerAlerts::Kind::Stopped);
    ASSERT_EQ(sleeperSaid.size(), 1) << "Berth's own stop said nothing; the kill once";
    EXPECT_EQ(
        QString::number(sleeperSaid[0].exitCode), inspect(sleeper, QStringLiteral("{{.State.ExitCode}}")));
    // Docker's kill event names the signal; Podman sends none, and the exit code tells.
    if (QLatin1String(GetParam()) == QLatin1String("docker")) {
        EXPECT_EQ(sleeperSaid[0].signal, 9) << "the kill event names SIGKILL";
    }
    EXPECT_TRUE(sleeperSaid[0].text().contains(QString::number(sleeperSaid[0].exitCode)));
}

TEST_P(Alerts, ARestartLoopIsSaidOnce)
{
    const QString looping = runElsewhere(QStringLiteral("berth-alert-loop"),
        {QStringLiteral("--restart"), QStringLiteral("on-failure:8")},
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 2")});
    ASSERT_TRUE(
        waitUntil([&] { return !saidOf(looping, ContainerAlerts::Kind::Restarting).isEmpty(); }, 60000));
    // Let it go on to its end: still one alert of each kind.
    waitUntil(
        [&] {
            return inspect(looping, QStringLiteral("{{.RestartCount}}")).toInt() >= 8 && !running(looping);
        },
        60000);
    QTest::qWait(1000);
    EXPECT_EQ(saidOf(looping, ContainerAlerts::Kind::Restarting).size(), 1);
    EXPECT_LE(saidOf(looping, ContainerAlerts::Kind::Stopped).size(), 1);
    EXPECT_GE(
        saidOf(looping, ContainerAlerts::Kind::Restarting).first().restarts, ContainerAlerts::RestartCount);
    EXPECT_GE(
        inspect(looping, QStringLiteral("{{.RestartCount}}")).toInt(), ContainerAlerts::RestartCount - 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Alerts, ::testing::Values("docker", "podman5"));

using DockerAlerts = Alerts;

TEST_P(DockerAlerts, AFailingHealthCheckIsSaidOnce)
{
    const QString sick = runElsewhere(QStringLiteral("berth-alert-sick"),
        {QStringLiteral("--health-cmd"), QStringLiteral("exit 1"), QStringLiteral("--health-interval"),
            QStringLiteral("1s"), QStringLiteral("--health-retries"), QStringLiteral("1")},
        {QStringLiteral("sleep"), QStringLiteral("600")});
    ASSERT_TRUE(waitUntil([&] { return !saidOf(sick, ContainerAlerts::Kind::Unhealthy).isEmpty(); }, 30000));
    EXPECT_EQ(inspect(sick, QStringLiteral("{{.State.Health.Status}}")), QStringLiteral("unhealthy"));
    QTest::qWait(3000); // more failing checks: no second alert
    EXPECT_EQ(saidOf(sick, ContainerAlerts::Kind::Unhealthy).size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Docker, DockerAlerts, ::testing::Values("docker"));

} // namespace
