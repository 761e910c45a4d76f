// SPDX-License-Identifier: GPL-3.0-or-later
// Podman's Docker-compatible API, the second real peer.
#include "containersapi.h"
#include "imagesapi.h"
#include "systemapi.h"
#include "testsupport.h"
#include "volumesapi.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
ContainerListOptions allContainers()
{
    ContainerListOptions o;
    o.all = true;
    return o;
}
} // namespace

TEST(Podman, PingVersionAndLists)
{
    auto client = connect(podmanHost());
    ASSERT_EQ(client->state(), EngineClient::State::Connected);
    EXPECT_TRUE(client->info().podman) << "detected by Libpod-Api-Version";
    EXPECT_EQ(client->info().name, QStringLiteral("Podman"));
    EXPECT_FALSE(client->info().version.isEmpty());

    EngineReply *ping = wait(SystemApi(client.get()).ping());
    EXPECT_EQ(ping->body(), "OK");
    EngineReply *version = wait(SystemApi(client.get()).version());
    EXPECT_EQ(version->json().object().value(QLatin1String("Version")).toString(), client->info().version);

    EngineReply *containers = wait(ContainersApi(client.get()).list(allContainers()));
    EXPECT_FALSE(containers->error().isError()) << qPrintable(containers->error().message());
    EXPECT_TRUE(containers->json().isArray());
    EngineReply *images = wait(ImagesApi(client.get()).list());
    EXPECT_FALSE(images->error().isError());
    EXPECT_TRUE(images->json().isArray());

    VolumeCreateOptions options;
    options.name = uniqueName(QStringLiteral("berth-podman"));
    ASSERT_FALSE(wait(VolumesApi(client.get()).create(options))->error().isError());
    const auto volumes = VolumesApi::parseList(wait(VolumesApi(client.get()).list())->body());
    EXPECT_TRUE(std::any_of(
        volumes.begin(), volumes.end(), [&](const VolumeInfo &v) { return v.name == options.name; }));
    EXPECT_FALSE(wait(VolumesApi(client.get()).remove(options.name))->error().isError());

    // Podman answers unknown containers with 404 too, its message in the same field.
    EngineReply *missing = wait(ContainersApi(client.get()).inspect(QStringLiteral("berth-no-such")));
    EXPECT_EQ(missing->error().kind(), EngineError::NotFound);
    EXPECT_FALSE(missing->error().message().isEmpty());
}
