// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/networksapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

EngineReply *NetworksApi::list() const
{
    return send(EngineRequest::get(QStringLiteral("/networks")));
}

QStringList NetworksApi::parseNames(const QByteArray &body)
{
    QStringList names;
    const QJsonArray networks = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &n : networks)
        names << n.toObject().value(QLatin1String("Name")).toString();
    names.removeAll(QString());
    names.sort();
    return names;
}
