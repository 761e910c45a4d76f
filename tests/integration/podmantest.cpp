// SPDX-License-Identifier: GPL-3.0-or-later
// Podman's Docker-compatible API, the second real peer.
#include "engine/containersapi.h"
#include "engine/imagesapi.h"
#include "engine/systemapi.h"
#include "engine/volumesapi.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

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

TEST(Podman, VolumeBackupAndRestoreRoundTrip)
{
    // Podman's engine here cannot start containers (no rlimits in this sandbox), so the volume is
    // filled and compared through its folder on the host, which the tests (root) can reach.
    const QString host = podmanHost();
    const QString source = uniqueName(QStringLiteral("berth-podman"));
    docker(host, {QStringLiteral("volume"), QStringLiteral("create"), source});
    const QString data = VolumeFixtures::mountpoint(host, source);
    ASSERT_TRUE(QFileInfo(data).isDir()) << qPrintable(data);
    const ProcessResult filled = run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "cd \"$0\" && mkdir -p 'папка с пробелом/вложенная' empty && echo привет > 'папка с "
                "пробелом/файл' && head -c 3000000 /dev/urandom > big && ln big hard && ln -s big link "
                "&& touch emptyfile && chmod 600 emptyfile && echo t > tool && chmod 4755 tool"),
            data});
    ASSERT_EQ(filled.exitCode, 0) << filled.err.constData();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("podman.tar.gz"));
    ProcessResult r = VolumeFixtures::berthctl(
        host, {QStringLiteral("volume"), QStringLiteral("backup"), source, QStringLiteral("-o"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.err.contains("does not report file owners")) << r.err.constData();
    const QString target = uniqueName(QStringLiteral("berth-podman"));
    r = VolumeFixtures::berthctl(host, {QStringLiteral("volume"), QStringLiteral("restore"), file, target});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // Names, modes (setuid too: Podman keeps it), sizes, links and contents come back.
    auto shape = [](const QString &root) {
        return run(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && find . -printf '%p %m %s %l %n\\n' | sort"),
                root})
            .out;
    };
    const QString restored = VolumeFixtures::mountpoint(host, target);
    EXPECT_TRUE(shape(data).contains("./tool 4755")) << shape(data).constData();
    EXPECT_EQ(shape(restored), shape(data));
    EXPECT_EQ(run(QStringLiteral("diff"),
                  {QStringLiteral("-r"), QStringLiteral("--no-dereference"), data, restored})
                  .exitCode,
        0);
    EXPECT_TRUE(VolumeFixtures::helpers(host).isEmpty());
    docker(host, {QStringLiteral("volume"), QStringLiteral("rm"), source, target});
}

TEST(Podman, AContainerMovesFromDockerWithItsImageAndVolumes)
{
    // Docker (20.10 or 28.5 with the containerd store) into Podman (4.3 or 5.8): the image, a named
    // volume with tricky content, an anonymous one, and the container's configuration.
    const QString from = dockerHost();
    const QString to = podmanHost();
    const QString name = uniqueName(QStringLiteral("berth-topodman"));
    const QString volume = VolumeFixtures::trickyVolume(from, 1);
    docker(from,
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-e"),
            QStringLiteral("GREETING=hello world"), QStringLiteral("-l"), QStringLiteral("owner=Аня"),
            QStringLiteral("-v"), volume + QStringLiteral(":/data"), QStringLiteral("-v"),
            QStringLiteral("/anon"), testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo anonymous > /anon/a; exec sleep 1000")});
    ASSERT_TRUE(waitUntil(
        [&] { return VolumeFixtures::inVolume(from, volume, QStringLiteral("ls /v")).contains("numbers"); }));
    // Podman 4.3 cannot start containers in this sandbox (no rlimits); Podman 5.8 can.
    const bool start = currentEngines();
    QStringList args {
        QStringLiteral("migrate"), QStringLiteral("transfer"), name, QStringLiteral("--to"), to};
    if (start)
        args << QStringLiteral("--start");
    const ProcessResult r = VolumeFixtures::berthctl(from, args);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData() << r.out.constData();
    EXPECT_TRUE(r.out.contains("the same layers and configuration on both engines")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("each file's sha256 the same on both engines")) << r.out.constData();

    const QJsonObject there
        = QJsonDocument::fromJson(docker(to, {QStringLiteral("inspect"), name}).out).array().at(0).toObject();
    const QJsonObject config = there.value(QLatin1String("Config")).toObject();
    EXPECT_TRUE(
        config.value(QLatin1String("Env")).toArray().contains(QStringLiteral("GREETING=hello world")));
    EXPECT_EQ(config.value(QLatin1String("Labels")).toObject().value(QLatin1String("owner")).toString(),
        QStringLiteral("Аня"));
    // The named volume's files, read on both machines' disks: names, modes, sizes, links, contents.
    auto shape = [](const QString &root) {
        return run(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral("cd \"$0\" && find . -printf '%p %y %m %s %l\\n' | sort && find . -type f | "
                               "sort | xargs -d '\\n' sha256sum"),
                root})
            .out;
    };
    const QString here = VolumeFixtures::mountpoint(from, volume);
    const QString moved = VolumeFixtures::mountpoint(to, volume);
    ASSERT_FALSE(moved.isEmpty()) << "the volume keeps its name on Podman";
    EXPECT_TRUE(shape(here).contains("./numbers f 644")) << shape(here).constData();
    EXPECT_EQ(shape(moved), shape(here));
    if (start) {
        EXPECT_EQ(
            docker(to, {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/anon/a")}).out,
            QByteArray("anonymous\n"));
    }
    EXPECT_TRUE(VolumeFixtures::helpers(from).isEmpty());
    EXPECT_TRUE(VolumeFixtures::helpers(to).isEmpty());

    for (const QString &host : {from, to})
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), host, QStringLiteral("rm"), QStringLiteral("-fv"), name});
    for (const QString &host : {from, to})
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), host, QStringLiteral("volume"), QStringLiteral("rm"), volume});
    const QString committed = QString::fromUtf8(
        docker(to, {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("berth-migrate/*")}).out)
                                  .trimmed();
    for (const QString &image : committed.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), to, QStringLiteral("rmi"), QStringLiteral("-f"), image});
}
