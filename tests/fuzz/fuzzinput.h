// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

/**
 * A fuzzer's input cut into pieces at points taken from its first byte, so the decoders that
 * are fed bytes in arbitrary pieces are fuzzed at their split points too (a seed without that
 * byte still decodes: its first byte just picks the piece size).
 */
class FuzzPieces
{
public:
    FuzzPieces(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    {
        if (m_size > 0) {
            m_step = (data[0] & 0x7f) + 1; // 1 to 128 bytes per piece
            m_flag = (data[0] & 0x80) != 0;
        }
    }

    /// The first byte's high bit: a free choice for the target (a HEAD request, …).
    bool flag() const { return m_flag; }
    /// The whole input, including the first byte (seeds are taken as they are).
    QByteArrayView all() const { return {m_data, m_size}; }

    /// Calls @p f with each piece in order.
    template<typename F> void forEach(F f) const
    {
        for (qsizetype at = 0; at < m_size; at += m_step)
            f(QByteArrayView(m_data + at, qMin(m_step, m_size - at)));
    }

private:
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_step = 1;
    bool m_flag = false;
};
