// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/backuplisting.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupListing)
};

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

/// A name as bytes: the UTF-8 libarchive decoded when it could, else the bytes as stored (a
/// name that is not UTF-8, or one the C locale cannot convert).
QByteArray bytesOf(const char *utf8, const char *stored)
{
    return QByteArray(utf8 ? utf8 : stored);
}

QString textOf(const char *utf8, const char *stored)
{
    return QString::fromUtf8(utf8 ? utf8 : stored);
}

/// The length of the UTF-8 sequence at @p at, or 0 when it is not one (overlong forms,
/// surrogates and code points past U+10FFFF included).
int sequenceAt(const QByteArray &bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return uchar(bytes.at(i)); };
    const uchar c = byte(at);
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (at + length > bytes.size())
        return 0;
    if (byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF)
            return 0;
    }
    return length;
}

QString hexEscape(uchar c)
{
    return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray BackupListing::Entry::name() const
{
    return path.mid(path.lastIndexOf('/') + 1);
}

QByteArray BackupListing::normalized(const QByteArray &path, bool *escapes)
{
    if (escapes)
        *escapes = false;
    if (path.startsWith('/')) {
        if (escapes)
            *escapes = true;
        return path;
    }
    QByteArrayList parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (escapes)
                *escapes = true;
            return path;
        }
        parts.append(part);
    }
    return parts.join('/');
}

namespace {
/// BackupListing::read(), with the archive at each entry, so @p visit can read its content.
QString walk(const QString &archivePath,
    const std::function<bool(const BackupListing::Entry &, archive *)> &visit, const std::atomic_bool *cancel)
{
    using Entry = BackupListing::Entry;
    using Type = BackupListing::Type;
    const auto normalized = [](const QByteArray &path, bool *escapes = nullptr) {
        return BackupListing::normalized(path, escapes);
    };
    const auto displayName = [](const QByteArray &bytes) { return BackupListing::displayName(bytes); };
    const QFileInfo info(archivePath);
    if (!info.isFile()) {
        return info.exists() ? Tr::tr("%1 is not a file.").arg(archivePath)
                             : Tr::tr("%1 does not exist. Check the name and the folder.").arg(archivePath);
    }
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(archivePath).constData(), 1 << 16)
        != ARCHIVE_OK) {
        return Tr::tr("%1 cannot be read as an archive: %2")
            .arg(info.fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
    }
    // Regular files' sizes, for the hard links to them (a hard link holds no content of its own).
    QHash<QByteArray, qint64> sizes;
    archive_entry *entry = nullptr;
    bool any = false;
    for (;;) {
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        // A warning is a name that does not convert to this locale: the bytes are still there.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
            return Tr::tr("%1 is damaged or incomplete: %2")
                .arg(info.fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
        }
        if (cancel && cancel->load())
            return Tr::tr("Cancelled.");
        any = true;
        Entry e;
        const QByteArray stored = bytesOf(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry));
        e.path = normalized(stored, &e.refused);
        const char *hardLink = archive_entry_hardlink(entry);
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG:
            e.type = Type::File;
            break;
        case AE_IFDIR:
            e.type = Type::Directory;
            break;
        case AE_IFLNK:
            e.type = Type::Symlink;
            break;
        case AE_IFCHR:
            e.type = Type::CharDevice;
            break;
        case AE_IFBLK:
            e.type = Type::BlockDevice;
            break;
        case AE_IFIFO:
            e.type = Type::Fifo;
            break;
        case AE_IFSOCK:
            e.type = Type::Socket;
            break;
        default:
            e.type = Type::Other;
        }
        e.permissions = archive_entry_perm(entry) & 07777;
        e.uid = archive_entry_uid(entry);
        e.gid = archive_entry_gid(entry);
        e.user = textOf(archive_entry_uname_utf8(entry), archive_entry_uname(entry));
        e.group = textOf(archive_entry_gname_utf8(entry), archive_entry_gname(entry));
        e.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (archive_entry_mtime_is_set(entry)) {
            e.modified = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(entry), QTimeZone::utc())
                             .addMSecs(archive_entry_mtime_nsec(entry) / 1000000);
        }
        if (hardLink) {
            e.type = Type::HardLink;
            e.target = normalized(bytesOf(archive_entry_hardlink_utf8(entry), hardLink));
            e.size = sizes.value(e.target);
            sizes.insert(e.path, e.size);
        } else if (e.type == Type::Symlink) {
            e.target = bytesOf(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
        } else if (e.type == Type::File) {
            sizes.insert(e.path, e.size);
        }
        if (e.type == Type::CharDevice || e.type == Type::BlockDevice) {
            e.deviceMajor = quint32(archive_entry_rdevmajor(entry));
            e.deviceMinor = quint32(archive_entry_rdevminor(entry));
            e.size = 0;
        }
        if (!visit(e, a.get()))
            return {};
        if (archive_read_data_skip(a.get()) != ARCHIVE_OK) {
            return Tr::tr("%1 is damaged or incomplete (at \"%2\"): %3")
                .arg(info.fileName(), displayName(stored),
                    QString::fromLocal8Bit(archive_error_string(a.get())));
        }
    }
    if (!any)
        return Tr::tr("%1 holds nothing: it is not a volume backup.").arg(info.fileName());
    return {};
}
} // namespace

