// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/layerprogress.h"

#include <QVariantMap>

LayerProgress::Layer *LayerProgress::layer(const QString &id)
{
    if (!m_layers.contains(id)) {
        if (m_layers.size() >= MaxLayers)
            return nullptr;
        m_order.append(id);
    }
    return &m_layers[id];
}

void LayerProgress::sums(qint64 *done, qint64 *total) const
{
    qint64 d = 0, t = 0;
    bool allKnown = !m_layers.isEmpty();
    for (const Layer &l : m_layers) {
        d += l.current;
        t += l.total;
        allKnown = allKnown && (l.total > 0 || l.complete);
    }
    *done = d;
    *total = allKnown ? t : -1;
}

QVariantList LayerProgress::parts() const
{
    QVariantList out;
    for (const QString &id : m_order) {
        const Layer &l = m_layers[id];
        out.append(QVariantMap {{QStringLiteral("name"), id.left(12)}, {QStringLiteral("status"), l.status},
            {QStringLiteral("done"), l.current}, {QStringLiteral("total"), l.total},
            {QStringLiteral("fraction"),
                l.complete        ? 1.0
                    : l.total > 0 ? double(l.current) / double(l.total)
                                  : -1.0}});
    }
    return out;
}
