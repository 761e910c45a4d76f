// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarselection.h"
#include "util/bytequeue.h"

#include <QIODevice>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct archive;

/**
 * The part of a volume archive a TarSelection chooses, as a plain tar stream for an upload: read
 * (any compression ArchiveCheck reads) and written again (pax) on a thread of its own while the
 * reader sends what is ready; the entries it leaves out are skipped, the ones it keeps are
 * written with their contents, modes, owners, times and extended attributes. A hard link whose
 * target is left out is written as the target's file under the link's name. Sequential;
 * readyRead() when bytes arrive, readChannelFinished() at the end or on damaged data (then
 * hasError()). The selection must have been resolve()d against this archive.
 */
class TarFilterDevice : public QIODevice
{
    Q_OBJECT
public:
    TarFilterDevice(const QString &path, const TarSelection &selection, QObject *parent = nullptr);
    ~TarFilterDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool hasError() const { return m_failed.load(); }
    /// What was wrong, once hasError().
    QString failure() const;
    /// Blocks until bytes are there or the end (for a reader without an event loop).
    bool waitForReadyRead(int msecs) override;
    /// Bytes of the file read so far (progress against its size).
    qint64 compressedRead() const { return m_compressedRead.load(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void run();
    QString filter(archive *in, archive *out);
    /// Hands written bytes to the reader; false when stopping.
    bool push(QByteArray block);
    void stop();
    friend struct TarFilterWriter;

    QString m_path;
    TarSelection m_selection;
    std::thread m_worker;
    mutable std::mutex m_mutex;
    std::condition_variable m_space;
    std::condition_variable m_arrived;
    ByteQueue m_queue; ///< written, not yet read
    bool m_ended = false;
    bool m_stopping = false;
    QString m_error;
    std::atomic_bool m_failed {false};
    std::atomic<qint64> m_compressedRead {0};
};
