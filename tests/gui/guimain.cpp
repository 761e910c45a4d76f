// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest for the GUI: a real QGuiApplication on the display the test script gives (Xvfb).
#include <QGuiApplication>
#include <QQuickStyle>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BerthTests"));
    QCoreApplication::setApplicationName(QStringLiteral("berth-gui-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    return RUN_ALL_TESTS();
}