QString BackupListing::read(const QString &archivePath, const std::function<bool(const Entry &)> &visit,
    const std::atomic_bool *cancel)
{
    return walk(
        archivePath, [&](const Entry &e, archive *) { return visit(e); }, cancel);
}

BackupListing::Head BackupListing::head(
    const QString &archivePath, const QString &path, qint64 limit, const std::atomic_bool *cancel)
{
    Head result;
    QByteArray given = path.toUtf8();
    while (given.startsWith('/')) // the volume's top, as the user sees it
        given.remove(0, 1);
    bool escapes = false;
    const QByteArray wanted = normalized(given, &escapes);
    if (escapes || wanted.isEmpty()) {
        result.error = Tr::tr("%1 is not a file inside the backup.").arg(path);
        return result;
    }
    bool found = false;
    QByteArray linked; // a hard link's target: its content is that file's
    result.error = walk(
        archivePath,
        [&](const Entry &e, archive *a) {
            if (e.refused || e.path != wanted)
                return true;
            found = true;
            result.entry = e;
            if (e.type == Type::HardLink) {
                linked = e.target;
                return false;
            }
            if (e.type != Type::File)
                return false;
            char buffer[1 << 16];
            while (result.data.size() < limit) {
                const la_ssize_t n = archive_read_data(
                    a, buffer, size_t(qMin<qint64>(sizeof buffer, limit - result.data.size())));
                if (n < 0) {
                    result.error = Tr::tr("%1 is damaged or incomplete (at \"%2\"): %3")
                                       .arg(QFileInfo(archivePath).fileName(), displayName(e.path),
                                           QString::fromLocal8Bit(archive_error_string(a)));
                    break;
                }
                if (n == 0)
                    break;
                result.data.append(buffer, n);
            }
            return false;
        },
        cancel);
    if (!result.error.isEmpty())
        return result;
    if (!found) {
        result.error = Tr::tr("The backup holds no %1.").arg(displayName(wanted));
        return result;
    }
    if (!linked.isEmpty()) {
        // The file it links to comes before it in the archive; a link to a link is refused
        // there, as tar would not write one.
        const Entry link = result.entry;
        Head target = head(archivePath, QString::fromUtf8(linked), limit, cancel);
        if (target.entry.type == Type::HardLink)
            target.error = Tr::tr("%1 is a link to a link in the backup.").arg(displayName(wanted));
        target.entry = link;
        return target;
    }
    return result;
}

BackupListing::Folder BackupListing::list(
    const QString &archivePath, const QString &folder, const std::atomic_bool *cancel)
{
    Folder result;
    QByteArray given = folder.toUtf8();
    while (given.startsWith('/')) // the volume's top, as the user sees it
        given.remove(0, 1);
    bool escapes = false;
    const QByteArray wanted = normalized(given, &escapes);
    if (escapes) {
        result.error = Tr::tr("\"%1\" leads outside the volume: a backup holds nothing there.").arg(folder);
        return result;
    }
    const QByteArray prefix = wanted.isEmpty() ? QByteArray() : wanted + '/';
    QHash<QByteArray, Entry> children;
    QSet<QByteArray> impliedFolders;
    bool found = wanted.isEmpty();
    Entry self;
    result.error = read(
        archivePath,
        [&](const Entry &e) {
            if (e.refused) {
                if (wanted.isEmpty())
                    children.insert(e.path, e);
                return true;
            }
            if (e.path.isEmpty()) // the top itself
                return true;
            if (e.path == wanted) {
                found = true;
                self = e;
                return true;
            }
            if (!e.path.startsWith(prefix))
                return true;
            found = true;
            const QByteArray rest = e.path.mid(prefix.size());
            const qsizetype slash = rest.indexOf('/');
            if (slash < 0)
                children.insert(rest, e); // a later entry of the same name is what extraction keeps
            else
                impliedFolders.insert(rest.left(slash));
            return true;
        },
        cancel);
    if (!result.error.isEmpty())
        return result;
    if (!found) {
        result.error = Tr::tr("The backup %1 holds no \"%2\".")
                           .arg(QFileInfo(archivePath).fileName(), displayName(wanted));
        return result;
    }
    for (const QByteArray &name : std::as_const(impliedFolders)) {
        if (children.contains(name))
            continue;
        Entry e;
        e.path = prefix + name;
        e.type = Type::Directory;
        e.implied = true;
        e.known = false;
        children.insert(name, e);
    }
    if (children.isEmpty() && !wanted.isEmpty() && self.type != Type::Directory) {
        result.isFile = true;
        result.entries = {self};
        return result;
    }
    result.entries = children.values();
    std::sort(result.entries.begin(), result.entries.end(), [](const Entry &a, const Entry &b) {
        return (a.refused ? a.path : a.name()) < (b.refused ? b.path : b.name());
    });
    return result;
}

