// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/containerfiltermodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/**
 * Where a page asks the window to go: another page, a container's tab, a Learn section, the
 * engines dialog. A page calls these; Main.qml, which owns the pages, follows the signals — so
 * no page reaches into the window object, and every call is typed.
 */
class Navigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// A sidebar page by its key (containers, images, volumes, networks, jobs, history, learn,
    /// settings).
    Q_INVOKABLE void showPage(const QString &page) { Q_EMIT pageRequested(page); }
    /// The containers page with a container selected and its @p tab (logs, terminal…) shown.
    Q_INVOKABLE void showContainer(const QString &id, const QString &tab)
    {
        Q_EMIT containerRequested(id, tab);
    }
    /// The containers page with its state filter.
    Q_INVOKABLE void showContainers(ContainerFilterModel::StateFilter filter)
    {
        Q_EMIT containersRequested(filter);
    }
    /// The Learn page at one of its sections.
    Q_INVOKABLE void showLearn(const QString &section) { Q_EMIT learnRequested(section); }
    /// The dialog that adds and switches engines.
    Q_INVOKABLE void openEngines() { Q_EMIT enginesRequested(); }

Q_SIGNALS:
    void pageRequested(const QString &page);
    void containerRequested(const QString &id, const QString &tab);
    void containersRequested(ContainerFilterModel::StateFilter filter);
    void learnRequested(const QString &section);
    void enginesRequested();
};
