// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/endpoint.h"
#include "engine/engineerror.h"

#include <QObject>

class QIODevice;

/**
 * One connection to an engine, whatever carries it — a Unix socket (QLocalSocket), TCP with TLS
 * (OpenSSL, TlsConnection) or ssh to another machine whose docker CLI relays it (`ssh … docker system
 * dial-stdio`, through one shared ssh connection) — so that requests, streams, hijacked sessions
 * and the keep-alive pool above it do not know which.
 */
class EngineSocket : public QObject
{
    Q_OBJECT
public:
    /// The connection for @p endpoint's kind, not yet connected.
    static EngineSocket *create(const Endpoint &endpoint, QObject *parent);
    ~EngineSocket() override;

    /// Starts connecting: connected() or failed() follows.
    virtual void open() = 0;
    virtual bool isConnected() const = 0;
    /// The bytes both ways, once connected.
    QIODevice *device() const { return m_device; }
    /// Bytes written but not yet handed to the system (or the ssh process).
    qint64 bytesToWrite() const;
    /// Ends what Berth sends (stdin's end in a hijacked session); reading goes on.
    virtual void closeWrite() = 0;
    virtual void abort() = 0;
    /// Stops reading past @p bytes buffered (0: no limit), so a slow reader slows the engine.
    virtual void setReadBufferSize(qint64 bytes) { Q_UNUSED(bytes) }

Q_SIGNALS:
    void connected();
    void readyRead();
    void bytesWritten(qint64 bytes);
    /// The other side closed (after connected()).
    void disconnected();
    /// Could not connect, or the connection broke: why, in words that say what to do.
    void failed(EngineError::Transport transport, const QString &message);

protected:
    explicit EngineSocket(QObject *parent);
    QIODevice *m_device = nullptr;
};
