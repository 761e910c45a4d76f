// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the walks through the real window (elidetest.cpp, keyboardtest.cpp) start from.

#include "app/berthapp.h"
#include "sync/enginesync.h"
#include "testsupport.h"

#include <QDir>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

#include <gtest/gtest.h>

/// The app on the test engine as a new user first opens it (settings cleared, the welcome seen),
/// in English, its window at the size it opens at (Main.qml) in the screen's top left corner and
/// its lists Ready. What a test puts in cleanups runs, last first, once the app has gone.
class WalkTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("welcomed"), true);
        app = std::make_unique<BerthApp>(BerthApp::Options {TestSupport::dockerHost(), QStringLiteral("en")});
        QSignalSpy ready(app->sync(), &EngineSync::ready);
        ASSERT_TRUE(app->start());
        window = app->window();
        ASSERT_TRUE(window);
        // In the window's own (logical) pixels at any scale: at 200% the grab is 2360×1440.
        window->setPosition(0, 0);
        window->resize(1180, 720);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        ASSERT_TRUE(TestSupport::waitUntil([&] { return ready.count() > 0; }, 30000));
        QDir().mkpath(TestSupport::screenshotDir());
    }

    void TearDown() override
    {
        app.reset();
        for (auto it = cleanups.rbegin(); it != cleanups.rend(); ++it)
            (*it)();
    }

    std::vector<std::function<void()>> cleanups;
    std::unique_ptr<BerthApp> app;
    QQuickWindow *window = nullptr;
};
