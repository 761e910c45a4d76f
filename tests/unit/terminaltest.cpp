// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal's screen fed byte sequences as a program writes them; the cell grid asserted.
#include "terminal/pendingoutput.h"
#include "terminal/terminalemulator.h"

#include <QRandomGenerator>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
QByteArray typed(TerminalEmulator &t, const std::function<void()> &action)
{
    QByteArray out;
    auto c = QObject::connect(&t, &TerminalEmulator::output, [&](const QByteArray &b) { out += b; });
    action();
    QObject::disconnect(c);
    return out;
}

/// All the screen and the scrollback hold, cell by cell with its colours and style, and the
/// cursor: a line each.
QStringList everything(const TerminalEmulator &t)
{
    QStringList out;
    for (int row = -t.scrollbackLines(); row < t.rows(); ++row) {
        QString line;
        for (int column = 0; column < t.columns(); ++column) {
            const TerminalEmulator::Cell c = t.cell(row, column);
            line += c.text + QChar(u'0' + c.width);
            if (!c.defaultForeground)
                line += QString::number(c.foreground, 16);
            if (!c.defaultBackground)
                line += u'/' + QString::number(c.background, 16);
            line
                += QChar(u'a' + (c.bold | c.italic << 1 | c.underline << 2 | c.inverse << 3 | c.strike << 4));
        }
        out << line;
    }
    out << QStringLiteral("cursor %1,%2 %3").arg(t.cursor().x()).arg(t.cursor().y()).arg(t.cursorVisible());
    return out;
}

/// "" when @p a and @p b hold the same, else where and how they differ first.
std::string difference(const TerminalEmulator &a, const TerminalEmulator &b)
{
    const QStringList x = everything(a);
    const QStringList y = everything(b);
    for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
        if (x[i] != y[i])
            return QStringLiteral("line %1 of %2 and %3: %4\n vs %5")
                .arg(i)
                .arg(x.size())
                .arg(y.size())
                .arg(x[i], y[i])
                .toStdString();
    }
    return x.size() == y.size() ? std::string()
                                : QStringLiteral("%1 lines vs %2").arg(x.size()).arg(y.size()).toStdString();
}

/// @p output fed as TerminalSession feeds it when it arrives faster than the emulator takes it:
/// @p arriving bytes at a time, a quarter of that fed between arrivals, what would scroll away
/// dropped. Returns how many bytes were dropped.
qsizetype fedAsAFlood(TerminalEmulator &t, const QByteArray &output, qsizetype arriving)
{
    PendingOutput pending;
    qsizetype dropped = 0;
    auto feedSlice = [&] {
        const QByteArrayView slice = pending.peek(qMin<qsizetype>(arriving / 4, 16 * 1024));
        t.feed(slice);
        pending.take(slice.size());
    };
    for (qsizetype at = 0; at < output.size(); at += arriving) {
        pending.append(output.mid(at, arriving));
        dropped += pending.skipFlood(t);
        if (!pending.isEmpty())
            feedSlice();
    }
    while (!pending.isEmpty()) {
        dropped += pending.skipFlood(t);
        feedSlice();
    }
    return dropped;
}

/// Lines of printable ASCII of every length up to two rows' worth, some with tabs and with a
/// carriage return that writes over the line's start, some empty.
QByteArray plainLines(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const int length = int(random.bounded(170));
        for (int c = 0; c < length; ++c) {
            const quint32 r = random.bounded(100);
            out += r == 0 ? '\t' : r == 1 && c > 3 ? '\r' : char(0x20 + random.bounded(0x5f));
        }
        out += "\r\n";
    }
    return out;
}
} // namespace

TEST(Terminal, TextWrapsAndTheCursorFollows)
{
    TerminalEmulator t(4, 20);
    t.feed("hello\r\nworld, and then some more");
    EXPECT_EQ(t.lineText(0), QStringLiteral("hello"));
    EXPECT_EQ(t.lineText(1), QStringLiteral("world, and then some"));
    EXPECT_EQ(t.lineText(2), QStringLiteral(" more"));
    EXPECT_EQ(t.cursor(), QPoint(5, 2));
    t.feed("\x1b[4;8H*");
    EXPECT_EQ(t.cell(3, 7).text, QStringLiteral("*"));
    EXPECT_EQ(t.cursor(), QPoint(8, 3));
    t.feed("\x1b[2J\x1b[H");
    EXPECT_EQ(t.lineText(0), QString());
    EXPECT_EQ(t.cursor(), QPoint(0, 0));
}

