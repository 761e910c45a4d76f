// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"
#include "engine/enginereply.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

/// What every *Api class shares: the client, and refusing an empty id before any I/O.
class ApiBase
{
public:
    explicit ApiBase(EngineClient *client)
        : m_client(client)
    {
    }
    EngineClient *client() const { return m_client; }

protected:
    EngineReply *send(EngineRequest request) const { return m_client->send(std::move(request)); }
    EngineReply *refuseEmpty(const char *what) const
    {
        return m_client->failedReply(EngineError(EngineError::InvalidArgument,
            QCoreApplication::translate("EngineError", "No %1 was given.")
                .arg(QCoreApplication::translate("EngineError", what))));
    }
    static QString seg(const QString &value) { return EngineRequest::segment(value); }
    /// Labels, driver options: a string map as the JSON object the engine takes.
    static QJsonObject toObject(const QMap<QString, QString> &map)
    {
        QJsonObject o;
        for (auto it = map.begin(); it != map.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    EngineClient *m_client;
};
