// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * What makes an image the same image on any engine: its layers' content (the diff IDs in
 * RootFS.Layers), its platform and its configuration.
 *
 * An image's Id is no such thing: Docker's classic store names an image by the digest of its
 * configuration, the containerd image store (Docker 29, Docker Desktop) by the digest of its
 * manifest or index, and the same image moved between them gets another Id. Never compare Ids
 * across engines; compare identities.
 */
struct ImageIdentity
{
    QStringList layers; ///< RootFS.Layers: the sha256 of each uncompressed layer, bottom first
    QString os;
    QString architecture;
    QJsonObject config; ///< Config without the members an engine leaves out when empty

    /// From an image inspect answer (GET /images/{name}/json) of any API version or engine.
    static ImageIdentity fromInspect(const QJsonObject &inspect);

    bool isValid() const { return !layers.isEmpty(); }
    /// A short form for messages: the number of layers and the top one's digest.
    QString describe() const;
    /// What differs from @p other, in words; empty when they are the same image.
    QString differences(const ImageIdentity &other) const;

    friend bool operator==(const ImageIdentity &a, const ImageIdentity &b)
    {
        return a.layers == b.layers && a.os == b.os && a.architecture == b.architecture
            && a.config == b.config;
    }
    friend bool operator!=(const ImageIdentity &a, const ImageIdentity &b) { return !(a == b); }
};
