// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QIODevice>

#include <memory>

/**
 * TLS to an engine's tcp:// port, through OpenSSL on a QTcpSocket: the plain bytes both ways,
 * read and written like a socket's. OpenSSL rather than QSslSocket because a hijacked exec
 * session must end its stdin while it goes on reading (the docker CLI's CloseWrite: a TLS
 * close_notify, then reading on); Qt only closes the whole connection.
 *
 * Verification as the docker CLI's: the engine's certificate must chain to the given authority
 * and name the host (or its IP address); a client certificate and key are sent when given.
 */
class TlsConnection : public QIODevice
{
    Q_OBJECT
public:
    struct Settings
    {
        QString host;
        quint16 port = 0;
        /// The authority the engine's certificate must chain to (PEM).
        QString caFile;
        /// This client's certificate and key (PEM); not sent when the certificate file is missing.
        QString certFile;
        QString keyFile;
        /// Whether the engine's certificate is checked (SkipTLSVerify turns this off).
        bool verify = true;
    };

    explicit TlsConnection(QObject *parent = nullptr);
    ~TlsConnection() override;

    /// Reads the certificates and starts connecting: encrypted() or errorOccurred() follows. An
    /// empty return means it started; otherwise why it could not (nothing was sent).
    QString connectToEngine(const Settings &settings);
    bool isEncrypted() const;
    QAbstractSocket::SocketState state() const;
    /// Why the engine's certificate was not trusted, in words (empty when it was, or not checked).
    QString verificationProblem() const;
    /// Ends what this side sends (close_notify) and keeps reading what the engine still sends.
    void closeWrite();
    void abort();
    /// Stops reading from the network past @p bytes of decrypted data buffered (0: no limit).
    void setReadBufferSize(qint64 bytes);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;

Q_SIGNALS:
    void encrypted();
    /// Encrypted bytes handed to the system.
    void encryptedBytesWritten(qint64 bytes);
    void disconnected();
    void errorOccurred(QAbstractSocket::SocketError error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    void pump();
    /// pump() soon: reading may go on (a buffer limit lifted or drained).
    void pumpLater();
    void flushOut();
    void ended();
    void fail(QAbstractSocket::SocketError error, const QString &text);
    friend struct TlsVerify;
};
