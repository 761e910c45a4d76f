// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * An image reference as the docker CLI reads it: `[registry[:port]/]path[:tag][@digest]`.
 * A colon before the last slash belongs to the registry (`localhost:5000/app` has no tag).
 * The one place Berth splits a reference; the engine, not Berth, decides whether it is valid.
 */
class ImageReference
{
public:
    static ImageReference parse(const QString &text);

    /// Everything before the tag and digest, as written (`localhost:5000/team/app`).
    QString repository() const { return m_repository; }
    /// The tag, or empty when there is none (then the engine means `latest`).
    QString tag() const { return m_tag; }
    /// The digest after '@' (`sha256:…`), or empty.
    QString digest() const { return m_digest; }
    bool hasTag() const { return !m_tag.isEmpty(); }

    /// As docker shows it: without `docker.io/` and Docker Hub's `library/`.
    QString familiar() const;
    /// As `docker load` and the engine's lists name it: familiar, with `:latest` when neither a
    /// tag nor a digest is given. An image id (`sha256:…`) stays as it is.
    QString normalized() const;
    /// The same name without its digest.
    ImageReference withoutDigest() const
    {
        ImageReference r = *this;
        r.m_digest.clear();
        return r;
    }
    /// Back as text: repository[:tag][@digest].
    QString toString() const;

private:
    QString m_repository;
    QString m_tag;
    QString m_digest;
    bool m_id = false; ///< an image id (sha256:…), not a name
};
