// SPDX-License-Identifier: GPL-3.0-or-later
// Scrolling the containers list through 1,000 rows, frame by frame, next to a plain ListView of
// 1,000 one-line rows scrolled the same way in the same process: the frames drawn and the gaps
// between them (under Xvfb, software rendering: the reference is what matters).
// Usage: berth_bench_scroll --host unix:///path/docker.sock (an engine with 1,000 containers)
#include "app/berthapp.h"
#include "app/rendering.h"
#include "benchsupport.h"
#include "model/containermodel.h"
#include "sync/enginesync.h"
#include "util/allocator.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace BenchSupport;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

struct Frames
{
    QList<double> gapsMs;
    int frames = 0;
    double seconds = 0;
};

/// Moves @p list down by @p step pixels each 16 ms, to its end, and times the frames @p window
/// shows meanwhile.
Frames scroll(QQuickWindow *window, QQuickItem *list, double step)
{
    Frames f;
    list->setProperty("contentY", 0);
    settle(500);
    QElapsedTimer clock;
    qint64 last = -1;
    auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            f.gapsMs << (now - last) / 1e6;
        last = now;
        ++f.frames;
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    bool done = false;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double end = list->property("contentHeight").toDouble() - list->height();
        const double y = list->property("contentY").toDouble() + step;
        list->setProperty("contentY", std::min(y, end));
        done = y >= end;
    });
    clock.start();
    tick.start(16);
    spinUntil([&] { return done; }, 120000);
    tick.stop();
    f.seconds = clock.nsecsElapsed() / 1e9;
    QObject::disconnect(swapped);
    return f;
}

void report(const char *what, const Frames &f, int rows)
{
    int over33 = 0;
    for (double g : f.gapsMs)
        over33 += g > 33.4;
    std::printf(
        "%-34s %d rows in %.2f s: %d frames (%.1f fps), gap median %.1f ms, p95 %.1f ms, max %.1f ms, "
        "%d gaps over 33 ms\n",
        what, rows, f.seconds, f.frames, f.frames / f.seconds, median(f.gapsMs), percentile(f.gapsMs, 0.95),
        f.gapsMs.isEmpty() ? 0.0 : *std::max_element(f.gapsMs.cbegin(), f.gapsMs.cend()), over33);
}

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    Rendering::choose(); // as the app does (app/rendering.h)
    QGuiApplication qapp(argc, argv);
    const QString host = option(QStringLiteral("--host"));
    BerthApp app({host, QStringLiteral("en")});
    bool ready = false;
    QObject::connect(app.sync(), &EngineSync::ready, [&] { ready = true; });
    if (!app.start() || !spinUntil([&] { return ready; }, 60000)) {
        std::fprintf(stderr, "bench: the app did not start\n");
        return 1;
    }
    QQuickItem *list = findItem(app.window()->contentItem(), QStringLiteral("containerList"));
    if (!list) {
        std::fprintf(stderr, "bench: no containers list\n");
        return 1;
    }
    const int rows = app.containers()->rowCount();
    // About 2,400 pixels a second: a brisk scroll with the wheel.
    const Frames berth = scroll(app.window(), list, 40);

    // The reference: the plainest list Qt Quick Controls can show, the same size, the same rows.
    QQmlApplicationEngine engine;
    engine.loadData(
        QStringLiteral("import QtQuick\nimport QtQuick.Controls\nApplicationWindow { width: %1; height: "
                       "%2; visible: true\n ListView { objectName: \"plain\"; anchors.fill: parent; "
                       "model: %3; delegate: ItemDelegate { width: ListView.view.width; height: %4; "
                       "text: \"container \" + index } } }")
            .arg(app.window()->width())
            .arg(app.window()->height())
            .arg(rows)
            .arg(list->property("contentHeight").toDouble() / std::max(1, rows))
            .toUtf8());
    auto *plainWindow = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QQuickItem *plain = plainWindow ? findItem(plainWindow->contentItem(), QStringLiteral("plain")) : nullptr;
    if (!plain) {
        std::fprintf(stderr, "bench: the reference list did not load\n");
        return 1;
    }
    app.window()->hide();
    const Frames reference = scroll(plainWindow, plain, 40);
    report("berth containers list", berth, rows);
    report("plain ListView (reference)", reference, rows);
    return 0;
}
