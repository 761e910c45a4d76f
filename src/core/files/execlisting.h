// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * A running container's folder listed by the container's own tools through exec, so no file's
 * content passes (the archive stream carries a 5 GB file whole before the entries after it).
 * Nothing is written in the container. Two ways, tried in this order until one works:
 *
 * - Find: GNU find's -printf, NUL-separated (Debian, Ubuntu, Fedora …).
 * - Stat: a POSIX sh script with stat -c and readlink (busybox, Alpine, and GNU coreutils
 *   without findutils): the names NUL-separated, then stat's lines, which name nothing, then
 *   each link's target.
 *
 * Their output is untrusted: bounded (entries, name length, output size) and parsed strictly;
 * anything it cannot read without guessing is refused, and the folder is read from the archive
 * stream instead.
 */
namespace ExecListing {

enum class Method {
    Unknown, ///< not tried yet in this container
    Find,
    Stat,
    Archive, ///< the container has neither (distroless): only the archive stream lists
};

/// The most output one listing may send (then the archive stream lists the folder).
constexpr qsizetype MaxOutput = 64 * 1024 * 1024;

/// The command that lists @p folder (absolute) with @p method (Find or Stat).
QStringList command(Method method, const QString &folder);
/// Reads @p output of command(@p method, …): entries with their bare names; false with @p error.
bool parse(Method method, const QByteArray &output, QList<TarEntry> *entries, QString *error);
/// The method's name for the log and the view ("find", "stat").
QString name(Method method);

} // namespace ExecListing
