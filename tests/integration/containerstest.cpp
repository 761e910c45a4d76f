// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarbuilder.h"
#include "engine/containersapi.h"
#include "engine/imagesapi.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
QJsonObject config(const QStringList &cmd, bool tty = false)
{
    return {{QStringLiteral("Image"), testImage()}, {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
        {QStringLiteral("Tty"), tty},
        {QStringLiteral("Labels"), QJsonObject {{QStringLiteral("berth.test"), QStringLiteral("1")}}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
}

QString createdId(EngineReply *reply)
{
    EXPECT_FALSE(reply->error().isError()) << qPrintable(reply->error().message());
    return reply->json().object().value(QLatin1String("Id")).toString();
}

QString stateOf(ContainersApi &api, const QString &id)
{
    return wait(api.inspect(id))
        ->json()
        .object()
        .value(QLatin1String("State"))
        .toObject()
        .value(QLatin1String("Status"))
        .toString();
}

struct Logs
{
    QByteArray out, err;
};

Logs collectLogs(EngineReply *reply)
{
    Logs logs;
    QObject::connect(
        reply, &EngineReply::framesReceived, [&](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const auto &f : frames)
                (f.stream == MultiplexedDecoder::Stderr ? logs.err : logs.out) += f.data;
        });
    wait(reply);
    EXPECT_FALSE(reply->error().isError()) << qPrintable(reply->error().message());
    return logs;
}
} // namespace

TEST(Containers, LifecycleFromCreateToRemove)
{
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    const QString name = uniqueName(QStringLiteral("berth-life"));
    const QString id = createdId(wait(
        api.create(config({QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("echo to stdout; echo to stderr >&2; echo 'привет'; exec sleep 1000")}),
            name)));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(stateOf(api, id), QStringLiteral("created"));

    // Listed, with its name and label.
    ContainerListOptions listAll;
    listAll.all = true;
    listAll.filters.insert(QStringLiteral("name"), {name});
    const auto listed = ContainersApi::parseList(wait(api.list(listAll))->body());
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].id, id);
    EXPECT_EQ(listed[0].name(), name);
    EXPECT_EQ(listed[0].labels.value(QStringLiteral("berth.test")), QStringLiteral("1"));

    EngineReply *start = wait(api.start(id));
    EXPECT_EQ(start->statusCode(), 204);
    EngineReply *again = wait(api.start(id));
    EXPECT_EQ(again->statusCode(), 304);
    EXPECT_FALSE(again->error().isError()) << "304 on start is success";
    EXPECT_EQ(stateOf(api, id), QStringLiteral("running"));

    // Logs, multiplexed: stdout and stderr kept apart.
    ASSERT_TRUE(waitUntil([&] {
        LogsOptions o;
        return collectLogs(api.logs(id, o)).out.contains("привет");
    }));
    const Logs logs = collectLogs(api.logs(id, {}));
    EXPECT_EQ(logs.out, QByteArray("to stdout\nпривет\n"));
    EXPECT_EQ(logs.err, QByteArray("to stderr\n"));

    // Pause twice: the second is a conflict with the engine's message.
    EXPECT_FALSE(wait(api.pause(id))->error().isError());
    EXPECT_EQ(stateOf(api, id), QStringLiteral("paused"));
    EngineReply *pauseAgain = wait(api.pause(id));
    EXPECT_EQ(pauseAgain->error().kind(), EngineError::Conflict);
    EXPECT_TRUE(pauseAgain->error().message().contains(QLatin1String("paused")))
        << qPrintable(pauseAgain->error().message());
    EXPECT_FALSE(wait(api.unpause(id))->error().isError());

    // Rename, then stats: one shot and a stream.
    const QString renamed = name + QStringLiteral("-renamed");
    EXPECT_FALSE(wait(api.rename(id, renamed))->error().isError());
    EXPECT_EQ(wait(api.inspect(renamed))->json().object().value(QLatin1String("Id")).toString(), id);
    EngineReply *oneShot = wait(api.stats(id, false, true));
    ASSERT_FALSE(oneShot->error().isError()) << qPrintable(oneShot->error().message());
    EXPECT_TRUE(oneShot->json().object().contains(QLatin1String("memory_stats")));
    EngineReply *stream = api.stats(id, true);
    int samples = 0;
    QObject::connect(stream, &EngineReply::jsonReceived, [&](const QJsonObject &) { ++samples; });
    ASSERT_TRUE(waitUntil([&] { return samples >= 1; }, 15000));
    stream->abort();
    EXPECT_EQ(stream->error().kind(), EngineError::Cancelled);

    // Removing a running container without force is refused.
    EngineReply *refused = wait(api.remove(id));
    EXPECT_EQ(refused->error().kind(), EngineError::Conflict);

    EXPECT_FALSE(wait(api.restart(id, 1))->error().isError());
    EXPECT_EQ(stateOf(api, id), QStringLiteral("running"));
    EngineReply *stop = wait(api.stop(id, 1));
    EXPECT_EQ(stop->statusCode(), 204);
    EngineReply *stopAgain = wait(api.stop(id, 1));
    EXPECT_EQ(stopAgain->statusCode(), 304);
    EXPECT_FALSE(stopAgain->error().isError()) << "304 on stop is success";
    EXPECT_EQ(stateOf(api, id), QStringLiteral("exited"));

    // Archive: put a file, stat it, get it back.
    TarBuilder tar;
    tar.addFile(QStringLiteral("hello.txt"), "hello from berth\n", 0600);
    EngineReply *put = wait(api.archivePut(id, QStringLiteral("/"), tar.finish()));
    ASSERT_FALSE(put->error().isError()) << qPrintable(put->error().message());
    EngineReply *head = wait(api.archiveHead(id, QStringLiteral("/hello.txt")));
    ASSERT_FALSE(head->error().isError()) << qPrintable(head->error().message());
    const QJsonObject stat = ContainersApi::parsePathStat(head);
    EXPECT_EQ(stat.value(QLatin1String("name")).toString(), QStringLiteral("hello.txt"));
    EXPECT_EQ(stat.value(QLatin1String("size")).toInt(), 17);
    EngineReply *get = api.archiveGet(id, QStringLiteral("/hello.txt"));
    QByteArray archive;
    QObject::connect(get, &EngineReply::dataReceived, [&](const QByteArray &d) { archive += d; });
    wait(get);
    ASSERT_FALSE(get->error().isError());
    EXPECT_TRUE(archive.contains("hello from berth\n"));
    EXPECT_EQ(archive.size() % 512, 0);
    EXPECT_EQ(
        wait(api.archiveHead(id, QStringLiteral("/no/such/file")))->error().kind(), EngineError::NotFound);
    EXPECT_EQ(wait(api.archivePut(id, QStringLiteral("/no/such/dir"), tar.finish()))->error().kind(),
        EngineError::NotFound)
        << "Docker refuses to extract into a missing folder";

    // Commit the stopped container into an image that has the file.
    CommitOptions commit;
    commit.repo = QStringLiteral("berth-test/committed");
    commit.tag = uniqueName(QStringLiteral("t")).toLower();
    commit.changes << QStringLiteral("ENV COMMITTED=yes");
    EngineReply *committed = wait(api.commit(id, commit));
    ASSERT_FALSE(committed->error().isError()) << qPrintable(committed->error().message());
    const QString imageId = committed->json().object().value(QLatin1String("Id")).toString();
    EXPECT_TRUE(imageId.startsWith(QLatin1String("sha256:")));
    ImagesApi images(client.get());
    const QJsonObject image
        = wait(images.inspect(commit.repo + QLatin1Char(':') + commit.tag))->json().object();
    EXPECT_TRUE(image.value(QLatin1String("Config"))
                    .toObject()
                    .value(QLatin1String("Env"))
                    .toArray()
                    .contains(QStringLiteral("COMMITTED=yes")));

    EXPECT_FALSE(wait(api.remove(id, {false, true}))->error().isError());
    EXPECT_EQ(wait(api.inspect(id))->error().kind(), EngineError::NotFound);
    EXPECT_FALSE(wait(images.remove(imageId))->error().isError());
}

