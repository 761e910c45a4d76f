// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerAlerts on events shaped as Docker 20.10/29 and Podman 4/5 send them (captured from the
// test engines); the engines themselves are in tests/integration/alertstest.cpp.
#include "sync/containeralerts.h"

#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

QJsonObject event(const QString &action, const QString &id, const QJsonObject &attributes = {})
{
    QJsonObject attrs = attributes;
    attrs.insert(QStringLiteral("name"), QStringLiteral("web"));
    attrs.insert(QStringLiteral("image"), QStringLiteral("busybox"));
    return QJsonObject {{QStringLiteral("Type"), QStringLiteral("container")},
        {QStringLiteral("Action"), action},
        {QStringLiteral("Actor"),
            QJsonObject {{QStringLiteral("ID"), id}, {QStringLiteral("Attributes"), attrs}}}};
}

const QString Id = QStringLiteral("c3e29c7fc7cc65e52d51113abbeecd8363b5ebed3f5d172f3b914a3e5f530743");

struct Alerts
{
    ContainerAlerts alerts;
    qint64 now = 1000000;
    QList<ContainerAlerts::Alert> said;
    Alerts()
    {
        alerts.setClock([this] { return now; });
        QObject::connect(
            &alerts, &ContainerAlerts::alerted, [this](const ContainerAlerts::Alert &a) { said << a; });
    }
    void feed(const QJsonObject &e) { alerts.onEvent(e); }
};

} // namespace

TEST(ContainerAlerts, ANonZeroExitNobodyAskedForIsSaidWithItsCode)
{
    Alerts a;
    a.feed(event(QStringLiteral("start"), Id));
    a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("3")}}));
    ASSERT_EQ(a.said.size(), 1);
    EXPECT_EQ(a.said[0].kind, ContainerAlerts::Kind::Stopped);
    EXPECT_EQ(a.said[0].exitCode, 3);
    EXPECT_EQ(a.said[0].containerId, Id);
    EXPECT_EQ(a.said[0].text(), QStringLiteral("web stopped with exit code 3."));
}

TEST(ContainerAlerts, AContainerThatFinishedItsWorkSaysNothing)
{
    Alerts a;
    a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("0")}}));
    EXPECT_TRUE(a.said.isEmpty());
}

TEST(ContainerAlerts, PodmanWritesTheCodeAsContainerExitCode)
{
    Alerts a;
    a.feed(event(QStringLiteral("died"), Id, {{QStringLiteral("containerExitCode"), QStringLiteral("3")}}));
    EXPECT_TRUE(a.said.isEmpty()) << "only die stops a container";
    a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("containerExitCode"), QStringLiteral("4")}}));
    ASSERT_EQ(a.said.size(), 1);
    EXPECT_EQ(a.said[0].exitCode, 4);
}

TEST(ContainerAlerts, AStopThisBerthAskedForSaysNothingByIdNameOrShortId)
{
    for (const QString &ref : {Id, QStringLiteral("web"), Id.left(12)}) {
        Alerts a;
        a.feed(event(QStringLiteral("start"), Id));
        a.alerts.onRequest("POST", QStringLiteral("/v1.41/containers/%1/stop?t=10").arg(ref));
        a.now += 9000;
        a.feed(event(QStringLiteral("kill"), Id, {{QStringLiteral("signal"), QStringLiteral("15")}}));
        a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("143")}}));
        EXPECT_TRUE(a.said.isEmpty()) << qPrintable(ref);
        // The request covered that stop only: the next one nobody asked for is said.
        a.feed(event(QStringLiteral("start"), Id));
        a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("1")}}));
        EXPECT_EQ(a.said.size(), 1) << qPrintable(ref);
    }
}

TEST(ContainerAlerts, ARequestBeforeTheContainersFirstEventStillCounts)
{
    Alerts a;
    a.alerts.onRequest("DELETE", QStringLiteral("/v1.51/containers/web?force=1"));
    a.feed(event(QStringLiteral("kill"), Id, {{QStringLiteral("signal"), QStringLiteral("9")}}));
    a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("137")}}));
    EXPECT_TRUE(a.said.isEmpty());
}

