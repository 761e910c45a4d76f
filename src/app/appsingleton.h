// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJSEngine>
#include <QPointer>

class QQmlEngine;

/**
 * For the QML singletons the application builds itself (BerthApp, the composition root):
 * QML fetches that instance through create() instead of constructing one. Such a class must
 * not be default-constructible, or QML 6.4 builds a second instance instead.
 */
template<typename T> class AppSingleton
{
public:
    /// Called once by the composition root before QML is loaded.
    static void setInstance(T *instance) { s_instance = instance; }
    /// The instance the composition root set, or nullptr (tests without one).
    static T *instance() { return s_instance; }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "AppSingleton", "the application sets the instance before QML loads");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<T> s_instance;
};
