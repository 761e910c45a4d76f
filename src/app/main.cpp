// SPDX-License-Identifier: GPL-3.0-or-later
// berth: the desktop app. This file is the composition root: it builds the engine client and
// the QML-facing objects, connects them, and loads the QML.
#include "endpoint.h"
#include "engineclient.h"
#include "enginestatus.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Berth_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BerthPlugin)

namespace {

/// --screenshot: once the engine state settled and a frame is on screen, save the window and
/// print what it shows as one JSON line, then quit. Used by the GUI test under Xvfb.
void scheduleScreenshot(QQmlApplicationEngine &engine, EngineStatus *status, const QString &path)
{
    auto shoot = [&engine, status, path] {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        if (!window) {
            std::fprintf(stderr, "berth: no window to capture\n");
            QCoreApplication::exit(2);
            return;
        }
        // Two frames after the change, so the text is laid out and painted.
        QTimer::singleShot(300, window, [window, status, path] {
            const QImage image = window->grabWindow();
            const bool saved = image.save(path);
            const QJsonObject report {
                { QStringLiteral("saved"), saved },
                { QStringLiteral("state"), int(status->state()) },
                { QStringLiteral("engineName"), status->engineName() },
                { QStringLiteral("engineVersion"), status->engineVersion() },
                { QStringLiteral("apiVersion"), status->apiVersion() },
                { QStringLiteral("endpoint"), status->endpoint() },
                { QStringLiteral("errorMessage"), status->errorMessage() },
                { QStringLiteral("errorHint"), status->errorHint() },
                { QStringLiteral("width"), image.width() },
                { QStringLiteral("height"), image.height() },
            };
            std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    };
    QObject::connect(status, &EngineStatus::settled, &engine, shoot, Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationName(QStringLiteral("berth"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.berth.Berth"));

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Berth, a desktop manager for Docker"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption({ QStringLiteral("H"), QStringLiteral("host") },
        QStringLiteral("The engine's socket, as docker's -H (unix:///path)."), QStringLiteral("url"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QStringLiteral("Language instead of the system's (en, ru)."), QStringLiteral("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save the window to a PNG once connected (or failed), print what it shows, quit."),
        QStringLiteral("file"));
    parser.addOptions({ hostOption, languageOption, screenshotOption });
    parser.process(app);

    const QLocale locale
        = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale::system();
    Translations::install(locale);

    const EndpointResolver::Result resolved = EndpointResolver().resolve(parser.value(hostOption));
    if (resolved.error.isError()) {
        std::fprintf(stderr, "berth: %s\n", qPrintable(resolved.error.toString()));
        return 1;
    }
    EngineClient client(resolved.endpoint);
    EngineStatus status(&client);
    EngineStatus::setInstance(&status);

    QQmlApplicationEngine engine;
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(engine, &status, parser.value(screenshotOption));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Berth/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    client.connectToEngine();
    return app.exec();
}
