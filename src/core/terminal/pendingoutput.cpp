// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/pendingoutput.h"

#include "terminal/terminalemulator.h"

#include <algorithm>

void PendingOutput::take(qsizetype n)
{
    m_at += qBound<qsizetype>(0, n, size());
    // What was taken goes once it is half of what is kept (or all of it): not at every slice.
    if (m_at == m_bytes.size() || m_at >= m_bytes.size() / 2) {
        m_bytes.remove(0, m_at);
        m_base += m_at;
        m_at = 0;
    }
}

qsizetype PendingOutput::skipFlood(TerminalEmulator &emulator)
{
    const qint64 next = m_base + m_at;
    if (m_runRead < next) { // what was read has been taken: a run starts anew here
        m_runRead = next;
        m_runEnded = false;
        m_runLineFeeds.clear();
        m_runReturns.clear();
    }
    while (!m_runLineFeeds.empty() && m_runLineFeeds.front() < next)
        m_runLineFeeds.pop_front();
    while (!m_runReturns.empty() && m_runReturns.front() < next)
        m_runReturns.pop_front();
    // Each byte is read once, however often this is asked.
    if (!m_runEnded) {
        const char *bytes = m_bytes.constData();
        qsizetype i = qsizetype(m_runRead - m_base);
        for (; i < m_bytes.size(); ++i) {
            if (bytes[i] == '\n') {
                m_runLineFeeds.push_back(m_base + i);
            } else if (bytes[i] == '\r') {
                m_runReturns.push_back(m_base + i);
            } else if (!TerminalEmulator::isPlain(bytes[i])) {
                m_runEnded = true;
                break;
            }
        }
        m_runRead = m_base + i;
    }
    const qsizetype excess = qsizetype(m_runLineFeeds.size()) - emulator.floodLinesKept();
    if (excess <= 0 || !emulator.scrollingPlainText())
        return 0;
    // Up to a carriage return, which is fed: what follows starts at the row's start, wherever
    // the dropped part would have left the cursor (a line feed alone keeps the column).
    const qint64 before = m_runLineFeeds[size_t(excess)];
    const auto afterReturn = std::lower_bound(m_runReturns.begin(), m_runReturns.end(), before);
    if (afterReturn == m_runReturns.begin())
        return 0;
    const qint64 to = *std::prev(afterReturn);
    m_runReturns.erase(m_runReturns.begin(), std::prev(afterReturn));
    while (!m_runLineFeeds.empty() && m_runLineFeeds.front() < to)
        m_runLineFeeds.pop_front();
    const qsizetype dropped = qsizetype(to - next);
    emulator.skip(peek(dropped));
    take(dropped);
    return dropped;
}

bool PendingOutput::isFlood(const TerminalEmulator &emulator) const
{
    return !isEmpty() && !m_runEnded && m_runRead == m_base + m_bytes.size() && emulator.scrollingPlainText();
}