TEST(Terminal, ColoursInSixteenTwoHundredFiftySixAndTruecolor)
{
    TerminalEmulator t(2, 20);
    t.feed("\x1b[31mr\x1b[0md\x1b[38;5;196mx\x1b[38;2;1;2;3;48;2;250;251;252mt\x1b[1;3;4;7;9mA\x1b[0m");
    const TerminalEmulator::Cell red = t.cell(0, 0);
    EXPECT_FALSE(red.defaultForeground);
    EXPECT_GT(int(red.foreground >> 16 & 0xff), 150);
    EXPECT_LT(int(red.foreground >> 8 & 0xff), 80);
    const TerminalEmulator::Cell plain = t.cell(0, 1);
    EXPECT_TRUE(plain.defaultForeground);
    EXPECT_TRUE(plain.defaultBackground);
    EXPECT_EQ(t.cell(0, 2).foreground, TerminalEmulator::rgb(0xff, 0, 0)) << "256-colour 196 is pure red";
    const TerminalEmulator::Cell rgb = t.cell(0, 3);
    EXPECT_EQ(rgb.foreground, TerminalEmulator::rgb(1, 2, 3));
    EXPECT_EQ(rgb.background, TerminalEmulator::rgb(250, 251, 252));
    EXPECT_FALSE(rgb.defaultBackground);
    const TerminalEmulator::Cell styled = t.cell(0, 4);
    EXPECT_TRUE(styled.bold);
    EXPECT_TRUE(styled.italic);
    EXPECT_TRUE(styled.underline);
    EXPECT_TRUE(styled.inverse);
    EXPECT_TRUE(styled.strike);
}

TEST(Terminal, Utf8SplitAcrossReadsAndWideCharacters)
{
    TerminalEmulator t(2, 20);
    const QByteArray text = QStringLiteral("привет и ещё раз 日本").toUtf8();
    for (char c : text)
        t.feed(QByteArrayView(&c, 1)); // every byte on its own, as a pipe may deliver them
    EXPECT_EQ(t.lineText(0), QStringLiteral("привет и ещё раз 日"));
    EXPECT_EQ(t.cell(0, 0).text, QStringLiteral("п"));
    EXPECT_EQ(t.cell(0, 17).text, QStringLiteral("日"));
    EXPECT_EQ(t.cell(0, 17).width, 2);
    EXPECT_EQ(t.cell(0, 18).width, 0) << "the right half of a wide character";
    EXPECT_EQ(t.cell(0, 19).text, QString()) << "本 does not fit in the last column: it wraps";
    EXPECT_EQ(t.cell(1, 0).text, QStringLiteral("本"));
}

TEST(Terminal, TheAlternateScreenLeavesTheShellsScreenAsItWas)
{
    // What vi, less and top do.
    TerminalEmulator t(3, 20);
    t.feed("$ vi notes\r\n");
    t.feed("\x1b[?1049h\x1b[H\x1b[2Jediting");
    EXPECT_TRUE(t.altScreen());
    EXPECT_EQ(t.lineText(0), QStringLiteral("editing"));
    t.feed("\x1b[?1049l");
    EXPECT_FALSE(t.altScreen());
    EXPECT_EQ(t.lineText(0), QStringLiteral("$ vi notes"));
    EXPECT_EQ(t.cursor(), QPoint(0, 1));
}

TEST(Terminal, LinesScrolledOffAreKeptAndComeBackOnATallerScreen)
{
    TerminalEmulator t(3, 10);
    for (int i = 1; i <= 10; ++i)
        t.feed(QByteArray::number(i) + (i < 10 ? "\r\n" : ""));
    EXPECT_EQ(t.scrollbackLines(), 7);
    EXPECT_EQ(t.lineText(-1), QStringLiteral("7"));
    EXPECT_EQ(t.lineText(-7), QStringLiteral("1"));
    EXPECT_EQ(t.lineText(0), QStringLiteral("8"));
    EXPECT_EQ(t.text(QPoint(0, -2), QPoint(9, 0)), QStringLiteral("6\n7\n8"));
    t.resize(5, 10);
    EXPECT_EQ(t.scrollbackLines(), 5) << "two lines came back onto the screen";
    EXPECT_EQ(t.lineText(0), QStringLiteral("6"));
    EXPECT_EQ(t.lineText(4), QStringLiteral("10"));
}

