// SPDX-License-Identifier: GPL-3.0-or-later
// The log viewer as the user meets it (the app's own LogWindow under Xvfb), next to curl and
// `docker logs` on the same engine in the same run:
// - a 1,000,000-line log (~7 MB) and a 100 MB log: first lines on screen, "Load all" under them,
//   the whole log loaded, memory grown;
// - a container writing 20,000 lines/s for 10 s while the viewer follows: lines lost, and the
//   longest the GUI thread went without running a 10 ms heartbeat.
// Usage: berth_bench_logs --host unix:///path/docker.sock --image IMAGE --only 1m|100m|follow [--runs N]
#include "app/berthapp.h"
#include "app/rendering.h"
#include "benchsupport.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "model/logmodel.h"
#include "sync/enginesync.h"
#include "sync/logsession.h"
#include "util/allocator.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <malloc.h>

using namespace BenchSupport;

namespace {

/// A line of /proc/self/status in bytes: VmRSS (now) or VmHWM (the peak so far).
qint64 memory(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

/// A finished container labelled berth.bench=@p label that wrote @p script's output, made once.
QString logContainer(ContainersApi &api, const QString &image, const QString &label, const QString &script)
{
    ContainerListOptions filter;
    filter.all = true;
    filter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench=") + label});
    const QList<ContainerInfo> found = ContainersApi::parseList(finish(api.list(filter))->body());
    if (!found.isEmpty())
        return found.first().id;
    std::fprintf(stderr, "bench: writing the %s log…\n", qPrintable(label));
    const QJsonObject cfg {{QStringLiteral("Image"), image},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"), script}},
        {QStringLiteral("Labels"), QJsonObject {{QStringLiteral("berth.bench"), label}}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString id = finish(api.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    finish(api.start(id));
    finish(api.wait(id));
    return id;
}

double dockerLogsSeconds(const QString &host, const QString &id)
{
    return processSeconds(QStringLiteral("docker"), {QStringLiteral("-H"), host, QStringLiteral("logs"), id});
}

/// The app's own log window on @p id.
QQuickWindow *openLogWindow(BerthApp &app, const QString &id)
{
    QQmlComponent component(app.qmlEngine(), QUrl(QStringLiteral("qrc:/Berth/LogWindow.qml")));
    QObject *made = component.createWithInitialProperties(
        {{QStringLiteral("containerId"), id}, {QStringLiteral("containerName"), id.left(12)}});
    auto *window = qobject_cast<QQuickWindow *>(made);
    if (!window) {
        std::fprintf(stderr, "bench: no log window: %s\n", qPrintable(component.errorString()));
        std::exit(1);
    }
    window->show();
    return window;
}

LogSession *sessionOf(QQuickWindow *window)
{
    QObject *view = window->findChild<QObject *>(QStringLiteral("logView"));
    return view ? qvariant_cast<LogSession *>(view->property("session")) : nullptr;
}

/// Starts VmHWM again from the current RSS (Linux: 5 to clear_refs), so a peak is this load's own.
void resetPeak()
{
    // What the last measure freed goes back to the system first, so that this one neither
    // reuses it unseen nor counts it.
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct LoadFigures
{
    QList<double> firstLines, loadAll, fullLoad, curl, curlTimestamps, dockerLogs;
    double peakGrowth = 0, corePeakGrowth = 0, bufferBytes = 0, textBytes = 0;
    qsizetype lines = 0;
};

LoadFigures measureLoad(BerthApp &app, const QString &host, const QString &id, int runs)
{
    LoadFigures f;
    const QString socket = host.mid(7);
    // curl asks at the version Berth speaks (Docker 29 refuses anything below 1.44).
    const QString path = QStringLiteral("/v") + app.client()->info().api.toString()
        + QStringLiteral("/containers/") + id + QStringLiteral("/logs?stdout=1&stderr=1");
    for (int run = 0; run < runs; ++run) {
        f.curl << curlSeconds(socket, path);
        f.curlTimestamps << curlSeconds(socket, path + QStringLiteral("&timestamps=1"));
        f.dockerLogs << dockerLogsSeconds(host, id);

        settle(300); // let the engine settle
        QElapsedTimer t;
        t.start();
        QQuickWindow *window = openLogWindow(app, id);
        LogSession *session = sessionOf(window);
        if (!session) {
            std::fprintf(stderr, "bench: the log window has no session\n");
            std::exit(1);
        }
        // First lines on screen: the viewer's default (the last 1,000) in a frame.
        bool drawn = false;
        auto frames = QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
            if (session->model()->count() > 0)
                drawn = true;
        });
        if (!spinUntil([&] { return drawn; }, 30000)) {
            std::fprintf(stderr, "bench: no lines on screen\n");
            std::exit(1);
        }
        f.firstLines << t.nsecsElapsed() / 1e9;
        QObject::disconnect(frames);

        // The whole log ("load all" from the start), until the engine's answer has ended.
        session->setFollow(false);
        settle(100);
        resetPeak();
        const qint64 before = memory("VmRSS");
        t.restart();
        session->start(-1);
        if (!spinUntil([&] { return session->state() == LogSession::Loaded; }, 600000)) {
            std::fprintf(stderr, "bench: the log never finished loading (state %d)\n", session->state());
            std::exit(1);
        }
        f.fullLoad << t.nsecsElapsed() / 1e9;
        settle(100);
        f.peakGrowth = std::max(f.peakGrowth, double(memory("VmHWM") - before));
        f.lines = session->model()->lineCount();
        f.bufferBytes = double(session->model()->buffer().memoryBytes());
        f.textBytes = double(session->model()->buffer().textBytes() + f.lines); // with the newlines

        // The "Load all" button under the last 1,000 lines: the rest of the log before them.
        session->start();
        if (!spinUntil(
                [&] { return session->state() == LogSession::Loaded && session->hasEarlier(); }, 30000)) {
            std::fprintf(stderr, "bench: no earlier lines to load\n");
            std::exit(1);
        }
        settle(100);
        t.restart();
        session->loadEarlier(-1);
        if (!spinUntil([&] { return !session->hasEarlier(); }, 600000)) {
            std::fprintf(stderr, "bench: \"Load all\" never finished\n");
            std::exit(1);
        }
        f.loadAll << t.nsecsElapsed() / 1e9;
        delete window;
        settle(200);

        // The same load with no view: the log store and the stream alone, without what the
        // (here software) renderer allocates for the window.
        LogSession core(app.client(), id);
        core.setFollow(false);
        resetPeak();
        const qint64 coreBefore = memory("VmRSS");
        core.start(-1);
        spinUntil([&] { return core.state() == LogSession::Loaded; }, 600000);
        f.corePeakGrowth = std::max(f.corePeakGrowth, double(memory("VmHWM") - coreBefore));
    }
    return f;
}

void report(const char *what, const LoadFigures &f)
{
    std::printf(
        "%s: %lld lines, %.1f MB of text\n", what, static_cast<long long>(f.lines), f.textBytes / 1e6);
    std::printf(
        "  first lines on screen   berth %7.1f ms   (target <= 300 ms)\n", median(f.firstLines) * 1000);
    std::printf(
        "  whole log loaded        berth %7.1f ms   curl %7.1f ms (with timestamps: %.1f ms; Berth asks "
        "a still log without them while they are hidden)   "
        "docker logs %7.1f ms   ratio to curl %.2f (target <= 1.1)\n",
        median(f.fullLoad) * 1000, median(f.curl) * 1000, median(f.curlTimestamps) * 1000,
        median(f.dockerLogs) * 1000, median(f.fullLoad) / median(f.curl));
    std::printf("  \"Load all\" under them   berth %7.1f ms   ratio to curl %.2f\n", median(f.loadAll) * 1000,
        median(f.loadAll) / median(f.curl));
    std::printf(
        "  memory                  peak RSS grew %.1f MB while the whole log loaded in the window (%.2fx the "
        "text; target <= 1.5x), %.1f MB without a view (%.2fx); the log store holds %.1f MB (%.2fx)\n",
        f.peakGrowth / 1e6, f.peakGrowth / f.textBytes, f.corePeakGrowth / 1e6,
        f.corePeakGrowth / f.textBytes, f.bufferBytes / 1e6, f.bufferBytes / f.textBytes);
}

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    Rendering::choose(); // as the app does (app/rendering.h)
    QGuiApplication qapp(argc, argv);
    const QString host = option(QStringLiteral("--host"));
    const QString image = option(QStringLiteral("--image"));
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    // One measure a process, so that each peak RSS is its own: 1m, 100m or follow.
    const QString only = option(QStringLiteral("--only"));

    EngineClient driver(EndpointResolver::parseHost(host.mid(7), QStringLiteral("bench")).endpoint);
    if (!driver.waitForConnected()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(driver.lastError().toString()));
        return 1;
    }
    ContainersApi api(&driver);
    const QString million
        = logContainer(api, image, QStringLiteral("log1m"), QStringLiteral("seq 1 1000000"));
    // 100 bytes a line (99 and a newline), a million lines.
    const QString hundred = logContainer(api, image, QStringLiteral("log100m"),
        QStringLiteral("line=$(head -c 99 /dev/zero | tr '\\000' x); yes \"$line\" | head -n 1000000"));

    BerthApp app({host, QStringLiteral("en")});
    bool ready = false;
    QObject::connect(app.sync(), &EngineSync::ready, [&] { ready = true; });
    if (!app.start() || !spinUntil([&] { return ready; }, 60000)) {
        std::fprintf(stderr, "bench: the app did not start\n");
        return 1;
    }
    std::printf("engine %s, %d runs (medians), %s rendering\n", qPrintable(driver.info().version), runs,
        qPrintable(Rendering::chosenName()));
    if (only == QLatin1String("1m"))
        report("1,000,000-line log", measureLoad(app, host, million, runs));
    if (only == QLatin1String("100m"))
        report("100 MB log", measureLoad(app, host, hundred, runs));
    if (only != QLatin1String("follow"))
        return 0;

    // Following a container that writes 20,000 lines/s for 10 s: 2,000 lines every 0.1 s.
    const QJsonObject cfg {{QStringLiteral("Image"), image},
        {QStringLiteral("Cmd"),
            QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("i=0; while [ $i -lt 100 ]; do seq $((i*2000+1)) $((i*2000+2000)); sleep 0.1; "
                               "i=$((i+1)); done")}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString id = finish(api.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    QQuickWindow *window = openLogWindow(app, id);
    LogSession *session = sessionOf(window);
    spinUntil([&] { return session->state() == LogSession::Stopped; }, 20000); // not started yet
    QElapsedTimer beat;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { longest = std::max(longest, beat.restart()); });
    finish(api.start(id));
    beat.start();
    heartbeat.start(10);
    QElapsedTimer t;
    t.start();
    // It is done when the container has stopped and the viewer says so.
    spinUntil([&] { return t.elapsed() > 2000 && session->state() == LogSession::Stopped; }, 120000);
    heartbeat.stop();
    const LogBuffer &lines = session->model()->buffer();
    qsizetype inOrder = 0;
    for (qsizetype i = 0; i < lines.lineCount(); ++i)
        inOrder += lines.line(i) == QByteArray::number(qlonglong(i + 1));
    std::printf(
        "following 20,000 lines/s for 10 s: %lld of 200000 lines shown, %lld in order, "
        "%lld lost (target 0); longest GUI-thread stall %lld ms over a 10 ms heartbeat (target <= 50)\n",
        static_cast<long long>(lines.lineCount()), static_cast<long long>(inOrder),
        static_cast<long long>(200000 - lines.lineCount()), static_cast<long long>(longest - 10));
    delete window;
    finish(api.remove(id, {true, false}));
    return 0;
}
