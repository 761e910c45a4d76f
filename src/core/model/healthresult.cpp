// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/healthresult.h"

#include <QJsonArray>

namespace {
/// Bounds on what an engine's answer may make Berth keep.
constexpr int MaxEntries = 50;
constexpr int MaxOutput = 16 * 1024;

QDateTime timeOf(const QJsonValue &value)
{
    // Go's RFC 3339 with nanoseconds: Qt reads up to milliseconds, so the rest is cut first.
    QString text = value.toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        text = text.left(std::min(end, dot + 4)) + text.mid(end);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject health(const QJsonObject &state)
{
    // Docker says "Health"; Podman 4 said "Healthcheck" as well.
    const QJsonValue h = state.value(QLatin1String("Health"));
    return h.isObject() ? h.toObject() : state.value(QLatin1String("Healthcheck")).toObject();
}
} // namespace

QList<HealthResult> HealthResult::parseLog(const QJsonObject &state)
{
    QList<HealthResult> out;
    const QJsonArray log = health(state).value(QLatin1String("Log")).toArray();
    for (qsizetype i = std::max<qsizetype>(0, log.size() - MaxEntries); i < log.size(); ++i) {
        const QJsonObject o = log.at(i).toObject();
        HealthResult r;
        r.start = timeOf(o.value(QLatin1String("Start")));
        r.end = timeOf(o.value(QLatin1String("End")));
        r.exitCode = o.value(QLatin1String("ExitCode")).toInt(-1);
        r.output = o.value(QLatin1String("Output")).toString().left(MaxOutput);
        out << r;
    }
    return out;
}

QString HealthResult::status(const QJsonObject &state)
{
    return health(state).value(QLatin1String("Status")).toString();
}

int HealthResult::failingStreak(const QJsonObject &state)
{
    return health(state).value(QLatin1String("FailingStreak")).toInt();
}