TEST(Terminal, KeysBecomeWhatProgramsRead)
{
    TerminalEmulator t(2, 10);
    EXPECT_EQ(typed(t, [&] { t.sendText(QStringLiteral("ls é")); }), QByteArray("ls \xc3\xa9"));
    EXPECT_EQ(typed(t, [&] { t.sendKey(TerminalEmulator::Enter); }), QByteArray("\r"));
    EXPECT_EQ(
        typed(t, [&] { t.sendText(QStringLiteral("c"), TerminalEmulator::Control); }), QByteArray("\x03"));
    EXPECT_EQ(typed(t, [&] { t.sendKey(TerminalEmulator::Up); }), QByteArray("\x1b[A"));
    EXPECT_EQ(typed(t, [&] { t.sendKey(TerminalEmulator::Backspace); }), QByteArray("\x7f"));
    EXPECT_EQ(typed(t, [&] { t.sendKey(256 + 1); }), QByteArray("\x1bOP")) << "F1";
    // Once the program asks for application cursor keys (vi does), arrows change.
    t.feed("\x1b[?1h");
    EXPECT_EQ(typed(t, [&] { t.sendKey(TerminalEmulator::Up); }), QByteArray("\x1bOA"));
    // Pasted lines are bracketed when the program asked for it, so a shell does not run them.
    EXPECT_EQ(typed(t, [&] { t.paste(QStringLiteral("a\nb")); }), QByteArray("a\rb"));
    t.feed("\x1b[?2004h");
    EXPECT_EQ(typed(t, [&] { t.paste(QStringLiteral("a\nb")); }), QByteArray("\x1b[200~a\rb\x1b[201~"));
    // A clipboard cannot end the bracket early or type keys: its control characters go (ESC,
    // Ctrl+C, Ctrl+D, DEL, C1's CSI), tabs and line ends stay, CRLF is one Enter.
    EXPECT_EQ(typed(t,
                  [&] {
                      t.paste(QString::fromUtf8("echo safe\x1b[201~\nrm -rf ~\x03\x04\x7f\xc2\x9b"
                                                "\tx\r\ny \xd1\x84"));
                  }),
        QByteArray("\x1b[200~echo safe[201~\rrm -rf ~\tx\ry \xd1\x84\x1b[201~"));
    EXPECT_EQ(TerminalEmulator::pastable(QStringLiteral("a\r\rb")), QStringLiteral("a\r\rb"));
}

TEST(Terminal, TheTitleIsPlainShortText)
{
    TerminalEmulator t(2, 10);
    // Control characters a program puts in its title are not shown (nor passed to the tab).
    t.feed("\x1b]2;a\x01"
           "b\x7f\xc2\x85"
           "c\x07");
    EXPECT_EQ(t.title(), QStringLiteral("abc"));
    // An endless title is cut, not kept whole in memory.
    t.feed("\x1b]2;" + QByteArray(100000, 'x') + "\x07");
    EXPECT_EQ(t.title().size(), TerminalEmulator::MaxTitleLength);
}

TEST(Terminal, TheTitleAndAnswersToTheProgramsQuestions)
{
    TerminalEmulator t(2, 10);
    QSignalSpy title(&t, &TerminalEmulator::titleChanged);
    t.feed("\x1b]2;root@box: /srv\x07");
    EXPECT_EQ(title.count(), 1);
    EXPECT_EQ(t.title(), QStringLiteral("root@box: /srv"));
    // A title split across two reads is one title.
    t.feed("\x1b]2;vi \xd1\x84");
    t.feed("\xd0\xb0\xd0\xb9\xd0\xbb.txt\x1b\\");
    EXPECT_EQ(title.count(), 2);
    EXPECT_EQ(t.title(), QStringLiteral("vi файл.txt"));
    // "Where is the cursor?" (resize and some shells ask): the answer goes to the program.
    t.feed("ab");
    EXPECT_EQ(typed(t, [&] { t.feed("\x1b[6n"); }), QByteArray("\x1b[1;3R"));
}

