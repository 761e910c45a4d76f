// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/repeatguard.h"

namespace {
constexpr char Cancel = 0x18; // CAN
// No escape or CSI a terminal knows is longer (16 parameters of 9 digits and their separators).
constexpr qsizetype MaxHeld = 256;
} // namespace

void RepeatGuard::drop(QByteArray &out)
{
    // An escape dropped before its '[' becomes a CSI there, as libvterm would have read it.
    m_droppingEscape = m_state == State::Escape;
    m_held.clear();
    m_state = State::Dropping;
    m_inString = false;
    // libvterm may be inside a sequence this one cut short (ESC [ ESC [ …): CAN ends whatever
    // it is in, and does nothing else.
    out += Cancel;
}

void RepeatGuard::keepControls(QByteArray &out)
{
    for (qsizetype i = 1; i < m_held.size(); ++i) {
        if (static_cast<unsigned char>(m_held[i]) < 0x20)
            out += m_held[i];
    }
    m_held.clear();
    // The ESC that started it would have ended a string (a title) libvterm may be reading; CAN
    // does that, and ends anything else it is inside.
    out += Cancel;
    m_inString = false;
}

void RepeatGuard::flushHeld(QByteArray &out)
{
    out += m_held;
    // An escape ends any string libvterm was reading (ESC \ as its end, any other by cutting it).
    if (!m_held.isEmpty())
        m_inString = false;
    m_held.clear();
    m_state = State::Ground;
}

bool RepeatGuard::plainEscape() const
{
    // libvterm reads ESC and a final byte as a C1 control (or RIS) only without intermediate
    // bytes (0x20-0x2f) between them; controls there act and leave it so.
    for (qsizetype i = 1; i + 1 < m_held.size(); ++i) {
        const auto b = static_cast<unsigned char>(m_held[i]);
        if (b >= 0x20 && b < 0x30)
            return false;
    }
    return true;
}

QByteArray RepeatGuard::interrupt()
{
    if (!m_inString)
        return {};
    m_inString = false;
    // A sequence held (an ESC inside the string) ends the string when given on; otherwise the
    // string's rest goes.
    if (m_state == State::Ground || m_state == State::OscCommand)
        m_state = State::DroppingString;
    return QByteArray(1, Cancel);
}

void RepeatGuard::skipped(QByteArrayView plain)
{
    for (qsizetype i = plain.size() - 1; i >= 0; --i) {
        if (plain[i] >= 0x20 && plain[i] < 0x7f) {
            m_last = QByteArray(1, plain[i]);
            return;
        }
    }
}

