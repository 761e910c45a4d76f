// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl logs next to docker logs on the same engine: byte for byte, on stdout and on stderr.
#include "sync/logsession.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

ProcessResult berthctl(const QStringList &args)
{
    return run(berthctlPath(), QStringList {QStringLiteral("--host"), dockerHost()} + args);
}

/// Runs @p script in a new container (no network), waits for it to end, returns its name.
QString finishedContainer(const QString &script, const QStringList &runOptions = {})
{
    const QString name = uniqueName(QStringLiteral("berth-logs"));
    const ProcessResult r = docker(dockerHost(),
        QStringList {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("-d"), QStringLiteral("--name"), name}
            + runOptions + QStringList {testImage(), QStringLiteral("sh"), QStringLiteral("-c"), script});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    docker(dockerHost(), {QStringLiteral("wait"), name});
    return name;
}

void removeContainer(const QString &name)
{
    docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), name});
}

/// Removes the container when the test ends, passed or failed.
struct RemovedAtEnd
{
    QString name;
    ~RemovedAtEnd() { removeContainer(name); }
};

/// Both tools with the same arguments; their stdout and stderr must be the same bytes.
void expectSameAsDocker(const QStringList &args)
{
    const ProcessResult ours = berthctl(QStringList {QStringLiteral("logs")} + args);
    const ProcessResult theirs = docker(dockerHost(), QStringList {QStringLiteral("logs")} + args);
    ASSERT_EQ(theirs.exitCode, 0) << theirs.err.constData();
    EXPECT_EQ(ours.exitCode, 0) << ours.err.constData();
    EXPECT_FALSE(theirs.out.isEmpty() && theirs.err.isEmpty()) << "nothing to compare";
    EXPECT_EQ(ours.out.size(), theirs.out.size()) << qPrintable(args.join(QLatin1Char(' ')));
    EXPECT_TRUE(ours.out == theirs.out) << "stdout differs for " << qPrintable(args.join(QLatin1Char(' ')));
    EXPECT_EQ(ours.err.size(), theirs.err.size()) << qPrintable(args.join(QLatin1Char(' ')));
    EXPECT_TRUE(ours.err == theirs.err) << "stderr differs for " << qPrintable(args.join(QLatin1Char(' ')));
}

// Binary bytes, interleaved stderr, a 70,000-byte line, a line the engine splits at 16 KiB right
// inside a two-byte character (Ж), and no final newline.
const QString TrickyScript = QStringLiteral(
    "printf 'bin \\000\\001\\377\\376 end\\n'; echo out1; echo err1 >&2; echo out2; echo err2 >&2; "
    "head -c 70000 /dev/zero | tr '\\000' x; echo; "
    "head -c 16383 /dev/zero | tr '\\000' a; printf '\\320\\226 after\\n'; "
    "printf 'ünïcödé\\n' >&2; printf 'last line without newline'");

} // namespace

