// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/sha256.h"

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
    void addData(QByteArrayView data);
    /// After the last data: the digest, or "" with error() set for a stream that is not a whole tar.
    QByteArray finish();
    /// The digest of entry lines as finish() makes them (the volume tool's, read where the volume is).
    static QByteArray digestOf(QStringList lines);
    QString error() const { return m_error; }
    int entries() const { return int(m_lines.size()); }
    qint64 contentBytes() const { return m_contentBytes; }

private:
    enum class Stage { Header, Extension, Content, Padding, Done };
    void header(const char *block);
    void endEntry();
    void fail(const QString &error);

    Stage m_stage = Stage::Header;
    QByteArray m_block; ///< a header being gathered (512 bytes)
    QByteArray m_extension; ///< a PAX or GNU long-name record being gathered
    char m_extensionType = 0;
    qint64 m_remaining = 0; ///< bytes left of the current stage
    // The next entry's overrides from PAX or GNU records.
    QString m_nextPath;
    QString m_nextLink;
    qint64 m_nextSize = -1;
    // The entry being read.
    QString m_path;
    QString m_link;
    char m_type = 0;
    int m_mode = 0;
    qint64 m_size = 0;
    Sha256 m_content;
    QHash<QString, QPair<qint64, QByteArray>> m_files; ///< path → size, sha256 (for hard links)
    QStringList m_lines;
    qint64 m_contentBytes = 0;
    QString m_error;
};
