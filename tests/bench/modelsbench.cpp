// SPDX-License-Identifier: GPL-3.0-or-later
// The live models with 1,000 containers: connect → Ready next to curl listing them, event →
// row update latency next to a curl events stream in the same run, and heap bytes per row.
// Usage: berth_bench_models --host unix:///path/docker.sock --image IMAGE [--runs N] [--events N]
#include "benchsupport.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/volumemodel.h"
#include "sync/enginesync.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <malloc.h>

using namespace BenchSupport;

namespace {

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

/// Berth's client, models and sync on one engine, as the app builds them.
struct LiveModels
{
    explicit LiveModels(const QString &socket)
        : client(EndpointResolver::parseHost(socket, QStringLiteral("bench")).endpoint)
        , sync(&client, &containers, &images, &volumes)
    {
        QObject::connect(&sync, &EngineSync::ready, [this] { isReady = true; });
    }
    /// Starts following the engine and waits for Ready.
    bool startAndWait()
    {
        sync.start();
        return spinUntil([this] { return isReady; }, 60000);
    }

    EngineClient client;
    ContainerModel containers;
    ImageModel images;
    VolumeModel volumes;
    EngineSync sync;
    bool isReady = false;
};

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    QCoreApplication app(argc, argv);
    const QString host = option(QStringLiteral("--host"));
    const QString image = option(QStringLiteral("--image"));
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("7")).toInt();
    const int events = option(QStringLiteral("--events"), QStringLiteral("100")).toInt();
    const QString socket = host.mid(7);

    EngineClient driver(EndpointResolver::parseHost(socket, QStringLiteral("bench")).endpoint);
    if (!driver.waitForConnected()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(driver.lastError().toString()));
        return 1;
    }
    ContainersApi api(&driver);
    ensureListContainers(api, image, 1000);
    const QString prefix = QStringLiteral("/v") + driver.info().api.toString();

    // Connect → Ready, against curl listing the containers, alternating who goes first.
    QList<double> ready, curlList, curlAll;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        for (int turn = 0; turn < 2; ++turn) {
            // Let the engine settle (its garbage collector runs after a big listing), so that
            // neither side pays for the other's request.
            QThread::msleep(300);
            if ((run + turn) % 2 == 0) {
                QElapsedTimer t;
                t.start();
                LiveModels live(socket);
                if (!live.startAndWait()) {
                    std::fprintf(stderr, "bench: the models never became Ready\n");
                    return 1;
                }
                ready << t.nsecsElapsed() / 1e9;
                rows = live.containers.count();
            } else {
                curlList << curlSeconds(socket, prefix + QStringLiteral("/containers/json?all=1"));
                curlAll << curlList.last() + curlSeconds(socket, prefix + QStringLiteral("/images/json"))
                        + curlSeconds(socket, prefix + QStringLiteral("/volumes"));
            }
        }
    }

    // Event → row update, next to curl reading the same event stream.
    LiveModels live(socket);
    if (!live.startAndWait()) {
        std::fprintf(stderr, "bench: the models never became Ready\n");
        return 1;
    }
    ContainerModel &containers = live.containers;
    EngineSync &sync = live.sync;

    QProcess curl;
    QHash<QString, qint64> curlSeen, modelSeen;
    QElapsedTimer clock;
    clock.start();
    QByteArray pending;
    QObject::connect(&curl, &QProcess::readyReadStandardOutput, [&] {
        const qint64 now = clock.nsecsElapsed();
        pending += curl.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            const qsizetype at = line.indexOf("bench-rename-");
            if (at >= 0) {
                const QByteArray name = line.mid(at, line.indexOf('"', at) - at);
                curlSeen.insert(QString::fromUtf8(name), now);
            }
        }
    });
    QObject::connect(&containers, &QAbstractItemModel::dataChanged,
        [&](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
            if (roles.contains(ContainerModel::NameRole))
                modelSeen.insert(from.data(ContainerModel::NameRole).toString(), clock.nsecsElapsed());
        });
    curl.start(QStringLiteral("curl"),
        {QStringLiteral("-sN"), QStringLiteral("--unix-socket"), socket,
            QStringLiteral("http://engine") + prefix
                + QStringLiteral("/events?filters=%7B%22type%22%3A%5B%22container%22%5D%7D")});
    curl.waitForStarted();
    QThread::msleep(300);
    const QString target = containers.rows().first().id;
    QList<double> latency;
    for (int i = 0; i < events; ++i) {
        const QString name
            = QStringLiteral("bench-rename-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        finish(api.rename(target, name))->deleteLater();
        if (!spinUntil([&] { return curlSeen.contains(name) && modelSeen.contains(name); }, 10000)) {
            std::fprintf(stderr, "bench: event %d not seen (curl %d, model %d)\n", i, curlSeen.contains(name),
                modelSeen.contains(name));
            return 1;
        }
        latency << (modelSeen[name] - curlSeen[name]) / 1e6;
    }
    curl.kill();
    curl.waitForFinished();

    // Heap per row: the same listing parsed into a fresh model.
    const QByteArray body = finish(api.list([] {
        ContainerListOptions o;
        o.all = true;
        return o;
    }()))
                                ->body();
    const QList<ContainerInfo> parsed = ContainersApi::parseList(body);
    malloc_trim(0);
    const size_t before = heapInUse();
    auto *model = new ContainerModel;
    model->reconcile(parsed);
    const size_t after = heapInUse();
    const double perRow = double(after - before) / double(model->count());
    delete model;

    std::printf("engine %s %s, %d containers, %d runs (medians), %d events\n", qPrintable(driver.info().name),
        qPrintable(driver.info().version), rows, runs, events);
    std::printf("connect → Ready            berth %7.1f ms   curl list containers %7.1f ms   ratio %.2f "
                "(target <= 1.2)"
                "   [curl of all three lists: %.1f ms]\n",
        median(ready) * 1000, median(curlList) * 1000, median(ready) / median(curlList),
        median(curlAll) * 1000);
    std::printf("event → row updated        median %.2f ms, p95 %.2f ms after curl read the event (target "
                "median <= 5 ms)\n",
        median(latency), percentile(latency, 0.95));
    std::printf("full refreshes caused by %d events: %d (target 0)\n", events, sync.counters().fullLoads - 1);
    std::printf("container refreshes: %d for %d events\n", sync.counters().containerRefreshes, events);
    std::printf("heap per container row     %.0f bytes (ContainerModel holding %lld rows)\n", perRow,
        qlonglong(parsed.size()));
    return 0;
}
