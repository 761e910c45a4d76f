// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/hosttardevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostTarDevice)
};

constexpr int Block = 512;
constexpr qint64 ReadBlock = 256 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isAscii(const QByteArray &s)
{
    return std::all_of(
        s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 0; });
}

/// An octal field of @p size bytes ending in NUL; false when the number does not fit.
bool octal(char *field, int size, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8);
    if (digits.size() > size - 1)
        return false;
    std::memset(field, '0', size_t(size - 1 - digits.size()));
    std::memcpy(field + size - 1 - digits.size(), digits.constData(), size_t(digits.size()));
    field[size - 1] = 0;
    return true;
}

/// One PAX record: "LEN key=value\n", LEN counting itself.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype rest = 1 + key.size() + 1 + value.size() + 1;
    qsizetype length = rest + 1;
    while (QByteArray::number(length).size() + rest != length)
        length = QByteArray::number(length).size() + rest;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

QByteArray padded(QByteArray data)
{
    data.append(QByteArray((Block - data.size() % Block) % Block, '\0'));
    return data;
}

void checksum(char *block)
{
    std::memset(block + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < Block; ++i)
        sum += static_cast<unsigned char>(block[i]);
    octal(block + 148, 7, sum);
    block[155] = ' ';
}
} // namespace

HostTarDevice::HostTarDevice(const QString &path, const QByteArray &name, QObject *parent)
    : QIODevice(parent)
    , m_path(path)
    , m_name(name)
{
}

HostTarDevice::~HostTarDevice()
{
    if (m_file >= 0)
        ::close(m_file);
}

bool HostTarDevice::open(OpenMode mode)
{
    if (mode != ReadOnly)
        return false;
    m_entries.clear();
    if (!walk(QFile::encodeName(m_path), m_name))
        return false;
    // Several names of one file: the first carries the content, the others link to it.
    QHash<QPair<dev_t, ino_t>, QByteArray> seen;
    for (Entry &e : m_entries) {
        if (S_ISDIR(e.st.st_mode) || e.st.st_nlink < 2)
            continue;
        const QPair<dev_t, ino_t> key {e.st.st_dev, e.st.st_ino};
        const auto it = seen.constFind(key);
        if (it == seen.constEnd())
            seen.insert(key, e.name);
        else
            e.hardLinkTo = *it;
    }
    for (const Entry &e : std::as_const(m_entries)) {
        if (S_ISREG(e.st.st_mode) && e.hardLinkTo.isEmpty())
            m_contentTotal += e.st.st_size;
    }
    return QIODevice::open(mode);
}

bool HostTarDevice::walk(const QByteArray &hostPath, const QByteArray &name)
{
    Entry e {hostPath, name, {}, {}, {}, {}};
    if (::lstat(hostPath.constData(), &e.st) != 0) {
        setErrorString(Tr::tr("Cannot read %1: %2").arg(QFile::decodeName(hostPath), systemError(errno)));
        return false;
    }
    // The top of a build context: its contents only, each named from the top.
    const bool contentsOnly = name.isEmpty();
    if (!contentsOnly && m_filter) {
        QByteArray bare = name;
        while (bare.endsWith('/'))
            bare.chop(1);
        const Choice choice = m_filter(bare, S_ISDIR(e.st.st_mode));
        if (choice == Choice::LeaveOutTree)
            return true;
        if (choice == Choice::LeaveOut) {
            if (!S_ISDIR(e.st.st_mode))
                return true;
            // Its contents are walked still: an exception may bring some back.
            return walkChildren(hostPath, name);
        }
    }
    if (contentsOnly) {
        if (!S_ISDIR(e.st.st_mode)) {
            setErrorString(Tr::tr("%1 is not a folder.").arg(QFile::decodeName(hostPath)));
            return false;
        }
        return walkChildren(hostPath, name);
    }
    if (S_ISSOCK(e.st.st_mode)) {
        ++m_skipped;
        return true;
    }
    if (S_ISLNK(e.st.st_mode)) {
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(hostPath.constData(), target.data(), size_t(target.size()));
        if (n < 0) {
            setErrorString(Tr::tr("Cannot read %1: %2").arg(QFile::decodeName(hostPath), systemError(errno)));
            return false;
        }
        target.truncate(n);
        e.linkTarget = target;
    }
    if (S_ISREG(e.st.st_mode)) {
        const int fd = ::open(hostPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            setErrorString(Tr::tr("Cannot read %1: %2").arg(QFile::decodeName(hostPath), systemError(errno)));
            return false;
        }
        ::close(fd);
    }
    QByteArray capability(64, '\0');
    const ssize_t capabilitySize = ::lgetxattr(
        hostPath.constData(), "security.capability", capability.data(), size_t(capability.size()));
    if (capabilitySize >= 20) {
        capability.truncate(capabilitySize);
        // Revision 3 names a user namespace's root, meaningless elsewhere: revision 2, as docker.
        if (capability.at(3) == 3) {
            capability[3] = 2;
            capability.truncate(20);
        }
        e.capability = capability;
    }
    const bool isDir = S_ISDIR(e.st.st_mode);
    if (isDir && !e.name.endsWith('/'))
        e.name += '/';
    m_entries.append(e);
    if (!isDir)
        return true;
    return walkChildren(hostPath, name);
}

