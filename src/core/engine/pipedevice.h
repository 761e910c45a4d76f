// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/bytequeue.h"

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

class EngineReply;

/**
 * One engine's stream as another engine's upload, with nothing on disk: what @p source delivers
 * (dataReceived) is read by the upload; the source is paused while the upload is behind, so
 * memory stays bounded; its end ends the upload. Sequential; counts and hashes nothing itself.
 */
class PipeDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit PipeDevice(QObject *parent = nullptr);

    /// Feeds from @p source until it finishes; open the device first.
    void connectSource(EngineReply *source);
    /// Ends the stream with no source (what was to feed it never came): the upload ends too.
    void endWithoutSource();
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_queue.size() + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_ended && m_queue.isEmpty() && QIODevice::bytesAvailable() == 0; }
    qint64 passed() const { return m_passed; }

Q_SIGNALS:
    /// Bytes went through (for progress and hashing), as they were read by the upload.
    void passedThrough(const QByteArray &bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QPointer<EngineReply> m_source;
    ByteQueue m_queue;
    qint64 m_passed = 0;
    bool m_ended = false;
};
