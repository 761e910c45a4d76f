// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/gunzipdevice.h"

#include "archive/gzipmembers.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QThreadPool>

#include <libdeflate.h>
#include <map>

#include <zlib.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GunzipDevice)
};
constexpr qsizetype InBlock = 1 << 18;
constexpr qsizetype OutBlock = 1 << 18;
/// Decompressed bytes waiting beyond this make the worker wait for the upload.
constexpr qint64 HighWater = 16 << 20;
} // namespace

GunzipDevice::GunzipDevice(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_path(path)
{
}

GunzipDevice::~GunzipDevice()
{
    stop();
}

bool GunzipDevice::isGzip(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(2) == QByteArray("\x1f\x8b", 2);
}

bool GunzipDevice::open(OpenMode mode)
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

void GunzipDevice::close()
{
    stop();
    QIODevice::close();
}

void GunzipDevice::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_space.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

qint64 GunzipDevice::bytesAvailable() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size() + QIODevice::bytesAvailable();
}

QString GunzipDevice::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool GunzipDevice::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_ended && m_queue.isEmpty() && QIODevice::bytesAvailable() == 0;
}

qint64 GunzipDevice::readData(char *data, qint64 maxSize)
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

bool GunzipDevice::waitForReadyRead(int msecs)
{
    std::unique_lock lock(m_mutex);
    m_arrived.wait_for(
        lock, std::chrono::milliseconds(msecs), [this] { return !m_queue.isEmpty() || m_ended; });
    return !m_queue.isEmpty();
}

bool GunzipDevice::push(QByteArray block)
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

void GunzipDevice::run()
{
    QFile file(m_path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = Tr::tr("Cannot read %1: %2").arg(m_path, file.errorString());
    } else {
        const QByteArray head = file.peek(GzipMembers::HeaderSize);
        error
            = GzipMembers::memberSize(head.constData(), head.size()) > 0 ? runMembers(file) : runStream(file);
    }
    {
        std::lock_guard lock(m_mutex);
        m_ended = true;
        m_error = error;
        m_failed = !error.isEmpty();
    }
    m_arrived.notify_all();
    QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &QIODevice::readChannelFinished, Qt::QueuedConnection);
}

QString GunzipDevice::runMembers(QFile &file)
{
    struct Result
    {
        QByteArray out;
        QString error;
    };
    const int threads = qMax(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::mutex resultsMutex;
    std::condition_variable resultReady;
    std::map<qint64, Result> results;
    qint64 submitted = 0;
    qint64 delivered = 0;
    QString error;
    // Hands over, in order, what is decompressed; with @p all, waits for every member.
    auto deliver = [&](bool all) {
        for (;;) {
            Result r;
            {
                std::unique_lock lock(resultsMutex);
                const bool mustWait = all ? delivered < submitted : submitted - delivered >= 2 * threads;
                if (mustWait)
                    resultReady.wait(lock, [&] { return results.count(delivered) > 0; });
                auto it = results.find(delivered);
                if (it == results.end())
                    return true;
                r = std::move(it->second);
                results.erase(it);
            }
            ++delivered;
            if (!r.error.isEmpty()) {
                if (error.isEmpty())
                    error = r.error;
                continue; // the rest is still waited for, not handed on
            }
            if (error.isEmpty() && !push(std::move(r.out)))
                error = QStringLiteral("stopped");
        }
    };
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        if (!error.isEmpty())
            break;
        const QByteArray head = file.peek(GzipMembers::HeaderSize);
        if (head.isEmpty())
            break; // the end, after a whole member
        const quint32 size = GzipMembers::memberSize(head.constData(), head.size());
        if (size == 0) { // a member of another kind: the rest the slow way, after what came before
            deliver(true);
            pool.waitForDone();
            return error.isEmpty() ? runStream(file) : error;
        }
        const QByteArray member = file.read(size);
        if (member.size() != qsizetype(size)) {
            error = Tr::tr("%1 ends in the middle of its data (truncated?).").arg(m_path);
            break;
        }
        m_compressedRead += size;
        const qint64 sequence = submitted++;
        pool.start([&, member, sequence] {
            Result r;
            const char *trailer = member.constData() + member.size() - GzipMembers::TrailerSize;
            const quint32 crc = qFromLittleEndian<quint32>(trailer);
            const quint32 length = qFromLittleEndian<quint32>(trailer + 4);
            if (length > (64u << 20)) {
                r.error = Tr::tr("%1 is damaged: a block claims %2 bytes").arg(m_path).arg(length);
            } else {
                r.out.resize(qsizetype(length));
                libdeflate_decompressor *d = libdeflate_alloc_decompressor();
                size_t actual = 0;
                const auto rc = d
                    ? libdeflate_deflate_decompress(d, member.constData() + GzipMembers::HeaderSize,
                        size_t(member.size() - GzipMembers::HeaderSize - GzipMembers::TrailerSize),
                        r.out.data(), size_t(length), &actual)
                    : LIBDEFLATE_BAD_DATA;
                if (d)
                    libdeflate_free_decompressor(d);
                if (rc != LIBDEFLATE_SUCCESS || actual != length
                    || libdeflate_crc32(0, r.out.constData(), size_t(length)) != crc)
                    r.error = Tr::tr("%1 is damaged: a block does not decompress to what its checksum says")
                                  .arg(m_path);
            }
            {
                std::lock_guard lock(resultsMutex);
                results[sequence] = std::move(r);
            }
            resultReady.notify_all();
        });
        deliver(false);
    }
    deliver(true);
    pool.waitForDone();
    return error == QLatin1String("stopped") ? QString() : error;
}

QString GunzipDevice::runStream(QFile &file)
{
    z_stream zs {};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return Tr::tr("The decompressor could not start.");
    QString error;
    QByteArray in(InBlock, Qt::Uninitialized);
    bool fileEnded = false;
    bool memberEnded = false;
    for (;;) {
        if (zs.avail_in == 0 && !fileEnded) {
            const qint64 n = file.read(in.data(), in.size());
            if (n < 0) {
                error = Tr::tr("Cannot read %1: %2").arg(m_path, file.errorString());
                break;
            }
            fileEnded = n == 0;
            zs.next_in = reinterpret_cast<Bytef *>(in.data());
            zs.avail_in = uInt(n);
            m_compressedRead += n;
        }
        if (memberEnded) {
            if (zs.avail_in == 0 && fileEnded)
                break; // the whole file, every member whole
            inflateReset(&zs);
            memberEnded = false;
        }
        if (zs.avail_in == 0 && fileEnded) {
            error = Tr::tr("%1 ends in the middle of its data (truncated?).").arg(m_path);
            break;
        }
        QByteArray out(OutBlock, Qt::Uninitialized);
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = uInt(out.size());
        const int rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            memberEnded = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            error = Tr::tr("%1 is damaged: %2").arg(m_path, QString::fromLatin1(zs.msg ? zs.msg : "zlib"));
            break;
        }
        out.truncate(out.size() - qsizetype(zs.avail_out));
        if (!out.isEmpty() && !push(std::move(out)))
            break;
    }
    inflateEnd(&zs);
    return error;
}
