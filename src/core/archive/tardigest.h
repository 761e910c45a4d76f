// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/sha256.h"
#include "archive/tarreader.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

/**
 * What a tar stream holds, as one digest that two engines agree on when their volumes hold the
 * same files: each entry's path (without "./"), type, permission bits, size, link target and
 * content sha256, sorted by path. Not the tar's bytes: Docker and Podman write different headers
 * (owners, "./" prefixes, order) for the same tree. A hard link counts as the file it names.
 * Fed as the stream passes (a transfer's source) or as it is read back (its target), so nothing
 * is stored but one line per entry. Owners and setuid bits are not in it: Podman's archive API
 * reports every owner as root, and Docker 20.10 drops setuid on hard links it extracts (both
 * reported elsewhere).
 */
class TarDigest
{
public:
    TarDigest();
    TarDigest(const TarDigest &) = delete;
    TarDigest &operator=(const TarDigest &) = delete;
    void addData(QByteArrayView data);
    /// After the last data: the digest, or "" with error() set for a stream that is not a whole tar.
    QByteArray finish();
    /// The digest of entry lines as finish() makes them (the volume tool's, read where the volume is).
    static QByteArray digestOf(QStringList lines);
    QString error() const;
    int entries() const { return int(m_lines.size()); }
    qint64 contentBytes() const { return m_contentBytes; }

private:
    void endEntry(const TarEntry &entry);

    TarReader m_reader;
    Sha256 m_content;
    QHash<QString, QPair<qint64, QByteArray>> m_files; ///< path → size, sha256 (for hard links)
    QStringList m_lines;
    qint64 m_contentBytes = 0;
    QString m_error;
};
