// SPDX-License-Identifier: GPL-3.0-or-later
// Listing 1,000 containers and fetching a 1,000,000-line log through berth_core, next to
// curl --unix-socket making the same calls on the same engine in the same run.
// Usage: berth_bench_engine --host unix:///path/docker.sock --image IMAGE [--runs N]
#include "benchsupport.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace BenchSupport;

namespace {

void report(const char *what, double berth, double curl, double target, const QString &note)
{
    std::printf("%-28s berth %8.1f ms   curl %8.1f ms   ratio %.2f (target <= %.1f)  %s\n", what,
        berth * 1000, curl * 1000, berth / curl, target, qPrintable(note));
}

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString host = args.value(args.indexOf(QStringLiteral("--host")) + 1);
    const QString image = args.value(args.indexOf(QStringLiteral("--image")) + 1);
    const int runs = args.contains(QStringLiteral("--runs"))
        ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
        : 7;
    const QString socket = host.mid(7);

    EngineClient client(EndpointResolver::parseHost(socket, QStringLiteral("bench")).endpoint);
    if (!client.waitForConnected()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(client.lastError().toString()));
        return 1;
    }
    ContainersApi api(&client);
    const QString prefix = QStringLiteral("/v") + client.info().api.toString();

    ensureListContainers(api, image, 1000);

    // A container whose log has 1,000,000 lines.
    ContainerListOptions logFilter;
    logFilter.all = true;
    logFilter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench=log")});
    QList<ContainerInfo> logContainers = ContainersApi::parseList(finish(api.list(logFilter))->body());
    QString logId = logContainers.isEmpty() ? QString() : logContainers.first().id;
    if (logId.isEmpty()) {
        std::fprintf(stderr, "bench: writing a 1,000,000-line log…\n");
        const QJsonObject cfg {{QStringLiteral("Image"), image},
            {QStringLiteral("Cmd"),
                QJsonArray {QStringLiteral("seq"), QStringLiteral("1"), QStringLiteral("1000000")}},
            {QStringLiteral("Labels"), QJsonObject {{QStringLiteral("berth.bench"), QStringLiteral("log")}}},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
        logId = finish(api.create(cfg))->json().object().value(QLatin1String("Id")).toString();
        finish(api.start(logId));
        finish(api.wait(logId));
    }

    ContainerListOptions all;
    all.all = true;
    QList<double> berthList, berthListParsed, curlList, berthLog, curlLog;
    qsizetype rows = 0;
    qint64 lines = 0, bytes = 0;
    const QString listPath = prefix + QStringLiteral("/containers/json?all=1");
    const QString logPath
        = prefix + QStringLiteral("/containers/") + logId + QStringLiteral("/logs?stdout=1&stderr=1");
    for (int run = 0; run < runs; ++run) {
        // Alternate who goes first, so neither always meets a warm daemon cache.
        for (int turn = 0; turn < 2; ++turn) {
            // Let the engine settle (its garbage collector runs after a big listing), so that
            // neither side pays for the other's request.
            QThread::msleep(300);
            if ((run + turn) % 2 == 0) {
                QElapsedTimer t;
                t.start();
                EngineReply *reply = finish(api.list(all));
                berthList << t.nsecsElapsed() / 1e9;
                rows = ContainersApi::parseList(reply->body()).size();
                berthListParsed << t.nsecsElapsed() / 1e9;
                reply->deleteLater();
            } else {
                curlList << curlSeconds(socket, listPath);
            }
        }
        for (int turn = 0; turn < 2; ++turn) {
            if ((run + turn) % 2 == 0) {
                lines = bytes = 0;
                QElapsedTimer t;
                t.start();
                EngineReply *reply = api.logs(logId, {});
                QObject::connect(
                    reply, &EngineReply::framesReceived, [&](const QList<MultiplexedDecoder::Frame> &frames) {
                        lines += frames.size();
                        for (const auto &f : frames)
                            bytes += f.data.size();
                    });
                finish(reply);
                berthLog << t.nsecsElapsed() / 1e9;
                reply->deleteLater();
            } else {
                curlLog << curlSeconds(socket, logPath);
            }
        }
    }
    std::printf("engine %s %s, API %s, %d runs, medians\n", qPrintable(client.info().name),
        qPrintable(client.info().version), qPrintable(client.info().api.toString()), runs);
    report("list 1,000 containers", median(berthList), median(curlList), 1.2,
        QStringLiteral("(%1 rows; with JSON parsed into values: %2 ms)")
            .arg(rows)
            .arg(median(berthListParsed) * 1000, 0, 'f', 1));
    report("log of 1,000,000 lines", median(berthLog), median(curlLog), 1.1,
        QStringLiteral("(%1 frames, %2 payload bytes, decoded)").arg(lines).arg(bytes));
    return 0;
}
