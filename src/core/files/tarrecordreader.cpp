// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/tarrecordreader.h"

#include "archive/tarnumber.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
constexpr int Block = 512;
constexpr qint64 MaxExtension = 1 << 20;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarRecordReader)
};

QByteArray field(const char *p, int size)
{
    return QByteArray(p, int(qstrnlen(p, size)));
}

/// A PAX decimal number (digits only); -1 otherwise.
qint64 decimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19)
        return -1;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + quint64(c - '0');
    }
    return value > quint64(MaxTarNumber) ? -1 : qint64(value);
}

qint64 padded(qint64 size)
{
    return (size + Block - 1) / Block * Block;
}
} // namespace

bool TarRecordReader::fail(const QString &error)
{
    if (m_stage != Stage::Failed)
        m_error = error;
    m_stage = Stage::Failed;
    return false;
}

bool TarRecordReader::feed(QByteArrayView data)
{
    const char *p = data.data();
    qint64 left = data.size();
    while (left > 0) {
        switch (m_stage) {
        case Stage::Failed:
            return false;
        case Stage::Done:
            return true; // zero blocks and whatever padding follow the end
        case Stage::Header: {
            const qint64 take = qMin<qint64>(left, Block - m_block.size());
            m_block.append(p, take);
            p += take;
            left -= take;
            if (m_block.size() == Block && !header(std::exchange(m_block, {}).constData()))
                return false;
            break;
        }
        case Stage::Extension: {
            const qint64 take = qMin(left, m_remaining);
            m_extension.append(p, take);
            p += take;
            left -= take;
            m_remaining -= take;
            if (m_remaining == 0 && !extensionEnd())
                return false;
            break;
        }
        case Stage::Content: {
            const qint64 take = qMin(left, m_remaining);
            if (onData && !onData(QByteArrayView(p, take))) {
                m_stage = Stage::Failed;
                return false;
            }
            p += take;
            left -= take;
            m_remaining -= take;
            if (m_remaining == 0 && !contentEnd())
                return false;
            break;
        }
        case Stage::Padding: {
            const qint64 take = qMin(left, m_padding);
            p += take;
            left -= take;
            m_padding -= take;
            if (m_padding == 0)
                m_stage = Stage::Header;
            break;
        }
        }
    }
    return m_stage != Stage::Failed;
}

bool TarRecordReader::header(const char *block)
{
    if (std::all_of(block, block + Block, [](char c) { return c == 0; })) {
        m_stage = Stage::Done;
        return true;
    }
    unsigned checksum = 0;
    for (int i = 0; i < Block; ++i)
        checksum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(block[i]);
    if (qint64(checksum) != tarNumber(block + 148, 8))
        return fail(Tr::tr("a tar header's checksum is wrong"));
    const char type = block[156];
    const qint64 size = tarNumber(block + 124, 12);
    if (size < 0)
        return fail(Tr::tr("a tar header's size is not a number"));
    if (type == 'x' || type == 'L' || type == 'K' || type == 'g') {
        if (size > MaxExtension)
            return fail(Tr::tr("a tar extension header is larger than %1 bytes").arg(MaxExtension));
        m_extensionType = type;
        m_extension.clear();
        m_remaining = size;
        m_padding = padded(size) - size;
        m_stage = Stage::Extension;
        return size == 0 ? extensionEnd() : true;
    }
    TarRecord e;
    e.name = field(block, 100);
    if (QByteArray(block + 257, 5) == "ustar") {
        const QByteArray prefix = field(block + 345, 155);
        if (!prefix.isEmpty())
            e.name = prefix + '/' + e.name;
        e.devMajor = qMax<qint64>(0, tarNumber(block + 329, 8));
        e.devMinor = qMax<qint64>(0, tarNumber(block + 337, 8));
    }
    e.linkName = field(block + 157, 100);
    e.type = type == 0 ? '0' : type;
    if (e.type == '7')
        e.type = '0';
    e.mode = int(qMax<qint64>(0, tarNumber(block + 100, 8)) & 07777);
    e.uid = qMax<qint64>(0, tarNumber(block + 108, 8));
    e.gid = qMax<qint64>(0, tarNumber(block + 116, 8));
    e.mtime = qMax<qint64>(0, tarNumber(block + 136, 12));
    e.size = size;
    if (m_nextHasName)
        e.name = m_next.name;
    if (m_nextHasLink)
        e.linkName = m_next.linkName;
    if (m_nextHasSize)
        e.size = m_next.size;
    if (m_nextHasMtime) {
        e.mtime = m_next.mtime;
        e.mtimeNanoseconds = m_next.mtimeNanoseconds;
    }
    if (m_nextHasUid)
        e.uid = m_next.uid;
    if (m_nextHasGid)
        e.gid = m_next.gid;
    e.xattrs = m_next.xattrs;
    m_next = TarRecord();
    m_nextHasName = m_nextHasLink = m_nextHasSize = m_nextHasMtime = m_nextHasUid = m_nextHasGid = false;
    if (QByteArrayView("123456").contains(e.type))
        e.size = 0; // links, devices and folders carry no content
    m_entry = e;
    if (onEntry && !onEntry(m_entry)) {
        m_stage = Stage::Failed;
        return false;
    }
    // Only files (and unknown types, skipped) carry content.
    m_remaining = m_entry.size;
    m_padding = padded(m_remaining) - m_remaining;
    m_stage = Stage::Content;
    return m_remaining == 0 ? contentEnd() : true;
}