QByteArray RepeatGuard::filter(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + m_held.size());
    m_restores.clear();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (m_state == State::OscCommand) {
            if (c == 0x07) { // BEL ends the OSC already
                out += ch;
                m_inString = false;
                m_state = State::Ground;
                continue;
            }
            if ((c < 0x20 && c != 0x1b && c != 0x18 && c != 0x1a) || c == 0x7f) {
                out += ch; // controls act, and NUL and DEL are skipped, inside the number
                continue;
            }
            if (c < '0' || c > '9') {
                m_state = State::Ground; // the number ended: this byte is read as any other
            } else if (++m_digits > MaxCsiDigits) {
                // libvterm multiplies an OSC's number into an int until it overflows.
                out += Cancel;
                m_state = State::Ground;
                continue;
            } else {
                out += ch;
                continue;
            }
        }
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (c >= 0x80 && c <= 0x9f) {
                // A C1 control written as UTF-8 (U+0080-U+009F): libvterm 0.3.3 prints it as a
                // character of width -1 and moves the cursor before the row's start (found by
                // the fuzzer). It goes, as a terminal in UTF-8 ignores it.
                m_utf8Missing = 0;
                continue;
            }
            if (c >= 0xa0 && c < 0xc0) {
                out += char(0xc2); // U+00A0-U+00BF: a character like any other
            } else {
                // Cut short: libvterm would keep waiting for its second byte past controls and
                // sequences, and a 0x85 later would make it U+0085 all the same. The replacement
                // character stands for it, as for any broken UTF-8.
                out += "\xef\xbf\xbd";
                m_utf8Missing = 0;
            }
        }
        switch (m_state) {
        case State::Ground:
            if (c == 0x1b) {
                m_held = QByteArray(1, ch);
                m_state = State::Escape;
                continue;
            }
            if (c == 0xc2) { // held until the next byte says which character it starts
                m_pendingC2 = true;
                m_utf8 = QByteArray(1, ch);
                m_utf8Missing = 1;
                continue;
            }
            out += ch;
            if (c == 0x07 || c == 0x18 || c == 0x1a)
                m_inString = false; // BEL ends a string, CAN and SUB cancel it
            if (c >= 0x20 && c < 0x7f) {
                m_last = QByteArray(1, ch);
                m_utf8Missing = 0;
            } else if (c >= 0xc0 && c < 0xf8) { // a multi-byte character starts
                m_utf8 = QByteArray(1, ch);
                m_utf8Missing = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            } else if (c >= 0x80 && c < 0xc0 && m_utf8Missing > 0) {
                m_utf8 += ch;
                if (--m_utf8Missing == 0)
                    m_last = m_utf8;
            } else {
                m_utf8Missing = 0; // a control: the previous character stays the one to repeat
            }
            continue;
        case State::Escape:
            if (c == 0x1b) {
                // ESC ESC: the second starts anew, and the first goes (libvterm reads the pair as
                // the second alone; given on, it could end a feed, where libvterm 0.3.3 reports
                // a string's last fragment as below zero bytes long). Controls inside the first
                // still act, as libvterm would have done them.
                keepControls(out);
                m_held = QByteArray(1, ch);
                continue;
            }
            m_held += ch;
            if (c == '[') {
                // libvterm starts a CSI on '[' whatever came between: ESC ! [ b is a REP too.
                m_state = State::Csi;
                m_separators = 0;
                m_digits = 0;
            } else if (c == 0x18 || c == 0x1a) { // CAN and SUB cancel it
                flushHeld(out);
            } else if (c == ']') { // an OSC (the title): its number is read next
                // Inside a string libvterm reads ESC ] as a plain escape that ends the string.
                const bool starts = !m_inString && plainEscape();
                flushHeld(out);
                m_inString = starts;
                m_state = State::OscCommand;
                m_digits = 0;
            } else if (c < 0x30 || c >= 0x7f) {
                // Controls act inside an escape and the escape goes on (ESC LF [ b is a REP), as it
                // does past intermediate bytes (0x20-0x2f) and bytes libvterm does not handle there
                // (0x80 and up: ESC 0xff [ b is a REP). Given on whole at a length, the rest would
                // reach libvterm unseen: such a sequence goes.
                if (m_held.size() > MaxHeld)
                    drop(out);
            } else {
                const bool restore = c == '8'; // DECRC: the cursor saved by ESC 7 comes back
                if (c == 'c' && plainEscape())
                    m_leftRightMargins = false; // RIS: the terminal starts anew
                // DCS, SOS, PM and APC start a string, read to its end (BEL or ESC \\); inside
                // a string libvterm reads them as plain escapes that end it.
                const bool starts
                    = !m_inString && plainEscape() && (c == 'P' || c == 'X' || c == '^' || c == '_');
                flushHeld(out);
                m_inString = starts;
                if (restore)
                    m_restores.append(out.size());
            }
            continue;
        case State::Csi:
            if (c == 0x1b) {
                // A new sequence cuts this one short. libvterm would drop it on that ESC, so only
                // its controls go on: given on whole, libvterm would stay inside it if the new one
                // is then dropped or written out as a REP (found by the fuzzer).
                keepControls(out);
                m_held = QByteArray(1, ch);
                m_state = State::Escape;
                continue;
            }
            m_held += ch;
            if (c == 0x18 || c == 0x1a) { // CAN and SUB cancel it
                flushHeld(out);
                continue;
            }
            if (c == ';' || c == ':') {
                m_digits = 0;
                if (++m_separators > MaxCsiSeparators) {
                    drop(out); // more parameters than libvterm keeps: the sequence goes, to its end
                    continue;
                }
            } else if (c >= '0' && c <= '9' && ++m_digits > MaxCsiDigits) {
                drop(out); // a number libvterm's long cannot hold
                continue;
            }
            if (c < 0x40 || c > 0x7e) {
                if (m_held.size() > MaxHeld)
                    drop(out); // no real CSI is this long, and libvterm must not see its rest alone
                continue;
            }
            // The final byte. REP is any CSI … b without a private marker or an intermediate
            // byte; libvterm repeats by its first parameter.
            if (c == 'b') {
                QByteArray controls;
                int count = 0;
                bool first = true;
                bool plain = true;
                bool bracket = false;
                for (qsizetype i = 1; i + 1 < m_held.size(); ++i) {
                    const auto p = static_cast<unsigned char>(m_held[i]);
                    if (p == '[' && !bracket) {
                        bracket = true;
                    } else if (!bracket && p >= 0x20) {
                        // Between ESC and '[': intermediates and bytes libvterm skips; its CSI
                        // is a REP all the same.
                    } else if (p == 0x7f) {
                        // ignored by the terminal, as outside a sequence
                    } else if (p >= '0' && p <= '9') {
                        if (first)
                            count = qMin(count * 10 + (p - '0'), MaxRepeat);
                    } else if (p == ';' || p == ':') {
                        first = false;
                    } else if (p < 0x20) { // controls inside a sequence still act
                        controls += char(p);
                    } else {
                        plain = false;
                    }
                }
                if (plain) {
                    out += controls;
                    for (int i = 0; i < qMax(count, 1) && !m_last.isEmpty(); ++i)
                        out += m_last;
                    m_held.clear();
                    m_state = State::Ground;
                    continue;
                }
            }
            {
                // DECRST 1048 or 1049 (leaving the other screen) brings the saved cursor back too.
                const bool restore = c == 'l'
                    && (m_held.contains(QByteArrayView("1048")) || m_held.contains(QByteArrayView("1049")));
                if ((c == 'h' || c == 'l') && m_held.contains('?')) {
                    // DECLRMM (mode 69): whether left and right margins apply.
                    const qsizetype start = m_held.indexOf('?') + 1;
                    for (const QByteArray &mode : m_held.mid(start, m_held.size() - 1 - start).split(';')) {
                        if (mode == "69")
                            m_leftRightMargins = c == 'h';
                    }
                }
                flushHeld(out);
                if (restore)
                    m_restores.append(out.size());
            }
            continue;
        case State::OscCommand:
            continue; // handled above
        case State::DroppingString:
            if (c == 0x1b) {
                m_held = QByteArray(1, ch);
                m_state = State::Escape;
            } else if (c == 0x07 || c == 0x18 || c == 0x1a) {
                m_state = State::Ground; // its end
            } else if (c < 0x20) {
                out += ch; // controls inside a string still act, as libvterm does them
            }
            continue;
        case State::Dropping:
            if (m_droppingEscape && c >= 0x30 && c <= 0x7e) {
                m_droppingEscape = false;
                if (c != '[')
                    m_state = State::Ground; // the escape's final byte
                continue;
            }
            if (c == 0x1b) {
                m_held = QByteArray(1, ch);
                m_state = State::Escape;
            } else if (c == 0x18 || c == 0x1a || (c >= 0x40 && c <= 0x7e)) {
                m_state = State::Ground; // its final byte (or a cancel) ends it
            } else if (c < 0x20) {
                out += ch; // controls inside a sequence still act
            }
            continue;
        }
    }
    return out;
}
