// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

/**
 * The layers of a pull or a push as the engine's progress stream names them, in the order they
 * first appeared: each one's latest word, its bytes so far and in all. PullJob and PushJob read
 * their own words into it; the sums and the jobs page's rows are the same for both.
 */
class LayerProgress
{
public:
    struct Layer
    {
        qint64 current = 0;
        qint64 total = 0;
        bool complete = false;
        QString status;
    };

    /// No image has anywhere near this many layers: a stream naming more is not believed.
    static constexpr int MaxLayers = 1000;

    /// The layer @p id, added at the end when new; nullptr once MaxLayers are known.
    Layer *layer(const QString &id);
    int count() const { return int(m_layers.size()); }
    /// The bytes done, and in all (-1 while a layer's size is still unknown).
    void sums(qint64 *done, qint64 *total) const;
    /// Each layer: its short id, its latest word, its bytes and its fraction (-1 unknown).
    QVariantList parts() const;

private:
    QHash<QString, Layer> m_layers;
    QStringList m_order;
};
