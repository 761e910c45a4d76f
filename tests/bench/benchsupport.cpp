// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "engine/containersapi.h"
#include "engine/enginereply.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace BenchSupport {

bool spinUntil(const std::function<bool()> &done, int msecs)
{
    QDeadlineTimer deadline(msecs);
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void settle(int msecs)
{
    spinUntil([] { return false; }, msecs);
}

EngineReply *finish(EngineReply *reply)
{
    reply->waitForFinished(600000);
    if (reply->error().isError()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(reply->error().toString()));
        std::exit(1);
    }
    return reply;
}

void ensureListContainers(ContainersApi &api, const QString &image, int count)
{
    ContainerListOptions labelled;
    labelled.all = true;
    labelled.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench=list")});
    const int have = int(ContainersApi::parseList(finish(api.list(labelled))->body()).size());
    if (have < count)
        std::fprintf(stderr, "bench: creating %d containers…\n", count - have);
    for (int i = have; i < count; ++i) {
        const QJsonObject cfg {{QStringLiteral("Image"), image},
            {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sleep"), QStringLiteral("1000")}},
            {QStringLiteral("Labels"), QJsonObject {{QStringLiteral("berth.bench"), QStringLiteral("list")}}},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
        finish(api.create(cfg))->deleteLater();
    }
}

double curlSeconds(const QString &socket, const QString &path)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
        {QStringLiteral("-sf"), QStringLiteral("--unix-socket"), socket, QStringLiteral("-o"),
            QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{time_total}"),
            QStringLiteral("http://engine") + path});
    curl.waitForFinished(600000);
    if (curl.exitCode() != 0) {
        std::fprintf(stderr, "bench: curl failed on %s\n", qPrintable(path));
        std::exit(1);
    }
    return curl.readAllStandardOutput().toDouble();
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qMin(values.size() - 1, qsizetype(p * double(values.size())))];
}

QString option(const QString &name, const QString &fallback)
{
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

} // namespace BenchSupport

double BenchSupport::processSeconds(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(600000);
    return t.nsecsElapsed() / 1e9;
}
