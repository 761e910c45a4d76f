// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/logtime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogTime)
};

/// Go's time.ParseDuration: a sequence of decimal numbers, each with a unit. Returns ns or -1.
qint64 parseGoDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)"));
    if (text.isEmpty())
        return -1;
    qint64 total = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = part.match(
            text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        double scale = 1;
        if (unit == QLatin1String("us") || unit == QStringLiteral("µs") || unit == QStringLiteral("μs"))
            scale = 1e3;
        else if (unit == QLatin1String("ms"))
            scale = 1e6;
        else if (unit == QLatin1String("s"))
            scale = 1e9;
        else if (unit == QLatin1String("m"))
            scale = 60e9;
        else if (unit == QLatin1String("h"))
            scale = 3600e9;
        total += qint64(value * scale);
        pos = m.capturedEnd();
    }
    return total;
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm: days since 1970-01-01 of a proleptic Gregorian date.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

} // namespace

namespace LogTime {

QString engineValue(qint64 ns)
{
    const qint64 seconds = ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000);
    const qint64 fraction = ns - seconds * 1000000000;
    return QString::number(seconds) + QLatin1Char('.')
        + QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0'));
}

QString toEngine(const QString &input, const QDateTime &now, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // As the docker CLI: a duration first ("0" means the epoch, not now), then unix seconds.
    const qint64 duration = text == QLatin1String("0") ? -1 : parseGoDuration(text);
    if (duration >= 0) // whole seconds, as the CLI sends
        return QString::number((now.toMSecsSinceEpoch() * 1000000 - duration) / 1000000000);
    static const QRegularExpression unixSeconds(QStringLiteral("^\\d+(\\.\\d{1,9})?$"));
    if (unixSeconds.match(text).hasMatch())
        return text;

    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T "
                       "](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch m = rfc3339.match(text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (date.isValid() && time.isValid()) {
            // Zones as QTimeZone, not Qt::TimeSpec (deprecated in Qt 6.8); these forms are in 6.4.
            QDateTime when;
            const QString zone = m.captured(8);
            if (zone.isEmpty()) {
                when = QDateTime(date, time); // local time
            } else if (zone == QLatin1String("Z")) {
                when = QDateTime(date, time, QTimeZone::utc());
            } else {
                const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
                const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
                when = QDateTime(date, time, QTimeZone(offset));
            }
            const QString fraction = m.captured(7).leftJustified(9, QLatin1Char('0'));
            if (when.isValid()) // not with an offset no zone has, such as +20:00
                return engineValue(when.toSecsSinceEpoch() * 1000000000 + fraction.toLongLong());
        }
    }
    *error = Tr::tr("'%1' is not a time. Use a duration before now such as 10m or 2h, a date such as "
                    "2026-11-29 or 2026-11-29T10:00:00, or unix seconds.")
                 .arg(text);
    return {};
}

qint64 parseTimestamp(QByteArrayView b, qsizetype *length)
{
    // 2026-11-29T19:15:08.123456789Z — the engine always writes UTC with up to 9 fraction digits.
    auto digits = [&b](qsizetype at, int count, int *value) {
        if (at + count > b.size())
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char c = b[at + i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (!digits(0, 4, &year) || b.size() < 20 || b[4] != '-' || !digits(5, 2, &month) || b[7] != '-'
        || !digits(8, 2, &day) || b[10] != 'T' || !digits(11, 2, &hour) || b[13] != ':'
        || !digits(14, 2, &minute) || b[16] != ':' || !digits(17, 2, &second))
        return -1;
    qsizetype pos = 19;
    qint64 fraction = 0;
    if (pos < b.size() && b[pos] == '.') {
        ++pos;
        int count = 0;
        while (pos < b.size() && b[pos] >= '0' && b[pos] <= '9') {
            if (count < 9) {
                fraction = fraction * 10 + (b[pos] - '0');
                ++count;
            }
            ++pos;
        }
        for (; count < 9; ++count)
            fraction *= 10;
    }
    if (pos >= b.size() || b[pos] != 'Z')
        return -1;
    if (length)
        *length = pos + 1;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute) * 60 * qint64(1000000000) + qint64(second) * 1000000000
        + fraction;
}

} // namespace LogTime
