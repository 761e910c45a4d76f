// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rendering.h"

#include <QDir>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace {
Rendering::Choice chosen = Rendering::Choice::Graphics;
}

bool Rendering::softwareOpenGl()
{
    const QByteArray always = qgetenv("LIBGL_ALWAYS_SOFTWARE");
    if (!always.isEmpty() && always != "0" && always != "false")
        return true;
    const QByteArray gallium = qgetenv("GALLIUM_DRIVER");
    if (gallium == "llvmpipe" || gallium == "softpipe")
        return true;
    return QDir(QStringLiteral("/dev/dri"))
        .entryList({QStringLiteral("renderD*")}, QDir::System | QDir::Files)
        .isEmpty();
}

Rendering::Choice Rendering::choose()
{
    const QByteArray asked = qgetenv("BERTH_RENDERER");
    bool software = false;
    if (asked == "software")
        software = true;
    else if (asked == "graphics")
        software = false;
    else if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")
        || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        software = qgetenv("QT_QUICK_BACKEND") == "software"; // Qt reads them itself
    else
        software = softwareOpenGl();
    if (software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    chosen = software ? Choice::Software : Choice::Graphics;
    return chosen;
}

QString Rendering::chosenName()
{
    return chosen == Choice::Software ? QStringLiteral("software") : QStringLiteral("graphics");
}
