// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecheck.h"

#include "checksumfile.h"
#include "gunzipdevice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include <sys/stat.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)
};

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

/// A .gz read through GunzipDevice, as strictly as the engine reads it: every byte of the file
/// must belong to a whole gzip member. libarchive alone stops quietly at a member whose header is
/// damaged and reports what it read so far as the whole archive.
struct GzipReader
{
    GzipReader(const QString &path, const std::atomic_bool *stop)
        : device(path)
        , cancel(stop)
    {
    }
    GunzipDevice device;
    const std::atomic_bool *cancel;
    QByteArray buffer = QByteArray(1 << 18, Qt::Uninitialized);
    QString error;

    static la_ssize_t read(archive *a, void *self, const void **out)
    {
        auto *r = static_cast<GzipReader *>(self);
        for (;;) {
            if (r->cancel && r->cancel->load()) {
                r->error = Tr::tr("Cancelled.");
                if (a)
                    archive_set_error(a, ECANCELED, "%s", "cancelled");
                return -1;
            }
            const qint64 n = r->device.read(r->buffer.data(), r->buffer.size());
            if (n > 0) {
                *out = r->buffer.constData();
                return la_ssize_t(n);
            }
            if (n < 0 || r->device.hasError()) {
                r->error = r->device.errorString();
                if (a)
                    archive_set_error(a, EIO, "%s", r->error.toLocal8Bit().constData());
                return -1;
            }
            if (r->device.atEnd())
                return 0;
            r->device.waitForReadyRead(100);
        }
    }
    /// Reads what the tar reader left (its end padding): true when all of it is whole.
    bool drain()
    {
        const void *out = nullptr;
        la_ssize_t n = 0;
        while ((n = read(nullptr, this, &out)) > 0) { }
        return n == 0;
    }
};

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
    std::unique_ptr<GzipReader> gzip;
    if (GunzipDevice::isGzip(path)) {
        gzip = std::make_unique<GzipReader>(path, cancel);
        if (!gzip->device.open(QIODevice::ReadOnly)) {
            r.error = Tr::tr("Cannot read %1.").arg(path);
            return r;
        }
    }
    const int opened = gzip
        ? archive_read_open(a.get(), gzip.get(), nullptr, &GzipReader::read, nullptr)
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
        r.error = Tr::tr("%1 is damaged or incomplete: %2").arg(info.fileName(), gzip->error);
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

QString ArchiveCheck::savedImage(const QString &path, QString *error)
{
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        *error = Tr::tr("%1 cannot be read as an archive: %2")
                     .arg(path, QString::fromLocal8Bit(archive_error_string(a.get())));
        return {};
    }
    QByteArray manifest;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const bool isManifest = qstrcmp(archive_entry_pathname(entry), "manifest.json") == 0;
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int data = ARCHIVE_OK;
        while ((data = archive_read_data_block(a.get(), &block, &size, &offset)) == ARCHIVE_OK) {
            if (isManifest)
                manifest.append(static_cast<const char *>(block), qsizetype(size));
        }
        if (data != ARCHIVE_EOF) {
            *error = Tr::tr("%1 is damaged or incomplete: %2")
                         .arg(path, QString::fromLocal8Bit(archive_error_string(a.get())));
            return {};
        }
    }
    if (status != ARCHIVE_EOF) {
        *error = Tr::tr("%1 is damaged or incomplete: %2")
                     .arg(path, QString::fromLocal8Bit(archive_error_string(a.get())));
        return {};
    }
    const QJsonObject first = QJsonDocument::fromJson(manifest).array().at(0).toObject();
    const QString tag = first.value(QLatin1String("RepoTags")).toArray().at(0).toString();
    if (!tag.isEmpty())
        return tag;
    // Untagged: the config blob's name is the image ID ("<hex>.json", or "blobs/sha256/<hex>").
    QString config = first.value(QLatin1String("Config")).toString();
    config = config.section(QLatin1Char('/'), -1).remove(QStringLiteral(".json"));
    if (config.size() == 64)
        return QStringLiteral("sha256:") + config;
    *error
        = Tr::tr("%1 is not an image saved with docker save (it has no manifest.json naming one).").arg(path);
    return {};
}
