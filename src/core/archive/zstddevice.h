// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QIODevice>

struct ZSTD_DCtx_s;

/**
 * A .zst file read as the bytes it holds (libzstd), for uploads: the engine decompresses gzip,
 * bzip2 and xz itself but not zstd, the format of Docker Desktop's volume exports. Sequential;
 * readChannelFinished() comes when the last byte was read or the data turned out corrupt
 * (then hasError() and errorString()).
 */
class ZstdDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit ZstdDevice(const QString &path, QObject *parent = nullptr);
    ~ZstdDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended && QIODevice::atEnd(); }
    bool hasError() const { return m_failed; }
    /// Compressed bytes read so far (progress against the file's size).
    qint64 compressedRead() const { return m_file.pos(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void end(const QString &error);

    QFile m_file;
    ZSTD_DCtx_s *m_ctx = nullptr;
    QByteArray m_in;
    qsizetype m_inPos = 0;
    bool m_ended = false;
    bool m_failed = false;
    bool m_frameOpen = false;
};