bool HostTarDevice::walkChildren(const QByteArray &hostPath, const QByteArray &name)
{
    DIR *dir = ::opendir(hostPath.constData());
    if (!dir) {
        setErrorString(Tr::tr("Cannot read %1: %2").arg(QFile::decodeName(hostPath), systemError(errno)));
        return false;
    }
    QList<QByteArray> children;
    while (dirent *d = ::readdir(dir)) {
        const QByteArray child(d->d_name);
        if (child != "." && child != "..")
            children.append(child);
    }
    ::closedir(dir);
    // As Go's WalkDir: in byte order.
    std::sort(children.begin(), children.end());
    QByteArray prefix = name;
    while (prefix.endsWith('/'))
        prefix.chop(1);
    for (const QByteArray &child : std::as_const(children)) {
        if (!walk(hostPath + '/' + child, prefix.isEmpty() ? child : prefix + '/' + child))
            return false;
    }
    return true;
}

QByteArray HostTarDevice::header(const Entry &e) const
{
    QByteArray pax;
    QByteArray block(Block, '\0');
    char *b = block.data();
    const mode_t type = e.st.st_mode & S_IFMT;
    char flag = '0';
    qint64 size = 0;
    QByteArray link;
    if (!e.hardLinkTo.isEmpty()) {
        flag = '1';
        link = e.hardLinkTo;
    } else if (type == S_IFREG) {
        size = e.st.st_size;
    } else if (type == S_IFDIR) {
        flag = '5';
    } else if (type == S_IFLNK) {
        flag = '2';
        link = e.linkTarget;
    } else if (type == S_IFCHR) {
        flag = '3';
    } else if (type == S_IFBLK) {
        flag = '4';
    } else if (type == S_IFIFO) {
        flag = '6';
    }
    if (e.name.size() <= 100 && isAscii(e.name))
        std::memcpy(b, e.name.constData(), size_t(e.name.size()));
    else
        pax += paxRecord("path", e.name);
    if (link.size() <= 100 && isAscii(link))
        std::memcpy(b + 157, link.constData(), size_t(link.size()));
    else
        pax += paxRecord("linkpath", link);
    if (!e.capability.isEmpty())
        pax += paxRecord("SCHILY.xattr.security.capability", e.capability);
    octal(b + 100, 8, e.st.st_mode & 07777);
    const uint uid = m_ownerSet ? m_uid : e.st.st_uid;
    const uint gid = m_ownerSet ? m_gid : e.st.st_gid;
    if (!octal(b + 108, 8, uid)) {
        octal(b + 108, 8, 0);
        pax += paxRecord("uid", QByteArray::number(qint64(uid)));
    }
    if (!octal(b + 116, 8, gid)) {
        octal(b + 116, 8, 0);
        pax += paxRecord("gid", QByteArray::number(qint64(gid)));
    }
    if (!octal(b + 124, 12, size)) {
        octal(b + 124, 12, 0);
        pax += paxRecord("size", QByteArray::number(size));
    }
    octal(b + 136, 12, qMax<qint64>(0, e.st.st_mtim.tv_sec));
    b[156] = flag;
    std::memcpy(b + 257,
        "ustar\0"
        "00",
        8);
    if (flag == '3' || flag == '4') {
        octal(b + 329, 8, major(e.st.st_rdev));
        octal(b + 337, 8, minor(e.st.st_rdev));
    }
    checksum(b);
    if (pax.isEmpty())
        return block;
    QByteArray extension(Block, '\0');
    char *x = extension.data();
    const QByteArray paxName = "PaxHeaders.0/" + e.name.right(80).toBase64().left(80);
    std::memcpy(x, paxName.constData(), size_t(qMin<qsizetype>(99, paxName.size())));
    octal(x + 100, 8, 0644);
    octal(x + 108, 8, 0);
    octal(x + 116, 8, 0);
    octal(x + 124, 12, pax.size());
    octal(x + 136, 12, 0);
    x[156] = 'x';
    std::memcpy(x + 257,
        "ustar\0"
        "00",
        8);
    checksum(x);
    return extension + padded(pax) + block;
}

