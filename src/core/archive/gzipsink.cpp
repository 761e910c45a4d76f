// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipsink.h"

#include <QCoreApplication>

#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GzipSink)
};
constexpr int OutBlock = 1 << 18;
} // namespace

GzipSink::GzipSink(QString path, int level)
    : m_path(std::move(path))
    , m_level(level)
{
}

GzipSink::~GzipSink()
{
    if (m_open)
        deflateEnd(&m_zs);
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
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        Q_EMIT opened(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_created = true;
    // windowBits 15 + 16: a gzip header and trailer, the format tar -xzf and the engine read.
    if (deflateInit2(&m_zs, m_level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        Q_EMIT opened(Tr::tr("The compressor could not start."));
        return;
    }
    m_open = true;
    m_out.resize(OutBlock);
    Q_EMIT opened(QString());
}

bool GzipSink::deflateInto(int flush)
{
    do {
        m_zs.next_out = reinterpret_cast<Bytef *>(m_out.data());
        m_zs.avail_out = uInt(m_out.size());
        const int rc = deflate(&m_zs, flush);
        if (rc == Z_STREAM_ERROR) {
            fail(Tr::tr("The compressor failed."));
            return false;
        }
        const qint64 produced = m_out.size() - qint64(m_zs.avail_out);
        if (produced > 0) {
            const QByteArrayView chunk(m_out.constData(), produced);
            if (m_file.write(chunk.data(), produced) != produced) {
                fail(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
                return false;
            }
            m_hash.addData(chunk);
            m_size += produced;
        }
    } while (m_zs.avail_out == 0);
    return true;
}

void GzipSink::write(const QByteArray &block)
{
    if (!m_open || m_failed) {
        Q_EMIT written(block.size());
        return;
    }
    m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.constData()));
    m_zs.avail_in = uInt(block.size());
    deflateInto(Z_NO_FLUSH);
    Q_EMIT written(block.size());
}

void GzipSink::finish()
{
    if (!m_open || m_failed)
        return;
    m_zs.avail_in = 0;
    if (!deflateInto(Z_FINISH))
        return;
    // On disk before the caller gives it its final name.
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        fail(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_file.close();
    Q_EMIT finished(m_hash.result().toHex(), m_size);
}

void GzipSink::discard()
{
    if (m_file.isOpen())
        m_file.close();
    // Only a file this sink made: the name may be somebody's.
    if (std::exchange(m_created, false))
        QFile::remove(m_path);
}
