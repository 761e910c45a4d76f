// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for berth --startup-report: an empty Qt Quick Controls window, started and
// measured the same way (first frame, peak memory).
#include "app/rendering.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <sys/resource.h>
#include <utility>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    Rendering::choose(); // as the app does (app/rendering.h)
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nimport QtQuick.Controls\nApplicationWindow { width: 1180; height: 720; "
                    "visible: true }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&clock] {
            static bool reported = false; // a second frame may come before the exit
            if (std::exchange(reported, true))
                return;
            rusage usage {};
            getrusage(RUSAGE_SELF, &usage);
            std::printf("{\"ms_to_first_frame\": %lld, \"peak_rss_kb\": %ld, \"renderer\": \"%s\"}\n",
                clock.elapsed(), usage.ru_maxrss, qPrintable(Rendering::chosenName()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
    return app.exec();
}