TEST(Logs, TrickyOutputIsByteForByteDockers)
{
    // json-file, the default driver, stores each message as a JSON string: bytes that are not
    // UTF-8 come back as U+FFFD, and so do both halves of the character split at 16 KiB.
    const QString name = finishedContainer(TrickyScript);
    expectSameAsDocker({name});
    expectSameAsDocker({QStringLiteral("--timestamps"), name});
    expectSameAsDocker({QStringLiteral("--tail"), QStringLiteral("3"), name});
    expectSameAsDocker({QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-t"), name});
    const ProcessResult ours = berthctl({QStringLiteral("logs"), name});
    EXPECT_TRUE(ours.out.contains(QByteArray(16383, 'a') + "\xef\xbf\xbd\xef\xbf\xbd after\n"));
    EXPECT_TRUE(ours.out.contains(QByteArray(70000, 'x') + '\n'));
    EXPECT_EQ(ours.err, QByteArray("err1\nerr2\n") + QStringLiteral("ünïcödé\n").toUtf8());
    EXPECT_TRUE(ours.out.endsWith("last line without newline"));
    removeContainer(name);
}

TEST(Logs, TheLocalDriverKeepsRawBytesAndBerthPassesThemOn)
{
    // The local driver keeps bytes as they were: binary stays binary, and the character split at
    // 16 KiB arrives in two frames that only together make Ж.
    const QString name
        = finishedContainer(TrickyScript, {QStringLiteral("--log-driver"), QStringLiteral("local")});
    expectSameAsDocker({name});
    expectSameAsDocker({QStringLiteral("-t"), name});
    const ProcessResult ours = berthctl({QStringLiteral("logs"), name});
    // (Docker 20.10's local driver also drops the newline that ends a message split this way.)
    EXPECT_TRUE(ours.out.contains(QByteArray(16383, 'a') + "\xd0\x96 after"));
    EXPECT_TRUE(ours.out.contains(QByteArray("bin \x00\x01\xff\xfe end\n", 13)));
    removeContainer(name);
}

TEST(Logs, SinceAndUntilAreReadAsDockerReadsThem)
{
    const QString name = finishedContainer(QStringLiteral("echo one; echo two >&2"));
    expectSameAsDocker({QStringLiteral("--since"), QStringLiteral("10m"), name});
    expectSameAsDocker({QStringLiteral("--since"), QStringLiteral("2020-01-01"), name});
    expectSameAsDocker(
        {QStringLiteral("--since"), QStringLiteral("2020-01-01T10:00:00Z"), QStringLiteral("-t"), name});
    // Nothing before 2020 or in the future: both print nothing, and agree on it.
    const ProcessResult none
        = berthctl({QStringLiteral("logs"), QStringLiteral("--until"), QStringLiteral("2020-01-01"), name});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.isEmpty() && none.err.isEmpty());
    const ProcessResult later = berthctl({QStringLiteral("logs"), QStringLiteral("--since"),
        QStringLiteral("2h"), QStringLiteral("--until"), QStringLiteral("1h"), name});
    EXPECT_TRUE(later.out.isEmpty() && later.err.isEmpty());
    removeContainer(name);
}

TEST(Logs, TtyContainerIsRawBytesOnStdout)
{
    const QString name = finishedContainer(
        QStringLiteral("echo tty out; echo tty err >&2; printf '\\033[1;31mred\\033[0m\\n'"),
        {QStringLiteral("-t")});
    expectSameAsDocker({name});
    const ProcessResult ours = berthctl({QStringLiteral("logs"), name});
    EXPECT_TRUE(ours.out.contains("tty out\r\ntty err\r\n")) << ours.out.constData();
    EXPECT_TRUE(ours.err.isEmpty());
    removeContainer(name);
}

TEST(Logs, AContainerStartedTwiceShowsBothRuns)
{
    const QString name = finishedContainer(QStringLiteral("echo run; echo oops >&2"));
    docker(dockerHost(), {QStringLiteral("start"), name});
    docker(dockerHost(), {QStringLiteral("wait"), name});
    expectSameAsDocker({name});
    EXPECT_EQ(berthctl({QStringLiteral("logs"), name}).out, QByteArray("run\nrun\n"));
    removeContainer(name);
}

TEST(Logs, FollowEndsWhenTheContainerStops)
{
    const QString name = uniqueName(QStringLiteral("berth-logs-follow"));
    ASSERT_EQ(
        docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-d"),
                QStringLiteral("--name"), name, testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("for i in 1 2 3 4 5; do echo tick $i; echo tock $i >&2; sleep 0.2; done")})
            .exitCode,
        0);
    // Started while the container runs: it must see every line, and end with the container.
    const ProcessResult followed = berthctl({QStringLiteral("logs"), QStringLiteral("-f"), name});
    EXPECT_EQ(followed.exitCode, 0) << followed.err.constData();
    EXPECT_EQ(followed.out, QByteArray("tick 1\ntick 2\ntick 3\ntick 4\ntick 5\n"));
    EXPECT_EQ(followed.err, QByteArray("tock 1\ntock 2\ntock 3\ntock 4\ntock 5\n"));
    removeContainer(name);
}