TEST(Terminal, AWideCharacterOnANarrowScreenIsSafe)
{
    // Found by the fuzzer: libvterm wrote past a 1-column row for a double-width character.
    TerminalEmulator t(1, 1);
    EXPECT_GE(t.columns(), TerminalEmulator::MinColumns);
    t.feed("\xe6\xbc\xa2\xe6\xbc\xa2 wide");
    t.resize(3, 1);
    EXPECT_GE(t.columns(), TerminalEmulator::MinColumns);
    t.feed("\xe6\xbc\xa2\r\n\xe6\xbc\xa2");
    EXPECT_FALSE(t.cell(0, 0).text.isEmpty());
    // Found by the fuzzer: libvterm 0.1 crashed making a screen 2 or 4 columns wide after wide
    // characters and a cursor moved past the bottom; the screen is at least 20 wide.
    for (const char *input :
        {"G1sbWzBtG1AAMHRpdGxlBxtbG1s/MTAb////ThtbvKLlrZdkARtbPzEwG1s5NEgbW7yi5a2XZAEAAAwg5rwA",
            "G1sbWzBtG1AAMHRpdGxlBxtbG1s/MTAbOTRIG1u8ouWtl2QBG1s/MTAbWzk0NEgbW7yi5a2XZAEAAAwg5rwA"}) {
        TerminalEmulator u(24, 80);
        u.feed(QByteArray::fromBase64(input));
        for (const int columns : {1, 2, 4}) {
            u.resize(32, columns); // returns: the process would crash here otherwise
            EXPECT_EQ(u.columns(), TerminalEmulator::MinColumns);
        }
    }
}

TEST(Terminal, RepeatIsWrittenOutAndNeverFreezesTheScreen)
{
    // Found by the fuzzer: libvterm 0.1 loops forever on REP (CSI Ps b) with no printable
    // character before it; four bytes from any program froze the window.
    for (const QByteArray &freeze : {QByteArray("\x1b[1b"), QByteArray("\x1b\x1b[1\x01\x00bt", 8),
             QByteArray("\xcc\x81\x1b[1b"), QByteArray("x\x1b[H\xcc\x81\x1b[5b"), QByteArray("\x1b[10;5b"),
             QByteArray("\x1b[:b"), QByteArray("\x1b\n[b"), QByteArray("\x1b\x7f\n[2b"),
             // An escape goes on past intermediate bytes and bytes libvterm does not handle there.
             QByteArray("\x1b!["
                        "b"),
             QByteArray("\x1b[?1049h\x1b[2J\x1b)H\x1b\xff\xff[b\r\vttyom"), QByteArray("\x1b \x80[3b")}) {
        TerminalEmulator t(4, 20);
        t.feed(freeze); // returns: the test would hang here otherwise
        EXPECT_GE(t.rows(), 4);
    }
    // REP still repeats, also split across feeds and for a character of several bytes.
    TerminalEmulator t(4, 20);
    t.feed("a\x1b[3b");
    EXPECT_EQ(t.lineText(0).trimmed(), QStringLiteral("aaaa"));
    t.feed("\r\n\xc3\xa9\x1b[");
    t.feed("2b|\x1b[?25l\x1b[1;31mx\x1b[0m");
    EXPECT_EQ(t.lineText(1).trimmed(), QStringLiteral("\u00e9\u00e9\u00e9|x"));
    EXPECT_FALSE(t.cursorVisible()) << "other sequences go on as they were";
    EXPECT_FALSE(t.cell(1, 4).defaultForeground) << "the red x keeps its colour";
}

TEST(Terminal, ACsiWithMoreParametersThanLibvtermKeepsIsDropped)
{
    // Found by the fuzzer: libvterm 0.1 writes a CSI's parameters past its 16 places, over its
    // own callbacks; the next key pressed jumped to 0x7fffffff. Such a sequence is dropped.
    TerminalEmulator t(4, 40);
    t.feed(QByteArray::fromBase64(
        "G1s/AQAADDs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7omINNDg0"));
    t.feed("\x1b[" + QByteArray(5000, ';') + "mafter");
    EXPECT_TRUE(t.lineText(0).contains(QStringLiteral("after"))) << qPrintable(t.lineText(0));
    t.paste(QStringLiteral("typed")); // returns: the process would crash here otherwise
    t.sendKey(TerminalEmulator::Enter);
    // A long but valid one (16 parameters) still acts: bold red.
    t.feed("\r\n\x1b[0;0;0;0;0;0;0;0;0;0;0;0;0;0;1;31mred\x1b[0m");
    const TerminalEmulator::Cell red = t.cell(1, 0);
    EXPECT_EQ(red.text, QStringLiteral("r"));
    EXPECT_TRUE(red.bold);
    EXPECT_FALSE(red.defaultForeground);
    // A sequence longer than any real one was once given on at 256 bytes, and its ';' then
    // reached libvterm unseen: it goes whole now, digits or intermediates first.
    t.feed("\r\n\x1b[" + QByteArray(300, '1') + QByteArray(40, ';') + "mlong");
    t.feed("\x1b" + QByteArray(300, ' ') + "[" + QByteArray(40, ';') + "m!");
    EXPECT_EQ(t.lineText(2).trimmed(), QStringLiteral("long!"));
}

