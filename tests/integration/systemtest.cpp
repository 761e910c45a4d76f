// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containersapi.h"
#include "engine/systemapi.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace TestSupport;

TEST(System, ConnectsAndNegotiates)
{
    auto client = connect(dockerHost());
    ASSERT_EQ(client->state(), EngineClient::State::Connected);
    const EngineInfo &info = client->info();
    EXPECT_EQ(info.name, QStringLiteral("Docker Engine"));
    EXPECT_FALSE(info.version.isEmpty());
    EXPECT_FALSE(info.podman);
    EXPECT_EQ(info.api, std::min(info.engineApi, EngineClient::NewestApi));
    EXPECT_EQ(info.os, QStringLiteral("linux"));
}

TEST(System, PingVersionInfoAndDiskUsage)
{
    auto client = connect(dockerHost());
    SystemApi api(client.get());
    EngineReply *ping = wait(api.ping());
    EXPECT_EQ(ping->body(), "OK");
    EXPECT_FALSE(ping->header("Api-Version").isEmpty());

    EngineReply *version = wait(api.version());
    EXPECT_EQ(version->json().object().value(QLatin1String("Version")).toString(), client->info().version);

    EngineReply *info = wait(api.info());
    ASSERT_FALSE(info->error().isError()) << qPrintable(info->error().message());
    EXPECT_GE(info->json().object().value(QLatin1String("Images")).toInt(), 1) << "the test image is there";

    EngineReply *df = wait(api.dataUsage());
    ASSERT_FALSE(df->error().isError());
    EXPECT_TRUE(df->json().object().value(QLatin1String("Images")).isArray());
}

TEST(System, KeepAliveReusesOneConnectionForShortCalls)
{
    auto client = connect(dockerHost());
    SystemApi api(client.get());
    client->dropIdleConnections(); // the handshake's two parallel calls leave two behind
    wait(api.version());
    EXPECT_EQ(client->idleConnectionCount(), 1);
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(wait(api.version())->error().isError());
    EXPECT_EQ(client->idleConnectionCount(), 1) << "sequential calls share the pooled connection";
}

TEST(System, EventsStreamDeliversWhatHappensAndStopsAtUntil)
{
    auto client = connect(dockerHost());
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;
    SystemApi system(client.get());
    EventsOptions live;
    live.filters.insert(QStringLiteral("type"), {QStringLiteral("container")});
    EngineReply *stream = system.events(live);
    QList<QJsonObject> seen;
    QObject::connect(stream, &EngineReply::jsonReceived, [&](const QJsonObject &o) { seen.append(o); });
    ASSERT_TRUE(waitUntil([&] { return stream->statusCode() == 200; }));

    const QString name = uniqueName(QStringLiteral("berth-events"));
    ContainersApi containers(client.get());
    EngineReply *created
        = wait(containers.create({{QStringLiteral("Image"), testImage()},
                                     {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("true")}}},
            name));
    ASSERT_FALSE(created->error().isError()) << qPrintable(created->error().message());
    const QString id = created->json().object().value(QLatin1String("Id")).toString();
    wait(containers.remove(id, {true, false}));

    ASSERT_TRUE(waitUntil([&] {
        for (const auto &e : seen)
            if (e.value(QLatin1String("Action")).toString() == QLatin1String("destroy")
                && e.value(QLatin1String("id")).toString() == id)
                return true;
        return false;
    })) << "the live stream reports create and destroy";
    EXPECT_FALSE(stream->isFinished()) << "an events stream never ends on its own";
    stream->abort();

    EventsOptions replay;
    replay.since = QString::number(since);
    replay.until = QString::number(QDateTime::currentSecsSinceEpoch() + 1);
    replay.filters.insert(QStringLiteral("container"), {id});
    EngineReply *history = system.events(replay);
    QStringList actions;
    QObject::connect(history, &EngineReply::jsonReceived,
        [&](const QJsonObject &o) { actions << o.value(QLatin1String("Action")).toString(); });
    wait(history);
    EXPECT_FALSE(history->error().isError()) << qPrintable(history->error().message());
    EXPECT_TRUE(actions.contains(QStringLiteral("create"))) << qPrintable(actions.join(u','));
    EXPECT_TRUE(actions.contains(QStringLiteral("destroy"))) << qPrintable(actions.join(u','));
}
