// SPDX-License-Identifier: GPL-3.0-or-later
// EngineSync against a scripted engine, for orderings a real engine will not produce on demand.
#include "enginesync.h"
#include "containermodel.h"
#include "fakeengine.h"
#include "imagemodel.h"
#include "testsupport.h"
#include "volumemodel.h"

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
} // namespace

TEST(EngineSync, AListingAnsweredAfterTheDestroyEventDoesNotBringTheRowBack)
{
    FakeEngine fake;
    fake.setHandler([](const QByteArray &target) -> FakeEngine::Script {
        if (target == "/_ping")
            return {"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK", false};
        if (target == "/version")
            return FakeEngine::json(R"({"Version":"99.0-fake","ApiVersion":"1.41","MinAPIVersion":"1.12"})");
        if (target.startsWith("/v1.41/events"))
            return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                false, 0, true};
        if (target.startsWith("/v1.41/containers/json") && target.contains("filters"))
            return FakeEngine::json(containerX, 300); // slow: answered after the destroy event
        if (target.startsWith("/v1.41/containers/json"))
            return FakeEngine::json("[]");
        if (target.startsWith("/v1.41/images/json"))
            return FakeEngine::json("[]");
        if (target.startsWith("/v1.41/volumes"))
            return FakeEngine::json(R"({"Volumes":null})");
        return FakeEngine::json("{}");
    });
    EngineClient client(EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint);
    ContainerModel containers;
    ImageModel images;
    VolumeModel volumes;
    EngineSync sync(&client, &containers, &images, &volumes);
    QSignalSpy ready(&sync, &EngineSync::ready);
    sync.start();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return ready.count() == 1; }));

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
    fake.setHandler([&](const QByteArray &target) -> FakeEngine::Script {
        if (target == "/_ping")
            return {"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK", false};
        if (target == "/version")
            return FakeEngine::json(R"({"Version":"99.0-fake","ApiVersion":"1.41","MinAPIVersion":"1.12"})");
        if (target.startsWith("/v1.41/events"))
            return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                false, 0, true};
        if (target.startsWith("/v1.41/containers/json") && target.contains("filters"))
            return FakeEngine::json(containerX);
        if (target.startsWith("/v1.41/containers/json")) {
            listed = true;
            return FakeEngine::json("[]", 300); // the first listing is slow and misses x
        }
        if (target.startsWith("/v1.41/volumes"))
            return FakeEngine::json(R"({"Volumes":[]})");
        return FakeEngine::json("[]");
    });
    EngineClient client(EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint);
    ContainerModel containers;
    ImageModel images;
    VolumeModel volumes;
    EngineSync sync(&client, &containers, &images, &volumes);
    QSignalSpy ready(&sync, &EngineSync::ready);
    sync.start();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return listed; }));
    TestSupport::waitUntil([] { return false; }, 50);
    fake.pushToStreams(event("create", "x")); // while the listing is still being answered
    ASSERT_TRUE(TestSupport::waitUntil([&] { return ready.count() == 1; }));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return containers.rowOf(QStringLiteral("x")) == 0; }))
        << "the event seen during the load was replayed after it";
    EXPECT_EQ(containers.status(), ResourceListModel::Ready);
}
