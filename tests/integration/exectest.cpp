// SPDX-License-Identifier: GPL-3.0-or-later
#include "containersapi.h"
#include "execapi.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
QString runSleeper(ContainersApi &api)
{
    const QJsonObject cfg {{QStringLiteral("Image"), testImage()},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sleep"), QStringLiteral("1000")}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString id = wait(api.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    EXPECT_FALSE(wait(api.start(id))->error().isError());
    return id;
}
} // namespace

TEST(Exec, StdinThroughTheHijackedStreamAndItsEof)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    ExecApi api(client.get());
    const QString id = runSleeper(containers);

    ExecConfig config;
    config.cmd = QStringList {QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo hi; read x; echo got $x; cat; echo bye >&2")};
    config.attachStdin = true;
    EngineReply *created = wait(api.create(id, config));
    ASSERT_FALSE(created->error().isError()) << qPrintable(created->error().message());
    const QString execId = ExecApi::createdId(created);

    EngineReply *session = api.start(execId, false);
    QByteArray out, err;
    QObject::connect(
        session, &EngineReply::framesReceived, [&](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const auto &f : frames)
                (f.stream == MultiplexedDecoder::Stderr ? err : out) += f.data;
        });
    QSignalSpy upgraded(session, &EngineReply::upgraded);
    ASSERT_TRUE(waitUntil([&] { return out.contains("hi\n"); }));
    EXPECT_EQ(upgraded.count(), 1);
    EXPECT_EQ(session->statusCode(), 101);
    session->write("berth\n");
    ASSERT_TRUE(waitUntil([&] { return out.contains("got berth\n"); }));
    session->write("rest of stdin");
    session->closeWrite(); // without the half-close, cat would wait forever
    wait(session);
    EXPECT_FALSE(session->error().isError()) << qPrintable(session->error().message());
    EXPECT_EQ(out, QByteArray("hi\ngot berth\nrest of stdin"));
    EXPECT_EQ(err, QByteArray("bye\n"));

    const QJsonObject inspected = wait(api.inspect(execId))->json().object();
    EXPECT_FALSE(inspected.value(QLatin1String("Running")).toBool());
    EXPECT_EQ(inspected.value(QLatin1String("ExitCode")).toInt(), 0);
    wait(containers.remove(id, {true, false}));
}

TEST(Exec, TtyExecIsRawAndResizes)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    ExecApi api(client.get());
    const QString id = runSleeper(containers);
    ExecConfig config;
    config.cmd
        = QStringList {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("read x; stty size")};
    config.tty = true;
    config.attachStdin = true;
    const QString execId = ExecApi::createdId(wait(api.create(id, config)));
    EngineReply *session = api.start(execId, true);
    QByteArray out;
    QObject::connect(session, &EngineReply::dataReceived, [&](const QByteArray &d) { out += d; });
    QSignalSpy upgraded(session, &EngineReply::upgraded);
    ASSERT_TRUE(waitUntil([&] { return upgraded.count() == 1; }));
    EngineReply *resized = wait(api.resize(execId, 33, 101));
    EXPECT_FALSE(resized->error().isError()) << qPrintable(resized->error().message());
    session->write("\n");
    wait(session);
    EXPECT_TRUE(out.contains("33 101")) << out.constData();
    wait(containers.remove(id, {true, false}));
}

TEST(Exec, InAStoppedContainerIsAClearConflict)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    const QString id = runSleeper(containers);
    wait(containers.kill(id));
    wait(containers.wait(id));
    ExecConfig config;
    config.cmd = QStringList {QStringLiteral("sh")};
    EngineReply *created = wait(ExecApi(client.get()).create(id, config));
    EXPECT_EQ(created->error().kind(), EngineError::Conflict);
    EXPECT_TRUE(created->error().message().contains(QLatin1String("not running")))
        << qPrintable(created->error().message());
    wait(containers.remove(id, {true, false}));
}
