// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

/**
 * What a volume backup holds, read from the file with no engine: each entry's header (type,
 * mode, owner, size, time, link target), the contents skipped, never read into memory. Reads
 * what ArchiveCheck reads (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .tar.zst). Paths are bytes, as
 * the archive spells them, less "./" and a trailing "/": a name need not be UTF-8, and may hold
 * a newline; displayName() is what to show.
 */
class BackupListing
{
public:
    enum class Type { File, Directory, Symlink, HardLink, CharDevice, BlockDevice, Fifo, Socket, Other };

    struct Entry
    {
        QByteArray path; ///< inside the volume ("a/b"); a refused entry's as the archive has it
        Type type = Type::Other;
        quint32 permissions = 0; ///< the mode's low 12 bits: setuid, setgid, sticky, rwx
        qint64 uid = 0;
        qint64 gid = 0;
        QString user; ///< the owner's name, when the archive has one
        QString group;
        qint64 size = 0; ///< content bytes; a hard link's are its target's
        QDateTime modified; ///< UTC
        QByteArray target; ///< a symbolic link's target as written, or a hard link's path
        quint32 deviceMajor = 0;
        quint32 deviceMinor = 0;
        bool refused = false; ///< absolute or with "..": a restore refuses the archive
        bool implied = false; ///< a folder the archive does not list, only entries under it
        bool known = true; ///< false for an implied folder: mode, owner and time unknown

        /// The last component of path.
        QByteArray name() const;
    };

    /// Reads @p archive's entries in order, each given to @p visit (false stops early, with no
    /// error). Returns what went wrong, or an empty string; @p cancel stops it with an error.
    static QString read(const QString &archive, const std::function<bool(const Entry &)> &visit,
        const std::atomic_bool *cancel = nullptr);

    struct Head
    {
        QString error; ///< empty when read
        Entry entry; ///< what the path is in the archive
        QByteArray data; ///< a file's (or a hard link's target's) first bytes, at most the limit
    };
    /// The entry @p path (as the user names it) and, for a file or a hard link to one, the first
    /// @p limit bytes of its content: what a preview shows, read from the file with no engine.
    /// Only those bytes are held; the rest of the archive up to the entry is skipped.
    static Head head(
        const QString &archive, const QString &path, qint64 limit, const std::atomic_bool *cancel = nullptr);

    struct Folder
    {
        QString error; ///< empty when listed
        bool isFile = false; ///< @p folder names a file: entries holds that one entry
        QList<Entry> entries; ///< one level, sorted by name
    };
    /// The entries directly in @p folder (as the user names it: "", "/", "./a", "a/"), sorted by
    /// name; the top level also lists the refused entries, by their names in the archive. A
    /// folder the archive does not hold is an error that names it.
    static Folder list(
        const QString &archive, const QString &folder, const std::atomic_bool *cancel = nullptr);

    /// @p path as an archive or a user writes it, inside the volume: without "./" and "."
    /// components, repeated or trailing slashes, and a leading "/" (@p escapes set when it is
    /// absolute or has a ".." component, then @p path comes back as it was). "" is the top.
    static QByteArray normalized(const QByteArray &path, bool *escapes = nullptr);
    /// `ls -l`'s first column: type and permissions ("drwxr-xr-x", "-rwsr-xr-x", "h" for a hard
    /// link); "?" for what an implied folder does not say.
    static QString modeString(const Entry &entry);
    /// @p bytes as text that is safe to print: UTF-8 kept, "\\" doubled, control characters
    /// as \n, \t, \r or \xNN, and every byte that is not UTF-8 as \xNN.
    static QString displayName(const QByteArray &bytes);
    /// Whether @p bytes is valid UTF-8.
    static bool isUtf8(const QByteArray &bytes);
    /// "file", "directory", "symlink", "hardlink", "char-device", "block-device", "fifo",
    /// "socket", "other": the type as scripts read it (--format json).
    static QString typeName(Type type);
};
