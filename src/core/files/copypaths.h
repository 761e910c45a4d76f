// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * docker cp's rules for SRC and DEST, as the docker CLI and moby's archive package apply them
 * (cli/command/container/cp.go, go-archive/copy.go): which argument names a container, what a
 * trailing "/" or "/." asserts, and — from what the source is and whether the destination exists
 * as a folder — the folder the archive is extracted into and the name its top entry takes there.
 * Paths use '/' on both sides; these functions touch no file system.
 */
namespace CopyPaths {

/// One argument of cp: CONTAINER:PATH, or a local path (no ':', an absolute path, or "./a:b").
struct Argument
{
    QString container; ///< empty for a local path
    QString path;
};
Argument split(const QString &argument);

/// Go's path.Clean: no "//", "." or "x/.." left; "" becomes ".".
QString clean(const QString &path);
/// The last element ("/" for the root, "." for "").
QString base(const QString &path);
/// Everything but the last element, cleaned.
QString dir(const QString &path);
bool hasTrailingSeparator(const QString &path);
/// The last element is ".".
bool specifiesCurrentDir(const QString &path);
/// Ends with "/" or "/.": the path must be a folder.
bool assertsDirectory(const QString &path);
/// @p cleaned with the "/" or "/." that @p original ended with.
QString preserveTrailingDotOrSeparator(const QString &cleaned, const QString &original);
/// Folder and last element, keeping a final "." ("/a/b/." → "/a/b", ".").
QPair<QString, QString> splitDirEntry(const QString &path);
/// A link's target read from @p linkPath's folder ("../x" next to "/a/b/l" is "/a/x").
QString resolveLink(const QString &linkPath, const QString &target);
/// After following a link: @p resolved with @p path's trailing "/" or "/." and, when the last
/// element changed, the name the copy must still have (go-archive's GetRebaseName).
QPair<QString, QString> rebaseAfterLink(const QString &path, const QString &resolved);

/// What a source or destination is.
struct Info
{
    QString path;
    bool exists = false;
    bool isDir = false;
    QString rebaseName; ///< the name the source's top entry takes (after following a link)
};

/// Where the archive of a source goes, or why it cannot.
struct Plan
{
    enum Error {
        None,
        CannotCopyDir, ///< a folder onto an existing file
        DirNotExists, ///< a file onto "DEST/" that does not exist
    };
    Error error = None;
    QString dstDir; ///< the folder to extract into
    /// The archive's top entry is renamed from @c from to @c to (both empty: as it is).
    QString from;
    QString to;
};
/// go-archive's PrepareArchiveCopy.
Plan plan(const Info &source, const Info &destination);

/// @p name with its first element @p from replaced by @p to (go-archive's rebaser); names that
/// do not start with @p from stay.
QByteArray rebase(const QByteArray &name, const QByteArray &from, const QByteArray &to);

} // namespace CopyPaths
