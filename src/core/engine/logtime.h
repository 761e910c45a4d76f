// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

/// Times in the logs API: what a user types for since/until, and the timestamps the engine
/// puts in front of each message when asked to.
namespace LogTime {

/// The engine's since/until value ("seconds.nanoseconds") for what a user typed, read as the
/// docker CLI reads it: a duration before @p now ("10m", "1h30m", "1.5h"), an RFC 3339 date or
/// time ("2026-11-29", "2026-11-29T10:00", with or without seconds, fraction and zone; local
/// time when there is no zone), or unix seconds ("1764410000.5"). An empty @p text gives an
/// empty value; text that is none of these gives an empty value and sets @p error.
QString toEngine(const QString &text, const QDateTime &now, QString *error);

/// Nanoseconds since the epoch of the RFC 3339 timestamp the engine puts before a message
/// ("2026-11-29T19:15:08.123456789Z"), or -1. @p length gets the bytes it took, not counting
/// the space after it.
qint64 parseTimestamp(QByteArrayView bytes, qsizetype *length = nullptr);

/// "seconds.nanoseconds", the form the engine takes for since and until.
QString engineValue(qint64 nanosecondsSinceEpoch);

} // namespace LogTime
