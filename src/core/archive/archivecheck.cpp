// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecheck.h"

#include "checksumfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)
};

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
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
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        r.error = Tr::tr("%1 cannot be read as an archive: %2")
                      .arg(info.fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
        return r;
    }
    QSet<QString> top;
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
        if (archive_entry_hardlink(entry) || type == AE_IFLNK) {
            ++r.links;
        } else if (type == AE_IFDIR) {
            if (!first.isEmpty() && first != QLatin1String("."))
                ++r.directories;
        } else {
            ++r.files;
            r.bytes += archive_entry_size(entry);
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
    if (!any) {
        r.error = Tr::tr("%1 holds nothing: it is not a volume backup.").arg(info.fileName());
        return r;
    }
    const char *filter = archive_filter_name(a.get(), 0);
    r.compression
        = filter && qstrcmp(filter, "none") != 0 ? QString::fromLatin1(filter) : QStringLiteral("none");
    r.topLevel = QStringList(top.cbegin(), top.cend());
    r.topLevel.sort();
    return r;
}
