// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/tarextractor.h"

#include "files/copypaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarExtractor)
};

QString shown(const QByteArray &path)
{
    return QFile::decodeName(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray lastElement(const QByteArray &logical)
{
    return logical.mid(logical.lastIndexOf('/') + 1);
}

QByteArray parentOf(const QByteArray &logical)
{
    const qsizetype slash = logical.lastIndexOf('/');
    return slash < 0 ? QByteArray() : logical.left(slash);
}

timespec timeOf(qint64 seconds, qint64 nanoseconds)
{
    timespec t {};
    t.tv_sec = time_t(seconds);
    t.tv_nsec = long(nanoseconds);
    return t;
}
} // namespace

TarExtractor::TarExtractor(const QString &folder, const QByteArray &from, const QByteArray &to)
    : m_folder(folder)
    , m_from(from)
    , m_to(to)
{
    m_root = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_root < 0)
        m_error = Tr::tr("Cannot open the folder %1: %2").arg(folder, systemError(errno));
    // A step that fails stops the reader; the reason is in m_error.
    m_reader.onEntry = [this](const TarEntry &e) {
        if (!entry(e))
            m_reader.stop();
    };
    m_reader.onContent = [this](QByteArrayView bytes) {
        if (!data(bytes))
            m_reader.stop();
    };
    m_reader.onEntryEnd = [this](const TarEntry &) {
        if (!entryEnd())
            m_reader.stop();
    };
}

TarExtractor::~TarExtractor()
{
    if (!m_done)
        abort();
    if (m_root >= 0)
        ::close(m_root);
}

bool TarExtractor::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

bool TarExtractor::feed(QByteArrayView bytes)
{
    if (!m_error.isEmpty() || m_done)
        return false;
    m_reader.addData(bytes);
    if (!m_reader.error().isEmpty())
        return fail(Tr::tr("The archive is damaged: %1").arg(m_reader.error()));
    return m_error.isEmpty();
}

bool TarExtractor::normalise(const QByteArray &name, QByteArray *logical)
{
    if (name.startsWith('/'))
        return fail(Tr::tr("The archive names an absolute path (%1); nothing was copied.").arg(shown(name)));
    QList<QByteArray> parts;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..")
            return fail(Tr::tr("The archive names a path outside the folder (%1); nothing was copied.")
                            .arg(shown(name)));
        parts.append(part);
    }
    *logical = parts.join('/');
    return true;
}