bool TarRecordReader::extensionEnd()
{
    const qint64 size = m_extension.size();
    if (m_extensionType == 'L') {
        m_next.name = field(m_extension.constData(), int(size));
        m_nextHasName = true;
    } else if (m_extensionType == 'K') {
        m_next.linkName = field(m_extension.constData(), int(size));
        m_nextHasLink = true;
    } else if (m_extensionType == 'x') {
        qsizetype at = 0;
        while (at < size) {
            const qsizetype space = m_extension.indexOf(' ', at);
            const qint64 length
                = space < 0 ? -1 : decimal(QByteArrayView(m_extension).sliced(at, space - at));
            if (length <= 0 || length > size - at || space + 1 >= at + length)
                return fail(Tr::tr("a PAX header is damaged"));
            const QByteArray record = m_extension.mid(space + 1, at + length - space - 2);
            const qsizetype eq = record.indexOf('=');
            const QByteArray key = record.left(eq);
            const QByteArray value = record.mid(eq + 1);
            if (key == "path") {
                m_next.name = value;
                m_nextHasName = true;
            } else if (key == "linkpath") {
                m_next.linkName = value;
                m_nextHasLink = true;
            } else if (key == "size") {
                m_next.size = decimal(value);
                if (m_next.size < 0)
                    return fail(Tr::tr("a PAX header's size is not a number"));
                m_nextHasSize = true;
            } else if (key == "uid" || key == "gid") {
                const qint64 id = decimal(value);
                if (id < 0)
                    return fail(Tr::tr("a PAX header's owner is not a number"));
                (key == "uid" ? m_next.uid : m_next.gid) = id;
                (key == "uid" ? m_nextHasUid : m_nextHasGid) = true;
            } else if (key == "mtime") {
                const qsizetype dot = value.indexOf('.');
                const qint64 seconds = decimal(value.left(dot));
                if (seconds >= 0) {
                    m_next.mtime = seconds;
                    const QByteArray fraction = dot < 0 ? QByteArray() : value.mid(dot + 1, 9);
                    m_next.mtimeNanoseconds
                        = fraction.isEmpty() ? 0 : qMax<qint64>(0, decimal(fraction.leftJustified(9, '0')));
                    m_nextHasMtime = true;
                }
            } else if (key.startsWith("SCHILY.xattr.")) {
                m_next.xattrs.append({key.mid(13), value});
            }
            at += length;
        }
    }
    m_stage = m_padding > 0 ? Stage::Padding : Stage::Header;
    return true;
}

bool TarRecordReader::contentEnd()
{
    if (onEntryEnd && !onEntryEnd()) {
        m_stage = Stage::Failed;
        return false;
    }
    m_stage = m_padding > 0 ? Stage::Padding : Stage::Header;
    return true;
}

bool TarRecordReader::finish()
{
    if (m_stage == Stage::Failed)
        return false;
    if (m_stage == Stage::Done || (m_stage == Stage::Header && m_block.isEmpty()))
        return true;
    return fail(Tr::tr("the tar stream ends in the middle of an entry"));
}
