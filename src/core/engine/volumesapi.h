// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"
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
    /// Removes every unused volume that matches @p filters, named and anonymous, whatever the API
    /// version: where the engine would spare named ones it is asked with all=true.
    EngineReply *prune(const QMap<QString, QStringList> &filters = {}) const;
    /// Whether this engine's prune spares named volumes unless asked with all=true: Docker from
    /// API 1.42, Podman from 6.0 (by its version, known once /version answered). Podman 5
    /// removes both and refuses the filter ("all" is an invalid volume filter).
    bool pruneSparesNamed() const;
};
