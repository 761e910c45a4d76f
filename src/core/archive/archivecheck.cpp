// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecheck.h"

#include "checksumfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include <sys/stat.h>
#include <zlib.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)
};

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

/**
 * A .gz read as strictly as the engine reads it: every byte of the file must belong to a valid
 * gzip member (pigz and Berth write several), with its CRC. libarchive alone stops quietly at a
 * member whose header is damaged and reports what it read so far as the whole archive.
 */
class StrictGzip
{
public:
    StrictGzip(const QString &path, const std::atomic_bool *cancel)
        : m_file(path)
        , m_cancel(cancel)
    {
        m_in.resize(1 << 16);
        m_out.resize(1 << 18);
    }
    ~StrictGzip()
    {
        if (m_inflating)
            inflateEnd(&m_zs);
    }

    bool open()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        m_inflating = inflateInit2(&m_zs, 15 + 16) == Z_OK;
        return m_inflating;
    }
    QString error() const { return m_error; }

    /// The next decompressed bytes: their count, 0 at the end, -1 on an error.
    la_ssize_t next(const void **buffer)
    {
        for (;;) {
            if (m_cancel && m_cancel->load()) {
                m_error = Tr::tr("Cancelled.");
                return -1;
            }
            if (m_zs.avail_in == 0 && !m_fileEnded) {
                const qint64 n = m_file.read(m_in.data(), m_in.size());
                if (n < 0) {
                    m_error = m_file.errorString();
                    return -1;
                }
                m_fileEnded = n == 0;
                m_zs.next_in = reinterpret_cast<Bytef *>(m_in.data());
                m_zs.avail_in = uInt(n);
            }
            if (m_memberEnded) {
                if (m_zs.avail_in == 0 && m_fileEnded)
                    return 0;
                // More bytes: they must be the next member.
                inflateReset(&m_zs);
                m_memberEnded = false;
            }
            if (m_zs.avail_in == 0 && m_fileEnded) {
                m_error = Tr::tr("the compressed data ends early (the file is cut off)");
                return -1;
            }
            m_zs.next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_zs.avail_out = uInt(m_out.size());
            const int rc = inflate(&m_zs, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_memberEnded = true;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = Tr::tr("the compressed data is damaged (%1)")
                              .arg(QString::fromLatin1(m_zs.msg ? m_zs.msg : "zlib"));
                return -1;
            }
            const la_ssize_t produced = la_ssize_t(m_out.size()) - la_ssize_t(m_zs.avail_out);
            if (produced > 0) {
                *buffer = m_out.constData();
                return produced;
            }
        }
    }
    /// Reads what the tar reader left (its end padding): true when all of it is valid.
    bool drain()
    {
        const void *buffer = nullptr;
        la_ssize_t n = 0;
        while ((n = next(&buffer)) > 0) { }
        return n == 0;
    }

    static la_ssize_t read(archive *a, void *self, const void **buffer)
    {
        auto *gz = static_cast<StrictGzip *>(self);
        const la_ssize_t n = gz->next(buffer);
        if (n < 0)
            archive_set_error(a, EIO, "%s", gz->m_error.toLocal8Bit().constData());
        return n;
    }

private:
    QFile m_file;
    const std::atomic_bool *m_cancel;
    z_stream m_zs {};
    bool m_inflating = false;
    bool m_memberEnded = false;
    bool m_fileEnded = false;
    QByteArray m_in;
    QByteArray m_out;
    QString m_error;
};

bool isGzip(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(2) == QByteArray("\x1f\x8b", 2);
}

} // namespace

