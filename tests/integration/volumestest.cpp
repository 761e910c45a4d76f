// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containersapi.h"
#include "engine/volumesapi.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace TestSupport;

TEST(Volumes, CreateInspectListRemove)
{
    auto client = connect(dockerHost());
    VolumesApi api(client.get());
    VolumeCreateOptions options;
    options.name = uniqueName(QStringLiteral("berth-vol"));
    options.labels.insert(QStringLiteral("berth.test"), QStringLiteral("volume"));
    EngineReply *created = wait(api.create(options));
    ASSERT_FALSE(created->error().isError()) << qPrintable(created->error().message());
    EXPECT_EQ(VolumeInfo::fromJson(created->json().object()).name, options.name);

    const VolumeInfo inspected = VolumeInfo::fromJson(wait(api.inspect(options.name))->json().object());
    EXPECT_EQ(inspected.driver, QStringLiteral("local"));
    EXPECT_EQ(inspected.labels.value(QStringLiteral("berth.test")), QStringLiteral("volume"));
    EXPECT_FALSE(inspected.mountpoint.isEmpty());

    const auto listed = VolumesApi::parseList(
        wait(api.list({{QStringLiteral("label"), {QStringLiteral("berth.test=volume")}}}))->body());
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].name, options.name);

    // In use by a container: removal is a conflict naming it.
    ContainersApi containers(client.get());
    const QJsonObject cfg {{QStringLiteral("Image"), testImage()},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("true")}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("Binds"), QJsonArray {options.name + QStringLiteral(":/data")}},
                {QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString user = wait(containers.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    EngineReply *inUse = wait(api.remove(options.name));
    EXPECT_EQ(inUse->error().kind(), EngineError::Conflict);
    EXPECT_TRUE(inUse->error().message().contains(user.left(12)) || inUse->error().message().contains(user))
        << qPrintable(inUse->error().message());
    wait(containers.remove(user, {true, false}));

    EXPECT_FALSE(wait(api.remove(options.name))->error().isError());
    EXPECT_EQ(wait(api.remove(options.name))->error().kind(), EngineError::NotFound);
    EXPECT_EQ(wait(api.inspect(QString()))->error().kind(), EngineError::InvalidArgument);
}

TEST(Volumes, PruneRemovesUnusedNamedVolumesAtApi141)
{
    auto client = connect(dockerHost());
    VolumesApi api(client.get());
    VolumeCreateOptions options;
    options.name = uniqueName(QStringLiteral("berth-prune"));
    options.labels.insert(QStringLiteral("berth.test.prune"), options.name);
    ASSERT_FALSE(wait(api.create(options))->error().isError());
    EngineReply *pruned
        = wait(api.prune({{QStringLiteral("label"), {QStringLiteral("berth.test.prune=") + options.name}}}));
    ASSERT_FALSE(pruned->error().isError()) << qPrintable(pruned->error().message());
    EXPECT_TRUE(
        pruned->json().object().value(QLatin1String("VolumesDeleted")).toArray().contains(options.name));
}