TEST(Containers, WaitKillAndPrune)
{
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    const QString id = createdId(wait(api.create(config({QStringLiteral("sleep"), QStringLiteral("1000")}))));
    ASSERT_FALSE(wait(api.start(id))->error().isError());
    EngineReply *waiting = api.wait(id);
    EXPECT_FALSE(wait(api.kill(id, QStringLiteral("KILL")))->error().isError());
    wait(waiting);
    ASSERT_FALSE(waiting->error().isError()) << qPrintable(waiting->error().message());
    EXPECT_EQ(waiting->json().object().value(QLatin1String("StatusCode")).toInt(), 137);
    EXPECT_EQ(wait(api.kill(id))->error().kind(), EngineError::Conflict) << "kill of a stopped container";

    QMap<QString, QStringList> filters {{QStringLiteral("label"), {QStringLiteral("berth.test=1")}}};
    EngineReply *pruned = wait(api.prune(filters));
    ASSERT_FALSE(pruned->error().isError()) << qPrintable(pruned->error().message());
    EXPECT_TRUE(pruned->json().object().value(QLatin1String("ContainersDeleted")).toArray().contains(id));
}

TEST(Containers, TtyLogsAreRawBytes)
{
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    const QString id = createdId(wait(api.create(
        config({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf 'a\\nb'")}, true))));
    ASSERT_FALSE(wait(api.start(id))->error().isError());
    wait(api.wait(id));
    LogsOptions options;
    options.tty = true;
    EngineReply *logs = api.logs(id, options);
    QByteArray raw;
    QObject::connect(logs, &EngineReply::dataReceived, [&](const QByteArray &d) { raw += d; });
    wait(logs);
    EXPECT_EQ(raw, QByteArray("a\r\nb")) << "a TTY turns \\n into \\r\\n; no frame headers";
    wait(api.remove(id, {true, false}));
}

TEST(Containers, AttachWithStdinAndItsEof)
{
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    QJsonObject cfg
        = config({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat; echo eof seen")});
    cfg.insert(QStringLiteral("OpenStdin"), true);
    cfg.insert(QStringLiteral("StdinOnce"), true);
    cfg.insert(QStringLiteral("AttachStdin"), true);
    const QString id = createdId(wait(api.create(cfg)));
    AttachOptions options;
    options.stdinStream = true;
    EngineReply *attach = api.attach(id, options);
    QByteArray out;
    QObject::connect(
        attach, &EngineReply::framesReceived, [&](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const auto &f : frames)
                out += f.data;
        });
    QObject::connect(attach, &EngineReply::upgraded, [&] { wait(api.start(id)); });
    attach->write("line one\n");
    attach->closeWrite();
    wait(attach);
    EXPECT_FALSE(attach->error().isError()) << qPrintable(attach->error().message());
    EXPECT_EQ(out, QByteArray("line one\neof seen\n"));
    wait(api.remove(id, {true, false}));
}

TEST(Containers, ClearErrorsFromTheEngine)
{
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    EngineReply *missing = wait(api.inspect(QStringLiteral("berth-no-such-container")));
    EXPECT_EQ(missing->error().kind(), EngineError::NotFound);
    EXPECT_EQ(missing->error().httpStatus(), 404);
    EXPECT_TRUE(missing->error().message().contains(QLatin1String("No such container")));

    const QString name = uniqueName(QStringLiteral("berth-dup"));
    const QString id = createdId(wait(api.create(config({QStringLiteral("true")}), name)));
    EngineReply *duplicate = wait(api.create(config({QStringLiteral("true")}), name));
    EXPECT_EQ(duplicate->error().kind(), EngineError::Conflict);
    EXPECT_TRUE(duplicate->error().message().contains(name));

    QJsonObject noImage = config({QStringLiteral("true")});
    noImage.insert(QStringLiteral("Image"), QStringLiteral("berth-test/no-such-image:nope"));
    EXPECT_EQ(wait(api.create(noImage))->error().kind(), EngineError::NotFound);
    wait(api.remove(id, {true, false}));
}