QByteArray TarExtractor::tempName(const QByteArray &base)
{
    // Hidden, beside its place, and not a name anyone else picks.
    return "." + base.left(100) + ".berth-part-"
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray TarExtractor::nameOf(const QByteArray &logical) const
{
    const auto it = m_stagedIndex.constFind(logical);
    return it == m_stagedIndex.constEnd() ? lastElement(logical) : m_staged.at(*it).temp;
}

int TarExtractor::openDir(const QByteArray &logical, bool create, bool *inside)
{
    int fd = ::fcntl(m_root, F_DUPFD_CLOEXEC, 0);
    bool isNew = false;
    QByteArray at;
    for (const QByteArray &part : logical.split('/')) {
        if (part.isEmpty())
            continue;
        const QByteArray next = at.isEmpty() ? part : at + '/' + part;
        if (m_stagedIndex.contains(next))
            isNew = true;
        QByteArray name = nameOf(next);
        int child = ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child < 0 && errno == ENOENT && create) {
            // A folder the archive implies without naming it: 0755, as docker makes it.
            if (!isNew) {
                name = tempName(part);
                m_staged.append({next, name, true, false});
                m_stagedIndex.insert(next, int(m_staged.size() - 1));
                isNew = true;
            }
            if (::mkdirat(fd, name.constData(), 0700) != 0) {
                const int error = errno;
                ::close(fd);
                fail(Tr::tr("Cannot make the folder %1: %2").arg(shown(next), systemError(error)));
                return -1;
            }
            m_dirs.append({next, 0755, false, 0, 0});
            child = ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (child < 0) {
            const int error = errno;
            ::close(fd);
            if (error == ELOOP || error == ENOTDIR)
                fail(Tr::tr("%1 is a symbolic link or not a folder; nothing is written through it.")
                         .arg(shown(next)));
            else
                fail(Tr::tr("Cannot open the folder %1: %2").arg(shown(next), systemError(error)));
            return -1;
        }
        ::close(fd);
        fd = child;
        at = next;
    }
    if (inside)
        *inside = isNew;
    return fd;
}

bool TarExtractor::entry(const TarEntry &e)
{
    QByteArray logical;
    if (!normalise(CopyPaths::rebase(e.rawPath, m_from, m_to), &logical))
        return false;
    ++m_entries;
    m_current = e;
    if (logical.isEmpty()) // the folder itself, as docker leaves it
        return true;
    if (!QByteArrayView("0123456").contains(char(e.type)))
        return fail(Tr::tr("%1 is of a kind that cannot be copied (tar type '%2').")
                        .arg(shown(logical), QString(QLatin1Char(char(e.type)))));
    bool inside = false;
    const int parent = openDir(parentOf(logical), true, &inside);
    if (parent < 0)
        return false;
    const bool staged = m_stagedIndex.contains(logical);
    QByteArray name = nameOf(logical);
    struct stat st
    {
    };
    const bool exists = ::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    bool ok = true;
    if (exists) {
        const bool isDir = S_ISDIR(st.st_mode);
        if (isDir && char(e.type) != '5')
            ok = fail(Tr::tr("Cannot replace the folder %1 with a file.").arg(shown(logical)));
        else if (!isDir && char(e.type) == '5')
            ok = fail(Tr::tr("Cannot replace %1, which is not a folder, with a folder.").arg(shown(logical)));
        else if (isDir) // merged; its mode and time are set at the end
            m_dirs.append({logical, e.mode, true, e.modified, e.modifiedNanoseconds});
        else if (inside || staged) {
            // Written by this copy already (a name twice in the archive): the later one wins.
            if (::unlinkat(parent, name.constData(), 0) != 0)
                ok = fail(Tr::tr("Cannot replace %1: %2").arg(shown(logical), systemError(errno)));
            else
                ok = create(parent, name, e, logical);
        } else {
            name = tempName(lastElement(logical));
            m_staged.append({logical, name, false, true});
            m_stagedIndex.insert(logical, int(m_staged.size() - 1));
            ok = create(parent, name, e, logical);
        }
    } else {
        if (!inside) {
            name = tempName(lastElement(logical));
            m_staged.append({logical, name, char(e.type) == '5', false});
            m_stagedIndex.insert(logical, int(m_staged.size() - 1));
        }
        ok = create(parent, name, e, logical);
    }
    ::close(parent);
    return ok;
}

bool TarExtractor::create(int parent, const QByteArray &name, const TarEntry &e, const QByteArray &logical)
{
    const timespec times[2]
        = {timeOf(e.modified, e.modifiedNanoseconds), timeOf(e.modified, e.modifiedNanoseconds)};
    const auto failed = [&](int error) {
        return fail(Tr::tr("Cannot write %1: %2").arg(shown(logical), systemError(error)));
    };
    switch (char(e.type)) {
    case '5':
        // Writable until the end, whatever its mode: its files go in first.
        if (::mkdirat(parent, name.constData(), 0700) != 0)
            return failed(errno);
        m_dirs.append({logical, e.mode, true, e.modified, e.modifiedNanoseconds});
        return true;
    case '0':
        m_file
            = ::openat(parent, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (m_file < 0)
            return failed(errno);
        m_fileLogical = logical;
        return true;
    case '2':
        if (::symlinkat(e.rawLinkTarget.constData(), parent, name.constData()) != 0)
            return failed(errno);
        ::utimensat(parent, name.constData(), times, AT_SYMLINK_NOFOLLOW);
        return true;
    case '1': {
        QByteArray target;
        if (!normalise(CopyPaths::rebase(e.rawLinkTarget, m_from, m_to), &target))
            return false;
        if (target.isEmpty())
            return fail(Tr::tr("The hard link %1 names the folder itself.").arg(shown(logical)));
        const int targetParent = openDir(parentOf(target), false, nullptr);
        if (targetParent < 0)
            return false;
        const QByteArray targetName = nameOf(target);
        const bool linked = ::linkat(targetParent, targetName.constData(), parent, name.constData(), 0) == 0;
        const int error = errno;
        struct stat st
        {
        };
        const bool isLink = ::fstatat(targetParent, targetName.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
            && S_ISLNK(st.st_mode);
        ::close(targetParent);
        if (!linked)
            return fail(
                Tr::tr("Cannot link %1 to %2: %3").arg(shown(logical), shown(target), systemError(error)));
        if (!isLink) {
            ::fchmodat(parent, name.constData(), mode_t(e.mode), 0);
            ::utimensat(parent, name.constData(), times, 0);
        }
        return true;
    }
    default: { // '3', '4', '6'
        const mode_t kind = char(e.type) == '3' ? S_IFCHR : char(e.type) == '4' ? S_IFBLK : S_IFIFO;
        const dev_t device = char(e.type) == '6' ? 0 : makedev(unsigned(e.devMajor), unsigned(e.devMinor));
        if (::mknodat(parent, name.constData(), kind | 0600, device) != 0)
            return failed(errno);
        ::fchmodat(parent, name.constData(), mode_t(e.mode), 0);
        ::utimensat(parent, name.constData(), times, AT_SYMLINK_NOFOLLOW);
        return true;
    }
    }
}

bool TarExtractor::data(QByteArrayView bytes)
{
    if (m_file < 0) // content of an entry that is not written (the folder itself)
        return true;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_file, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(Tr::tr("Cannot write %1: %2").arg(shown(m_fileLogical), systemError(errno)));
        p += n;
        left -= n;
    }
    m_contentBytes += bytes.size();
    return true;
}

bool TarExtractor::entryEnd()
{
    if (m_file < 0)
        return true;
    const int fd = std::exchange(m_file, -1);
    for (const auto &[key, value] : std::as_const(m_current.xattrs)) {
        if (::fsetxattr(fd, key.constData(), value.constData(), size_t(value.size()), 0) != 0
            && errno != ENOTSUP && errno != EPERM) {
            const int error = errno;
            ::close(fd);
            return fail(Tr::tr("Cannot set %1 on %2: %3")
                            .arg(QString::fromUtf8(key), shown(m_fileLogical), systemError(error)));
        }
    }
    // After the content, and after any owner change: setuid bits are kept this way.
    const timespec times[2] = {timeOf(m_current.modified, m_current.modifiedNanoseconds),
        timeOf(m_current.modified, m_current.modifiedNanoseconds)};
    const bool ok = ::fchmod(fd, mode_t(m_current.mode)) == 0 && ::futimens(fd, times) == 0;
    const int error = errno;
    if (::close(fd) != 0 || !ok)
        return fail(Tr::tr("Cannot write %1: %2").arg(shown(m_fileLogical), systemError(ok ? errno : error)));
    return true;
}

bool TarExtractor::commit()
{
    if (m_done || !m_error.isEmpty())
        return false;
    if (!m_reader.finish())
        return fail(Tr::tr("The archive is damaged: %1").arg(m_reader.error()));
    if (m_file >= 0)
        return fail(Tr::tr("The archive ended in the middle of %1.").arg(shown(m_fileLogical)));
    for (qsizetype i = 0; i < m_staged.size(); ++i) {
        const Staged &s = m_staged.at(i);
        const int parent = openDir(parentOf(s.logical), false, nullptr);
        if (parent < 0)
            return false;
        const QByteArray base = lastElement(s.logical);
        int rc = ::renameat2(
            parent, s.temp.constData(), parent, base.constData(), s.replaces ? 0 : RENAME_NOREPLACE);
        if (rc != 0 && errno == EINVAL && !s.replaces) { // a file system without RENAME_NOREPLACE
            struct stat st
            {
            };
            if (::fstatat(parent, base.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
                errno = EEXIST;
            else
                rc = ::renameat(parent, s.temp.constData(), parent, base.constData());
        }
        const int error = errno;
        ::close(parent);
        if (rc != 0) {
            if (error == EEXIST)
                return fail(Tr::tr("%1 appeared while the copy was written; it was left as it is.")
                                .arg(shown(s.logical)));
            return fail(Tr::tr("Cannot put %1 in place: %2").arg(shown(s.logical), systemError(error)));
        }
        // In place now: no longer the extraction's to remove, and found by its own name.
        m_stagedIndex.remove(s.logical);
        m_staged[i].temp.clear();
    }
    m_staged.clear();
    m_done = true;
    // Folders last: their files are in, so neither a read-only mode nor a new file changes them.
    for (const DirMeta &d : std::as_const(m_dirs)) {
        const int fd = openDir(d.logical, false, nullptr);
        if (fd < 0)
            return false;
        ::fchmod(fd, mode_t(d.mode));
        if (d.setTime) {
            const timespec times[2] = {timeOf(d.mtime, d.nanoseconds), timeOf(d.mtime, d.nanoseconds)};
            ::futimens(fd, times);
        }
        ::close(fd);
    }
    return true;
}

void TarExtractor::abort()
{
    if (m_file >= 0)
        ::close(std::exchange(m_file, -1));
    if (m_root < 0)
        return;
    for (qsizetype i = m_staged.size() - 1; i >= 0; --i) {
        const Staged &s = m_staged.at(i);
        if (s.temp.isEmpty())
            continue;
        m_stagedIndex.remove(s.logical); // its parent is found by the names in place
        const int parent = openDir(parentOf(s.logical), false, nullptr);
        if (parent < 0)
            continue;
        removeTree(parent, s.temp);
        ::close(parent);
    }
    m_staged.clear();
    m_stagedIndex.clear();
    m_done = true;
}

void TarExtractor::removeTree(int parent, const QByteArray &name)
{
    const int fd = ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        ::unlinkat(parent, name.constData(), 0);
        return;
    }
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return;
    }
    QList<QByteArray> children;
    while (dirent *d = ::readdir(dir)) {
        const QByteArray child(d->d_name);
        if (child != "." && child != "..")
            children.append(child);
    }
    for (const QByteArray &child : std::as_const(children))
        removeTree(::dirfd(dir), child);
    ::closedir(dir);
    ::unlinkat(parent, name.constData(), AT_REMOVEDIR);
}
