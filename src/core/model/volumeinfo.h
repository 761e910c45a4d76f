// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

/// A volume as the engine lists or inspects it.
struct VolumeInfo
{
    QString name;
    QString driver;
    QString mountpoint;
    QString createdAt; ///< RFC 3339 text as the engine sends it
    QString scope;
    QMap<QString, QString> labels;
    QMap<QString, QString> options;
    qint64 size = -1; ///< from UsageData when the engine reports it (/system/df), else -1
    int refCount = -1;
    QStringList users; ///< names of the containers that mount it (derived from the containers)

    static VolumeInfo fromJson(const QJsonObject &json);
    bool operator==(const VolumeInfo &o) const;
};
