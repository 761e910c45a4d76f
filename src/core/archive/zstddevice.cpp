// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/zstddevice.h"

#include <QCoreApplication>
#include <QTimer>

#include <zstd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ZstdDevice)
};
} // namespace

ZstdDevice::ZstdDevice(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
{
}

ZstdDevice::~ZstdDevice()
{
    if (m_ctx)
        ZSTD_freeDCtx(m_ctx);
}

bool ZstdDevice::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_ctx = ZSTD_createDCtx();
    m_in.resize(qsizetype(ZSTD_DStreamInSize()));
    m_in.truncate(0);
    return QIODevice::open(mode);
}

void ZstdDevice::close()
{
    m_file.close();
    QIODevice::close();
}

void ZstdDevice::end(const QString &error)
{
    m_ended = true;
    if (!error.isEmpty()) {
        m_failed = true;
        setErrorString(error);
    }
    // After the read that saw the end has returned.
    QTimer::singleShot(0, this, &QIODevice::readChannelFinished);
}

qint64 ZstdDevice::readData(char *data, qint64 maxSize)
{
    if (m_ended)
        return m_failed ? -1 : 0;
    ZSTD_outBuffer out {data, size_t(maxSize), 0};
    while (out.pos == 0) {
        if (m_inPos == m_in.size()) {
            m_in.resize(qsizetype(ZSTD_DStreamInSize()));
            const qint64 n = m_file.read(m_in.data(), m_in.size());
            m_inPos = 0;
            if (n <= 0) {
                m_in.truncate(0);
                if (n < 0)
                    end(Tr::tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
                else if (m_frameOpen)
                    end(Tr::tr("%1 ends in the middle of its data (truncated?).").arg(m_file.fileName()));
                else
                    end(QString());
                return m_failed ? -1 : 0;
            }
            m_in.truncate(qsizetype(n));
        }
        ZSTD_inBuffer in {m_in.constData(), size_t(m_in.size()), size_t(m_inPos)};
        const size_t rc = ZSTD_decompressStream(m_ctx, &out, &in);
        m_inPos = qsizetype(in.pos);
        if (ZSTD_isError(rc)) {
            end(Tr::tr("%1 is not valid zstd data: %2")
                    .arg(m_file.fileName(), QString::fromLatin1(ZSTD_getErrorName(rc))));
            return -1;
        }
        m_frameOpen = rc != 0;
    }
    return qint64(out.pos);
}
