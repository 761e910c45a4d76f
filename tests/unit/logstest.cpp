// SPDX-License-Identifier: GPL-3.0-or-later
// The log viewer's parts without an engine: times, the byte store, terminal text, the model.
#include "engine/logtime.h"
#include "model/logbuffer.h"
#include "model/logmodel.h"
#include "model/logtext.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace TestSupport;

TEST(LogTime, ParsesTheEnginesTimestamps)
{
    qsizetype length = 0;
    const qint64 ns = LogTime::parseTimestamp("2026-11-29T19:15:08.123456789Z rest", &length);
    EXPECT_EQ(length, 30);
    const QDateTime when(QDate(2026, 11, 29), QTime(19, 15, 8), QTimeZone::utc());
    EXPECT_EQ(ns, when.toMSecsSinceEpoch() * 1000000 + 123456789);
    // Fewer fraction digits (the engine trims trailing zeros), none, and not a timestamp.
    EXPECT_EQ(
        LogTime::parseTimestamp("2026-11-29T19:15:08.5Z"), when.toMSecsSinceEpoch() * 1000000 + 500000000);
    EXPECT_EQ(LogTime::parseTimestamp("2026-11-29T19:15:08Z"), when.toMSecsSinceEpoch() * 1000000);
    EXPECT_EQ(LogTime::parseTimestamp("2026-11-29 19:15:08Z"), -1);
    EXPECT_EQ(LogTime::parseTimestamp("hello world, not a time"), -1);
    EXPECT_EQ(LogTime::parseTimestamp("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(LogTime::engineValue(1500000000), QStringLiteral("1.500000000"));
}

TEST(LogTime, ReadsWhatUsersTypeAsTheDockerCliDoes)
{
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0, 0), QTimeZone::utc());
    const qint64 nowS = now.toSecsSinceEpoch();
    QString error;
    EXPECT_EQ(LogTime::toEngine(QStringLiteral("10m"), now, &error), QString::number(nowS - 600));
    EXPECT_EQ(LogTime::toEngine(QStringLiteral("1h30m"), now, &error), QString::number(nowS - 5400));
    EXPECT_EQ(LogTime::toEngine(QStringLiteral("1.5h"), now, &error), QString::number(nowS - 5400));
    EXPECT_EQ(
        LogTime::toEngine(QStringLiteral("1764410000.25"), now, &error), QStringLiteral("1764410000.25"));
    EXPECT_EQ(LogTime::toEngine(QStringLiteral("2026-11-29T10:00:00Z"), now, &error),
        QString::number(nowS - 7200) + QStringLiteral(".000000000"));
    EXPECT_EQ(LogTime::toEngine(QStringLiteral("2026-11-29T13:00:00.5+03:00"), now, &error),
        QString::number(nowS - 7200) + QStringLiteral(".500000000"));
    // No zone: local time, as docker reads it.
    const QDateTime localTen(QDate(2026, 11, 29), QTime(10, 0));
    EXPECT_EQ(LogTime::toEngine(QStringLiteral("2026-11-29T10:00"), now, &error),
        QString::number(localTen.toSecsSinceEpoch()) + QStringLiteral(".000000000"));
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_TRUE(LogTime::toEngine(QString(), now, &error).isEmpty());
    EXPECT_TRUE(error.isEmpty());
    EXPECT_TRUE(LogTime::toEngine(QStringLiteral("yesterday"), now, &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("'yesterday' is not a time"))) << qPrintable(error);
    error.clear();
    LogTime::toEngine(QStringLiteral("2026-13-40"), now, &error);
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_TRUE(LogTime::toEngine(QStringLiteral("2026-11-29T10:00:00+20:00"), now, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(LogBuffer, LinesAcrossMessagesAndStreams)
{
    LogBuffer b;
    b.append(LogBuffer::Stdout, "one\ntw", 1000);
    b.append(LogBuffer::Stderr, "err", 1001); // stdout's "tw" stays open meanwhile
    b.append(LogBuffer::Stdout, "o\nthree\n", 1002);
    b.append(LogBuffer::Stderr, "or\n", 1003);
    b.append(LogBuffer::Stdout, "\n", 1004); // an empty line
    b.append(LogBuffer::Stdout, "no newline", 1005);
    EXPECT_TRUE(b.hasOpenLine());
    ASSERT_EQ(b.lineCount(), 5);
    b.flush();
    EXPECT_FALSE(b.hasOpenLine());
    const QList<QByteArray> expected {"one", "two", "three", "error", "", "no newline"};
    ASSERT_EQ(b.lineCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(b.line(i).toByteArray(), expected[i]) << i;
    EXPECT_EQ(b.stream(3), LogBuffer::Stderr);
    EXPECT_EQ(b.stream(2), LogBuffer::Stdout);
    // A line takes the time of its first piece.
    EXPECT_EQ(b.timeMs(0), 1000);
    EXPECT_EQ(b.timeMs(1), 1000);
    EXPECT_EQ(b.timeMs(2), 1002);
    EXPECT_EQ(b.timeMs(3), 1001);
    EXPECT_EQ(b.textBytes(), QByteArray("onetwothreeerrorno newline").size());
}

TEST(LogBuffer, LongLinesAndManyBlocksKeepEveryByte)
{
    LogBuffer b;
    const QByteArray huge(200000, 'h');
    QList<QByteArray> lines;
    for (int i = 0; i < 30000; ++i) {
        QByteArray line = QByteArray::number(i) + ' ' + QByteArray(i % 97, char('a' + i % 26));
        if (i == 12345)
            line = huge;
        if (i == 20000)
            line = QByteArray(65535, 'x'); // exactly a block
        lines << line;
        b.append(i % 3 ? LogBuffer::Stdout : LogBuffer::Stderr, line + '\n', i / 10);
    }
    ASSERT_EQ(b.lineCount(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        ASSERT_EQ(b.line(i).toByteArray(), lines[i]) << "line " << i;
        ASSERT_EQ(b.stream(i), i % 3 ? LogBuffer::Stdout : LogBuffer::Stderr) << i;
        ASSERT_EQ(b.timeMs(i), i / 10) << i;
    }
    // A snapshot is independent of what comes later.
    const LogBuffer snapshot = b;
    b.append(LogBuffer::Stdout, "later\n");
    EXPECT_EQ(snapshot.lineCount(), lines.size());
    EXPECT_EQ(b.line(lines.size()).toByteArray(), QByteArray("later"));
    EXPECT_EQ(snapshot.line(lines.size() - 1).toByteArray(), lines.last());
}

TEST(LogBuffer, ShortLinesCostAtMostHalfAgainTheirBytes)
{
    // `seq 1 200000` written fast: many lines a millisecond, as a busy container writes them.
    LogBuffer b;
    for (int i = 1; i <= 200000; ++i)
        b.append(LogBuffer::Stdout, QByteArray::number(i) + '\n', 1000000 + i / 20);
    b.flush();
    const double ratio = double(b.memoryBytes()) / double(b.textBytes() + b.lineCount()); // with newlines
    EXPECT_LE(ratio, 1.5) << b.memoryBytes() << " bytes for " << b.textBytes() << " bytes of text";
}

TEST(LogText, ShowsWhatATerminalShows)
{
    EXPECT_EQ(LogText::plain("plain text"), QStringLiteral("plain text"));
    EXPECT_EQ(LogText::plain("\x1b[1;31mred\x1b[0m and \x1b[38;5;208morange\x1b[m"),
        QStringLiteral("red and orange"));
    EXPECT_EQ(LogText::plain("\x1b]0;window title\x07shown"), QStringLiteral("shown"));
    EXPECT_EQ(LogText::plain("\x1b[2K\x1b[1Gcleared"), QStringLiteral("cleared"));
    EXPECT_EQ(LogText::plain("10%\r20%\r30%"), QStringLiteral("30%"));
    EXPECT_EQ(LogText::plain("abcdef\rXY"), QStringLiteral("XYcdef"));
    EXPECT_EQ(LogText::plain("windows line\r"), QStringLiteral("windows line"));
    EXPECT_EQ(
        LogText::plain("bell\x07 and\x01 controls\tkept tab"), QStringLiteral("bell and controls\tkept tab"));
    EXPECT_EQ(LogText::plain("bad \xff\xfe utf8 \xd0"), QStringLiteral("bad \ufffd\ufffd utf8 \ufffd"));
    EXPECT_EQ(LogText::plain("Жук"), QStringLiteral("Жук"));
}

TEST(LogText, RichTextCarriesColoursAndMarks)
{
    const QString red = LogText::html("\x1b[31mred\x1b[0m plain");
    EXPECT_TRUE(red.contains(QStringLiteral("<span style=\"color:#c01c28\">red</span>"))) << qPrintable(red);
    EXPECT_TRUE(red.endsWith(QStringLiteral("&nbsp;plain"))) << qPrintable(red);
    EXPECT_TRUE(LogText::html("\x1b[1mbold").contains(QStringLiteral("font-weight:bold")));
    EXPECT_TRUE(LogText::html("\x1b[38;2;1;2;3mrgb").contains(QStringLiteral("color:#010203")));
    EXPECT_TRUE(LogText::html("\x1b[38;5;196mx").contains(QStringLiteral("color:#ff0000")));
    EXPECT_TRUE(LogText::html("\x1b[48;5;232mx").contains(QStringLiteral("background-color:#080808")));
    EXPECT_TRUE(LogText::html("\x1b[31mx", {}, true).contains(QStringLiteral("color:#f66151")));
    EXPECT_EQ(LogText::html("<b>&"), QStringLiteral("&lt;b&gt;&amp;"));
    const QString marked = LogText::html("find me here", {{5, 2}});
    EXPECT_TRUE(
        marked.contains(QStringLiteral("<span style=\"background-color:#f5c211;color:#000000\">me</span>")))
        << qPrintable(marked);
}

namespace {
/// Appends @p lines (stdout, or stderr for the ones starting with "E") and commits once.
void feed(LogModel &model, const QList<QByteArray> &lines, qint64 timeMs = 1000)
{
    for (const QByteArray &line : lines)
        model.append(line.startsWith('E') ? LogBuffer::Stderr : LogBuffer::Stdout, line + '\n', timeMs);
    model.commit();
}

QList<QString> shown(const LogModel &model)
{
    QList<QString> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.data(model.index(r), LogModel::TextRole).toString();
    return rows;
}
} // namespace

TEST(LogModel, AppendsInBatches)
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    feed(model, {"a", "Eb", "c"});
    feed(model, {"d", "e"});
    EXPECT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted[1][1].toInt(), 3);
    EXPECT_EQ(inserted[1][2].toInt(), 4);
    EXPECT_EQ(shown(model), (QList<QString> {"a", "Eb", "c", "d", "e"}));
    EXPECT_TRUE(model.data(model.index(1), LogModel::StderrRole).toBool());
    EXPECT_EQ(model.data(model.index(4), LogModel::LineNumberRole).toInt(), 5);
    EXPECT_EQ(model.data(model.index(0), LogModel::TimeRole).toDateTime().toMSecsSinceEpoch(), 1000);
    // A half line is no row until its newline comes, or the stream pauses (flush).
    model.append(LogBuffer::Stdout, "prompt> ", 2000);
    model.commit();
    EXPECT_EQ(model.rowCount(), 5);
    model.flush();
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(inserted.size(), 3);
}

TEST(LogModel, FiltersByStreamAndSearch)
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    feed(model, {"starting", "Ewarning: disk", "ready on port 80", "Eerror: Disk full", "done"});
    model.setStreamFilter(LogModel::StderrOnly);
    EXPECT_EQ(shown(model), (QList<QString> {"Ewarning: disk", "Eerror: Disk full"}));
    feed(model, {"more out", "Emore err"});
    EXPECT_EQ(model.rowCount(), 3);
    model.setStreamFilter(LogModel::StdoutOnly);
    EXPECT_EQ(model.rowCount(), 4);
    model.setStreamFilter(LogModel::AllStreams);

    model.setSearchText(QStringLiteral("disk"));
    EXPECT_EQ(model.matchCount(), 2);
    EXPECT_TRUE(model.data(model.index(1), LogModel::MatchRole).toBool());
    EXPECT_FALSE(model.data(model.index(0), LogModel::MatchRole).toBool());
    EXPECT_TRUE(model.data(model.index(3), LogModel::StyledTextRole)
                    .toString()
                    .contains(QStringLiteral(">Disk</span>")));
    EXPECT_TRUE(model.data(model.index(0), LogModel::StyledTextRole).toString().isEmpty());
    EXPECT_EQ(model.nextMatch(0), 1);
    EXPECT_EQ(model.nextMatch(1), 3);
    EXPECT_EQ(model.nextMatch(3), 1); // wraps
    EXPECT_EQ(model.nextMatch(3, true), 1);
    EXPECT_EQ(model.nextMatch(1, true), 3);
    model.setCaseSensitive(true);
    EXPECT_EQ(model.matchCount(), 1);
    model.setCaseSensitive(false);
    model.setRegularExpression(true);
    model.setSearchText(QStringLiteral("^(ready|done)"));
    EXPECT_EQ(model.matchCount(), 2);
    model.setOnlyMatches(true);
    EXPECT_EQ(shown(model), (QList<QString> {"ready on port 80", "done"}));
    feed(model, {"done again", "not this"});
    EXPECT_EQ(shown(model), (QList<QString> {"ready on port 80", "done", "done again"}));
    model.setSearchText(QStringLiteral("(unclosed"));
    EXPECT_FALSE(model.searchError().isEmpty());
    EXPECT_EQ(model.matchCount(), 0);
    EXPECT_EQ(model.rowCount(), 9); // an invalid search filters nothing out
}

TEST(LogModel, SearchesALargeLogOffTheGuiThread)
{
    LogModel model;
    for (int i = 0; i < 200000; ++i)
        model.append(
            LogBuffer::Stdout, "line " + QByteArray::number(i) + (i % 1000 == 7 ? " NEEDLE\n" : "\n"), i);
    model.commit();
    QSignalSpy progress(&model, &LogModel::searchingChanged);
    model.setSearchText(QStringLiteral("needle"));
    EXPECT_TRUE(model.searching());
    EXPECT_EQ(model.matchCount(), 0);
    // Lines that arrive during the search are searched too.
    model.append(LogBuffer::Stdout, "late needle\n", 0);
    model.commit();
    ASSERT_TRUE(waitUntil([&] { return !model.searching(); }, 20000));
    EXPECT_EQ(model.matchCount(), 201);
    EXPECT_GE(progress.size(), 3); // started, progressed, finished
    EXPECT_DOUBLE_EQ(model.searchProgress(), 1.0);
    EXPECT_EQ(model.nextMatch(0), 7);
    EXPECT_EQ(model.nextMatch(199007), 200000);
    // A new search while one runs: only the last one's answer counts.
    model.setSearchText(QStringLiteral("line 19999"));
    model.setSearchText(QStringLiteral("line 1999"));
    ASSERT_TRUE(waitUntil([&] { return !model.searching(); }, 20000));
    EXPECT_EQ(model.matchCount(), 111); // 1999, 19990 … 19999 and 199900 … 199999
}

TEST(LogModel, SavesThroughATemporaryName)
{
    LogModel model;
    feed(model, {"out \x1b[32mgreen\x1b[0m", "Eerr"},
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6)).toMSecsSinceEpoch());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    EXPECT_EQ(model.save(path, false, false), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("out green\nEerr\n"));
    file.close();
    EXPECT_EQ(model.save(path, true, true), QString());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(),
        QByteArray("2026-01-02 03:04:05.006 stdout out green\n2026-01-02 03:04:05.006 stderr Eerr\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("log.txt")});
    EXPECT_FALSE(model.save(dir.filePath(QStringLiteral("missing/dir/log.txt")), false, false).isEmpty());
    EXPECT_EQ(model.text(1, 1, false, true), QStringLiteral("stderr Eerr\n"));
}

TEST(LogModel, EarlierLinesGoInFront)
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    feed(model, {"three", "four"}, 3000);
    LogBuffer earlier;
    earlier.append(LogBuffer::Stdout, "one\n", 1000);
    earlier.append(LogBuffer::Stderr, "two\n", 2000);
    model.prepend(earlier);
    EXPECT_EQ(shown(model), (QList<QString> {"one", "two", "three", "four"}));
    EXPECT_TRUE(model.data(model.index(1), LogModel::StderrRole).toBool());
    EXPECT_EQ(model.data(model.index(2), LogModel::TimeRole).toDateTime().toMSecsSinceEpoch(), 3000);
}
