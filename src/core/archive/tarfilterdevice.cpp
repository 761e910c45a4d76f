// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarfilterdevice.h"

#include "archive/backuplisting.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarFilterDevice)
};

/// Written bytes beyond this make the worker wait for the upload.
constexpr qint64 HighWater = 16 << 20;

struct ReadCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

struct WriteCloser
{
    void operator()(archive *a) const { archive_write_free(a); }
};

/// A name as bytes, as BackupListing reads it.
QByteArray bytesOf(const char *utf8, const char *stored)
{
    return QByteArray(utf8 ? utf8 : stored);
}

/// @p name in the archive's own spelling ("./a" when it wrote "./"): what extraction expects.
QByteArray spelled(const QByteArray &name, const QByteArray &like)
{
    return like.startsWith("./") ? QByteArrayLiteral("./") + name : name;
}

void setPath(archive_entry *entry, const QByteArray &path)
{
    if (BackupListing::isUtf8(path))
        archive_entry_update_pathname_utf8(entry, path.constData());
    else
        archive_entry_copy_pathname(entry, path.constData());
}

void setHardLink(archive_entry *entry, const QByteArray &target)
{
    if (BackupListing::isUtf8(target))
        archive_entry_update_hardlink_utf8(entry, target.constData());
    else
        archive_entry_copy_hardlink(entry, target.constData());
}

} // namespace

struct TarFilterWriter
{
    static la_ssize_t write(archive *, void *self, const void *buffer, size_t length)
    {
        auto *device = static_cast<TarFilterDevice *>(self);
        if (!device->push(QByteArray(static_cast<const char *>(buffer), qsizetype(length))))
            return -1;
        return la_ssize_t(length);
    }
};

TarFilterDevice::TarFilterDevice(const QString &path, const TarSelection &selection, QObject *parent)
    : QIODevice(parent)
    , m_path(path)
    , m_selection(selection)
{
}

TarFilterDevice::~TarFilterDevice()
{
    stop();
}

bool TarFilterDevice::open(OpenMode mode)
{
    if (mode != ReadOnly || m_worker.joinable())
        return false;
    QFile probe(m_path);
    if (!probe.open(QIODevice::ReadOnly)) {
        setErrorString(probe.errorString());
        return false;
    }
    if (!QIODevice::open(mode))
        return false;
    m_worker = std::thread([this] { run(); });
    return true;
}

void TarFilterDevice::close()
{
    stop();
    QIODevice::close();
}

void TarFilterDevice::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_space.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

qint64 TarFilterDevice::bytesAvailable() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size() + QIODevice::bytesAvailable();
}

bool TarFilterDevice::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_ended && m_queue.isEmpty() && QIODevice::bytesAvailable() == 0;
}

QString TarFilterDevice::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

qint64 TarFilterDevice::readData(char *data, qint64 maxSize)
{
    std::lock_guard lock(m_mutex);
    const qint64 copied = m_queue.read(data, maxSize);
    if (copied > 0)
        m_space.notify_one();
    if (copied == 0 && m_ended && m_failed.load()) {
        setErrorString(m_error);
        return -1;
    }
    return copied;
}

bool TarFilterDevice::waitForReadyRead(int msecs)
{
    std::unique_lock lock(m_mutex);
    m_arrived.wait_for(
        lock, std::chrono::milliseconds(msecs), [this] { return !m_queue.isEmpty() || m_ended; });
    return !m_queue.isEmpty();
}

bool TarFilterDevice::push(QByteArray block)
{
    bool wasEmpty = false;
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_stopping || m_queue.size() < HighWater; });
        if (m_stopping)
            return false;
        wasEmpty = m_queue.isEmpty();
        m_queue.push(std::move(block));
    }
    m_arrived.notify_all();
    if (wasEmpty)
        QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
    return true;
}

