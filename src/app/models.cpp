// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models.h"

#include "sync/usagefeed.h"

#include <QJSEngine>
#include <QQmlEngine>

Models::Models(ContainerModel *containers, ImageModel *images, VolumeModel *volumes, NetworkModel *networks,
    UsageFeed *usage, QObject *parent)
    : QObject(parent)
    , m_usage(usage)
    , m_containers(containers)
    , m_images(images)
    , m_volumes(volumes)
    , m_networks(networks)
{
    // QML reads them; C++ owns them.
    for (QObject *model : {static_cast<QObject *>(containers), static_cast<QObject *>(images),
             static_cast<QObject *>(volumes), static_cast<QObject *>(networks)})
        QJSEngine::setObjectOwnership(model, QJSEngine::CppOwnership);
}

void Models::watchUsage(const QString &id)
{
    m_usage->watch(id);
}

void Models::unwatchUsage(const QString &id)
{
    m_usage->unwatch(id);
}

void Models::release(QObject *session)
{
    if (session)
        session->deleteLater();
}
