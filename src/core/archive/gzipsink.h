// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/sha256.h"

#include <QFile>
#include <QObject>
#include <QThreadPool>

#include <map>

/**
 * Compresses a stream into a .gz file and hashes what it writes (sha256 of the file), on the
 * thread it is moved to: the GUI thread only hands it blocks. The stream is cut into 1 MiB
 * blocks, compressed in parallel (libdeflate, one pool thread per core) and written in order as
 * gzip members, which is still one standard gzip file: gzip -d, tar -xzf and the engine read
 * it as they read pigz's. The file is written under the name it is given (the caller's temporary
 * name) and synced to disk at finish().
 */
class GzipSink : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 BlockSize = 1 << 20;

    /// @p threads 0: one per core. @p level 0 stores the stream as it comes (no gzip): an image
    /// from docker save, say, written and hashed the same way.
    explicit GzipSink(QString path, int level = 6, int threads = 0);
    ~GzipSink() override;

public Q_SLOTS:
    void open();
    void write(const QByteArray &block);
    void finish();
    /// Closes and deletes the file (a failed or cancelled job).
    void discard();

Q_SIGNALS:
    void opened(const QString &error);
    /// @p in bytes of input now compressed and written; a failure is reported once, by failed().
    void written(qint64 in);
    void failed(const QString &error);
    /// The file is complete and synced: its sha256 and size.
    void finished(const QByteArray &hexDigest, qint64 size);

private:
    void submit(QByteArray input);
    void compressed(qint64 sequence, const QByteArray &output, qint64 inputSize);
    void writeReady();
    bool writeOut(const QByteArray &bytes);
    void fail(const QString &error);

    QString m_path;
    int m_level;
    QFile m_file;
    QThreadPool m_pool;
    bool m_open = false;
    bool m_created = false;
    bool m_failed = false;
    bool m_finishing = false;
    QByteArray m_pending; ///< input not yet a whole block
    qint64 m_submitted = 0; ///< blocks handed to the pool
    qint64 m_written = 0; ///< blocks in the file
    std::map<qint64, std::pair<QByteArray, qint64>> m_ready; ///< compressed, waiting for their turn
    Sha256 m_hash;
    qint64 m_size = 0;
};
