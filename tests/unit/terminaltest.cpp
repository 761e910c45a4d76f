// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal's screen fed byte sequences as a program writes them; the cell grid asserted.
#include "terminalemulator.h"

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
} // namespace

TEST(Terminal, TextWrapsAndTheCursorFollows)
{
    TerminalEmulator t(4, 10);
    t.feed("hello\r\nworld, and more");
    EXPECT_EQ(t.lineText(0), QStringLiteral("hello"));
    EXPECT_EQ(t.lineText(1), QStringLiteral("world, and"));
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
    TerminalEmulator t(2, 10);
    const QByteArray text = QStringLiteral("привет 日本").toUtf8();
    for (char c : text)
        t.feed(QByteArrayView(&c, 1)); // every byte on its own, as a pipe may deliver them
    EXPECT_EQ(t.lineText(0), QStringLiteral("привет 日"));
    EXPECT_EQ(t.cell(0, 0).text, QStringLiteral("п"));
    EXPECT_EQ(t.cell(0, 7).text, QStringLiteral("日"));
    EXPECT_EQ(t.cell(0, 7).width, 2);
    EXPECT_EQ(t.cell(0, 8).width, 0) << "the right half of a wide character";
    EXPECT_EQ(t.cell(0, 9).text, QString()) << "本 does not fit in the last column: it wraps";
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
}

TEST(Terminal, TheTitleAndAnswersToTheProgramsQuestions)
{
    TerminalEmulator t(2, 10);
    QSignalSpy title(&t, &TerminalEmulator::titleChanged);
    t.feed("\x1b]2;root@box: /srv\x07");
    EXPECT_EQ(title.count(), 1);
    EXPECT_EQ(t.title(), QStringLiteral("root@box: /srv"));
    // "Where is the cursor?" (resize and some shells ask): the answer goes to the program.
    t.feed("ab");
    EXPECT_EQ(typed(t, [&] { t.feed("\x1b[6n"); }), QByteArray("\x1b[1;3R"));
}
