// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

/// One run of a container's health check, from inspect's State.Health.Log (the engine keeps
/// the last five).
struct HealthResult
{
    QDateTime start;
    QDateTime end;
    int exitCode = -1; ///< 0 healthy, 1 unhealthy; other codes are the command's own
    QString output; ///< the command's output as the engine kept it (at most 4 KiB)

    /// The log of @p state (inspect's "State"), newest last as the engine keeps it; empty
    /// without a health check. At most 50 entries, each output cut at 16 KiB.
    static QList<HealthResult> parseLog(const QJsonObject &state);
    /// "healthy", "unhealthy", "starting", "none" or empty: State.Health.Status.
    static QString status(const QJsonObject &state);
    /// How many checks in a row have failed (State.Health.FailingStreak).
    static int failingStreak(const QJsonObject &state);
};