TEST(Terminal, ACursorSavedBeforeTheScreenShrankComesBackInside)
{
    // Found by the fuzzer: libvterm 0.3.3 restores a saved cursor as it was, outside a screen
    // made smaller since, and the next character was written past its rows. As in xterm, the
    // cursor comes back at the nearest place inside.
    for (const QByteArray &restore : {QByteArray("\x1b"
                                                 "8"),
             QByteArray("\x1b[?1048l"), QByteArray("\x1b[?1049l")}) {
        TerminalEmulator t(30, 100);
        const QByteArray save = restore
                == "\x1b"
                   "8"
            ? QByteArray("\x1b"
                         "7")
            : restore.left(restore.size() - 1) + 'h';
        t.feed("\x1b[28;90H" + save);
        t.resize(5, 30);
        t.feed(restore + "xy");
        EXPECT_LT(t.cursor().y(), 5) << restore.constData();
        EXPECT_LT(t.cursor().x(), 30) << restore.constData();
        EXPECT_TRUE(t.text(QPoint(0, 0), QPoint(29, 4)).contains(QLatin1Char('x'))) << restore.constData();
    }
}

TEST(Terminal, MarginsGoBackToTheWholeScreenWhenItShrinks)
{
    // Found by the fuzzer: libvterm 0.3.3 kept a scrolling region's top below a screen made
    // shorter and scrolled a region of negative height. After a resize the margins are the
    // whole screen again (as in xterm); the cursor stays.
    TerminalEmulator t(20, 60);
    t.feed("\x1b[?69h\x1b[30;50s\x1b[10;18r\x1b[12;10Hhere");
    t.resize(5, 25);
    const QPoint cursor = t.cursor();
    t.feed("x");
    EXPECT_EQ(t.cursor(), cursor + QPoint(1, 0)) << "the cursor did not move home";
    for (int i = 0; i < 12; ++i)
        t.feed("\r\nline " + QByteArray::number(i));
    EXPECT_EQ(t.lineText(4).trimmed(), QStringLiteral("line 11")) << "the whole screen scrolls";
    EXPECT_EQ(t.lineText(0).trimmed(), QStringLiteral("line 7"));
    // Margins the program sets after the resize still act.
    t.feed("\x1b[2;3r\x1b[3;1Ha\r\nb\r\nc");
    EXPECT_EQ(t.lineText(4).trimmed(), QStringLiteral("line 11")) << "only rows 2 and 3 scrolled";
}

TEST(Terminal, AResizeInsideAnUnendedTitleStillResetsTheMargins)
{
    // Found by the fuzzer (CI): the screen shrank while libvterm was inside a title (or a DCS)
    // the program had not ended yet; the margin reset was read as part of it, and libvterm 0.3.3
    // then scrolled a region of negative height. The string is ended first and its rest dropped,
    // not printed; margins reset as without it.
    for (const QByteArray start : {QByteArray("\x1b]2;half a ti"), QByteArray("\x1bPqsix"),
             QByteArray("\x1b_apc"), QByteArray("\x1b]2")}) {
        TerminalEmulator t(24, 80);
        t.feed("\x1b[20;24r\x1b[24;1H" + start);
        t.resize(10, 40);
        t.feed("tle\x1b\\after");
        EXPECT_EQ(t.lineText(t.cursor().y()).trimmed(), QStringLiteral("after")) << start.constData();
        for (int i = 0; i < 12; ++i)
            t.feed("\r\nline " + QByteArray::number(i));
        EXPECT_EQ(t.lineText(9).trimmed(), QStringLiteral("line 11")) << start.constData();
        EXPECT_EQ(t.lineText(0).trimmed(), QStringLiteral("line 2")) << "the whole screen scrolls";
        EXPECT_TRUE(t.title().isEmpty()) << "a title cut short is not set";
    }
    // A title ended before the resize, and ESC P inside a title (libvterm ends the title there
    // and starts no DCS): what follows the resize is printed.
    for (const QByteArray before : {QByteArray("\x1b]2;done\x07"), QByteArray("\x1b]2;x\x1bPq")}) {
        TerminalEmulator t(24, 80);
        t.feed(before);
        t.resize(10, 40);
        t.feed("shown");
        EXPECT_TRUE(t.lineText(t.cursor().y()).contains(QStringLiteral("shown"))) << before.constData();
    }
}

