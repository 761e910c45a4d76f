// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarreader.h"

#include "archive/tarnumber.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
constexpr int Block = 512;
/// A PAX or GNU long-name record is a few hundred bytes; it is held in memory, so it is capped.
constexpr qint64 MaxExtension = 1 << 20;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarReader)
};

/// A NUL-terminated field of at most @p size bytes.
QByteArray field(const char *p, int size)
{
    return QByteArray(p, int(qstrnlen(p, size)));
}

/// A PAX decimal number: digits only, at most MaxTarNumber; -1 otherwise.
qint64 decimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19)
        return -1;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + quint64(c - '0'); // 19 digits cannot overflow 64 bits
    }
    return value > quint64(MaxTarNumber) ? -1 : qint64(value);
}

bool isUtf8(QByteArrayView bytes)
{
    // Anything else comes back changed: an invalid byte as U+FFFD's three.
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}
} // namespace

QString normalisedTarPath(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path == QLatin1String(".") ? QString() : path;
}

QString TarEntry::name() const
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

bool TarEntry::nameIsUndecodable() const
{
    return !isUtf8(rawPath);
}

void TarReader::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_stage = Stage::Done;
}

void TarReader::addData(QByteArrayView data)
{
    const char *p = data.data();
    qint64 left = data.size();
    while (left > 0 && m_stage != Stage::Done) {
        switch (m_stage) {
        case Stage::Header: {
            const qint64 take = qMin<qint64>(left, Block - m_block.size());
            m_block.append(p, take);
            p += take;
            left -= take;
            if (m_block.size() == Block) {
                const QByteArray block = std::exchange(m_block, {});
                header(block.constData());
            }
            break;
        }
        case Stage::Extension:
        case Stage::Content: {
            const qint64 take = qMin(left, m_remaining);
            if (m_stage == Stage::Extension)
                m_extension.append(p, take);
            else if (onContent && !m_skipping)
                onContent(QByteArrayView(p, take));
            p += take;
            left -= take;
            m_remaining -= take;
            if (m_remaining == 0 && m_stage != Stage::Done)
                m_stage == Stage::Extension ? endExtension() : endEntry();
            break;
        }
        case Stage::Padding: {
            const qint64 take = qMin(left, m_remaining);
            p += take;
            left -= take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_stage = Stage::Header;
            break;
        }
        case Stage::Done:
            break;
        }
    }
}

void TarReader::header(const char *block)
{
    if (std::all_of(block, block + Block, [](char c) { return c == 0; })) {
        m_stage = Stage::Done; // the end; what follows is padding
        return;
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
        m_stage = Stage::Extension;
        if (size == 0)
            endExtension();
        return;
    }
    QByteArray name = field(block, 100);
    // POSIX ustar ("ustar\0") has a name prefix at 345; GNU ("ustar  \0") keeps times there.
    const bool ustar = QByteArrayView(block + 257, 5) == "ustar";
    if (QByteArrayView(block + 257, 6) == QByteArrayView("ustar\0", 6)) {
        const QByteArray prefix = field(block + 345, 155);
        if (!prefix.isEmpty())
            name = prefix + '/' + name;
    }
    TarEntry e;
    e.rawPath = m_nextPath.isEmpty() ? name : std::exchange(m_nextPath, {});
    e.path = normalisedTarPath(QString::fromUtf8(e.rawPath));
    e.rawLinkTarget = m_nextLink.isEmpty() ? field(block + 157, 100) : std::exchange(m_nextLink, {});
    e.linkTarget = QString::fromUtf8(e.rawLinkTarget);
    e.type = TarEntry::Type(type == 0 ? '0' : type == '7' ? '0' : type);
    const qint64 paxSize = std::exchange(m_nextSize, -1);
    // Regular files carry content in the stream; links, devices, folders and fifos none; a kind
    // not known may, and it is skipped so the stream stays in step.
    const bool known = QByteArrayView("0123456").contains(char(e.type));
    const qint64 content = known && e.type != TarEntry::Type::File ? 0 : paxSize >= 0 ? paxSize : size;
    e.size = e.type == TarEntry::Type::File ? content : 0;
    m_skipping = !known;
    e.mode = int(qMax<qint64>(0, tarNumber(block + 100, 8)) & 07777);
    const qint64 paxUid = std::exchange(m_nextUid, -1);
    const qint64 paxGid = std::exchange(m_nextGid, -1);
    e.uid = paxUid >= 0 ? paxUid : qMax<qint64>(0, tarNumber(block + 108, 8));
    e.gid = paxGid >= 0 ? paxGid : qMax<qint64>(0, tarNumber(block + 116, 8));
    const qint64 paxModified = std::exchange(m_nextModified, -1);
    e.modified = paxModified >= 0 ? paxModified : qMax<qint64>(0, tarNumber(block + 136, 12));
    e.modifiedNanoseconds = paxModified >= 0 ? std::exchange(m_nextNanoseconds, 0) : 0;
    m_nextNanoseconds = 0;
    if (ustar) {
        e.devMajor = qMax<qint64>(0, tarNumber(block + 329, 8));
        e.devMinor = qMax<qint64>(0, tarNumber(block + 337, 8));
    }
    e.xattrs = std::exchange(m_nextXattrs, {});
    e.userName = m_nextUserName.isEmpty() && ustar ? QString::fromUtf8(field(block + 265, 32))
                                                   : std::exchange(m_nextUserName, {});
    e.groupName = m_nextGroupName.isEmpty() && ustar ? QString::fromUtf8(field(block + 297, 32))
                                                     : std::exchange(m_nextGroupName, {});
    m_entry = std::move(e);
    m_remaining = m_contentSize = content;
    m_stage = Stage::Content;
    if (onEntry)
        onEntry(m_entry);
    if (m_stage == Stage::Done)
        return; // stopped
    if (m_remaining == 0)
        endEntry();
}

