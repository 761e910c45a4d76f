// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginereply.h"

#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginesocket.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#ifdef Q_OS_UNIX
#endif

namespace {
constexpr qint64 UploadBlock = 256 * 1024;
constexpr qint64 UploadHighWater = 1024 * 1024;
} // namespace

EngineReply::EngineReply(EngineClient *client, EngineRequest request, QByteArray wire)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_wire(std::move(wire))
    , m_parser(m_request.method == "HEAD")
{
    // A buffered answer is held whole; streamed ones are capped frame by frame or line by line.
    if (m_request.mode == EngineRequest::Mode::Buffered)
        m_parser.setMaxBodyBytes(HttpResponseParser::DefaultMaxBufferedBody);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(EngineError(EngineError::Timeout,
            QCoreApplication::translate("EngineError", "No answer from the engine within %1 s.")
                .arg(m_request.timeoutMs / 1000.0)));
    });
    // Now, while the caller still holds the event loop: a source on a thread of its own may end
    // (readChannelFinished) before the request starts, and a signal with no receiver yet is lost.
    if (QIODevice *dev = m_request.bodyDevice; dev && dev->isSequential()) {
        connect(dev, &QIODevice::readyRead, this, &EngineReply::pumpUpload);
        connect(dev, &QIODevice::readChannelFinished, this, [this] {
            m_sourceFinished = true;
            pumpUpload();
        });
    }
}

EngineReply::~EngineReply()
{
    if (m_socket)
        releaseSocket(false);
}

void EngineReply::start()
{
    if (m_finished)
        return;
    if (m_request.timeoutMs > 0)
        m_timeout.start(m_request.timeoutMs);

    EngineSocket *socket = nullptr;
    // Any answer but a hijacked session goes on a pooled connection: streams too (a save, an
    // archive, a wait), since over ssh a new connection is a new session on the other machine.
    if (m_request.mode != EngineRequest::Mode::Hijack && !m_request.bodyDevice && m_client)
        socket = m_client->takeIdleSocket();
    startOn(socket, socket != nullptr);
}

void EngineReply::startOn(EngineSocket *socket, bool reused)
{
    m_reused = reused;
    if (!socket)
        socket = EngineSocket::create(m_client ? m_client->endpoint() : Endpoint(), m_client.data());
    m_socket = socket;
    connect(socket, &EngineSocket::readyRead, this, &EngineReply::onReadyRead);
    connect(socket, &EngineSocket::disconnected, this, &EngineReply::onDisconnected);
    connect(socket, &EngineSocket::failed, this, &EngineReply::onSocketError);
    connect(socket, &EngineSocket::bytesWritten, this, &EngineReply::onBytesWritten);
    if (reused) {
        onConnected();
    } else {
        connect(socket, &EngineSocket::connected, this, &EngineReply::onConnected);
        socket->open();
    }
}

void EngineReply::onConnected()
{
    if (m_finished || !m_socket)
        return;
    qCDebug(lcEngineHttp).noquote() << "→" << m_wire.left(m_wire.indexOf("\r\n\r\n"));
    m_socket->device()->write(m_wire);
    if (m_request.bodyDevice) {
        QIODevice *dev = m_request.bodyDevice;
        m_uploadDone = false;
        m_uploadChunked = dev->isSequential();
        m_uploadTotal = dev->isSequential() ? -1 : dev->size() - dev->pos();
        pumpUpload();
    }
}

void EngineReply::pumpUpload()
{
    QIODevice *dev = m_request.bodyDevice;
    if (m_uploadDone || !m_socket || m_finished)
        return;
    if (!dev) {
        finish(EngineError(EngineError::Cancelled,
            QCoreApplication::translate("EngineError", "The upload source went away.")));
        return;
    }
    while (m_socket->bytesToWrite() < UploadHighWater) {
        const QByteArray block = dev->read(UploadBlock);
        if (block.isEmpty()) {
            const bool ended = dev->isSequential() ? m_sourceFinished || !dev->isOpen() : dev->atEnd();
            if (!ended)
                return;
            if (m_uploadChunked)
                m_socket->device()->write("0\r\n\r\n");
            m_uploadDone = true;
            return;
        }
        if (m_uploadChunked) {
            m_socket->device()->write(QByteArray::number(block.size(), 16) + "\r\n");
            m_socket->device()->write(block);
            m_socket->device()->write("\r\n");
        } else {
            m_socket->device()->write(block);
        }
        m_uploadSent += block.size();
        Q_EMIT uploadProgress(m_uploadSent, m_uploadTotal);
        // A receiver may have aborted the reply (a cancelled job).
        if (m_finished || !m_socket)
            return;
    }
}