TEST(Terminal, ACOneControlWrittenAsUtf8IsNoCharacter)
{
    // Found by the fuzzer: libvterm 0.3.3 prints U+0097 with a width of -1, the cursor went to
    // column -1 and a tab stop was set before its table. Such characters go; © (C2 A9) stays,
    // also split across two reads.
    TerminalEmulator t(4, 30);
    t.feed("\xc2\x97\x1bHa\xc2");
    t.feed("\xa9\xc2\x85"
           "b\xc2\x9b"
           "1m");
    EXPECT_EQ(t.lineText(0).trimmed(), QStringLiteral("a\u00a9b1m"));
    EXPECT_EQ(t.cursor(), QPoint(5, 0));
    // Its two bytes apart, with a control or a sequence between them (fuzzer): the first is
    // broken UTF-8, and the second alone no character either.
    t.feed("\r\n\xc2\x01\x97"
           "c\xc2\x1b[m\x85"
           "d");
    EXPECT_EQ(t.lineText(1).trimmed(), QStringLiteral("\ufffd\ufffdc\ufffd\ufffdd"));
}

TEST(Terminal, AParameterTooBigForLibvtermIsDropped)
{
    // Found by the fuzzer with libvterm 0.3.3 under UBSan: it multiplies a parameter's digits
    // into a signed long until it overflows. Nine digits still act; more drop the sequence.
    TerminalEmulator t(4, 40);
    t.feed("\x1b[999999999999999999999999;1Hover\x1b[1;999999999H@");
    EXPECT_TRUE(t.lineText(0).startsWith(QStringLiteral("over"))) << qPrintable(t.lineText(0));
    EXPECT_TRUE(t.lineText(0).endsWith(QStringLiteral("@"))) << "nine digits: the last column";
    // The same for an OSC's number; the title after a fitting one still arrives.
    t.feed("\x1b]99999999999999999999;x\x07\x1b]2;fits\x07");
    EXPECT_EQ(t.title(), QStringLiteral("fits"));
    // NUL and controls between its digits do not end the number (fuzzer).
    t.feed(QByteArray("\x1b]0222222\x00\x00\x01"
                      "2222;no\x07\x1b]2;fits too\x07",
        33));
    EXPECT_EQ(t.title(), QStringLiteral("fits too"));
    t.feed("\x1b]2;fits\x07");
    EXPECT_EQ(t.title(), QStringLiteral("fits"));
    // Found by the fuzzer: a CSI cut short by a new one that was then dropped left libvterm
    // inside the first, where the ';' that followed overflowed its parameters.
    const QByteArray cut
        = QByteArray::fromBase64("G08AMTA0OWgbWxtbPwEAAAw7Ozs7Ozs7Ozs7Ozs7Ozs7AAAAAAAAAGo7Ozs7Ozs7Ozs7Ozs7Ozs"
                                 "7Ozs7O6JiDTI4MkobKUgb//9bWlpaWlpaWnR0eW9t");
    TerminalEmulator u(4, 40);
    u.feed(cut.left(36));
    u.feed(cut.mid(36)); // returns, and the sanitizer build sees no write past the parameters
    EXPECT_TRUE(u.lineText(0).contains(QStringLiteral(";;;;"))) << "what follows is text";
    // Found by the fuzzer: an ESC given on alone at the end of a feed, inside a title, made
    // libvterm 0.3.3 report the title's last fragment as 2^64 - 1 bytes long.
    TerminalEmulator v(4, 40);
    const QByteArray title = QByteArray::fromBase64(
        "G1sbSOS4raY7//////////90MDCzgGAAAG8OAHA/MJaHG1tLG10yO3QwMLOAYAAAbw4AcD8wGxtb");
    for (qsizetype i = 0; i < title.size(); i += 7)
        v.feed(title.mid(i, 7));
    v.feed("\x1b\x1b\n\x1b]2;next\x07");
    EXPECT_EQ(v.title(), QStringLiteral("next"));
    // Found by the fuzzer: a CSI cut short by a REP, given on whole, left libvterm inside it, and
    // the REP's repeated digit became its parameter, 332 digits long.
    TerminalEmulator w(4, 40);
    static const char cutByRep[] = "x\n6\x1b\r[\x1b[332\x00\x00\x00"
                                   "b|";
    w.feed(QByteArray(cutByRep, sizeof cutByRep - 1));
    EXPECT_TRUE(w.lineText(1).startsWith(QStringLiteral("666666"))) << qPrintable(w.lineText(1));
}

