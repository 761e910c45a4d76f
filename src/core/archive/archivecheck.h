// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/imageidentity.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

/**
 * What a volume archive holds, read to its end before anything is restored from it: the
 * checksum beside it (when there is one) must match, every entry must stay inside the volume
 * (no absolute path, no ".."), and the compressed data must be whole. Reads .tar, .tar.gz/.tgz,
 * .tar.bz2, .tar.xz and .tar.zst (libarchive), so it also reads what the manual tar method and
 * Docker Desktop's export make.
 */
class ArchiveCheck
{
public:
    struct Result
    {
        QString error; ///< empty when the archive can be restored
        QString compression; ///< "gzip", "zstd", "none" …
        bool checksumVerified = false; ///< a .sha256 was beside it and matched
        qint64 files = 0;
        qint64 directories = 0;
        qint64 links = 0; ///< symbolic and hard
        qint64 bytes = 0; ///< of file contents
        QStringList topLevel; ///< the first path components, sorted, without "."
        /// setuid/setgid files with hard links: Docker 20.10's archive upload drops those bits
        /// on them (it chowns the link after setting the mode).
        QStringList hardLinkedSetId;
        /// Device nodes (character or block), the first few by name: through them a container
        /// allowed to use devices reaches this machine's hardware, so a restore needs the user's word.
        QStringList deviceNodes;
        qint64 deviceNodeCount = 0;
        bool ok() const { return error.isEmpty(); }
    };

    /// Checks @p path; @p cancel (when given) stops it early with an error. With @p hostFolder
    /// (an archive bound for a folder of this machine, not a volume) device nodes, FIFOs,
    /// sockets, setuid/setgid files and links that point outside it are refused too.
    static Result check(
        const QString &path, const std::atomic_bool *cancel = nullptr, bool hostFolder = false);
    /// The paths @p path holds (any format check() reads), without "./" or a trailing "/", and
    /// the folders they imply; empty with @p error set when it cannot be read to its end.
    /// Contents are skipped, not read.
    static QSet<QString> entryPaths(const QString &path, QString *error);
    /// A `docker save` tar read to its end: the image it holds (its tag, or sha256:ID when it
    /// was saved untagged); empty with @p error set when it is not one. Its manifest.json, OCI
    /// index.json and legacy repositories file are read as docker load reads them, and a tar
    /// that would load more than one image, or tag anything but one name (@p expected, when
    /// given: nothing else may be tagged), is refused. @p identity (when given): what the image
    /// is made of, from its configuration, to compare with an image a tag names already.
    static QString savedImage(
        const QString &path, QString *error, const QString &expected = {}, ImageIdentity *identity = nullptr);
    /// @p reference as an engine stores it: without docker.io/ and library/, with :latest.
    static QString normalizedReference(const QString &reference);
    /// A path the volume cannot hold safely: absolute, or with a ".." component.
    static bool escapes(const QString &entryPath);
};
