// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archivecheck.h"

#include "model/imagereference.h"

#include "archive/checksumfile.h"
#include "archive/gunzipdevice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
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
            // The end as the worker set it, with its verdict on the last bytes: a damaged tail
            // may have been found between the read above and now.
            if (r->device.atEnd()) {
                if (!r->device.hasError())
                    return 0;
                r->error = r->device.failure();
                if (a)
                    archive_set_error(a, EIO, "%s", r->error.toLocal8Bit().constData());
                return -1;
            }
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

ArchiveCheck::Result ArchiveCheck::check(const QString &path, const std::atomic_bool *cancel, bool hostFolder)
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
    // A warning is a name that does not convert to this locale (a name that is not UTF-8, as Go's
    // tar writes it in a pax record; any non-ASCII name in the C locale): its bytes are there.
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
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
        if (hostFolder) {
            // A folder of this machine is written as root by a helper: what only a volume may hold.
            QString refused;
            const char *hardLink = archive_entry_hardlink(entry);
            const char *symLink = type == AE_IFLNK ? archive_entry_symlink(entry) : nullptr;
            if (type == AE_IFCHR || type == AE_IFBLK)
                refused = Tr::tr("a device node");
            else if (type == AE_IFIFO)
                refused = Tr::tr("a FIFO");
            else if (type == AE_IFSOCK)
                refused = Tr::tr("a socket");
            else if (special && type != AE_IFDIR)
                refused = Tr::tr("a setuid or setgid file");
            else if (hardLink && escapes(QString::fromUtf8(hardLink)))
                refused = Tr::tr("a link to %1, outside the folder").arg(QString::fromUtf8(hardLink));
            else if (symLink) {
                const QString target = QString::fromUtf8(symLink);
                const QString resolved
                    = QDir::cleanPath(QFileInfo(inside).path() + QLatin1Char('/') + target);
                if (target.startsWith(QLatin1Char('/')) || resolved == QLatin1String("..")
                    || resolved.startsWith(QLatin1String("../")))
                    refused = Tr::tr("a link to %1, outside the folder").arg(target);
            }
            if (!refused.isEmpty()) {
                r.error = Tr::tr("%1 holds \"%2\", %3, which a folder of this machine does not take: it is "
                                 "refused, and nothing was changed.")
                              .arg(info.fileName(), name, refused);
                return r;
            }
        }
        if (type == AE_IFCHR || type == AE_IFBLK) {
            if (++r.deviceNodeCount <= 5)
                r.deviceNodes.append(inside);
        }
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

QSet<QString> ArchiveCheck::entryPaths(const QString &path, QString *error)
{
    QSet<QString> paths;
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        *error = QString::fromLocal8Bit(archive_error_string(a.get()));
        return {};
    }
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        QString inside = QDir::cleanPath(
            QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                 : archive_entry_pathname(entry)));
        while (inside.startsWith(QLatin1String("./")))
            inside.remove(0, 2);
        if (inside.startsWith(QLatin1Char('/')))
            inside.remove(0, 1);
        // Every folder on the way, which extraction makes even when the archive does not list it.
        for (qsizetype slash = inside.indexOf(QLatin1Char('/')); slash > 0;
             slash = inside.indexOf(QLatin1Char('/'), slash + 1))
            paths.insert(inside.left(slash));
        if (!inside.isEmpty() && inside != QLatin1String("."))
            paths.insert(inside);
        if (archive_read_data_skip(a.get()) != ARCHIVE_OK) {
            status = ARCHIVE_FATAL;
            break;
        }
    }
    if (status != ARCHIVE_EOF) {
        *error = QString::fromLocal8Bit(archive_error_string(a.get()));
        return {};
    }
    return paths;
}

QString ArchiveCheck::normalizedReference(const QString &reference)
{
    return ImageReference::parse(reference).normalized();
}