void HostTarDevice::failWith(const QString &error)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = error;
    setErrorString(error);
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT failed(m_failure); }, Qt::QueuedConnection);
}

bool HostTarDevice::produce()
{
    if (!m_failure.isEmpty() || m_finished)
        return false;
    if (m_file >= 0) {
        if (m_fileLeft > 0) {
            QByteArray chunk(qMin(m_fileLeft, ReadBlock), Qt::Uninitialized);
            ssize_t n;
            do {
                n = ::read(m_file, chunk.data(), size_t(chunk.size()));
            } while (n < 0 && errno == EINTR);
            if (n <= 0) {
                const Entry &e = m_entries.at(m_next - 1);
                failWith(n < 0
                        ? Tr::tr("Cannot read %1: %2").arg(QFile::decodeName(e.hostPath), systemError(errno))
                        : Tr::tr("%1 became shorter while it was copied; nothing more was sent.")
                              .arg(QFile::decodeName(e.hostPath)));
                return false;
            }
            chunk.truncate(n);
            m_fileLeft -= n;
            m_contentDone += n;
            m_buffer += chunk;
            return true;
        }
        ::close(std::exchange(m_file, -1));
        m_buffer += QByteArray(m_filePadding, '\0');
        return true;
    }
    if (m_next >= m_entries.size()) {
        m_buffer += QByteArray(2 * Block, '\0');
        m_finished = true;
        return true;
    }
    const Entry &e = m_entries.at(m_next++);
    if (S_ISREG(e.st.st_mode) && e.hardLinkTo.isEmpty() && e.st.st_size > 0) {
        m_file = ::open(e.hostPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (m_file < 0) {
            failWith(Tr::tr("Cannot read %1: %2").arg(QFile::decodeName(e.hostPath), systemError(errno)));
            return false;
        }
        m_fileLeft = e.st.st_size;
        m_filePadding = (Block - e.st.st_size % Block) % Block;
    }
    m_buffer += header(e);
    return true;
}

qint64 HostTarDevice::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_bufferOffset >= m_buffer.size()) {
            m_buffer.clear();
            m_bufferOffset = 0;
            const bool wasFinished = m_finished;
            if (!produce()) {
                if (!m_failure.isEmpty())
                    return copied > 0 ? copied : -1;
                if (wasFinished && m_finished)
                    QMetaObject::invokeMethod(this, &QIODevice::readChannelFinished, Qt::QueuedConnection);
                break;
            }
            continue;
        }
        const qint64 take = qMin<qint64>(maxSize - copied, m_buffer.size() - m_bufferOffset);
        std::memcpy(data + copied, m_buffer.constData() + m_bufferOffset, size_t(take));
        m_bufferOffset += take;
        copied += take;
    }
    return copied;
}

bool HostTarDevice::atEnd() const
{
    return m_finished && m_bufferOffset >= m_buffer.size() && QIODevice::bytesAvailable() == 0;
}

qint64 HostTarDevice::bytesAvailable() const
{
    return (m_buffer.size() - m_bufferOffset) + QIODevice::bytesAvailable();
}
