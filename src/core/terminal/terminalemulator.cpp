// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminalemulator.h"

#include "terminal/repeatguard.h"

#include <vterm.h>

#include <algorithm>
#include <deque>

// The build guarantees libvterm 0.3 or later (src/core/CMakeLists.txt): 0.1 crashes and hangs on
// what a program can print.
static_assert(VTERM_VERSION_MAJOR > 0 || VTERM_VERSION_MINOR >= 3, "Berth needs libvterm 0.3 or later");

struct TerminalEmulator::Private
{
    TerminalEmulator *q;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    /// Lines that left the top, as libvterm gave them (trailing blanks dropped), oldest first;
    /// converted only when shown, and given back when the screen grows taller.
    std::deque<QList<VTermScreenCell>> scrollback;
    /// Something changed since changed() was last emitted (once per feed, not per callback).
    bool dirty = false;
    /// Lines pushed into the scrollback since a byte that was not plain was fed.
    qint64 plainPushes = 0;
    /// The size of the bytes being given to libvterm: no fragment it reports is longer.
    qsizetype feeding = 0;
    RepeatGuard repeats;
    /// The title's bytes so far: an OSC split across two feeds arrives in two fragments.
    QByteArray titleFragments;
    VTermScreenCallbacks callbacks {};

    /// A restored cursor saved before the screen became smaller is put back inside it, as
    /// xterm does (libvterm 0.3.3 would write outside its rows).
    void keepCursorInside()
    {
        VTermState *state = vterm_obtain_state(vt);
        VTermPos pos;
        vterm_state_get_cursorpos(state, &pos);
        int rows = 0;
        int columns = 0;
        vterm_get_size(vt, &rows, &columns);
        if (pos.row >= 0 && pos.row < rows && pos.col >= 0 && pos.col < columns)
            return;
        // (In origin mode the row counts from the scrolling region's top and stays in it: inside
        // the screen all the same.)
        moveCursor(qBound(0, pos.row, rows - 1), qBound(0, pos.col, columns - 1));
    }
    /// Puts libvterm's cursor at @p row, @p column (from 0), as a program would (CUP).
    void moveCursor(int row, int column)
    {
        const QByteArray move
            = "\x1b[" + QByteArray::number(row + 1) + ';' + QByteArray::number(column + 1) + 'H';
        vterm_input_write(vt, move.constData(), size_t(move.size()));
    }

    Cell convert(const VTermScreenCell &c) const
    {
        Cell out;
        if (c.chars[0] == uint32_t(-1)) { // the right half of a wide character
            out.width = 0;
        } else {
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i]; ++i)
                out.text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c.chars[i]), 1);
            out.width = c.width;
        }
        VTermColor fg = c.fg;
        VTermColor bg = c.bg;
        out.defaultForeground = VTERM_COLOR_IS_DEFAULT_FG(&fg);
        out.defaultBackground = VTERM_COLOR_IS_DEFAULT_BG(&bg);
        vterm_screen_convert_color_to_rgb(screen, &fg);
        vterm_screen_convert_color_to_rgb(screen, &bg);
        out.foreground = rgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
        out.background = rgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
        out.bold = c.attrs.bold;
        out.italic = c.attrs.italic;
        out.underline = c.attrs.underline != 0;
        out.inverse = c.attrs.reverse;
        out.strike = c.attrs.strike;
        return out;
    }

    static int damage(VTermRect, void *user)
    {
        static_cast<Private *>(user)->dirty = true;
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        auto *self = static_cast<Private *>(user);
        self->q->m_cursor = QPoint(pos.col, pos.row);
        self->q->m_cursorVisible = visible;
        self->dirty = true;
        return 1;
    }
    static int termProp(VTermProp prop, VTermValue *value, void *user)
    {
        auto *self = static_cast<Private *>(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            self->q->m_cursorVisible = value->boolean;
            break;
        case VTERM_PROP_ALTSCREEN:
            self->q->m_altScreen = value->boolean;
            break;
        case VTERM_PROP_TITLE:
            // String properties come in fragments, the first marked initial, the last final.
            if (value->string.initial)
                self->titleFragments.clear();
            // A title is short; an endless OSC from the container does not grow memory. A
            // fragment is part of what was fed: libvterm 0.3.3 can report a length below zero
            // (found by the fuzzer), read as nothing.
            if (value->string.len <= size_t(self->feeding)) {
                const qsizetype room = 4 * MaxTitleLength - self->titleFragments.size();
                self->titleFragments.append(
                    value->string.str, qMin(qsizetype(value->string.len), qMax<qsizetype>(room, 0)));
            }
            if (!value->string.final)
                return 1;
            self->q->m_title = plainTitle(QString::fromUtf8(self->titleFragments));
            self->titleFragments.clear();
            Q_EMIT self->q->titleChanged();
            break;
        default:
            return 0;
        }
        self->dirty = true;
        return 1;
    }
    static int bell(void *user)
    {
        Q_EMIT static_cast<Private *>(user)->q->bell();
        return 1;
    }
    static int pushLine(int columns, const VTermScreenCell *cells, void *user)
    {
        auto *self = static_cast<Private *>(user);
        // Blank cells at the end of a line with the default background are not kept.
        int used = columns;
        while (used > 0 && cells[used - 1].chars[0] == 0 && VTERM_COLOR_IS_DEFAULT_BG(&cells[used - 1].bg)
            && !cells[used - 1].attrs.reverse)
            --used;
        self->scrollback.emplace_back(cells, cells + used);
        ++self->plainPushes;
        if (self->scrollback.size() > size_t(ScrollbackLimit))
            self->scrollback.pop_front();
        self->dirty = true;
        return 1;
    }
    static int popLine(int columns, VTermScreenCell *cells, void *user)
    {
        auto *self = static_cast<Private *>(user);
        if (self->scrollback.empty())
            return 0;
        const QList<VTermScreenCell> raw = std::move(self->scrollback.back());
        self->scrollback.pop_back();
        VTermScreenCell blank {};
        blank.width = 1;
        vterm_color_indexed(&blank.fg, 7);
        blank.fg.type = VTermColorType(blank.fg.type | VTERM_COLOR_DEFAULT_FG);
        vterm_color_indexed(&blank.bg, 0);
        blank.bg.type = VTermColorType(blank.bg.type | VTERM_COLOR_DEFAULT_BG);
        for (int i = 0; i < columns; ++i)
            cells[i] = i < raw.size() ? raw[i] : blank;
        self->dirty = true;
        return 1;
    }
    static void output(const char *bytes, size_t length, void *user)
    {
        Q_EMIT static_cast<Private *>(user)->q->output(QByteArray(bytes, qsizetype(length)));
    }
};

