// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apibase.h"
#include "model/volumeinfo.h"

#include <QList>
#include <QMap>
#include <QStringList>

struct VolumeCreateOptions
{
    QString name; ///< empty: the engine picks a random name
    QString driver; ///< empty: local
    QMap<QString, QString> labels;
    QMap<QString, QString> driverOptions;
};

/// Volume calls: list, inspect, create, remove, prune.
class VolumesApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *list(const QMap<QString, QStringList> &filters = {}) const;
    static QList<VolumeInfo> parseList(const QByteArray &body);
    EngineReply *inspect(const QString &name) const;
    EngineReply *create(const VolumeCreateOptions &options) const;
    EngineReply *remove(const QString &name, bool force = false) const;
    /// At API 1.41 this removes unused *named* volumes too, not only anonymous ones.
    EngineReply *prune(const QMap<QString, QStringList> &filters = {}) const;
};
