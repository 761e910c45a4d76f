// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * The NAME.sha256 file beside an archive, in the format `sha256sum -c` reads:
 * "<64 hex digits>  <file name>\n".
 */
namespace ChecksumFile {

/// Where the checksum of @p archivePath lives.
QString pathFor(const QString &archivePath);
/// The sha256 of a file, as 64 hex digits; empty with @p error set when it cannot be read.
QByteArray compute(const QString &path, QString *error);
/// Writes @p hexDigest for @p archivePath through a temporary name; returns an error or "".
QString write(const QString &archivePath, const QByteArray &hexDigest);
/// The digest recorded for @p archivePath; empty when there is no checksum file. A file that is
/// there but unreadable or not in sha256sum's format sets @p error.
QByteArray read(const QString &archivePath, QString *error);

} // namespace ChecksumFile