QString BackupListing::modeString(const Entry &entry)
{
    QString s;
    switch (entry.type) {
    case Type::File:
        s = QStringLiteral("-");
        break;
    case Type::Directory:
        s = QStringLiteral("d");
        break;
    case Type::Symlink:
        s = QStringLiteral("l");
        break;
    case Type::HardLink:
        s = QStringLiteral("h");
        break;
    case Type::CharDevice:
        s = QStringLiteral("c");
        break;
    case Type::BlockDevice:
        s = QStringLiteral("b");
        break;
    case Type::Fifo:
        s = QStringLiteral("p");
        break;
    case Type::Socket:
        s = QStringLiteral("s");
        break;
    case Type::Other:
        s = QStringLiteral("?");
        break;
    }
    if (!entry.known)
        return s + QStringLiteral("?????????");
    const quint32 m = entry.permissions;
    const auto triple = [&](int shift, quint32 special, QChar set, QChar setWithoutX) {
        s += (m >> shift) & 4 ? QLatin1Char('r') : QLatin1Char('-');
        s += (m >> shift) & 2 ? QLatin1Char('w') : QLatin1Char('-');
        const bool x = (m >> shift) & 1;
        if (m & special)
            s += x ? set : setWithoutX;
        else
            s += x ? QLatin1Char('x') : QLatin1Char('-');
    };
    triple(6, 04000, QLatin1Char('s'), QLatin1Char('S'));
    triple(3, 02000, QLatin1Char('s'), QLatin1Char('S'));
    triple(0, 01000, QLatin1Char('t'), QLatin1Char('T'));
    return s;
}

QString BackupListing::displayName(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar c = uchar(bytes.at(i));
        const int length = sequenceAt(bytes, i);
        if (length == 1) {
            if (c == '\\')
                out += QStringLiteral("\\\\");
            else if (c == '\n')
                out += QStringLiteral("\\n");
            else if (c == '\t')
                out += QStringLiteral("\\t");
            else if (c == '\r')
                out += QStringLiteral("\\r");
            else if (c < 0x20 || c == 0x7f)
                out += hexEscape(c);
            else
                out += QLatin1Char(char(c));
            ++i;
        } else if (length == 2 && c == 0xC2 && uchar(bytes.at(i + 1)) < 0xA0) {
            // C1 controls (U+0080–U+009F): a terminal obeys some of them.
            out += hexEscape(c) + hexEscape(uchar(bytes.at(i + 1)));
            i += 2;
        } else if (length > 1) {
            out += QString::fromUtf8(bytes.constData() + i, length);
            i += length;
        } else {
            out += hexEscape(c);
            ++i;
        }
    }
    return out;
}

bool BackupListing::isUtf8(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceAt(bytes, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QString BackupListing::typeName(Type type)
{
    switch (type) {
    case Type::File:
        return QStringLiteral("file");
    case Type::Directory:
        return QStringLiteral("directory");
    case Type::Symlink:
        return QStringLiteral("symlink");
    case Type::HardLink:
        return QStringLiteral("hardlink");
    case Type::CharDevice:
        return QStringLiteral("char-device");
    case Type::BlockDevice:
        return QStringLiteral("block-device");
    case Type::Fifo:
        return QStringLiteral("fifo");
    case Type::Socket:
        return QStringLiteral("socket");
    case Type::Other:
        break;
    }
    return QStringLiteral("other");
}
