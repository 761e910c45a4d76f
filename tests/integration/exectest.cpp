// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containersapi.h"
#include "engine/execapi.h"
#include "model/containermodel.h"
#include "sync/statssession.h"
#include "sync/usagefeed.h"
#include "terminal/terminalsession.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <utility>

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

namespace {
/// The screen's text, rows joined, for waiting on what a program printed.
QString screenOf(TerminalEmulator *t)
{
    QStringList lines;
    for (int row = -t->scrollbackLines(); row < t->rows(); ++row)
        lines << t->lineText(row);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TEST(Terminal, AShellTypedIntoThroughTheEmulator)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    const QString id = runSleeper(containers);
    TerminalSession session(client.get(), id, QStringLiteral("sleeper"));
    session.start();
    ASSERT_TRUE(waitUntil([&] { return session.state() == TerminalSession::Running; }))
        << qPrintable(session.errorString());
    EXPECT_EQ(session.command(), QStringLiteral("docker exec -it sleeper sh")) << "busybox has no bash";
    TerminalEmulator *t = session.emulator();
    t->sendText(QStringLiteral("echo hi; read x; echo got $x"));
    t->sendKey(TerminalEmulator::Enter);
    ASSERT_TRUE(waitUntil([&] { return screenOf(t).contains(QLatin1String("\nhi")); }))
        << qPrintable(screenOf(t));
    t->sendText(QStringLiteral("berth"));
    t->sendKey(TerminalEmulator::Enter);
    ASSERT_TRUE(waitUntil([&] { return screenOf(t).contains(QLatin1String("got berth")); }))
        << qPrintable(screenOf(t));

    // A new size reaches the program (the resize is its own request: asked again until it lands).
    session.resize(30, 100);
    bool resized = false;
    for (int attempt = 0; attempt < 10 && !resized; ++attempt) {
        t->sendText(QStringLiteral("stty size"));
        t->sendKey(TerminalEmulator::Enter);
        resized = waitUntil([&] { return screenOf(t).contains(QLatin1String("30 100")); }, 500);
    }
    ASSERT_TRUE(resized) << qPrintable(screenOf(t));
    // Ctrl+C reaches it as a signal; the shell goes on.
    t->sendText(QStringLiteral("sleep 100"));
    t->sendKey(TerminalEmulator::Enter);
    ASSERT_TRUE(waitUntil([&] { return screenOf(t).contains(QLatin1String("# sleep 100")); }));
    QTest::qWait(500); // sleep in the foreground, not the shell still reading its line
    t->sendText(QStringLiteral("c"), TerminalEmulator::Control);
    t->sendText(QStringLiteral("echo after"));
    t->sendKey(TerminalEmulator::Enter);
    ASSERT_TRUE(waitUntil([&] { return screenOf(t).contains(QLatin1String("\nafter")); }, 10000))
        << qPrintable(screenOf(t));

    t->sendText(QStringLiteral("exit 3"));
    t->sendKey(TerminalEmulator::Enter);
    ASSERT_TRUE(waitUntil([&] { return session.state() == TerminalSession::Ended; }))
        << qPrintable(screenOf(t));
    EXPECT_EQ(session.exitCode(), 3);
    wait(containers.remove(id, {true, false}));
}

TEST(Terminal, AttachToAnInteractiveContainerAndDetach)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    // docker run -dit … sh
    const QJsonObject cfg {{QStringLiteral("Image"), testImage()},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sh")}}, {QStringLiteral("Tty"), true},
        {QStringLiteral("OpenStdin"), true},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString id = wait(containers.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    ASSERT_FALSE(wait(containers.start(id))->error().isError());
    TerminalSession session(client.get(), id, QStringLiteral("interactive"));
    session.setMode(TerminalSession::Mode::Attach);
    EXPECT_EQ(session.command(), QStringLiteral("docker attach interactive"));
    session.start();
    ASSERT_TRUE(waitUntil([&] { return session.state() == TerminalSession::Running; }))
        << qPrintable(session.errorString());
    TerminalEmulator *t = session.emulator();
    t->sendText(QStringLiteral("echo attached-$((6*7))"));
    t->sendKey(TerminalEmulator::Enter);
    ASSERT_TRUE(waitUntil([&] { return screenOf(t).contains(QLatin1String("attached-42")); }))
        << qPrintable(screenOf(t));
    session.close();
    ASSERT_TRUE(waitUntil([&] { return session.state() == TerminalSession::Ended; }));
    QTest::qWait(300);
    EXPECT_TRUE(wait(containers.inspect(id))
                    ->json()
                    .object()
                    .value(QLatin1String("State"))
                    .toObject()
                    .value(QLatin1String("Running"))
                    .toBool())
        << "detaching leaves it running";
    wait(containers.remove(id, {true, false}));
}

TEST(Terminal, AStoppedContainerSaysToStartItFirst)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    const QString id = runSleeper(containers);
    wait(containers.kill(id));
    ASSERT_TRUE(waitUntil([&] {
        return !wait(containers.inspect(id))
                    ->json()
                    .object()
                    .value(QLatin1String("State"))
                    .toObject()
                    .value(QLatin1String("Running"))
                    .toBool();
    }));
    TerminalSession session(client.get(), id, QStringLiteral("stopped-one"));
    session.start();
    ASSERT_TRUE(waitUntil([&] { return session.state() == TerminalSession::Failed; }));
    EXPECT_EQ(session.errorString(),
        QStringLiteral("stopped-one is not running: start it first, then open a terminal in it."));
    wait(containers.remove(id, {true, false}));
}

TEST(Stats, ALiveStreamShowsABusyContainerBusy)
{
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    const QJsonObject cfg {{QStringLiteral("Image"), testImage()},
        {QStringLiteral("Cmd"),
            QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString id = wait(containers.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    ASSERT_FALSE(wait(containers.start(id))->error().isError());
    StatsSession stats(client.get(), id);
    stats.start();
    ASSERT_TRUE(waitUntil([&] { return stats.sampleCount() >= 3; }, 15000))
        << qPrintable(stats.errorString());
    EXPECT_TRUE(stats.live());
    EXPECT_GT(stats.cpuPercent(), 50.0) << "a busy loop keeps one CPU busy";
    EXPECT_LT(stats.cpuPercent(), 210.0);
    EXPECT_GT(stats.memoryUsed(), 0.0);
    EXPECT_GT(stats.memoryLimit(), stats.memoryUsed());
    EXPECT_EQ(stats.cpuHistory().size(), stats.sampleCount());
    EXPECT_EQ(stats.rxRates().size(), stats.sampleCount() - 1);
    // The stream ends with the container.
    wait(containers.kill(id));
    EXPECT_TRUE(waitUntil([&] { return !stats.live(); }, 15000));
    wait(containers.remove(id, {true, false}));
}

TEST(Stats, ARowsUsageComesFromOneStreamOwnedInCpp)
{
    // The containers list's CPU and memory column: rows say they are shown, UsageFeed keeps one
    // stream per container however many rows show it, and the model's roles carry the figures.
    auto client = connect(dockerHost());
    ContainersApi containers(client.get());
    const QString id = runSleeper(containers);
    ASSERT_FALSE(id.isEmpty());
    ContainerModel model;
    ContainerListOptions all;
    all.all = true;
    const QJsonArray listed = wait(containers.list(all))->json().array();
    QList<ContainerInfo> rows;
    for (const QJsonValue &c : listed)
        rows << ContainerInfo::fromJson(c.toObject());
    model.reconcile(rows);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.data(model.index(i), ContainerModel::IdRole).toString() == id)
            row = i;
    }
    ASSERT_GE(row, 0);
    const auto usage = [&] {
        return std::pair {model.data(model.index(row), ContainerModel::CpuPercentRole).toDouble(),
            model.data(model.index(row), ContainerModel::MemoryUsedRole).toDouble()};
    };
    EXPECT_EQ(usage(), std::pair(-1.0, -1.0)) << "nothing until a row is shown";

    UsageFeed feed(&model);
    feed.setClient(client.get());
    feed.watch(id);
    feed.watch(id); // a second row showing it (the list scrolled back and forth)
    EXPECT_EQ(feed.streamCount(), 1);
    QSignalSpy changed(&model, &ContainerModel::dataChanged);
    // CPU from the second sample on (a sleeper's may be 0), and the memory its process holds.
    ASSERT_TRUE(waitUntil([&] { return usage().first >= 0 && usage().second > 0; }, 15000))
        << usage().first << " " << usage().second;
    EXPECT_LT(usage().second, 1e9) << "a sleeper's memory, in bytes";
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.first().value(2).value<QList<int>>(),
        (QList<int> {ContainerModel::CpuPercentRole, ContainerModel::MemoryUsedRole}))
        << "only the usage roles change";

    feed.unwatch(id);
    EXPECT_EQ(feed.streamCount(), 1) << "one row still shows it";
    feed.unwatch(id);
    EXPECT_EQ(feed.streamCount(), 0);
    EXPECT_EQ(usage(), std::pair(-1.0, -1.0)) << "gone with the last row";
    // Another engine: every stream closes.
    feed.watch(id);
    feed.setClient(nullptr);
    EXPECT_EQ(feed.streamCount(), 0);
    wait(containers.remove(id, {true, false}));
}