TerminalEmulator::TerminalEmulator(int rows, int columns, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_rows(qMax(1, rows))
    , m_columns(qMax(MinColumns, columns))
{
    d->q = this;
    d->vt = vterm_new(m_rows, m_columns);
    vterm_set_utf8(d->vt, 1);
    vterm_output_set_callback(d->vt, &Private::output, d.get());
    d->screen = vterm_obtain_screen(d->vt);
    d->callbacks.damage = &Private::damage;
    d->callbacks.movecursor = &Private::moveCursor;
    d->callbacks.settermprop = &Private::termProp;
    d->callbacks.bell = &Private::bell;
    d->callbacks.sb_pushline = &Private::pushLine;
    d->callbacks.sb_popline = &Private::popLine;
    vterm_screen_set_callbacks(d->screen, &d->callbacks, d.get());
    vterm_screen_set_damage_merge(d->screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(d->screen, 1);
    vterm_screen_reset(d->screen, 1);
}

TerminalEmulator::~TerminalEmulator()
{
    vterm_free(d->vt);
}

void TerminalEmulator::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const QByteArray guarded = d->repeats.filter(bytes);
    d->feeding = guarded.size();
    qsizetype from = 0;
    for (const qsizetype end : d->repeats.restores()) {
        vterm_input_write(d->vt, guarded.constData() + from, size_t(end - from));
        from = end;
        d->keepCursorInside();
    }
    vterm_input_write(d->vt, guarded.constData() + from, size_t(guarded.size() - from));
    d->feeding = 0;
    if (!std::all_of(bytes.begin(), bytes.end(), isPlain))
        d->plainPushes = 0;
    vterm_screen_flush_damage(d->screen);
    if (std::exchange(d->dirty, false))
        Q_EMIT changed();
}

bool TerminalEmulator::scrollingPlainText() const
{
    return d->plainPushes >= m_rows && !m_altScreen && d->repeats.atGround();
}

void TerminalEmulator::skip(QByteArrayView plain)
{
    Q_ASSERT(scrollingPlainText() && std::all_of(plain.begin(), plain.end(), isPlain));
    d->repeats.skipped(plain);
}

void TerminalEmulator::resize(int rows, int columns)
{
    rows = qMax(1, rows);
    columns = qMax(MinColumns, columns);
    if (rows == m_rows && columns == m_columns)
        return;
    const bool shorter = rows < m_rows;
    const bool narrower = columns < m_columns;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(d->vt, rows, columns);
    if (shorter || narrower) {
        // libvterm 0.3.3 keeps a scrolling region's top (and left margin) as they were, below a
        // screen made shorter, and then scrolls a region of negative height (found by the
        // fuzzer). The margins go back to the whole screen, as xterm does on a resize, and the
        // cursor stays where it is (setting margins moves it home).
        VTermPos pos;
        vterm_state_get_cursorpos(vterm_obtain_state(d->vt), &pos);
        // A string the program has not ended (a title) would swallow these bytes: it is ended first.
        QByteArray reset = d->repeats.interrupt() + "\x1b[r";
        if (narrower) {
            reset += "\x1b[?69h\x1b[s";
            if (!d->repeats.leftRightMargins())
                reset += "\x1b[?69l";
        }
        vterm_input_write(d->vt, reset.constData(), size_t(reset.size()));
        d->moveCursor(pos.row, pos.col);
    }
    vterm_screen_flush_damage(d->screen);
    d->dirty = false;
    d->plainPushes = 0;
    Q_EMIT changed();
}

TerminalEmulator::Cell TerminalEmulator::cell(int row, int column) const
{
    if (row < 0) {
        const qsizetype line = qsizetype(d->scrollback.size()) + row;
        if (line < 0 || column < 0)
            return {};
        const QList<VTermScreenCell> &cells = d->scrollback[size_t(line)];
        return column < cells.size() ? d->convert(cells[column]) : Cell {};
    }
    VTermScreenCell c;
    if (row >= m_rows || column < 0 || column >= m_columns
        || !vterm_screen_get_cell(d->screen, VTermPos {row, column}, &c))
        return {};
    return d->convert(c);
}

int TerminalEmulator::scrollbackLines() const
{
    return int(d->scrollback.size());
}

QString TerminalEmulator::lineText(int row) const
{
    QString line;
    int columns = m_columns;
    if (row < 0) {
        const qsizetype line = qsizetype(d->scrollback.size()) + row;
        columns = line < 0 ? 0 : int(d->scrollback[size_t(line)].size());
    }
    for (int c = 0; c < columns; ++c) {
        const Cell cl = cell(row, c);
        if (cl.width == 0)
            continue;
        line += cl.text.isEmpty() ? QStringLiteral(" ") : cl.text;
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

QString TerminalEmulator::text(QPoint from, QPoint to) const
{
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QStringList lines;
    for (int row = from.y(); row <= to.y(); ++row) {
        const int first = row == from.y() ? from.x() : 0;
        const int last = row == to.y() ? to.x() : m_columns - 1;
        QString line;
        for (int c = first; c <= last; ++c) {
            const Cell cl = cell(row, c);
            if (cl.width != 0)
                line += cl.text.isEmpty() ? QStringLiteral(" ") : cl.text;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {
VTermModifier modifiersOf(int modifiers)
{
    int m = VTERM_MOD_NONE;
    if (modifiers & TerminalEmulator::Shift)
        m |= VTERM_MOD_SHIFT;
    if (modifiers & TerminalEmulator::Alt)
        m |= VTERM_MOD_ALT;
    if (modifiers & TerminalEmulator::Control)
        m |= VTERM_MOD_CTRL;
    return VTermModifier(m);
}
} // namespace

void TerminalEmulator::sendKey(int key, int modifiers)
{
    static const VTermKey keys[] = {VTERM_KEY_NONE, VTERM_KEY_ENTER, VTERM_KEY_TAB, VTERM_KEY_BACKSPACE,
        VTERM_KEY_ESCAPE, VTERM_KEY_UP, VTERM_KEY_DOWN, VTERM_KEY_LEFT, VTERM_KEY_RIGHT, VTERM_KEY_INS,
        VTERM_KEY_DEL, VTERM_KEY_HOME, VTERM_KEY_END, VTERM_KEY_PAGEUP, VTERM_KEY_PAGEDOWN};
    VTermKey k = VTERM_KEY_NONE;
    if (key > 256 && key <= 256 + 24)
        k = VTermKey(VTERM_KEY_FUNCTION(key - 256));
    else if (key > 0 && key < int(std::size(keys)))
        k = keys[key];
    if (k != VTERM_KEY_NONE)
        vterm_keyboard_key(d->vt, k, modifiersOf(modifiers));
}

void TerminalEmulator::sendText(const QString &text, int modifiers)
{
    for (const char32_t c : text.toUcs4())
        vterm_keyboard_unichar(d->vt, uint32_t(c), modifiersOf(modifiers));
}

QString TerminalEmulator::pastable(const QString &text)
{
    // Lines end in CR, as the Enter key sends. Every other control character goes, as xterm does
    // unless told otherwise: a clipboard's ESC [201~ would end a bracketed paste early and let the
    // rest run as typed, and an ESC, Ctrl+C or Ctrl+D from a web page is not text the user chose.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n') {
            if (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out.append(QLatin1Char('\r'));
        } else if (u == u'\t' || !(u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))) {
            out.append(c);
        }
    }
    return out;
}

QString TerminalEmulator::plainTitle(const QString &title)
{
    QString out;
    for (const QChar c : title) {
        const char16_t u = c.unicode();
        if (!(u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)))
            out.append(c);
        if (out.size() >= MaxTitleLength)
            break;
    }
    return out;
}

void TerminalEmulator::paste(const QString &text)
{
    vterm_keyboard_start_paste(d->vt);
    for (const char32_t c : pastable(text).toUcs4())
        vterm_keyboard_unichar(d->vt, uint32_t(c), VTERM_MOD_NONE);
    vterm_keyboard_end_paste(d->vt);
}
