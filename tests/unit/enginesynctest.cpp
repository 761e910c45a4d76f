// SPDX-License-Identifier: GPL-3.0-or-later
// EngineSync against a scripted engine, for orderings a real engine will not produce on demand.
#include "sync/enginesync.h"
#include "fakeengine.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/networkmodel.h"
#include "model/volumemodel.h"
#include "testsupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray event(const char *action, const char *id)
{
    return chunk(QByteArray(R"({"Type":"container","Action":")") + action + R"(","Actor":{"ID":")" + id
        + R"(","Attributes":{}},"time":1})" + "\n");
}

const QByteArray containerX
    = R"([{"Id":"x","Names":["/x"],"Image":"busybox","State":"running","Status":"Up"}])";
/// A scripted engine: a handshake, an open event stream, empty lists; @p containers answers the
/// container listings (the first listing, and the re-lists by id filter).
FakeEngine::Handler engineWith(const std::function<FakeEngine::Script(bool byId)> &containers)
{
    return [containers](const QByteArray &target) -> FakeEngine::Script {
        if (target == "/_ping")
            return {"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK", false};
        if (target == "/version")
            return FakeEngine::json(R"({"Version":"99.0-fake","ApiVersion":"1.41","MinAPIVersion":"1.12"})");
        if (target.startsWith("/v1.41/events"))
            return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                false, 0, true};
        if (target.startsWith("/v1.41/containers/json"))
            return containers(target.contains("filters"));
        if (target.startsWith("/v1.41/volumes"))
            return FakeEngine::json(R"({"Volumes":null})");
        if (target.startsWith("/v1.41/system/df"))
            return FakeEngine::json("{}");
        return FakeEngine::json("[]");
    };
}

/// Berth's models and sync on the fake, Ready.
struct Synced
{
    explicit Synced(const FakeEngine &fake)
        : client(EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint)
        , sync(&client, &containers, &images, &volumes)
        , ready(&sync, &EngineSync::ready)
    {
        sync.start();
    }
    EngineClient client;
    ContainerModel containers;
    ImageModel images;
    VolumeModel volumes;
    EngineSync sync;
    QSignalSpy ready;
};
} // namespace

TEST(EngineSync, AListingAnsweredAfterTheDestroyEventDoesNotBringTheRowBack)
{
    FakeEngine fake;
    fake.setHandler(engineWith([](bool byId) {
        // The re-list by id is slow: it answers after the destroy event, still showing x.
        return byId ? FakeEngine::json(containerX, 300) : FakeEngine::json("[]");
    }));
    Synced s(fake);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return s.ready.count() == 1; }));
    auto &containers = s.containers;
    auto &sync = s.sync;

    fake.pushToStreams(event("start", "x"));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return sync.counters().containerRefreshes == 1; }));
    fake.pushToStreams(event("destroy", "x"));
    // Let the slow listing answer (it still shows x), then some more.
    TestSupport::waitUntil([] { return false; }, 600);
    EXPECT_EQ(containers.rowOf(QStringLiteral("x")), -1);
    EXPECT_EQ(containers.count(), 0);
}

TEST(EngineSync, EventsDuringTheFirstListingAreAppliedAfterIt)
{
    FakeEngine fake;
    bool listed = false;
    fake.setHandler(engineWith([&listed](bool byId) {
        if (byId)
            return FakeEngine::json(containerX);
        listed = true;
        return FakeEngine::json("[]", 300); // the first listing is slow and misses x
    }));
    Synced s(fake);
    auto &containers = s.containers;
    auto &ready = s.ready;
    ASSERT_TRUE(TestSupport::waitUntil([&] { return listed; }));
    TestSupport::waitUntil([] { return false; }, 50);
    fake.pushToStreams(event("create", "x")); // while the listing is still being answered
    ASSERT_TRUE(TestSupport::waitUntil([&] { return ready.count() == 1; }));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return containers.rowOf(QStringLiteral("x")) == 0; }))
        << "the event seen during the load was replayed after it";
    EXPECT_EQ(containers.status(), ResourceListModel::Ready);
}

TEST(EngineSync, ARenameListedWithBothNamesShowsTheNewOne)
{
    // Regression: Docker 20.10 re-lists a just-renamed container as ["/old", "/new"] and sends
    // nothing more, so the row kept showing the old name.
    FakeEngine fake;
    fake.setHandler(engineWith([](bool byId) {
        return byId ? FakeEngine::json(R"([{"Id":"x","Names":["/old","/new"],"State":"running"}])")
                    : FakeEngine::json(R"([{"Id":"x","Names":["/old"],"State":"running"}])");
    }));
    Synced s(fake);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return s.ready.count() == 1; }));
    ASSERT_EQ(s.containers.find(QStringLiteral("x"))->name(), QStringLiteral("old"));
    fake.pushToStreams(chunk(R"({"Type":"container","Action":"rename","Actor":{"ID":"x","Attributes":)"
                             R"({"name":"new","oldName":"/old"}},"time":1})"
                             "\n"));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return s.sync.counters().containerRefreshes == 1; }));
    ASSERT_TRUE(TestSupport::waitUntil([&] {
        return s.containers.find(QStringLiteral("x"))->name() == QStringLiteral("new");
    })) << qPrintable(s.containers.find(QStringLiteral("x"))->names.join(u','));
    EXPECT_EQ(s.containers.find(QStringLiteral("x"))->names, QStringList {QStringLiteral("new")});
}

