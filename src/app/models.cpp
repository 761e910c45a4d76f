// SPDX-License-Identifier: GPL-3.0-or-later
#include "models.h"

#include <QJSEngine>
#include <QQmlEngine>

void Models::setInstance(Models *instance)
{
    s_instance = instance;
}

Models *Models::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Models", "main.cpp sets the instance before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Models::Models(ContainerModel *containers, ImageModel *images, VolumeModel *volumes, QObject *parent)
    : QObject(parent)
    , m_containers(containers)
    , m_images(images)
    , m_volumes(volumes)
{
    // QML reads them; C++ owns them.
    for (QObject *model :
        {static_cast<QObject *>(containers), static_cast<QObject *>(images), static_cast<QObject *>(volumes)})
        QJSEngine::setObjectOwnership(model, QJSEngine::CppOwnership);
}