TEST(ContainerAlerts, ARequestLongAgoOrAboutAnotherContainerDoesNotCover)
{
    Alerts a;
    a.feed(event(QStringLiteral("start"), Id));
    a.alerts.onRequest("POST", QStringLiteral("/containers/other/stop"));
    a.alerts.onRequest("GET", QStringLiteral("/containers/web/json"));
    a.alerts.onRequest("POST", QStringLiteral("/containers/web/start"));
    a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("1")}}));
    EXPECT_EQ(a.said.size(), 1);

    Alerts b;
    b.feed(event(QStringLiteral("start"), Id));
    b.alerts.onRequest("POST", QStringLiteral("/containers/web/stop"));
    b.now += ContainerAlerts::IntentMs + 1;
    b.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("1")}}));
    EXPECT_EQ(b.said.size(), 1);
}

TEST(ContainerAlerts, AKillBySomeoneElseAndOutOfMemorySayWhy)
{
    Alerts a;
    a.feed(event(QStringLiteral("kill"), Id, {{QStringLiteral("signal"), QStringLiteral("9")}}));
    a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("137")}}));
    ASSERT_EQ(a.said.size(), 1);
    EXPECT_EQ(a.said[0].signal, 9);
    EXPECT_EQ(a.said[0].text(), QStringLiteral("web was killed with signal 9 and stopped (exit code 137)."));

    Alerts b;
    b.feed(event(QStringLiteral("oom"), Id));
    b.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("137")}}));
    ASSERT_EQ(b.said.size(), 1);
    EXPECT_TRUE(b.said[0].outOfMemory);
    EXPECT_EQ(b.said[0].text(), QStringLiteral("web ran out of memory and stopped (exit code 137)."));
}

TEST(ContainerAlerts, UnhealthyInDockersAndPodmansWordsOnceInAQuietPeriod)
{
    Alerts a;
    a.feed(event(QStringLiteral("health_status: healthy"), Id));
    EXPECT_TRUE(a.said.isEmpty());
    a.feed(event(QStringLiteral("health_status: unhealthy"), Id));
    a.feed(event(QStringLiteral("health_status: unhealthy"), Id));
    ASSERT_EQ(a.said.size(), 1);
    EXPECT_EQ(a.said[0].kind, ContainerAlerts::Kind::Unhealthy);
    a.now += ContainerAlerts::QuietMs + 1;
    a.feed(event(QStringLiteral("health_status"), Id,
        {{QStringLiteral("health_status"), QStringLiteral("unhealthy")}}));
    EXPECT_EQ(a.said.size(), 2);
}

TEST(ContainerAlerts, ARestartLoopIsSaidOnceAndQuietensItsStops)
{
    Alerts a;
    int stopped = 0;
    for (int round = 0; round < 6; ++round) {
        a.feed(event(QStringLiteral("start"), Id));
        a.now += 7000;
        a.feed(event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("3")}}));
        if (round == 0)
            stopped = int(a.said.size());
        a.feed(event(QStringLiteral("restart"), Id)); // Podman's word for the policy's restart
    }
    EXPECT_EQ(stopped, 1) << "the first stop is said";
    ASSERT_EQ(a.said.size(), 2) << "then the loop, once";
    EXPECT_EQ(a.said[1].kind, ContainerAlerts::Kind::Restarting);
    EXPECT_EQ(a.said[1].restarts, ContainerAlerts::RestartCount);
    EXPECT_EQ(a.said[1].text(), QStringLiteral("web keeps restarting: 3 starts in a minute and a half."));
}

TEST(ContainerAlerts, StartsSpreadOverHoursAreNoLoop)
{
    Alerts a;
    for (int round = 0; round < 5; ++round) {
        a.feed(event(QStringLiteral("start"), Id));
        a.now += ContainerAlerts::RestartWindowMs;
    }
    EXPECT_TRUE(a.said.isEmpty());
}

TEST(ContainerAlerts, BerthsHelpersAndOtherTypesSayNothing)
{
    Alerts a;
    a.feed(event(QStringLiteral("die"), Id,
        {{QStringLiteral("exitCode"), QStringLiteral("1")},
            {QStringLiteral("io.github.berth.helper"), QStringLiteral("")}}));
    QJsonObject image = event(QStringLiteral("die"), Id, {{QStringLiteral("exitCode"), QStringLiteral("1")}});
    image.insert(QStringLiteral("Type"), QStringLiteral("image"));
    a.feed(image);
    a.feed(QJsonObject {});
    EXPECT_TRUE(a.said.isEmpty());
}
