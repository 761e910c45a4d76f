// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest with a Qt event loop available to every test.
#include <QCoreApplication>

#include "testsupport.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    TestSupport::useEngineSet();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    return RUN_ALL_TESTS();
}
