// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/bytequeue.h"

#include <QByteArray>
#include <QIODevice>

class QFile;

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

/**
 * A .gz file read as the bytes it holds, decompressed on a thread of its own while the reader
 * sends what is ready: a restore uploads plain tar, so the engine only extracts (it inflates
 * gzip on one core, slower than zlib, and not at the same time as it writes the files). Reads
 * every gzip member; the members of Berth's own backups (GzipMembers) are decompressed in
 * parallel with libdeflate, anything else with zlib. Sequential; readyRead() when
 * bytes arrive, readChannelFinished() at the end or on damaged data (then hasError()).
 */
class GunzipDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit GunzipDevice(const QString &path, QObject *parent = nullptr);
    ~GunzipDevice() override;

    /// Whether @p path starts like a gzip file.
    static bool isGzip(const QString &path);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool hasError() const { return m_failed.load(); }
    /// What was wrong, once hasError().
    QString failure() const;
    /// Blocks until decompressed bytes are there or the end (for a reader without an event loop).
    bool waitForReadyRead(int msecs) override;
    /// Compressed bytes read so far (progress against the file's size).
    qint64 compressedRead() const { return m_compressedRead.load(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void run();
    /// Berth's own members (GzipMembers), decompressed in parallel; falls back to inflate() at
    /// the first member of another kind. Returns an error or "".
    QString runMembers(QFile &file);
    /// Any gzip stream, one inflate() after another, from the file's position.
    QString runStream(QFile &file);
    /// Hands decompressed bytes to the reader; false when stopping.
    bool push(QByteArray block);
    void stop();

    QString m_path;
    std::thread m_worker;
    mutable std::mutex m_mutex;
    std::condition_variable m_space;
    std::condition_variable m_arrived;
    ByteQueue m_queue; ///< decompressed, not yet read
    bool m_ended = false; ///< the worker is done (see m_failed)
    bool m_stopping = false;
    QString m_error;
    std::atomic_bool m_failed {false};
    std::atomic<qint64> m_compressedRead {0};
};
