// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

/// An image as the engine lists it (GET /images/json).
struct ImageInfo
{
    QString id;
    QString parentId;
    QStringList repoTags; ///< empty for a dangling image ("<none>:<none>" is dropped)
    QStringList repoDigests;
    qint64 created = 0;
    qint64 size = 0;
    int containers = -1; ///< -1 when the engine did not count
    QMap<QString, QString> labels;
    /// Made by Berth for its own use (the empty helper image of volume backups).
    bool isBerthHelper() const { return labels.contains(QStringLiteral("io.github.berth.helper")); }

    static ImageInfo fromJson(const QJsonObject &json);
    bool isDangling() const { return repoTags.isEmpty(); }
    /// sha256:abcdef… → abcdef012345, as the docker CLI shows it.
    QString shortId() const;
    bool operator==(const ImageInfo &o) const;
};