void TarReader::endExtension()
{
    const qint64 size = m_extension.size();
    if (m_extensionType == 'L')
        m_nextPath = field(m_extension.constData(), int(size));
    else if (m_extensionType == 'K')
        m_nextLink = field(m_extension.constData(), int(size));
    else if (m_extensionType == 'x') {
        // "LEN key=value\n" records.
        qsizetype at = 0;
        while (at < size) {
            const qsizetype space = m_extension.indexOf(' ', at);
            const qint64 length
                = space < 0 ? -1 : decimal(QByteArrayView(m_extension).sliced(at, space - at));
            // The length counts itself, the space and the newline: the record ends after them.
            if (length <= 0 || length > size - at || space + 1 >= at + length)
                return fail(Tr::tr("a PAX header is damaged"));
            const QByteArray record = m_extension.mid(space + 1, at + length - space - 2);
            const qsizetype eq = record.indexOf('=');
            const QByteArray key = record.left(eq);
            const QByteArray value = record.mid(eq + 1);
            if (key == "path")
                m_nextPath = value;
            else if (key == "linkpath")
                m_nextLink = value;
            else if (key == "size") {
                m_nextSize = decimal(value);
                if (m_nextSize < 0)
                    return fail(Tr::tr("a PAX header's size is not a number"));
            } else if (key == "mtime") {
                // Seconds with an optional fraction (to the nanosecond).
                const qsizetype dot = value.indexOf('.');
                m_nextModified = decimal(QByteArrayView(value).first(dot < 0 ? value.size() : dot));
                const QByteArray fraction = dot < 0 ? QByteArray() : value.mid(dot + 1, 9);
                m_nextNanoseconds
                    = fraction.isEmpty() ? 0 : qMax<qint64>(0, decimal(fraction.leftJustified(9, '0')));
            } else if (key == "uid" || key == "gid") {
                const qint64 id = decimal(value);
                if (id < 0)
                    return fail(Tr::tr("a PAX header's owner is not a number"));
                (key == "uid" ? m_nextUid : m_nextGid) = id;
            } else if (key.startsWith("SCHILY.xattr.")) {
                m_nextXattrs.append({key.mid(13), value});
            } else if (key == "uname")
                m_nextUserName = QString::fromUtf8(value);
            else if (key == "gname")
                m_nextGroupName = QString::fromUtf8(value);
            at += length;
        }
    }
    const qint64 padded = (size + Block - 1) / Block * Block;
    m_remaining = padded - size;
    m_stage = m_remaining > 0 ? Stage::Padding : Stage::Header;
}

void TarReader::endEntry()
{
    if (onEntryEnd)
        onEntryEnd(m_entry);
    if (m_stage == Stage::Done)
        return; // stopped
    m_remaining = m_contentSize % Block == 0 ? 0 : Block - m_contentSize % Block;
    m_stage = m_remaining > 0 ? Stage::Padding : Stage::Header;
}

bool TarReader::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_stopped) {
        fail(Tr::tr("the tar stream was not read to its end"));
        return false;
    }
    if (m_stage != Stage::Done && !(m_stage == Stage::Header && m_block.isEmpty())) {
        fail(Tr::tr("the tar stream ends in the middle of an entry"));
        return false;
    }
    return true;
}
