// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/**
 * Writes REP (CSI Ps b, "repeat the preceding character") out as the repeated character itself,
 * and drops CSIs with more parameters than libvterm keeps, before the bytes reach libvterm. libvterm 0.1 (Debian 12) loops forever on a REP that follows
 * no printable character, or only a combining one: any program in a container could freeze
 * the window with four bytes. Sequences split across feeds are held until they end.
 */
class RepeatGuard
{
public:
    /// The bytes to give libvterm for @p bytes, the program's output, in order.
    QByteArray filter(QByteArrayView bytes);

    /// The most a REP repeats (libvterm stops at the end of the row anyway).
    static constexpr int MaxRepeat = 1024;

private:
    void flushHeld(QByteArray &out);

    /// libvterm 0.1 keeps 16 parameters of a CSI and writes past them for more (a CSI of many
    /// ';' overwrote its callbacks: found by the fuzzer). Such a sequence is dropped whole.
    static constexpr int MaxCsiSeparators = 15;

    enum class State { Ground, Escape, Csi, Dropping } m_state = State::Ground;
    int m_separators = 0; ///< ';' and ':' in the CSI being read
    QByteArray m_held; ///< an escape sequence not yet ended
    QByteArray m_utf8; ///< the start of a multi-byte character
    int m_utf8Missing = 0;
    QByteArray m_last; ///< the last printable character, as its bytes
};
