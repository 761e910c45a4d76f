// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"
#include "engine/engineerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class EngineClient;
class QObject;

/**
 * What the engine's archive API cannot do to a volume, done by Berth's own small program
 * (src/core/volumetool, built static and carried inside Berth): an image of that one file, made
 * on the engine from a tar when first needed, run in a helper container that mounts the volume
 * at /vol, without network, and removed when it ends. Used to take back the files a failed merge
 * added, in place, also when a stopped container holds the volume (which then cannot be made
 * again). Only on engines of the architecture Berth was built for.
 */
namespace VolumeTool {

/// The static program (generated into the build from berth-volume-tool.cpp).
QByteArray binary();
/// This build's architecture as engines name it (amd64, arm64 …).
QString architecture();
/// The tool image's name: berth-helper:tool-<its digest>, so a new tool gets a new image.
QString imageName();
/// Whether @p client's engine can run the tool; @p why says otherwise.
bool runsOn(const EngineClient *client, QString *why = nullptr);

/// Removes @p paths (relative to the volume's root; children before their folders; a folder only
/// when empty; never through a link) from @p volume. @p done gets the first error, with what the
/// tool said.
void removePaths(EngineClient *client, QObject *context, const QString &volume, const QStringList &paths,
    const std::function<void(const EngineError &)> &done);

/// What @p volume holds, one line per entry as TarDigest makes them from a tar of it (path, type,
/// permission bits, size, content sha256, link target), read by the tool where the volume is:
/// a volume copied to another machine is compared without its files coming back over the network.
void listEntries(EngineClient *client, QObject *context, const QString &volume,
    const std::function<void(const EngineError &, const QStringList &lines)> &done);

/// The most entries one folder's list may name, and the longest name or link target (bytes).
constexpr qsizetype MaxListedEntries = 1000000;
constexpr qsizetype MaxNameBytes = 4096;

/// The entries of one folder of @p volume (@p folder: "/" or "/a/b", below the volume's root),
/// read by the tool from lstat alone (no content read: a folder with a 5 GB file lists at once),
/// the volume mounted read-only. Their paths are the bare names. A folder that is not there (or
/// not a folder) fails with NotFound.
void listFolder(EngineClient *client, QObject *context, const QString &volume, const QString &folder,
    const std::function<void(const EngineError &, const QList<TarEntry> &entries)> &done);

/// Reads the tool's list of one folder (untrusted: bounded and checked); false with @p error.
bool parseFolderListing(const QByteArray &output, QList<TarEntry> *entries, QString *error);

} // namespace VolumeTool