QString ArchiveCheck::savedImage(
    const QString &path, QString *error, const QString &expected, ImageIdentity *identity)
{
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        *error = Tr::tr("%1 cannot be read as an archive: %2")
                     .arg(path, QString::fromLocal8Bit(archive_error_string(a.get())));
        return {};
    }
    // The small files: the three that name images, and the configurations among the blobs
    // (layers are large; a configuration is a few KiB).
    constexpr qint64 SmallFile = 4 << 20;
    constexpr qint64 SmallTotal = 64 << 20;
    qint64 kept = 0;
    QHash<QString, QByteArray> small;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        const bool keep = archive_entry_filetype(entry) == AE_IFREG && archive_entry_size(entry) <= SmallFile
            && kept + archive_entry_size(entry) <= SmallTotal;
        QByteArray data;
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int read = ARCHIVE_OK;
        while ((read = archive_read_data_block(a.get(), &block, &size, &offset)) == ARCHIVE_OK) {
            if (keep)
                data.append(static_cast<const char *>(block), qsizetype(size));
        }
        if (read != ARCHIVE_EOF) {
            *error = Tr::tr("%1 is damaged or incomplete: %2")
                         .arg(path, QString::fromLocal8Bit(archive_error_string(a.get())));
            return {};
        }
        if (keep) {
            kept += data.size();
            small.insert(name, data);
        }
    }
    if (status != ARCHIVE_EOF) {
        *error = Tr::tr("%1 is damaged or incomplete: %2")
                     .arg(path, QString::fromLocal8Bit(archive_error_string(a.get())));
        return {};
    }
    const QJsonArray manifest = QJsonDocument::fromJson(small.value(QStringLiteral("manifest.json"))).array();
    const QJsonArray index = QJsonDocument::fromJson(small.value(QStringLiteral("index.json")))
                                 .object()
                                 .value(QLatin1String("manifests"))
                                 .toArray();
    const QJsonObject repositories
        = QJsonDocument::fromJson(small.value(QStringLiteral("repositories"))).object();
    // Every name docker load would give, by either image store.
    QSet<QString> tags;
    for (const QJsonValue &image : manifest) {
        for (const QJsonValue &tag : image.toObject().value(QLatin1String("RepoTags")).toArray())
            tags.insert(normalizedReference(tag.toString()));
    }
    for (const QJsonValue &descriptor : index) {
        const QJsonObject annotations = descriptor.toObject().value(QLatin1String("annotations")).toObject();
        const QString full = annotations.value(QLatin1String("io.containerd.image.name")).toString();
        const QString ref = annotations.value(QLatin1String("org.opencontainers.image.ref.name")).toString();
        if (!full.isEmpty())
            tags.insert(normalizedReference(full));
        // A bare tag goes with the full name beside it; alone, or as a full name, it names one.
        if (!ref.isEmpty() && (ref.contains(QLatin1Char('/')) || ref.contains(QLatin1Char(':'))))
            tags.insert(normalizedReference(ref));
        else if (!ref.isEmpty()
            && (full.isEmpty() || ImageReference::parse(normalizedReference(full)).tag() != ref))
            tags.insert(ref);
    }
    for (auto repo = repositories.begin(); repo != repositories.end(); ++repo) {
        const QJsonObject repoTags = repo.value().toObject();
        for (auto tag = repoTags.begin(); tag != repoTags.end(); ++tag)
            tags.insert(normalizedReference(repo.key() + QLatin1Char(':') + tag.key()));
    }
    const qsizetype images = qMax(manifest.size(), index.size());
    if (images > 1) {
        *error = Tr::tr("%1 holds %2 images, and an import loads exactly one: it was not loaded.")
                     .arg(path)
                     .arg(images);
        return {};
    }
    QStringList sortedTags(tags.begin(), tags.end());
    sortedTags.sort();
    const QString wanted = expected.isEmpty() ? QString() : normalizedReference(expected);
    const bool untagged = wanted.startsWith(QLatin1String("sha256:"));
    const bool extra = expected.isEmpty() ? tags.size() > 1
                                          : (untagged ? !tags.isEmpty() : tags != QSet<QString> {wanted});
    if (extra) {
        *error = Tr::tr("%1 would tag %2 on this engine, where only %3 is expected. Loading it could point "
                        "another image's tag at this one; it was not loaded.")
                     .arg(path, sortedTags.join(QStringLiteral(", ")),
                         expected.isEmpty() ? Tr::tr("one name") : expected);
        return {};
    }
    const QJsonObject first = manifest.at(0).toObject();
    // The configuration: named in manifest.json ("<hex>.json", or "blobs/sha256/<hex>").
    QString config = first.value(QLatin1String("Config")).toString();
    if (identity) {
        const QJsonObject blob = QJsonDocument::fromJson(small.value(config)).object();
        *identity = ImageIdentity::fromInspect(QJsonObject {
            {QStringLiteral("RootFS"),
                QJsonObject {{QStringLiteral("Layers"),
                    blob.value(QLatin1String("rootfs")).toObject().value(QLatin1String("diff_ids"))}}},
            {QStringLiteral("Os"), blob.value(QLatin1String("os"))},
            {QStringLiteral("Architecture"), blob.value(QLatin1String("architecture"))},
            {QStringLiteral("Config"), blob.value(QLatin1String("config"))}});
    }
    if (!tags.isEmpty())
        return *tags.begin();
    // Untagged: the config blob's name is the image ID.
    config = config.section(QLatin1Char('/'), -1).remove(QStringLiteral(".json"));
    if (config.size() == 64)
        return QStringLiteral("sha256:") + config;
    *error
        = Tr::tr("%1 is not an image saved with docker save (it has no manifest.json naming one).").arg(path);
    return {};
}
