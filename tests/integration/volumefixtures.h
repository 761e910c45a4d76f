// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// What the backup and restore tests share: volumes with tricky content, and ways to compare.
namespace VolumeFixtures {

/// berthctl on @p host.
TestSupport::ProcessResult berthctl(const QString &host, const QStringList &args);
/// Every entry under @p root with its mode, owner, size and link target, sorted.
QByteArray tree(const QString &root);
/// Every entry of a volume as tree() lists it, and every file's sha256 (read inside a container,
/// so it works for an engine whose volumes this process cannot read, like Podman's).
QByteArray volumeTree(const QString &host, const QString &volume);
/// A volume with what trips backups up: spaces and Cyrillic in names, a symlink, a hard link,
/// empty folders and files, modes 0600 and 4755, a file owned by uid 1234, and @p bigMegabytes
/// of random data in one file (hard-linked; the setuid file is not: see
/// Restore.TheEngineDropsSetuidOfHardLinkedFiles).
QString trickyVolume(const QString &host, int bigMegabytes = 4);
/// An empty volume with a unique name.
QString emptyVolume(const QString &host);
/// The volume's folder on this machine (Docker: …/volumes/NAME/_data).
QString mountpoint(const QString &host, const QString &volume);
bool volumeExists(const QString &host, const QString &volume);
/// Containers Berth made for backups that are still there.
QByteArray helpers(const QString &host);
/// Runs @p script in a throw-away container with @p volume at /v; its stdout.
QByteArray inVolume(const QString &host, const QString &volume, const QString &script);

} // namespace VolumeFixtures
