// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test for Berth's QML components: the app's composition root gives the QML singletons
// (its engine is never started: these tests need no engine), the tests are tst_*.qml here.
#include "app/berthapp.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>

#include <memory>

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // The singletons' instances; no connection is made, so no engine is needed.
        m_app = std::make_unique<BerthApp>(BerthApp::Options {
            QStringLiteral("unix:///nonexistent/berth-qml-tests.sock"), QStringLiteral("en")});
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The app's modules are compiled in, under qrc:/ (as the app loads qrc:/Berth/Main.qml).
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
    void cleanupTestCase() { m_app.reset(); }

private:
    std::unique_ptr<BerthApp> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(berth_qml_tests, Setup)

#include "qmltestmain.moc"