// `cat` of a big file: what scrolls past the scrollback is dropped unread, and the screen and
// the scrollback end exactly as if every byte had been fed: after a coloured prompt and a title,
// with the pen left red, and for a REP whose character only the dropped part printed.
TEST(Terminal, AFloodOfPlainTextSkipsWhatScrollsAwayAndEndsTheSame)
{
    const QByteArray prompt = "\x1b]0;box: cat\x07\x1b[1;32muser@box\x1b[0m:\x1b[34m~\x1b[0m$ cat big\r\n";
    const QList<QByteArray> outputs {
        prompt + plainLines(9000, 1) + "\x1b[33mdone\x1b[0m\r\n$ ",
        prompt + "\x1b[31m" + plainLines(8000, 2) + "tail",
        // Only empty lines after the last printable character: the REP repeats the dropped 'Z'.
        prompt + plainLines(9000, 3) + "Z" + QByteArray(7000, '\n') + "\x1b[5b\r\n",
        prompt + plainLines(9000, 3) + "Z" + QByteArray(7000, '\n').replace("\n", "\r\n") + "\x1b[5b\r\n",
        // Lines ended by a line feed alone keep their column, also after what was dropped.
        prompt + plainLines(3000, 8).replace("\r\n", "\n") + "abc\n\r\n" + plainLines(6000, 9),
        // A title never ended: libvterm prints the lines after all.
        "\x1b]2;" + plainLines(8000, 10),
        // A scrolling region from the top: its lines go to the scrollback too.
        "\x1b[1;12r\x1b[12;1H" + plainLines(9000, 4) + "\x1b[r",
    };
    for (const QByteArray &output : outputs) {
        TerminalEmulator every(24, 80);
        for (qsizetype at = 0; at < output.size(); at += 16 * 1024)
            every.feed(output.mid(at, 16 * 1024));
        for (const qsizetype arriving : {qsizetype(16384), qsizetype(1 << 20)}) {
            TerminalEmulator flood(24, 80);
            const qsizetype dropped = fedAsAFlood(flood, output, arriving);
            EXPECT_GT(dropped, output.size() / 10) << "arriving " << arriving << " bytes at a time";
            EXPECT_EQ(difference(flood, every), "") << "arriving " << arriving << " bytes at a time";
        }
    }
}

// Where lines do not go to the scrollback, nothing is dropped: the alternate screen, a
// scrolling region below the top, the cursor below the region, a title never ended.
TEST(Terminal, AFloodIsFedWholeWhereLinesDoNotScrollIntoTheScrollback)
{
    const QList<QByteArray> outputs {
        "\x1b[?1049h" + plainLines(6000, 5) + "\x1b[?1049l",
        "\x1b[5;20r\x1b[20;1H" + plainLines(6000, 6),
        "\x1b[1;10r\x1b[22;1H" + plainLines(6000, 7),
    };
    for (const QByteArray &output : outputs) {
        TerminalEmulator every(24, 80);
        for (qsizetype at = 0; at < output.size(); at += 16 * 1024)
            every.feed(output.mid(at, 16 * 1024));
        TerminalEmulator flood(24, 80);
        EXPECT_EQ(fedAsAFlood(flood, output, 65536), 0) << output.left(12).toStdString();
        EXPECT_EQ(difference(flood, every), "") << output.left(12).toStdString();
    }
}
