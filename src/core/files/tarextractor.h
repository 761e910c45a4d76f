// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/**
 * A tar stream from an engine written into a folder of this machine as docker cp writes it
 * (go-archive's Untar with NoLchown and NoOverwriteDirNonDir): files, folders, symbolic and
 * hard links, devices and fifos with their modes and times; owners are not set (the files
 * belong to whoever copies), an existing folder is merged, an existing file replaced, a folder
 * never replaced by a file or the other way round.
 *
 * Safely: absolute names and ".." are refused; every path is opened one element at a time
 * without following a symbolic link, so nothing is written outside the folder, whatever links
 * the archive or the folder holds. Whatever would be new in the folder — a file, a link, a
 * folder with everything under it — is written under a temporary name beside its place and
 * renamed there by commit() once the whole stream has arrived; a replaced file is swapped in the
 * same way. Until then the folder looks as before, and abort() (or the destructor) removes what
 * was written. Fed bytes as they arrive; memory stays at one header and one block.
 */
class TarExtractor
{
public:
    /// Into the existing folder @p folder; the entries' first element @p from becomes @p to
    /// (docker cp's rename of the top entry; both empty: as they are).
    TarExtractor(const QString &folder, const QByteArray &from = {}, const QByteArray &to = {});
    ~TarExtractor();
    TarExtractor(const TarExtractor &) = delete;
    TarExtractor &operator=(const TarExtractor &) = delete;

    /// False once something went wrong (error()); nothing is committed then.
    bool feed(QByteArrayView data);
    /// After the stream's last byte: checks that it ended whole, then renames everything into
    /// place and sets the folders' modes and times. False with error() otherwise.
    bool commit();
    /// Removes everything written so far (nothing in place was changed yet).
    void abort();
    QString error() const { return m_error; }
    qint64 contentBytes() const { return m_contentBytes; }
    int entries() const { return m_entries; }

private:
    struct Staged
    {
        QByteArray logical; ///< where it goes, relative to the folder
        QByteArray temp; ///< its name beside that place until commit()
        bool isDir = false;
        bool replaces = false; ///< a file that is there and is swapped
    };
    struct DirMeta
    {
        QByteArray logical;
        int mode = 0755;
        bool setTime = false;
        qint64 mtime = 0;
        qint64 nanoseconds = 0;
    };

    bool entry(const TarEntry &e);
    bool data(QByteArrayView bytes);
    bool entryEnd();
    bool fail(const QString &error);
    /// The entry's name as a path under the folder: elements without "." ("" is the folder
    /// itself); false for an absolute name or "..".
    bool normalise(const QByteArray &name, QByteArray *logical);
    /// Opens the folder at @p logical (following staged names), making missing folders when
    /// @p create; -1 with error() when an element is a link or not a folder. @p inside: the
    /// folder is new (written by this extraction).
    int openDir(const QByteArray &logical, bool create, bool *inside);
    QByteArray tempName(const QByteArray &base);
    QByteArray nameOf(const QByteArray &logical) const;
    bool create(int parent, const QByteArray &name, const TarEntry &e, const QByteArray &logical);
    static void removeTree(int parent, const QByteArray &name);

    QString m_folder;
    QByteArray m_from;
    QByteArray m_to;
    int m_root = -1;
    TarReader m_reader;
    QList<Staged> m_staged;
    QHash<QByteArray, int> m_stagedIndex;
    QList<DirMeta> m_dirs;
    TarEntry m_current;
    int m_file = -1; ///< the file being written
    QByteArray m_fileLogical;
    qint64 m_contentBytes = 0;
    int m_entries = 0;
    bool m_done = false;
    QString m_error;
};
