// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"
#include "engine/enginereply.h"

#include <QCoreApplication>

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

    EngineClient *m_client;
};
