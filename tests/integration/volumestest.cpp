// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tardigest.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/volumesapi.h"
#include "jobs/volumehelper.h"
#include "jobs/volumetool.h"
#include "testsupport.h"
#include "volumefixtures.h"

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

/// Berth's volume tool lists a volume, read where it is, exactly as TarDigest reads the engine's
/// archive of it: files, a hard link, a symbolic link, a fifo, an empty folder, modes, a name
/// with spaces and one in Cyrillic. A transfer compares a copied volume this way.
static void expectToolAgreesWithArchive(const QString &host)
{
    auto client = connect(host);
    const QString volume = uniqueName(QStringLiteral("berth-tooldigest"));
    docker(host, {QStringLiteral("volume"), QStringLiteral("create"), volume});
    // Filled through its folder on the host, which the tests (root) reach on both engines.
    const QString data = VolumeFixtures::mountpoint(host, volume);
    const ProcessResult filled = run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "cd \"$0\" && mkdir -p a/b empty && seq 1 50000 > a/b/numbers && echo hi > 'two words' "
                "&& echo привет > тест && ln a/b/numbers hard && ln -s a/b/numbers soft && "
                "mkfifo pipe && chmod 0640 'two words' && chmod 0711 a && touch a/b/.hidden"),
            data});
    ASSERT_EQ(filled.exitCode, 0) << filled.err.constData();

    QObject context;
    EngineError toolError;
    QStringList lines;
    bool listed = false;
    VolumeTool::listEntries(client.get(), &context, volume, [&](const EngineError &e, const QStringList &l) {
        toolError = e;
        lines = l;
        listed = true;
    });
    ASSERT_TRUE(waitUntil([&] { return listed; }, 60000));
    if (host == podmanHost() && !currentEngines()) {
        // Podman 4.3 cannot start containers in this sandbox (no rlimits): the tool says it could
        // not run, and a transfer then reads the volume back instead (Migrate tests).
        EXPECT_TRUE(toolError.isError());
        wait(VolumesApi(client.get()).remove(volume));
        return;
    }
    ASSERT_FALSE(toolError.isError()) << qPrintable(toolError.message());
    EXPECT_TRUE(lines.contains(QStringLiteral("a\t5\t711\t0\t\t")))
        << qPrintable(lines.join(QLatin1Char('|')));
    EXPECT_TRUE(lines.contains(QStringLiteral("soft\t2\t777\t0\t\ta/b/numbers")));

    QString helper;
    bool made = false;
    // The helper's image, made here when no test before made it.
    VolumeHelper::ensureImage(client.get(), &context, [&](const EngineError &e) {
        ASSERT_FALSE(e.isError()) << qPrintable(e.message());
        VolumeHelper::create(client.get(), &context, volume, true, QStringLiteral("backup"), {},
            [&](const EngineError &e, const QString &id) {
                EXPECT_FALSE(e.isError()) << qPrintable(e.message());
                helper = id;
                made = true;
            });
    });
    ASSERT_TRUE(waitUntil([&] { return made; }, 30000));
    TarDigest archived;
    EngineReply *got = ContainersApi(client.get()).archiveGet(helper, QStringLiteral("/vol/."));
    QObject::connect(
        got, &EngineReply::dataReceived, &context, [&](const QByteArray &b) { archived.addData(b); });
    wait(got);
    ASSERT_FALSE(got->error().isError()) << qPrintable(got->error().message());
    EXPECT_EQ(lines.size(), archived.entries());
    EXPECT_EQ(TarDigest::digestOf(lines), archived.finish()) << qPrintable(lines.join(QLatin1Char('\n')));
    wait(ContainersApi(client.get()).remove(helper, {true, false}));
    wait(VolumesApi(client.get()).remove(volume));
}

TEST(VolumeTool, ListsAVolumeAsTheArchiveDigestReadsIt)
{
    expectToolAgreesWithArchive(dockerHost());
}

TEST(VolumeTool, ListsAPodmanVolumeAsTheArchiveDigestReadsIt)
{
    expectToolAgreesWithArchive(podmanHost());
}