void EngineReply::onBytesWritten()
{
    if (!m_uploadDone)
        pumpUpload();
    if (m_closeWriteRequested && !m_writeClosed)
        closeWrite();
}

void EngineReply::setReadPaused(bool paused)
{
    if (paused == m_readPaused)
        return;
    m_readPaused = paused;
    // A bounded read buffer keeps Qt from reading on into memory while paused.
    if (m_socket)
        m_socket->setReadBufferSize(paused ? 256 * 1024 : 0);
    if (!paused) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                onReadyRead();
                if (std::exchange(m_closedWhilePaused, false))
                    onDisconnected();
            },
            Qt::QueuedConnection);
    }
}

void EngineReply::onReadyRead()
{
    if (m_finished || !m_socket || m_readPaused)
        return;
    const QByteArray data = m_socket->device()->readAll();
    if (data.isEmpty())
        return;
    m_receivedAny = true;
    if (!m_parser.feed(data)) {
        finish(EngineError::protocol(m_parser.errorString()));
        return;
    }
    process();
}

void EngineReply::process()
{
    if (m_finished)
        return;
    if (!m_headersEmitted && m_parser.headersComplete()) {
        m_headersEmitted = true;
        qCDebug(lcEngineHttp) << "←" << m_parser.statusCode() << m_parser.reasonPhrase();
        if (m_request.mode == EngineRequest::Mode::Hijack && !m_parser.isUpgraded() && !isErrorStatus()) {
            // Without the upgrade the engine still streams, until it closes the socket.
            qCDebug(lcEngine) << "hijack answered without upgrade:" << m_parser.statusCode();
        }
        Q_EMIT headersReceived();
        if (m_finished)
            return;
        if (m_parser.isUpgraded()) {
            Q_EMIT upgraded();
            if (m_finished)
                return;
            if (!m_pendingStdin.isEmpty())
                m_socket->device()->write(std::exchange(m_pendingStdin, QByteArray()));
            if (m_closeWriteRequested)
                closeWrite();
        }
    }
    if (m_parser.pendingBodySize() > 0) {
        const QByteArray data = m_parser.takeBody();
        if (isErrorStatus() || m_request.mode == EngineRequest::Mode::Buffered)
            m_body.append(data);
        else
            deliverBody(data);
        if (m_finished)
            return;
    }
    if (m_parser.isComplete()) {
        if (isErrorStatus()) {
            finish(EngineError::fromHttp(m_parser.statusCode(), m_body));
            return;
        }
        if (m_request.mode == EngineRequest::Mode::JsonLines) {
            handleJson(m_jsonLines.finish());
            if (m_finished)
                return;
        }
        if (m_request.mode == EngineRequest::Mode::Multiplexed && !m_mux.atFrameBoundary()) {
            finish(EngineError::protocol(
                QCoreApplication::translate("EngineError", "The stream ended inside a multiplexed frame.")));
            return;
        }
        finish(m_streamError.value_or(EngineError()));
    }
}

void EngineReply::deliverBody(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    const bool hijackMux = m_request.mode == EngineRequest::Mode::Hijack && m_request.hijackMultiplexed;
    switch (m_request.mode) {
    case EngineRequest::Mode::Buffered:
        m_body.append(data);
        break;
    case EngineRequest::Mode::Stream:
        Q_EMIT dataReceived(data);
        break;
    case EngineRequest::Mode::JsonLines: {
        const auto objects = m_jsonLines.feed(data);
        if (m_jsonLines.hasError()) {
            finish(EngineError::protocol(m_jsonLines.errorString()));
            return;
        }
        handleJson(objects);
        break;
    }
    case EngineRequest::Mode::Multiplexed:
    case EngineRequest::Mode::Hijack:
        if (m_request.mode == EngineRequest::Mode::Multiplexed || hijackMux) {
            const auto frames = m_mux.feed(data);
            if (m_mux.hasError()) {
                finish(EngineError::protocol(m_mux.errorString()));
                return;
            }
            for (const auto &f : frames) {
                if (f.stream == MultiplexedDecoder::SystemError && !m_streamError)
                    m_streamError = EngineError(EngineError::Server, QString::fromUtf8(f.data).trimmed());
            }
            if (!frames.isEmpty())
                Q_EMIT framesReceived(frames);
        } else {
            Q_EMIT dataReceived(data);
        }
        break;
    }
}

