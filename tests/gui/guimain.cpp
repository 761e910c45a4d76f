// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest for the GUI: a real QApplication on the display the test script gives (Xvfb).
#include <QApplication>
#include <QDir>
#include <QQuickStyle>
#include <QTemporaryDir>

#include "app/rendering.h"
#include "testsupport.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Listing the tests (ctest's discovery at build time) needs no display.
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || qstrcmp(argv[i], "--gtest_list_tests") == 0;
    ::testing::InitGoogleTest(&argc, argv);
    if (listing)
        return RUN_ALL_TESTS();
    qputenv("QT_QPA_PLATFORM", "xcb");
    // Settings and the app's data of this run only: two runs at once (a developer's and CI's)
    // would clear each other's settings, and the user's own are never touched.
    QTemporaryDir own(QDir::tempPath() + QStringLiteral("/berth-gui-home-XXXXXX"));
    if (!own.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(own.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(own.filePath(QStringLiteral("data"))));
    TestSupport::useEngineSet();
    Rendering::choose(); // as the app does (app/rendering.h)
    QApplication app(argc, argv); // the tray icon is a QSystemTrayIcon
    QCoreApplication::setOrganizationName(QStringLiteral("BerthTests"));
    QCoreApplication::setApplicationName(QStringLiteral("berth-gui-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    return RUN_ALL_TESTS();
}