TEST(Logs, BadInputIsAClearErrorAndExitOne)
{
    ProcessResult r = berthctl({QStringLiteral("logs"), QStringLiteral("no-such-container-here")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith("berthctl: ")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("no-such-container-here")) << r.err.constData();
    r = berthctl({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("yesterday"),
        QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("'yesterday' is not a time")) << r.err.constData();
    r = berthctl(
        {QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("many"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--tail")) << r.err.constData();
    r = berthctl({QStringLiteral("logs")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err.constData();
}

TEST(LogSession, FollowsAContainerThroughAStopAndAStart)
{
    const QString name = uniqueName(QStringLiteral("berth-logs-session"));
    ASSERT_EQ(
        docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-d"),
                QStringLiteral("--name"), name, testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo begin; echo oops >&2; while true; do echo tick; sleep 0.1; done")})
            .exitCode,
        0);
    const RemovedAtEnd removed {name};
    auto client = TestSupport::connect(dockerHost());
    LogSession session(client.get(), name);
    EXPECT_EQ(session.start(), QString());
    ASSERT_TRUE(waitUntil([&] { return session.model()->lineCount() >= 5; }, 20000))
        << session.model()->lineCount();
    EXPECT_EQ(session.state(), LogSession::Following);
    // The engine keeps no order between the two streams: "oops" may come after a tick.
    const LogBuffer &lines = session.model()->buffer();
    QList<QByteArray> out, err;
    for (qsizetype i = 0; i < lines.lineCount(); ++i)
        (lines.stream(i) == LogBuffer::Stderr ? err : out) << lines.line(i).toByteArray();
    EXPECT_EQ(out.value(0), QByteArray("begin"));
    EXPECT_EQ(out.value(1), QByteArray("tick"));
    EXPECT_EQ(err, QList<QByteArray> {"oops"});
    EXPECT_FALSE(session.hasEarlier());

    docker(dockerHost(), {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), name});
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Stopped; }, 20000)) << session.state();
    const qsizetype before = session.model()->lineCount();
    docker(dockerHost(), {QStringLiteral("start"), name});
    ASSERT_TRUE(waitUntil([&] { return session.model()->lineCount() > before + 3; }, 20000))
        << "no lines of the second run: " << session.state() << " " << qPrintable(session.errorString());
    EXPECT_EQ(session.state(), LogSession::Following);
    // The second run's lines once each: "begin" twice in all, never a line of the first run again.
    int begins = 0;
    for (qsizetype i = 0; i < session.model()->lineCount(); ++i)
        begins += session.model()->buffer().line(i) == QByteArrayView("begin");
    EXPECT_EQ(begins, 2);
}

TEST(LogSession, TailSinceAndEarlierLines)
{
    const QString name
        = finishedContainer(QStringLiteral("i=1; while [ $i -le 2500 ]; do echo line $i; i=$((i+1)); done"));
    auto client = TestSupport::connect(dockerHost());
    LogSession session(client.get(), name);
    session.setFollow(false);
    session.start();
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Loaded; }, 20000)) << session.state();
    ASSERT_EQ(session.model()->lineCount(), LogSession::DefaultTail);
    EXPECT_EQ(session.model()->buffer().line(0).toByteArray(), QByteArray("line 1501"));
    EXPECT_TRUE(session.hasEarlier());
    session.loadEarlier(1000);
    ASSERT_TRUE(waitUntil([&] { return session.model()->lineCount() == 2000; }, 20000))
        << session.model()->lineCount();
    EXPECT_EQ(session.model()->buffer().line(0).toByteArray(), QByteArray("line 501"));
    EXPECT_EQ(session.model()->buffer().line(1999).toByteArray(), QByteArray("line 2500"));
    EXPECT_TRUE(session.hasEarlier());
    session.loadEarlier(-1);
    ASSERT_TRUE(waitUntil([&] { return session.model()->lineCount() == 2500; }, 20000))
        << session.model()->lineCount();
    EXPECT_EQ(session.model()->buffer().line(0).toByteArray(), QByteArray("line 1"));
    EXPECT_FALSE(session.hasEarlier());
    // A since that is not a time changes nothing.
    EXPECT_FALSE(session.start(LogSession::DefaultTail, QStringLiteral("last tuesday")).isEmpty());
    EXPECT_EQ(session.model()->lineCount(), 2500);
    removeContainer(name);
}

TEST(LogSession, ATtyLogIsLinesWithoutCarriageReturnsAndKeepsItsColours)
{
    const QString name
        = finishedContainer(QStringLiteral("echo plain; printf '\\033[31mred\\033[0m\\n'; printf "
                                           "'10%%\\r50%%\\r100%%\\n'; printf 'prompt> '"),
            {QStringLiteral("-t")});
    const RemovedAtEnd removed {name};
    auto client = TestSupport::connect(dockerHost());
    LogSession session(client.get(), name);
    session.setFollow(false);
    session.start();
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Loaded; }, 20000)) << session.state();
    EXPECT_TRUE(session.tty());
    LogModel *model = session.model();
    ASSERT_EQ(model->rowCount(), 4);
    const auto text = [&](int row) { return model->data(model->index(row), LogModel::TextRole).toString(); };
    EXPECT_EQ(text(0), QStringLiteral("plain"));
    EXPECT_EQ(text(1), QStringLiteral("red"));
    EXPECT_TRUE(
        model->data(model->index(1), LogModel::StyledTextRole).toString().contains(QStringLiteral("color:")));
    EXPECT_EQ(text(2), QStringLiteral("100%"));
    EXPECT_EQ(text(3), QStringLiteral("prompt> "));
    EXPECT_TRUE(model->data(model->index(0), LogModel::TimeRole).toDateTime().isValid());
}