bool ArchiveCheck::escapes(const QString &entryPath)
{
    if (entryPath.startsWith(QLatin1Char('/')))
        return true;
    const QStringList parts = entryPath.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

ArchiveCheck::Result ArchiveCheck::check(const QString &path, const std::atomic_bool *cancel)
{
    Result r;
    const QFileInfo info(path);
    if (!info.isFile()) {
        r.error = info.exists() ? Tr::tr("%1 is not a file.").arg(path)
                                : Tr::tr("%1 does not exist. Check the name and the folder.").arg(path);
        return r;
    }
    QString error;
    const QByteArray recorded = ChecksumFile::read(path, &error);
    if (!error.isEmpty()) {
        r.error = error;
        return r;
    }
    if (!recorded.isEmpty()) {
        const QByteArray actual = ChecksumFile::compute(path, &error);
        if (!error.isEmpty()) {
            r.error = error;
            return r;
        }
        if (actual != recorded) {
            r.error = Tr::tr("%1 does not match its checksum (%2): the file was changed or damaged since the "
                             "backup. Do not restore from it; use another copy.")
                          .arg(info.fileName(), QFileInfo(ChecksumFile::pathFor(path)).fileName());
            return r;
        }
        r.checksumVerified = true;
    }

    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    std::unique_ptr<StrictGzip> gzip;
    if (isGzip(path)) {
        gzip = std::make_unique<StrictGzip>(path, cancel);
        if (!gzip->open()) {
            r.error = Tr::tr("Cannot read %1.").arg(path);
            return r;
        }
    }
    const int opened = gzip
        ? archive_read_open(a.get(), gzip.get(), nullptr, &StrictGzip::read, nullptr)
        : archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16);
    if (opened != ARCHIVE_OK) {
        r.error = Tr::tr("%1 cannot be read as an archive: %2")
                      .arg(info.fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
        return r;
    }
    QSet<QString> top;
    QSet<QString> setIdFiles;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    bool any = false;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (cancel && cancel->load()) {
            r.error = Tr::tr("Cancelled.");
            return r;
        }
        any = true;
        const QString name
            = QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                   : archive_entry_pathname(entry));
        if (escapes(name)) {
            r.error = Tr::tr("%1 holds \"%2\", a path outside the volume: it is refused, and nothing was "
                             "changed.")
                          .arg(info.fileName(), name);
            return r;
        }
        QString inside = name;
        while (inside.startsWith(QLatin1String("./")))
            inside.remove(0, 2);
        const QString first = inside.section(QLatin1Char('/'), 0, 0);
        if (!first.isEmpty() && first != QLatin1String("."))
            top.insert(first);
        const mode_t type = archive_entry_filetype(entry);
        const mode_t special = archive_entry_perm(entry) & (S_ISUID | S_ISGID);
        if (const char *target = archive_entry_hardlink(entry)) {
            ++r.links;
            const QString t = QString::fromUtf8(target);
            if (setIdFiles.contains(t) && !r.hardLinkedSetId.contains(t))
                r.hardLinkedSetId.append(t);
        } else if (type == AE_IFLNK) {
            ++r.links;
        } else if (type == AE_IFDIR) {
            if (!first.isEmpty() && first != QLatin1String("."))
                ++r.directories;
        } else {
            ++r.files;
            r.bytes += archive_entry_size(entry);
            if (special && type == AE_IFREG)
                setIdFiles.insert(name);
        }
        // Reading the data (not skipping it) finds a damaged or cut compressed stream.
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int data = ARCHIVE_OK;
        while ((data = archive_read_data_block(a.get(), &block, &size, &offset)) == ARCHIVE_OK) { }
        if (data != ARCHIVE_EOF) {
            r.error = Tr::tr("%1 is damaged or incomplete (at \"%2\"): %3")
                          .arg(info.fileName(), name, QString::fromLocal8Bit(archive_error_string(a.get())));
            return r;
        }
    }
    if (status != ARCHIVE_EOF) {
        r.error = Tr::tr("%1 is damaged or incomplete: %2")
                      .arg(info.fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
        return r;
    }
    if (gzip && !gzip->drain()) {
        r.error = Tr::tr("%1 is damaged or incomplete: %2").arg(info.fileName(), gzip->error());
        return r;
    }
    if (!any) {
        r.error = Tr::tr("%1 holds nothing: it is not a volume backup.").arg(info.fileName());
        return r;
    }
    const char *filter = archive_filter_name(a.get(), 0);
    r.compression = gzip                         ? QStringLiteral("gzip")
        : filter && qstrcmp(filter, "none") != 0 ? QString::fromLatin1(filter)
                                                 : QStringLiteral("none");
    r.topLevel = QStringList(top.cbegin(), top.cend());
    r.topLevel.sort();
    return r;
}
