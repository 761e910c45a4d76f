// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tardigest.h"

#include "archive/tarnumber.h"

#include <QCoreApplication>

namespace {
constexpr int Block = 512;
/// A PAX or GNU long-name record is a few hundred bytes; it is held in memory, so it is capped.
constexpr qint64 MaxExtension = 1 << 20;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarDigest)
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

QString normalised(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path == QLatin1String(".") ? QString() : path;
}
} // namespace

void TarDigest::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_stage = Stage::Done;
}

void TarDigest::addData(QByteArrayView data)
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
            else
                m_content.addData(QByteArrayView(p, take));
            p += take;
            left -= take;
            m_remaining -= take;
            if (m_remaining == 0)
                endEntry();
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

void TarDigest::header(const char *block)
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
            endEntry();
        return;
    }
    QString name = QString::fromUtf8(field(block, 100));
    if (QByteArray(block + 257, 5) == "ustar") {
        const QByteArray prefix = field(block + 345, 155);
        if (!prefix.isEmpty())
            name = QString::fromUtf8(prefix) + QLatin1Char('/') + name;
    }
    m_path = normalised(m_nextPath.isEmpty() ? name : std::exchange(m_nextPath, {}));
    m_link
        = m_nextLink.isEmpty() ? QString::fromUtf8(field(block + 157, 100)) : std::exchange(m_nextLink, {});
    const qint64 paxSize = std::exchange(m_nextSize, -1);
    m_size = paxSize >= 0 ? paxSize : size;
    m_type = type == 0 ? '0' : type;
    m_mode = int(qMax<qint64>(0, tarNumber(block + 100, 8)) & 0777);
    // Only regular files carry content in the stream.
    m_remaining = (m_type == '0' || m_type == '7') ? m_size : 0;
    m_stage = Stage::Content;
    if (m_remaining == 0)
        endEntry();
}

void TarDigest::endEntry()
{
    if (m_stage == Stage::Extension) {
        const qint64 size = m_extension.size();
        if (m_extensionType == 'L')
            m_nextPath = QString::fromUtf8(field(m_extension.constData(), int(size)));
        else if (m_extensionType == 'K')
            m_nextLink = QString::fromUtf8(field(m_extension.constData(), int(size)));
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
                    m_nextPath = QString::fromUtf8(value);
                else if (key == "linkpath")
                    m_nextLink = QString::fromUtf8(value);
                else if (key == "size") {
                    m_nextSize = decimal(value);
                    if (m_nextSize < 0)
                        return fail(Tr::tr("a PAX header's size is not a number"));
                }
                at += length;
            }
        }
        const qint64 padded = (size + Block - 1) / Block * Block;
        m_remaining = padded - size;
        m_stage = m_remaining > 0 ? Stage::Padding : Stage::Header;
        return;
    }
    QByteArray sha;
    qint64 size = 0;
    char type = m_type;
    if (m_type == '0' || m_type == '7') {
        type = '0';
        sha = m_content.hexResult();
        size = m_size;
        m_contentBytes += m_size;
        m_files.insert(m_path, {size, sha});
    } else if (m_type == '1') { // a hard link: the file it names
        const auto target = m_files.constFind(normalised(m_link));
        if (target == m_files.constEnd())
            return fail(Tr::tr("a hard link names %1, which comes nowhere before it").arg(m_link));
        type = '0';
        size = target->first;
        sha = target->second;
        m_files.insert(m_path, *target);
    }
    if (!m_path.isEmpty()) { // the volume's own folder is not compared
        m_lines << m_path + QLatin1Char('\t') + QLatin1Char(type) + QLatin1Char('\t')
                + QString::number(m_mode, 8) + QLatin1Char('\t') + QString::number(size) + QLatin1Char('\t')
                + QString::fromLatin1(sha) + QLatin1Char('\t') + (type == '2' ? m_link : QString());
    }
    const qint64 padded = (m_size + Block - 1) / Block * Block;
    m_remaining = (m_type == '0' || m_type == '7') ? padded - m_size : 0;
    m_stage = m_remaining > 0 ? Stage::Padding : Stage::Header;
}

QByteArray TarDigest::finish()
{
    if (!m_error.isEmpty())
        return {};
    if (m_stage != Stage::Done && !(m_stage == Stage::Header && m_block.isEmpty())) {
        fail(Tr::tr("the tar stream ends in the middle of an entry"));
        return {};
    }
    return digestOf(m_lines);
}

QByteArray TarDigest::digestOf(QStringList lines)
{
    lines.sort();
    return Sha256::hex(lines.join(QLatin1Char('\n')).toUtf8());
}
