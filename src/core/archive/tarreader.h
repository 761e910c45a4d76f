// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

/// One entry of a tar stream, as its headers (ustar, GNU long names, PAX) describe it.
struct TarEntry
{
    enum class Type : char {
        File = '0',
        HardLink = '1',
        SymLink = '2',
        CharDevice = '3',
        BlockDevice = '4',
        Directory = '5',
        Fifo = '6',
    };
    /// The name as the archive spells it: any bytes, perhaps not UTF-8.
    QByteArray rawPath;
    /// rawPath decoded, without leading "./" and a trailing "/"; "" for the archive's own "./".
    QString path;
    QString linkTarget; ///< a symbolic link's target, or the path a hard link names
    QByteArray rawLinkTarget; ///< linkTarget as the archive spells it
    /// One of Type's values, or another byte for a kind this reader does not know (its content
    /// is skipped, not given to onContent).
    Type type = Type::File;
    int mode = 0; ///< permission bits with setuid, setgid and sticky (07777)
    qint64 size = 0; ///< of a regular file's content; 0 for anything else
    qint64 uid = 0;
    qint64 gid = 0;
    QString userName;
    QString groupName;
    qint64 modified = 0; ///< seconds since 1970 (UTC)
    qint64 modifiedNanoseconds = 0; ///< from a PAX mtime's fraction
    qint64 devMajor = 0; ///< a device's numbers
    qint64 devMinor = 0;
    QList<QPair<QByteArray, QByteArray>> xattrs; ///< PAX SCHILY.xattr records: name, value

    bool isDirectory() const { return type == Type::Directory; }
    /// The last path component ("" for the archive's own folder).
    QString name() const;
    /// Whether rawPath was not valid UTF-8 (path then holds replacement characters).
    bool nameIsUndecodable() const;
};

/**
 * Reads a tar stream as it arrives, in pieces of any size: each entry's header as soon as it
 * is whole, and a regular file's content in the pieces it came in, never gathered. Everything
 * else (extension records, padding, the end blocks) it consumes itself. Holds at most one
 * header and one extension record (capped) in memory, so it lists a folder with one 5 GB file
 * as quickly as the bytes pass. Any damage (a wrong checksum, a number that is not one, a
 * stream that ends mid-entry) stops it with error() set.
 */
class TarReader
{
public:
    /// Called for every entry, before its content.
    std::function<void(const TarEntry &)> onEntry;
    /// Called with a regular file's content, in pieces; not called when empty.
    std::function<void(QByteArrayView)> onContent;
    /// Called after an entry's last content byte (or right after onEntry when it has none).
    std::function<void(const TarEntry &)> onEntryEnd;

    void addData(QByteArrayView data);
    /// Whether the end blocks were read: nothing after them is looked at.
    bool atEnd() const { return m_stage == Stage::Done && m_error.isEmpty() && !m_stopped; }
    /// After the last data: whether the stream was a whole tar; error() says why not. A reader
    /// stopped before the end blocks cannot tell, and says so.
    bool finish();
    QString error() const { return m_error; }
    /// Stops reading: what arrives later is ignored (a handler may call it).
    void stop()
    {
        if (m_stage != Stage::Done)
            m_stopped = true;
        m_stage = Stage::Done;
    }
    bool isStopped() const { return m_stopped; }

private:
    enum class Stage { Header, Extension, Content, Padding, Done };
    void header(const char *block);
    void endExtension();
    void endEntry();
    void fail(const QString &error);

    Stage m_stage = Stage::Header;
    bool m_stopped = false;
    QByteArray m_block; ///< a header being gathered (512 bytes)
    QByteArray m_extension; ///< a PAX or GNU long-name record being gathered
    char m_extensionType = 0;
    qint64 m_remaining = 0; ///< bytes left of the current stage
    // The next entry's overrides from PAX or GNU records.
    QByteArray m_nextPath;
    QByteArray m_nextLink;
    qint64 m_nextSize = -1;
    qint64 m_nextModified = -1;
    qint64 m_nextNanoseconds = 0;
    qint64 m_nextUid = -1;
    qint64 m_nextGid = -1;
    QList<QPair<QByteArray, QByteArray>> m_nextXattrs;
    qint64 m_contentSize = 0; ///< the current entry's content in the stream
    bool m_skipping = false; ///< the content is of a kind not known: not given to onContent
    QString m_nextUserName;
    QString m_nextGroupName;
    TarEntry m_entry; ///< the entry being read
    QString m_error;
};

/// A tar path without leading "./" and trailing "/"; "." becomes "".
QString normalisedTarPath(QString path);
