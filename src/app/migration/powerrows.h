// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bundlemanifest.h"

#include <QVariantList>
#include <QVariantMap>

/// Powers over a machine as the dialogs' PowersConsent lists them: [{power, what}], power a
/// BundleManifest::Power bit.
inline QVariantList powerRows(const QList<BundleManifest::PowerRequest> &requests)
{
    QVariantList list;
    for (const BundleManifest::PowerRequest &r : requests)
        list << QVariantMap {{QStringLiteral("power"), int(r.power)}, {QStringLiteral("what"), r.what}};
    return list;
}

/// Whether @p allowed (BundleManifest::Power bits) covers every one of @p rows (powerRows()).
inline bool allPowersAllowed(const QVariantList &rows, int allowed)
{
    for (const QVariant &row : rows) {
        if ((row.toMap().value(QStringLiteral("power")).toInt() & allowed) == 0)
            return false;
    }
    return true;
}
