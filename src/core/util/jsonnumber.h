// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

#include <cmath>
#include <limits>

/**
 * A JSON number as a qint64, without undefined behaviour: JSON numbers are doubles, and casting
 * a double outside qint64's range (1e30, infinity) to an integer is undefined. Whole numbers in
 * range come back exact; larger ones are clamped; NaN, non-numbers and missing values give
 * @p fallback.
 */
inline qint64 jsonInt64(const QJsonValue &value, qint64 fallback = 0)
{
    if (!value.isDouble())
        return fallback;
    // Exact for integers the parser kept as integers (above 2^53 too).
    const qint64 exact = value.toInteger(std::numeric_limits<qint64>::min());
    if (exact != std::numeric_limits<qint64>::min())
        return exact;
    const double d = value.toDouble();
    if (std::isnan(d))
        return fallback;
    // 2^63 is the first double above qint64's range; -2^63 is in it.
    constexpr double Limit = 9223372036854775808.0;
    if (d >= Limit)
        return std::numeric_limits<qint64>::max();
    if (d <= -Limit)
        return std::numeric_limits<qint64>::min();
    return qint64(d); // in range: truncates toward zero
}

/// @p a + @p b, held at qint64's limits instead of overflowing (sums of engine counters).
inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}
