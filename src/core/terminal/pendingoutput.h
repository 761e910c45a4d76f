// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

class TerminalEmulator;

/**
 * A program's output that arrived and the emulator has not taken yet, taken a slice at a time.
 * In a flood of plain text (`cat` of a big file) what would scroll past the scrollback anyway is
 * dropped unread (TerminalEmulator::skip()), so the emulator's work is the flood's last lines,
 * not the whole of it.
 */
class PendingOutput
{
public:
    void append(const QByteArray &bytes) { m_bytes.append(bytes); }
    /// Bytes waiting.
    qsizetype size() const { return m_bytes.size() - m_at; }
    bool isEmpty() const { return size() == 0; }
    /// The next at most @p most bytes waiting, without taking them.
    QByteArrayView peek(qsizetype most) const
    {
        return QByteArrayView(m_bytes.constData() + m_at, qMin(most, size()));
    }
    /// Takes @p n bytes (fed to the emulator).
    void take(qsizetype n);
    /// Drops what is waiting that @p emulator would scroll past its scrollback anyway, where it
    /// allows it. Returns how many bytes were dropped.
    qsizetype skipFlood(TerminalEmulator &emulator);
    /// Whether what is waiting is all plain text that @p emulator scrolls: a flood going on, as
    /// far as skipFlood() has read. Most of it will scroll away when more comes.
    bool isFlood(const TerminalEmulator &emulator) const;

private:
    QByteArray m_bytes;
    qsizetype m_at = 0; ///< what was taken of m_bytes
    /// Places count from the stream's start: m_bytes starts at m_base.
    qint64 m_base = 0;
    /// The plain run that starts at the next byte, as far as it has been read: where it was read
    /// to, its line feeds and carriage returns, and whether a byte that is not plain ends it there.
    qint64 m_runRead = 0;
    std::deque<qint64> m_runLineFeeds;
    std::deque<qint64> m_runReturns;
    bool m_runEnded = false;
};
