// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/imagemodel.h"

#include <algorithm>

#include <QDateTime>
#include <QVariantMap>

QVariant ImageModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ImageInfo &i = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return i.repoTags.isEmpty() ? QStringLiteral("<none>") : i.repoTags.first();
    case IdRole:
        return i.id;
    case ShortIdRole:
        return i.shortId();
    case RepoTagsRole:
        return i.repoTags;
    case RepoDigestsRole:
        return i.repoDigests;
    case SizeRole:
        return i.size;
    case CreatedRole:
        return QDateTime::fromSecsSinceEpoch(i.created);
    case ContainersRole:
        return qMax(0, i.containers);
    case InUseRole:
        return i.containers > 0;
    case DanglingRole:
        return i.isDangling();
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = i.labels.begin(); it != i.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ImageModel::roleNames() const
{
    return {
        {IdRole, "imageId"},
        {ShortIdRole, "shortId"},
        {RepoTagsRole, "repoTags"},
        {DisplayNameRole, "displayName"},
        {RepoDigestsRole, "repoDigests"},
        {SizeRole, "size"},
        {CreatedRole, "created"},
        {ContainersRole, "containers"},
        {InUseRole, "inUse"},
        {DanglingRole, "dangling"},
        {LabelsRole, "labels"},
    };
}

QList<int> ImageModel::changedRoles(const ImageInfo &a, const ImageInfo &b) const
{
    QList<int> roles;
    if (a.repoTags != b.repoTags)
        roles << RepoTagsRole << DisplayNameRole << Qt::DisplayRole << DanglingRole;
    if (a.repoDigests != b.repoDigests)
        roles << RepoDigestsRole;
    if (a.size != b.size)
        roles << SizeRole;
    if (a.created != b.created)
        roles << CreatedRole;
    if (qMax(0, a.containers) != qMax(0, b.containers))
        roles << ContainersRole << InUseRole;
    if (a.labels != b.labels)
        roles << LabelsRole;
    return roles;
}

ImageInfo ImageModel::merge(const ImageInfo &current, const ImageInfo &fresh) const
{
    // /images/json answers -1 for the count; ours comes from the container list.
    ImageInfo merged = fresh;
    if (merged.containers < 0)
        merged.containers = current.containers;
    return merged;
}

void ImageModel::setUsage(const QHash<QString, int> &countByImageId)
{
    for (const ImageInfo &image : QList<ImageInfo>(m_rows)) {
        ImageInfo updated = image;
        updated.containers = countByImageId.value(image.id, 0);
        if (updated.containers != qMax(0, image.containers) || image.containers < 0)
            updateRow(updated);
    }
}

int ImageModel::userCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ImageInfo &i) { return !i.isBerthHelper(); }));
}
