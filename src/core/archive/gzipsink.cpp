// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/gzipsink.h"

#include "archive/gzipmembers.h"

#include <QCoreApplication>
#include <QtEndian>

#include <libdeflate.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GzipSink)
};

/// One block as one gzip member whose header records the member's size (GzipMembers), so a
/// reader can find the next member without decompressing this one; empty on failure.
QByteArray compressBlock(const QByteArray &input, int level)
{
    libdeflate_compressor *compressor = libdeflate_alloc_compressor(level);
    if (!compressor)
        return {};
    const size_t bound = libdeflate_deflate_compress_bound(compressor, size_t(input.size()));
    QByteArray output(
        GzipMembers::HeaderSize + qsizetype(bound) + GzipMembers::TrailerSize, Qt::Uninitialized);
    const size_t deflated = libdeflate_deflate_compress(
        compressor, input.constData(), size_t(input.size()), output.data() + GzipMembers::HeaderSize, bound);
    libdeflate_free_compressor(compressor);
    if (deflated == 0)
        return {};
    const qsizetype total = GzipMembers::HeaderSize + qsizetype(deflated) + GzipMembers::TrailerSize;
    GzipMembers::writeHeader(output.data(), quint32(total));
    char *trailer = output.data() + GzipMembers::HeaderSize + deflated;
    qToLittleEndian<quint32>(libdeflate_crc32(0, input.constData(), size_t(input.size())), trailer);
    qToLittleEndian<quint32>(quint32(input.size()), trailer + 4);
    output.truncate(total);
    return output;
}
} // namespace

GzipSink::GzipSink(QString path, int level, int threads)
    : m_path(std::move(path))
    , m_level(level)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
}

GzipSink::~GzipSink()
{
    m_pool.waitForDone();
}

void GzipSink::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(error);
}

void GzipSink::open()
{
    m_file.setFileName(m_path);
    // NewOnly: never over a file that is there (a name the job did not make).
    // Unbuffered: the blocks are large, and a failed write reports its errno (a full disk).
    // Owner only: volumes hold databases and secrets, and so do their backups and bundles.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        Q_EMIT opened(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_created = true;
    m_open = true;
    m_pending.reserve(BlockSize);
    Q_EMIT opened(QString());
}

void GzipSink::write(const QByteArray &block)
{
    if (!m_open || m_failed || m_finishing) {
        Q_EMIT written(block.size());
        return;
    }
    if (m_level == 0) { // stored as it comes
        if (writeOut(block))
            Q_EMIT written(block.size());
        return;
    }
    qsizetype from = 0;
    while (from < block.size()) {
        const qsizetype take = qMin(block.size() - from, qsizetype(BlockSize - m_pending.size()));
        m_pending.append(block.constData() + from, take);
        from += take;
        if (m_pending.size() == BlockSize) {
            submit(std::exchange(m_pending, QByteArray()));
            m_pending.reserve(BlockSize);
        }
    }
}

void GzipSink::submit(QByteArray input)
{
    const qint64 sequence = m_submitted++;
    const int level = m_level;
    m_pool.start([this, sequence, level, input = std::move(input)] {
        QByteArray output = compressBlock(input, level);
        // Back on the sink's thread; a sink deleted meanwhile drops the event (the pool is
        // waited for in the destructor, so `this` is alive while the task runs).
        QMetaObject::invokeMethod(
            this,
            [this, sequence, output = std::move(output), size = input.size()] {
                compressed(sequence, output, size);
            },
            Qt::QueuedConnection);
    });
}

void GzipSink::compressed(qint64 sequence, const QByteArray &output, qint64 inputSize)
{
    if (!m_open || m_failed)
        return;
    if (output.isEmpty()) { // even an empty block gives a gzip header and trailer
        fail(Tr::tr("The compressor failed (out of memory?)."));
        return;
    }
    m_ready.emplace(sequence, std::make_pair(output, inputSize));
    writeReady();
}

bool GzipSink::writeOut(const QByteArray &bytes)
{
    // A write may be short (a disk that is filling up); the next one says why.
    for (qsizetype at = 0; at < bytes.size();) {
        const qint64 n = m_file.write(bytes.constData() + at, bytes.size() - at);
        if (n <= 0) {
            fail(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
            return false;
        }
        at += n;
    }
    m_hash.addData(bytes);
    m_size += bytes.size();
    return true;
}

void GzipSink::writeReady()
{
    for (auto it = m_ready.find(m_written); it != m_ready.end(); it = m_ready.find(m_written)) {
        const auto [output, inputSize] = std::move(it->second);
        m_ready.erase(it);
        if (!writeOut(output))
            return;
        ++m_written;
        Q_EMIT written(inputSize);
    }
    if (!m_finishing || m_written < m_submitted)
        return;
    // On disk before the caller gives it its final name.
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        fail(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_file.close();
    m_open = false;
    Q_EMIT finished(m_hash.hexResult(), m_size);
}

void GzipSink::finish()
{
    if (!m_open || m_failed || m_finishing)
        return;
    m_finishing = true;
    // The last, short block; an empty stream still becomes one (empty) gzip member.
    if (m_level > 0 && (!m_pending.isEmpty() || m_submitted == 0))
        submit(std::exchange(m_pending, QByteArray()));
    writeReady();
}

void GzipSink::discard()
{
    m_open = false;
    m_pool.clear();
    m_pool.waitForDone();
    m_ready.clear();
    if (m_file.isOpen())
        m_file.close();
    // Only a file this sink made: the name may be somebody's.
    if (std::exchange(m_created, false))
        QFile::remove(m_path);
}