void EngineReply::handleJson(const QList<QJsonObject> &objects)
{
    for (const QJsonObject &o : objects) {
        // Pull, import and load report failures inside a 200 stream.
        if (!m_streamError
            && (o.contains(QLatin1String("error")) || o.contains(QLatin1String("errorDetail")))) {
            QString message
                = o.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
            if (message.isEmpty())
                message = o.value(QLatin1String("error")).toString();
            m_streamError = EngineError(EngineError::Server, message, m_parser.statusCode());
        }
        Q_EMIT jsonReceived(o);
        if (m_finished)
            return;
    }
}

void EngineReply::onDisconnected()
{
    if (m_finished)
        return;
    if (m_readPaused) {
        m_closedWhilePaused = true; // what is still buffered is read on resume, then this again
        return;
    }
    // A pooled connection the engine closed while idle: try once more on a fresh one,
    // but only when nothing of the request can have been acted on.
    if (m_reused && !m_receivedAny && !m_retried && !m_request.bodyDevice) {
        m_retried = true;
        releaseSocket(false);
        startOn(nullptr, false);
        return;
    }
    if (m_socket && m_socket->device()->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    m_parser.closed();
    if (m_parser.isUpgraded()) {
        finish(m_streamError.value_or(EngineError()));
        return;
    }
    if (m_parser.hasError()) {
        if (!m_receivedAny || m_parser.closedMidBody())
            finish(EngineError::connection(EngineError::Closed,
                m_client ? m_client->endpoint().url() : QString(),
                m_parser.closedMidBody() ? m_parser.errorString() : QString()));
        else
            finish(EngineError::protocol(m_parser.errorString()));
        return;
    }
    process();
}

void EngineReply::onSocketError(EngineError::Transport transport, const QString &message)
{
    if (m_finished || !m_socket)
        return;
    if (transport == EngineError::OtherTransport && m_receivedAny) {
        onDisconnected();
        return;
    }
    if (m_client && m_client->endpoint().isRemote() && transport != EngineError::Closed)
        finish(EngineError::remoteConnection(transport, message));
    else
        finish(
            EngineError::connection(transport, m_client ? m_client->endpoint().url() : QString(), message));
}

void EngineReply::write(const QByteArray &data)
{
    if (m_finished || m_writeClosed)
        return;
    if (m_socket && m_parser.isUpgraded())
        m_socket->device()->write(data);
    else
        m_pendingStdin.append(data);
}

void EngineReply::closeWrite()
{
    m_closeWriteRequested = true;
    if (m_finished || m_writeClosed || !m_socket || !m_parser.isUpgraded())
        return;
    if (m_socket->bytesToWrite() > 0)
        return; // onBytesWritten() comes back here
    m_writeClosed = true;
    m_socket->closeWrite();
}

void EngineReply::abort()
{
    if (m_finished)
        return;
    finish(EngineError(EngineError::Cancelled, QCoreApplication::translate("EngineError", "Cancelled.")));
}

bool EngineReply::waitForFinished(int msecs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    connect(this, &EngineReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    if (msecs >= 0) {
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(msecs);
    }
    loop.exec();
    return m_finished;
}

void EngineReply::releaseSocket(bool reusable)
{
    EngineSocket *socket = m_socket.data();
    m_socket.clear();
    if (!socket)
        return;
    socket->disconnect(this);
    if (reusable && m_client) {
        socket->setReadBufferSize(0); // a paused read's limit is not the next request's
        m_client->recycle(socket);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void EngineReply::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timeout.stop();
    if (m_request.bodyDevice)
        m_request.bodyDevice->disconnect(this);
    // An answer read to its end leaves the connection ready for the next request, whatever its
    // status said: a 404 for "is that name free there?" is an answer like any other (over ssh,
    // a new connection is a new session on the other machine, about half a second).
    // So does a stream read to its end; a hijacked connection is the session's own.
    const bool reusable = error.kind() != EngineError::Cancelled
        && m_request.mode != EngineRequest::Mode::Hijack && !m_parser.isUpgraded() && m_parser.isComplete()
        && m_parser.keepAlive() && m_uploadDone && m_socket && m_socket->device()->bytesAvailable() == 0;
    releaseSocket(reusable);
    if (error.isError()) {
        qCDebug(lcEngine) << m_request.method << m_request.path << "failed:" << error.kind()
                          << error.message();
        Q_EMIT failed(error);
    }
    Q_EMIT finished();
}
