// SPDX-License-Identifier: GPL-3.0-or-later
// berth: the desktop app. The composition root is BerthApp; this file reads the command line.
#include "app/berthapp.h"
#include "app/enginestatus.h"
#include "app/rendering.h"
#include "sync/enginesync.h"
#include "util/allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <QElapsedTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <utility>

namespace {

/// The text of every item with an objectName, as the window shows it.
void collectShownText(QObject *item, QJsonObject &out)
{
    const QVariant text = item->property("text");
    if (!item->objectName().isEmpty() && text.isValid())
        out.insert(item->objectName(), text.toString());
    if (auto *quickItem = qobject_cast<QQuickItem *>(item)) {
        for (QQuickItem *child : quickItem->childItems())
            collectShownText(child, out);
    }
}

/// --screenshot: once the engine state settled and a frame is on screen, save the window and
/// print what it shows as one JSON line, then quit. Used by the GUI test under Xvfb.
void scheduleScreenshot(BerthApp &berth, const QString &path, int delayMs)
{
    EngineStatus *status = berth.status();
    auto shoot = [&berth, status, path, delayMs] {
        QQuickWindow *window = berth.window();
        if (!window) {
            std::fprintf(stderr, "berth: no window to capture\n");
            QCoreApplication::exit(2);
            return;
        }
        // Tell a driving test that the first state is on screen; it may change things now.
        std::printf("{\"settled\":true}\n");
        std::fflush(stdout);
        // At least a few frames after the change, so the text is laid out and painted.
        QTimer::singleShot(qMax(300, delayMs), window, [window, status, path] {
            const QImage image = window->grabWindow();
            const bool saved = image.save(path);
            QJsonObject shown;
            collectShownText(window->contentItem(), shown);
            const QJsonObject report {
                {QStringLiteral("saved"), saved},
                {QStringLiteral("state"), int(status->state())},
                {QStringLiteral("engineName"), status->engineName()},
                {QStringLiteral("engineVersion"), status->engineVersion()},
                {QStringLiteral("apiVersion"), status->apiVersion()},
                {QStringLiteral("endpoint"), status->endpoint()},
                {QStringLiteral("errorMessage"), status->errorMessage()},
                {QStringLiteral("errorHint"), status->errorHint()},
                {QStringLiteral("shown"), shown},
                {QStringLiteral("width"), image.width()},
                {QStringLiteral("height"), image.height()},
                // What drew it (rendering.h): Qt Quick's software renderer, or the graphics API.
                {QStringLiteral("renderer"),
                    window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                        ? QStringLiteral("software")
                        : QStringLiteral("graphics")},
            };
            std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    };
    QObject::connect(status, &EngineStatus::settled, &berth, shoot, Qt::SingleShotConnection);
}

/// --startup-report: one JSON line once the first frame is shown and the models are Ready, then quit.
void scheduleStartupReport(BerthApp &berth, const QElapsedTimer &clock)
{
    auto state = std::make_shared<std::pair<qint64, qint64>>(-1, -1);
    auto reported = std::make_shared<bool>(false); // frames may still come before the exit
    auto finish = [state, reported] {
        if (state->first < 0 || state->second < 0 || std::exchange(*reported, true))
            return;
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("{\"ms_to_first_frame\": %lld, \"ms_to_models_ready\": %lld, \"peak_rss_kb\": %ld, "
                    "\"renderer\": \"%s\"}\n",
            state->first, state->second, usage.ru_maxrss, qPrintable(Rendering::chosenName()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    QObject::connect(berth.sync(), &EngineSync::ready, &berth, [state, finish, &clock] {
        if (state->second < 0)
            state->second = clock.elapsed();
        finish();
    });
    QObject::connect(&berth, &BerthApp::windowCreated, &berth, [&berth, state, finish, &clock] {
        QObject::connect(
            berth.window(), &QQuickWindow::frameSwapped, &berth,
            [state, finish, &clock] {
                if (state->first < 0)
                    state->first = clock.elapsed();
                finish();
            },
            Qt::QueuedConnection);
    });
}

/// berth's command line, the same whether a display is there or not.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption host {{QStringLiteral("H"), QStringLiteral("host")},
        QStringLiteral("The engine's socket, as docker's -H (unix:///path)."), QStringLiteral("url")};
    const QCommandLineOption language {QStringLiteral("lang"),
        QStringLiteral("Language instead of the system's (en, ru)."), QStringLiteral("code")};
    const QCommandLineOption screenshot {QStringLiteral("screenshot"),
        QStringLiteral("Save the window to a PNG once connected (or failed), print what it shows, quit."),
        QStringLiteral("file")};
    const QCommandLineOption screenshotDelay {QStringLiteral("screenshot-delay"),
        QStringLiteral("With --screenshot: wait this long after connecting."), QStringLiteral("ms"),
        QStringLiteral("300")};
    const QCommandLineOption startupReport {QStringLiteral("startup-report"),
        QStringLiteral("Print the time to the first frame and to Ready, and the peak memory, then quit.")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral("Berth, a desktop manager for Docker"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({host, language, screenshot, screenshotDelay, startupReport});
    }
};

/// --version and --help answer in a terminal without a display, as command-line programs do:
/// a QGuiApplication would abort there ("could not connect to display").
bool answersWithoutWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "-?", "--help-all"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("berth"));
        QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
        CommandLine line;
        line.parser.process(app); // prints and exits
        return 0;
    }
    QElapsedTimer clock;
    clock.start();
    // Qt Quick packs small images into one atlas texture sized for the screen (2048x1024 here,
    // 8 MB); Berth's images are a score of 16-pixel icons, which a 512x512 atlas holds many times.
    if (qEnvironmentVariableIsEmpty("QSG_ATLAS_WIDTH") && qEnvironmentVariableIsEmpty("QSG_ATLAS_HEIGHT")) {
        qputenv("QSG_ATLAS_WIDTH", "512");
        qputenv("QSG_ATLAS_HEIGHT", "512");
    }
    Rendering::choose(); // before any window (rendering.h)
    // QApplication (not QGuiApplication) for the tray icon's QSystemTrayIcon and its menu.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationName(QStringLiteral("berth"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.berth.Berth"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.berth.Berth"), QIcon(QStringLiteral(":/io.github.berth.Berth.svg"))));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    CommandLine line;
    line.parser.process(app);

    BerthApp berth({line.parser.value(line.host), line.parser.value(line.language)});
    if (berth.endpointError().isError()) {
        std::fprintf(stderr, "berth: %s\n", qPrintable(berth.endpointError().toString()));
        return 1;
    }
    if (line.parser.isSet(line.screenshot))
        scheduleScreenshot(
            berth, line.parser.value(line.screenshot), line.parser.value(line.screenshotDelay).toInt());
    if (line.parser.isSet(line.startupReport))
        scheduleStartupReport(berth, clock);
    if (!berth.start())
        return 1;
    return app.exec();
}
