// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>

#include <memory>

/**
 * A terminal's screen on libvterm: bytes from the program in, a grid of cells out, and the
 * keyboard turned into the bytes a program expects (arrows, function keys, Ctrl combinations,
 * bracketed paste). Colours (16, 256 and truecolor), bold, italic, underline, inverse, strike,
 * wide characters, the alternate screen and a scrollback. No GUI here: TerminalItem paints it,
 * and tests read the cells.
 */
class TerminalEmulator : public QObject
{
    Q_OBJECT
public:
    struct Cell
    {
        QString text; ///< the character and its combining marks; "" for blank or a wide tail
        int width = 1; ///< 2 for the first half of a wide character, 0 for its tail
        quint32 foreground = 0; ///< 0xffRRGGBB, as QRgb
        quint32 background = 0;
        bool defaultForeground = true; ///< the theme's text colour, not foreground
        bool defaultBackground = true;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool inverse = false;
        bool strike = false;
    };

    /// 0xffRRGGBB (QRgb's layout; the core does not link QtGui).
    static constexpr quint32 rgb(int red, int green, int blue)
    {
        return 0xff000000u | quint32(red) << 16 | quint32(green) << 8 | quint32(blue);
    }

    /// At most this many lines scrolled off the top are kept.
    static constexpr int ScrollbackLimit = 5000;

    /// libvterm 0.1 writes out of bounds when a wide character (漢) meets a 1-column screen, and
    /// crashes resizing to 2 or 4 columns after wide characters (all found by the fuzzer); no
    /// pane is that narrow in use.
    static constexpr int MinColumns = 20;

    TerminalEmulator(int rows, int columns, QObject *parent = nullptr);
    ~TerminalEmulator() override;

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    /// Output of the program; UTF-8 may be split anywhere between calls.
    void feed(QByteArrayView bytes);
    void resize(int rows, int columns);

    /// Output that changes nothing but cells and the cursor's place in its row or down:
    /// printable ASCII, CR, LF and TAB.
    static bool isPlain(char c) { return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t'; }
    /// How many line feeds of plain output after a point push all that came before it out of
    /// the screen and past the scrollback, while the screen scrolls plain text.
    int floodLinesKept() const { return ScrollbackLimit + 2 * m_rows + 2; }
    /// Whether the screen scrolls plain output now: since the last byte fed that was not plain,
    /// a screen's height of lines went into the scrollback. So the main screen is shown, the
    /// cursor is at the bottom of the scrolling region and stays there, and no sequence, string
    /// or character is waiting for more bytes.
    bool scrollingPlainText() const;
    /// Drops @p plain, the program's next output, unread. Allowed only while
    /// scrollingPlainText(), and when at least floodLinesKept() line feeds of plain output
    /// follow it: those lines leave the screen and the scrollback as they would be had @p plain
    /// been fed. (`cat` of a big file then costs what its last lines cost, not the whole file.)
    void skip(QByteArrayView plain);

    /// A cell of the screen (0 ≤ row < rows()), or of the scrollback for a negative row (-1 is
    /// the line that left the screen last).
    Cell cell(int row, int column) const;
    /// A line's text, trailing blanks dropped (screen or scrollback rows as for cell()).
    QString lineText(int row) const;
    int scrollbackLines() const;
    /// The text between two cells (row, column), inclusive, lines joined with "\n".
    QString text(QPoint from, QPoint to) const;

    QPoint cursor() const { return m_cursor; } ///< x column, y row
    bool cursorVisible() const { return m_cursorVisible; }
    bool altScreen() const { return m_altScreen; }
    QString title() const { return m_title; }

    enum Modifier { NoModifier = 0, Shift = 1, Alt = 2, Control = 4 };
    enum Key {
        Enter = 1,
        Tab,
        Backspace,
        Escape,
        Up,
        Down,
        Left,
        Right,
        Insert,
        Delete,
        Home,
        End,
        PageUp,
        PageDown
    };
    /// A named key (Key), or a function key as 256 + n (F1 = 257).
    void sendKey(int key, int modifiers = NoModifier);
    /// Typed text; with Control a letter becomes its control code (Ctrl+C → 0x03).
    void sendText(const QString &text, int modifiers = NoModifier);
    /// Pasted text, bracketed when the program asked for it (so a shell does not run each line),
    /// as pastable() leaves it.
    void paste(const QString &text);
    /// What of a clipboard's text is sent: line ends as CR, tabs, and no other control character
    /// (C0, DEL, C1), so pasted bytes can neither end a bracketed paste nor act as keys.
    static QString pastable(const QString &text);
    /// A title as shown: plain text without control characters, at most MaxTitleLength long.
    static QString plainTitle(const QString &title);
    static constexpr int MaxTitleLength = 256;

Q_SIGNALS:
    /// Bytes for the program (keys, paste, answers to its queries).
    void output(const QByteArray &bytes);
    /// Cells, cursor or scrollback changed.
    void changed();
    void titleChanged();
    void bell();

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
    int m_rows;
    int m_columns;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    QString m_title;
};
