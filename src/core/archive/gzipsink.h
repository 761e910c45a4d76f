// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QObject>

#include <zlib.h>

/**
 * Compresses a stream into a .gz file and hashes what it writes (sha256 of the file), on the
 * thread it is moved to: the GUI thread only hands it blocks. The file is written under the
 * name it is given (the caller's temporary name), synced to disk at finish().
 */
class GzipSink : public QObject
{
    Q_OBJECT
public:
    explicit GzipSink(QString path, int level = 6);
    ~GzipSink() override;

public Q_SLOTS:
    void open();
    void write(const QByteArray &block);
    void finish();
    /// Closes and deletes the file (a failed or cancelled job).
    void discard();

Q_SIGNALS:
    void opened(const QString &error);
    /// @p in bytes taken since the last signal; a failure is reported once, by failed().
    void written(qint64 in);
    void failed(const QString &error);
    /// The file is complete and synced: its sha256 and size.
    void finished(const QByteArray &hexDigest, qint64 size);

private:
    bool deflateInto(int flush);
    void fail(const QString &error);

    QString m_path;
    int m_level;
    QFile m_file;
    z_stream m_zs {};
    bool m_open = false;
    bool m_created = false;
    bool m_failed = false;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QByteArray m_out;
    qint64 m_size = 0;
};
