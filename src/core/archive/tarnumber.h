// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// The largest size or number a tar header may give (2^62): far above any real file, and low
/// enough that rounding it up to a 512-byte block and adding offsets never overflows qint64.
inline constexpr qint64 MaxTarNumber = qint64(1) << 62;

/**
 * A tar header's numeric field of @p size bytes: octal (NUL- or space-terminated, leading spaces
 * allowed), or base-256 when the first byte has its high bit set (GNU, for sizes above 8 GiB).
 * -1 when it is not a number, negative (base-256 allows that) or above MaxTarNumber: callers treat
 * any of these as a damaged header. Computed in unsigned arithmetic, so no input can overflow.
 */
inline qint64 tarNumber(const char *field, int size)
{
    const auto byte = [field](int i) { return static_cast<unsigned char>(field[i]); };
    quint64 value = 0;
    if (size > 0 && (byte(0) & 0x80)) {
        if (byte(0) & 0x40)
            return -1; // a negative base-256 number
        value = byte(0) & 0x3f;
        for (int i = 1; i < size; ++i) {
            if (value > quint64(MaxTarNumber) >> 8)
                return -1;
            value = (value << 8) | byte(i);
        }
        return value > quint64(MaxTarNumber) ? -1 : qint64(value);
    }
    int i = 0;
    while (i < size && field[i] == ' ')
        ++i;
    for (; i < size && field[i] != '\0' && field[i] != ' '; ++i) {
        if (field[i] < '0' || field[i] > '7')
            return -1;
        value = value * 8 + quint64(field[i] - '0');
        if (value > quint64(MaxTarNumber))
            return -1;
    }
    // Only spaces may follow the digits, up to the end or a NUL.
    for (; i < size && field[i] != '\0'; ++i) {
        if (field[i] != ' ')
            return -1;
    }
    return qint64(value);
}
