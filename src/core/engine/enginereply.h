// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"
#include "engine/enginerequest.h"
#include "engine/httpresponseparser.h"
#include "engine/jsonlinesdecoder.h"
#include "engine/multiplexeddecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class EngineClient;
class EngineSocket;

/**
 * One request in flight and its answer. Created by EngineClient::send(); owned by the caller
 * (parented to the client until then). finished() is emitted exactly once, after failed() when
 * the request failed, so a caller can connect to whichever it needs.
 */
class EngineReply : public QObject
{
    Q_OBJECT
public:
    ~EngineReply() override;

    const EngineRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    EngineError error() const { return m_error; }
    int statusCode() const { return m_parser.statusCode(); }
    QByteArray header(QByteArrayView name) const { return m_parser.header(name); }
    /// The whole body (Buffered mode, and the error body of any mode).
    QByteArray body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }

    /// Stops the request, closes its connection and fails it as Cancelled. Safe after finish.
    void abort();
    /// Stops reading the answer for now (the engine then waits, through the socket): for a
    /// consumer slower than the engine, such as compression. Reading resumes on false.
    void setReadPaused(bool paused);
    bool isReadPaused() const { return m_readPaused; }
    /// Runs a local event loop until finished (CLI and tests; never on the GUI thread).
    bool waitForFinished(int msecs = 30000);

    /// Hijacked streams: bytes for the container's stdin. Queued until the upgrade.
    void write(const QByteArray &data);
    /// Hijacked streams: end of stdin. Shuts down the write side of the socket once the queued
    /// bytes are written (over TLS: a close_notify).
    void closeWrite();

Q_SIGNALS:
    void headersReceived();
    /// Stream mode and raw (TTY) hijacked streams.
    void dataReceived(const QByteArray &data);
    /// JsonLines mode. Objects carrying "error" also fail the reply when the stream ends.
    void jsonReceived(const QJsonObject &object);
    /// Multiplexed mode and multiplexed hijacked streams, in batches.
    void framesReceived(const QList<MultiplexedDecoder::Frame> &frames);
    void upgraded();
    void uploadProgress(qint64 sent, qint64 total);
    void failed(const EngineError &error);
    void finished();

private:
    friend class EngineClient;
    EngineReply(EngineClient *client, EngineRequest request, QByteArray wire);

    void start();
    void startOn(EngineSocket *socket, bool reused);
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(EngineError::Transport transport, const QString &message);
    void onBytesWritten();
    void pumpUpload();
    void process();
    void deliverBody(const QByteArray &data);
    void handleJson(const QList<QJsonObject> &objects);
    void finish(const EngineError &error = {});
    void releaseSocket(bool reusable);
    bool isErrorStatus() const { return m_parser.statusCode() >= 400; }

    QPointer<EngineClient> m_client;
    EngineRequest m_request;
    QByteArray m_wire;
    /// Guarded: a pooled connection may go with the client before this reply does.
    QPointer<EngineSocket> m_socket;
    bool m_reused = false;
    bool m_retried = false;
    bool m_receivedAny = false;
    HttpResponseParser m_parser;
    JsonLinesDecoder m_jsonLines;
    MultiplexedDecoder m_mux;
    QByteArray m_body;
    bool m_headersEmitted = false;
    bool m_finished = false;
    bool m_readPaused = false;
    bool m_closedWhilePaused = false;
    EngineError m_error;
    std::optional<EngineError> m_streamError;
    QTimer m_timeout;
    // upload
    qint64 m_uploadTotal = -1;
    qint64 m_uploadSent = 0;
    bool m_uploadChunked = false;
    bool m_uploadDone = true;
    bool m_sourceFinished = false;
    // hijack
    QByteArray m_pendingStdin;
    bool m_closeWriteRequested = false;
    bool m_writeClosed = false;
};