TEST(LogSession, AStillLogComesWholeWithoutTimesUnlessTheyAreWanted)
{
    // Both streams, and a line that starts with what looks like the engine's timestamp.
    const QString script = QStringLiteral(
        "i=1; while [ $i -le 3000 ]; do if [ $((i % 10)) = 0 ]; then echo err $i >&2; else echo line $i; "
        "fi; i=$((i+1)); done; echo '2020-01-01T00:00:00.000000000Z looks like a time'");
    const QString name = finishedContainer(script);
    const RemovedAtEnd removed {name};
    QList<QByteArray> wantOut, wantErr;
    for (int i = 1; i <= 3000; ++i)
        (i % 10 == 0 ? wantErr : wantOut) << (i % 10 == 0 ? "err " : "line ") + QByteArray::number(i);
    wantOut << "2020-01-01T00:00:00.000000000Z looks like a time";
    const auto streams = [](const LogBuffer &lines, qsizetype from, qsizetype to) {
        std::pair<QList<QByteArray>, QList<QByteArray>> split;
        for (qsizetype i = from; i < to; ++i)
            (lines.stream(i) == LogBuffer::Stderr ? split.second : split.first)
                << lines.line(i).toByteArray();
        return split;
    };
    auto client = TestSupport::connect(dockerHost());
    LogSession session(client.get(), name);
    session.setTimestamps(false);
    const LogBuffer &lines = session.model()->buffer();

    // The last 1,000 with their times, then "Load all": the rest comes without them, the lines
    // before the shown ones counted from the log's end.
    EXPECT_EQ(session.start(), QString());
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Stopped; }, 20000)) << session.state();
    ASSERT_EQ(session.model()->lineCount(), 1000);
    ASSERT_TRUE(session.hasEarlier());
    session.loadEarlier(-1);
    ASSERT_TRUE(waitUntil([&] { return !session.hasEarlier(); }, 20000));
    ASSERT_EQ(lines.lineCount(), 3001);
    EXPECT_EQ(streams(lines, 0, 3001), std::make_pair(wantOut, wantErr));
    EXPECT_EQ(lines.timeMs(0), -1) << "the earlier lines were asked with their times";
    EXPECT_GT(lines.timeMs(3000), 0);

    // The whole log at once: no times, and the look-alike stays part of its line. Following is
    // turned off while it comes (or just after) and on again: the answer is whole either way, and
    // catching up from the last message's time adds nothing.
    EXPECT_EQ(session.start(-1), QString());
    waitUntil([&] { return session.state() != LogSession::Loading || lines.lineCount() > 0; }, 20000);
    session.setFollow(false);
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Loaded; }, 20000)) << session.state();
    ASSERT_EQ(lines.lineCount(), 3001);
    EXPECT_EQ(streams(lines, 0, 3001), std::make_pair(wantOut, wantErr));
    EXPECT_EQ(lines.timeMs(0), -1);
    EXPECT_EQ(lines.timeMs(3000), -1);
    session.setFollow(true);
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Stopped; }, 20000)) << session.state();
    QTest::qWait(300);
    EXPECT_EQ(lines.lineCount(), 3001);

    // Started again, the next run follows on from the last message's time: each line once more.
    docker(dockerHost(), {QStringLiteral("start"), name});
    ASSERT_TRUE(waitUntil([&] { return lines.lineCount() >= 6002; }, 30000))
        << lines.lineCount() << " " << session.state() << " " << qPrintable(session.errorString());
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Stopped; }, 20000)) << session.state();
    EXPECT_EQ(lines.lineCount(), 6002);
    EXPECT_EQ(streams(lines, 3001, 6002), std::make_pair(wantOut, wantErr));
    EXPECT_GT(lines.timeMs(3001), 0) << "the next run is followed with its times";

    // Times wanted: the whole log again, each line with its time.
    session.setTimestamps(true);
    ASSERT_TRUE(waitUntil([&] { return session.state() == LogSession::Stopped; }, 20000)) << session.state();
    ASSERT_EQ(lines.lineCount(), 6002);
    for (qsizetype i = 0; i < lines.lineCount(); ++i)
        ASSERT_GT(lines.timeMs(i), 0) << i;
    EXPECT_EQ(streams(lines, 0, 3001), std::make_pair(wantOut, wantErr));
}
