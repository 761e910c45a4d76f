// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/imageinfo.h"
#include "model/keyedrows.h"

/// The engine's images, kept true by EngineSync. Keyed by Id.
class ImageModel : public ResourceListModel, public KeyedRows<ImageModel, ImageInfo>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< sha256:…
        ShortIdRole, ///< 12 hex digits, as the docker CLI shows
        RepoTagsRole, ///< every name:tag (QStringList); empty when dangling
        DisplayNameRole, ///< the first name:tag, or "<none>"
        RepoDigestsRole, ///< name@sha256:… (QStringList)
        SizeRole, ///< bytes (qint64)
        CreatedRole, ///< QDateTime
        ContainersRole, ///< how many containers use it (derived from the container list)
        InUseRole, ///< bool: at least one container uses it
        DanglingRole, ///< bool: no tag
        LabelsRole, ///< map of label → value
    };
    Q_ENUM(Role)

    using ResourceListModel::ResourceListModel;
    /// The user's images: all but Berth's own helpers (which the image list hides).
    Q_PROPERTY(int userCount READ userCount NOTIFY countChanged)
    int userCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Sets each image's container count from @p countByImageId (missing ids count 0).
    void setUsage(const QHash<QString, int> &countByImageId);

private:
    friend class KeyedRows<ImageModel, ImageInfo>;
    QString keyOf(const ImageInfo &i) const { return i.id; }
    QList<int> changedRoles(const ImageInfo &before, const ImageInfo &after) const;
    ImageInfo merge(const ImageInfo &current, const ImageInfo &fresh) const;
};