void TarFilterDevice::run()
{
    QString error;
    std::unique_ptr<archive, ReadCloser> in(archive_read_new());
    archive_read_support_filter_all(in.get());
    archive_read_support_format_tar(in.get());
    archive_read_support_format_gnutar(in.get());
    std::unique_ptr<archive, WriteCloser> out(archive_write_new());
    // pax only where ustar cannot say it (long names, large ids, extended attributes).
    archive_write_set_format_pax_restricted(out.get());
    archive_write_set_bytes_in_last_block(out.get(), 1);
    if (archive_read_open_filename(in.get(), QFile::encodeName(m_path).constData(), 1 << 16) != ARCHIVE_OK) {
        error
            = Tr::tr("%1 cannot be read as an archive: %2")
                  .arg(QFileInfo(m_path).fileName(), QString::fromLocal8Bit(archive_error_string(in.get())));
    } else if (archive_write_open(out.get(), this, nullptr, &TarFilterWriter::write, nullptr) != ARCHIVE_OK) {
        error = QString::fromLocal8Bit(archive_error_string(out.get()));
    } else {
        error = filter(in.get(), out.get());
        if (error.isEmpty() && archive_write_close(out.get()) != ARCHIVE_OK)
            error = QString::fromLocal8Bit(archive_error_string(out.get()));
    }
    bool stopped = false;
    {
        std::lock_guard lock(m_mutex);
        stopped = m_stopping;
        m_ended = true;
        m_error = stopped ? QString() : error;
        m_failed = !m_error.isEmpty();
    }
    m_arrived.notify_all();
    if (stopped)
        return;
    QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &QIODevice::readChannelFinished, Qt::QueuedConnection);
}

QString TarFilterDevice::filter(archive *in, archive *out)
{
    const QString file = QFileInfo(m_path).fileName();
    const auto damaged = [&](const QByteArray &at) {
        return Tr::tr("%1 is damaged or incomplete (at \"%2\"): %3")
            .arg(file, BackupListing::displayName(at), QString::fromLocal8Bit(archive_error_string(in)));
    };
    const QByteArray zeros(1 << 16, '\0');
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(in, &entry);
        if (status == ARCHIVE_EOF)
            return {};
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return Tr::tr("%1 is damaged or incomplete: %2")
                .arg(file, QString::fromLocal8Bit(archive_error_string(in)));
        m_compressedRead = archive_filter_bytes(in, -1);
        const QByteArray stored = bytesOf(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry));
        bool escapes = false;
        const QByteArray path = BackupListing::normalized(stored, &escapes);
        const char *hardLink = archive_entry_hardlink(entry);
        bool keep = false;
        bool withData = !hardLink;
        if (escapes) {
            // ArchiveCheck refused such an archive before: never written, whatever is chosen.
        } else if (const QByteArray carrier = m_selection.carrierOf(path); !carrier.isEmpty()) {
            // The content of chosen hard links whose target is not chosen: under the first one's name.
            setPath(entry, spelled(carrier, stored));
            keep = true;
        } else if (m_selection.chooses(path)) {
            keep = true;
            if (hardLink) {
                const QByteArray stored = bytesOf(archive_entry_hardlink_utf8(entry), hardLink);
                const QByteArray target = BackupListing::normalized(stored);
                const QByteArray now = m_selection.linkTarget(path, target);
                if (now.isEmpty())
                    keep = false; // the carrier: written with the content above
                else if (now != target)
                    setHardLink(entry, spelled(now, stored));
                archive_entry_set_size(entry, 0);
            }
        } else if (m_selection.isParent(path) && archive_entry_filetype(entry) == AE_IFDIR && !hardLink) {
            keep = true; // a folder on the way, with its mode and owner
        }
        if (!keep) {
            if (archive_read_data_skip(in) != ARCHIVE_OK)
                return damaged(stored);
            continue;
        }
        // Holes are written out as zeros: the engine's tar reader takes no sparse maps from us.
        archive_entry_sparse_clear(entry);
        if (archive_write_header(out, entry) < ARCHIVE_WARN)
            return QString::fromLocal8Bit(archive_error_string(out));
        if (!withData || archive_entry_filetype(entry) != AE_IFREG) {
            if (archive_read_data_skip(in) != ARCHIVE_OK)
                return damaged(stored);
            continue;
        }
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        la_int64_t at = 0;
        int read = ARCHIVE_OK;
        while ((read = archive_read_data_block(in, &block, &size, &offset)) == ARCHIVE_OK) {
            while (at < offset) {
                const la_int64_t gap = qMin<la_int64_t>(offset - at, zeros.size());
                if (archive_write_data(out, zeros.constData(), size_t(gap)) < 0)
                    return QString::fromLocal8Bit(archive_error_string(out));
                at += gap;
            }
            if (size > 0 && archive_write_data(out, block, size) < 0)
                return QString::fromLocal8Bit(archive_error_string(out));
            at += la_int64_t(size);
            m_compressedRead = archive_filter_bytes(in, -1);
        }
        if (read != ARCHIVE_EOF)
            return damaged(stored);
    }
}
