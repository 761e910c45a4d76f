// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/fileroot.h"

#include "engine/engineclient.h"
#include "jobs/volumehelper.h"

#include <QJsonObject>

FileRoot::FileRoot(EngineClient *client, QString id, QString volume, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(std::move(id))
    , m_volume(std::move(volume))
{
}

FileRoot *FileRoot::container(EngineClient *client, const QString &id, QObject *parent)
{
    return new FileRoot(client, id, {}, parent);
}

FileRoot *FileRoot::volume(EngineClient *client, const QString &name, QObject *parent)
{
    return new FileRoot(client, {}, name, parent);
}

FileRoot::~FileRoot()
{
    // The helper outlives the root by the time its removal takes; the client is the context.
    if (isVolume() && !m_id.isEmpty() && m_client)
        VolumeHelper::remove(m_client, m_client, m_id, [] {});
}

void FileRoot::prepare(const std::function<void(const EngineError &, const QString &)> &done)
{
    if (!m_id.isEmpty() || !m_client) {
        done(m_client ? EngineError() : EngineError(EngineError::Cancelled, tr("The engine is gone.")), m_id);
        return;
    }
    m_waiting << done;
    if (m_preparing)
        return;
    m_preparing = true;
    const auto answer = [this](const EngineError &error) { // called only while the root lives
        m_preparing = false;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &w : waiting)
            w(error, m_id);
    };
    // The client is the context, not the root: a root deleted while the engine makes its helper
    // must still hear of that helper, to remove it.
    EngineClient *client = m_client;
    QPointer<FileRoot> self(this);
    VolumeHelper::ensureImage(client, client, [self, client, answer](const EngineError &error) {
        if (!self)
            return;
        if (error.isError())
            return answer(error);
        VolumeHelper::create(client, client, self->m_volume, true, QStringLiteral("files"), {},
            [self, client, answer](const EngineError &error, const QString &id) {
                if (!self) {
                    VolumeHelper::remove(client, client, id, [] {});
                    return;
                }
                self->m_id = id;
                answer(error);
            });
    });
}

QString FileRoot::containerPath(const QString &path) const
{
    if (!isVolume())
        return path;
    return path == QLatin1String("/") ? QStringLiteral("/vol") : QStringLiteral("/vol") + path;
}
