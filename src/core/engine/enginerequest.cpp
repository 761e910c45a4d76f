// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginerequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

QString EngineRequest::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

EngineRequest &EngineRequest::addFilters(const QMap<QString, QStringList> &filters)
{
    if (filters.isEmpty())
        return *this;
    QJsonObject o;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return addQuery(
        QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString EngineRequest::encodedQuery() const
{
    QString out;
    for (const auto &item : query) {
        if (!out.isEmpty())
            out += QLatin1Char('&');
        out += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    return out;
}
