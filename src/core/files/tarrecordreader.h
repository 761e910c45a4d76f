// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

/// One entry of a tar stream, as its headers (ustar, PAX, GNU long names) describe it.
struct TarRecord
{
    QByteArray name; ///< as in the archive: bytes, any encoding
    QByteArray linkName; ///< a symbolic link's target, or the file a hard link names
    char type = '0'; ///< '0' file, '1' hard link, '2' symlink, '3' char, '4' block, '5' folder, '6' fifo
    int mode = 0; ///< permission bits with setuid, setgid and sticky
    qint64 uid = 0;
    qint64 gid = 0;
    qint64 size = 0; ///< content bytes (files only)
    qint64 mtime = 0; ///< seconds
    qint64 mtimeNanoseconds = 0;
    qint64 devMajor = 0;
    qint64 devMinor = 0;
    QList<QPair<QByteArray, QByteArray>> xattrs; ///< PAX SCHILY.xattr records
};

/**
 * A tar stream read as it arrives, fed bytes (no socket, no thread): each entry's header, then
 * its content in pieces, then its end. Bounded: only a header or a PAX record (capped) is held.
 * A callback returning false stops the reader (its own error is the caller's to keep).
 */
class TarRecordReader
{
public:
    std::function<bool(const TarRecord &)> onEntry;
    std::function<bool(QByteArrayView)> onData;
    std::function<bool()> onEntryEnd;

    /// False once the stream is damaged or a callback stopped it.
    bool feed(QByteArrayView data);
    /// After the last byte: whether the stream ended where a tar may end.
    bool finish();
    /// What was wrong with the stream (empty when a callback stopped it).
    QString error() const { return m_error; }
    bool ended() const { return m_stage == Stage::Done; }

private:
    enum class Stage { Header, Extension, Content, Padding, Done, Failed };
    bool header(const char *block);
    bool extensionEnd();
    bool contentEnd();
    bool fail(const QString &error);

    Stage m_stage = Stage::Header;
    QByteArray m_block;
    QByteArray m_extension;
    char m_extensionType = 0;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    TarRecord m_next; ///< overrides from PAX or GNU records for the next entry
    bool m_nextHasName = false;
    bool m_nextHasLink = false;
    bool m_nextHasSize = false;
    bool m_nextHasMtime = false;
    bool m_nextHasUid = false;
    bool m_nextHasGid = false;
    TarRecord m_entry;
    QString m_error;
};
