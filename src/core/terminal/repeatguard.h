// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/**
 * What libvterm must not be given, taken out of a program's output before it reaches libvterm:
 * - REP (CSI Ps b, "repeat the preceding character") is written out as the repeated character
 *   itself: libvterm 0.1 loops forever on a REP that follows no printable character, or only a
 *   combining one (any program in a container could freeze the window with four bytes);
 * - a CSI with more parameters than libvterm keeps, a parameter of more than 9 digits, or an
 *   escape or CSI longer than any real one is dropped whole, to its final byte. libvterm 0.1 and
 *   0.3.3 both write a CSI's parameters past their 16 places, over the parser's callbacks, and
 *   multiply a parameter's digits into a signed long until it overflows (found by the fuzzer);
 *   libvterm is sent CAN, which ends any sequence it is in, so it never goes on inside one;
 * - an OSC's number (ESC ] 2 ; title) of more than 9 digits is cut short the same way;
 * - C1 controls written as UTF-8 (U+0080-U+009F), which libvterm prints with a width of -1.
 * Sequences split across feeds are held until they end.
 */
class RepeatGuard
{
public:
    /// The bytes to give libvterm for @p bytes, the program's output, in order.
    QByteArray filter(QByteArrayView bytes);

    /// Where, in the last filter()'s bytes, each sequence that restores the saved cursor ends
    /// (ESC 8, DECRST 1048/1049). libvterm 0.3.3 restores it as saved, also outside a screen
    /// made smaller since, and then writes there (found by the fuzzer): the emulator stops
    /// after each to bring the cursor back inside.
    const QList<qsizetype> &restores() const { return m_restores; }

    /// Whether the program turned left and right margins on (DECLRMM, CSI ? 69 h).
    bool leftRightMargins() const { return m_leftRightMargins; }

    /// What to give libvterm before bytes of Berth's own (a resize's margin reset): CAN when
    /// libvterm is inside a string (a title, a DCS) the program has not ended, which would
    /// otherwise swallow them (libvterm 0.3.3 then scrolled a region of negative height: found
    /// by the fuzzer). The rest of that string is then dropped, to its end, not printed.
    QByteArray interrupt();

    /// Nothing of a sequence or a character is waiting for its next bytes.
    bool atGround() const { return m_state == State::Ground && !m_pendingC2 && m_utf8Missing == 0; }
    /// Plain output (printable ASCII, CR, LF, TAB) the emulator dropped unread at ground: what
    /// a REP repeats is its last printable character, as if it had passed through filter().
    void skipped(QByteArrayView plain);

    /// The most a REP repeats (libvterm stops at the end of the row anyway).
    static constexpr int MaxRepeat = 1024;

private:
    void flushHeld(QByteArray &out);
    void drop(QByteArray &out);
    /// The controls (C0) of the sequence held, which act inside one; the rest goes.
    void keepControls(QByteArray &out);
    /// The escape held (ESC … final byte) has no intermediate bytes.
    bool plainEscape() const;

    /// libvterm keeps 16 parameters of a CSI and writes past them for more (a CSI of many ';'
    /// overwrote its callbacks: found by the fuzzer). Such a sequence is dropped whole.
    static constexpr int MaxCsiSeparators = 15;
    /// Nine digits fit libvterm's arithmetic; no terminal parameter needs more.
    static constexpr int MaxCsiDigits = 9;

    enum class State { Ground, Escape, Csi, OscCommand, Dropping, DroppingString } m_state = State::Ground;
    int m_separators = 0; ///< ';' and ':' in the CSI being read
    int m_digits = 0; ///< digits of the CSI's parameter or the OSC's number being read
    bool m_droppingEscape = false; ///< the sequence dropped had not reached its '[' yet
    bool m_leftRightMargins = false;
    /// libvterm is inside a string (OSC, DCS, SOS, PM, APC) that has not ended.
    bool m_inString = false;
    bool m_pendingC2 = false; ///< a 0xC2 byte not yet given on: it may start a C1 control
    QByteArray m_held; ///< an escape sequence not yet ended
    QByteArray m_utf8; ///< the start of a multi-byte character
    int m_utf8Missing = 0;
    QByteArray m_last; ///< the last printable character, as its bytes
    QList<qsizetype> m_restores;
};
