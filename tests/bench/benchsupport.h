// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <QString>
#include <QStringList>
#include <functional>

class ContainersApi;
class EngineReply;

namespace BenchSupport {
/// Waits for @p reply; a failure ends the benchmark with the engine's message.
EngineReply *finish(EngineReply *reply);
/// Makes sure @p count containers labelled berth.bench=list exist (created, never started).
void ensureListContainers(ContainersApi &api, const QString &image, int count);
/// curl's own time for one GET on the socket (connect to last byte), without its start-up.
double curlSeconds(const QString &socket, const QString &path);
double median(QList<double> values);
double percentile(QList<double> values, double p);
/// Runs the event loop until @p done, at most @p msecs; false on time-out. The thread sleeps
/// between events: processEvents() with a time limit never does, and a spinning bench takes a
/// core from the engine it measures. A timer wakes it to look at @p done.
bool spinUntil(const std::function<bool()> &done, int msecs);
/// Runs the event loop for @p msecs.
void settle(int msecs);
/// Wall-clock seconds of @p program with @p args, its output thrown away (the docker CLI's
/// figure next to Berth's).
double processSeconds(const QString &program, const QStringList &args);
/// The value of a command-line option, or @p fallback.
QString option(const QString &name, const QString &fallback = QString());
} // namespace BenchSupport