TEST(EngineSync, AnUnpauseTheListDoesNotShowYetIsAskedAgain)
{
    // Docker 20.10 sends "unpause" and then lists the container as paused for a moment, with no
    // event after: the re-list must be asked again until it shows the state the event promised.
    const QByteArray paused
        = R"j([{"Id":"x","Names":["/x"],"Image":"busybox","State":"paused","Status":"Up (Paused)"}])j";
    int relists = 0;
    FakeEngine fake;
    fake.setHandler(engineWith([&](bool byId) {
        if (!byId)
            return FakeEngine::json(paused);
        return FakeEngine::json(++relists < 3 ? paused : containerX); // the third look sees it
    }));
    Synced s(fake);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return s.ready.count() == 1; }));
    ASSERT_EQ(s.containers.rows().value(0).state, QStringLiteral("paused"));
    fake.pushToStreams(event("unpause", "x"));
    EXPECT_TRUE(TestSupport::waitUntil([&] {
        return s.containers.rows().value(0).state == QLatin1String("running");
    })) << "still "
        << qPrintable(s.containers.rows().value(0).state) << " after " << relists << " looks";
    EXPECT_EQ(relists, 3);
    // Once it agrees, no more looks.
    TestSupport::waitUntil([] { return false; }, 300);
    EXPECT_EQ(relists, 3);
}

TEST(EngineSync, AnotherClientShowsOnlyItsEnginesRows)
{
    // The window's engine switch: the first engine's rows go at once, the second's come.
    FakeEngine first;
    first.setHandler(engineWith([](bool) { return FakeEngine::json(containerX); }));
    FakeEngine second;
    second.setHandler(engineWith([](bool) {
        return FakeEngine::json(
            R"([{"Id":"y","Names":["/y"],"Image":"busybox","State":"exited","Status":"Exited"}])");
    }));
    Synced s(first);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return s.ready.count() == 1; }));
    ASSERT_EQ(s.containers.rowOf(QStringLiteral("x")), 0);

    EngineClient other(EndpointResolver::parseHost(second.host(), QStringLiteral("test")).endpoint);
    s.sync.setClient(&other);
    EXPECT_EQ(s.containers.count(), 0) << "nothing of the first engine under the second's name";
    EXPECT_EQ(s.containers.status(), ResourceListModel::NotConnected);
    s.sync.start();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return s.ready.count() == 2; }));
    EXPECT_EQ(s.containers.rowOf(QStringLiteral("y")), 0);
    EXPECT_EQ(s.containers.rowOf(QStringLiteral("x")), -1);
    // The first engine's events no longer reach the models.
    first.pushToStreams(event("start", "x"));
    TestSupport::waitUntil([] { return false; }, 200);
    EXPECT_EQ(s.containers.count(), 1);
    EXPECT_EQ(s.sync.counters().containerRefreshes, 0);
}

TEST(EngineSync, ANetworkListThatFailsLeavesTheRestShown)
{
    // A network backend that fails (a broken netavark, say) must not keep the window waiting:
    // containers, images and volumes are shown, the Networks page says what went wrong.
    FakeEngine fake;
    const FakeEngine::Handler engine = engineWith([](bool) { return FakeEngine::json(containerX); });
    fake.setHandler([engine](const QByteArray &target) -> FakeEngine::Script {
        if (target.startsWith("/v1.41/networks")) {
            const QByteArray body = R"({"message":"netavark: it broke"})";
            return {"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                false};
        }
        return engine(target);
    });
    EngineClient client(EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint);
    ContainerModel containers;
    ImageModel images;
    VolumeModel volumes;
    NetworkModel networks;
    EngineSync sync(&client, &containers, &images, &volumes);
    sync.setNetworks(&networks);
    QSignalSpy ready(&sync, &EngineSync::ready);
    sync.start();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(containers.status(), ResourceListModel::Ready);
    EXPECT_EQ(containers.count(), 1);
    EXPECT_EQ(networks.status(), ResourceListModel::Error);
    EXPECT_TRUE(networks.errorString().contains(QLatin1String("it broke")))
        << qPrintable(networks.errorString());
}
