// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/tlsconnection.h"

#include "util/bytequeue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EngineSocket)
};

/// The oldest error OpenSSL queued, in its words (and the queue emptied).
QString openSslError()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        if (text.isEmpty()) {
            char buffer[256];
            ERR_error_string_n(code, buffer, sizeof buffer);
            const char *reason = ERR_reason_error_string(code);
            text = QString::fromLatin1(reason ? reason : buffer);
        }
    }
    return text;
}

QDateTime dateOf(const ASN1_TIME *time)
{
    struct tm t
    {
    };
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
        QTimeZone::utc());
}

/// The names and addresses a certificate is for (its subject alternative names).
QStringList namesOf(X509 *certificate)
{
    QStringList names;
    auto *general
        = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!general)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(general, i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING *s = name->d.dNSName;
            names << QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *s = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(s);
            if (ASN1_STRING_length(s) == 4)
                names << QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
                    | quint32(bytes[2]) << 8 | quint32(bytes[3]))
                             .toString();
            else if (ASN1_STRING_length(s) == 16)
                names << QHostAddress(bytes).toString();
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}

} // namespace

struct TlsConnection::Private
{
    QTcpSocket *tcp = nullptr;
    SSL_CTX *context = nullptr;
    SSL *ssl = nullptr;
    BIO *network = nullptr; // what came from the engine, for OpenSSL to read
    BIO *outgoing = nullptr; // what OpenSSL wrote, for the engine
    Settings settings;
    ByteQueue plain;
    qint64 readLimit = 0;
    bool handshakeDone = false;
    bool failed = false;
    bool pumpQueued = false;
    bool ended = false; // the engine's close_notify or its TCP end
    QString verificationProblem;

    void release()
    {
        if (ssl)
            SSL_free(ssl); // and both BIOs
        if (context)
            SSL_CTX_free(context);
        ssl = nullptr;
        context = nullptr;
        network = outgoing = nullptr;
    }
};

/// OpenSSL's check of each certificate: the first objection, in words that say what is wrong.
struct TlsVerify
{
    static int check(int ok, X509_STORE_CTX *store)
    {
        if (ok)
            return ok;
        auto *ssl
            = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        auto *self = ssl ? static_cast<TlsConnection *>(SSL_get_app_data(ssl)) : nullptr;
        if (!self || !self->d->verificationProblem.isEmpty())
            return ok;
        X509 *certificate = X509_STORE_CTX_get_current_cert(store);
        const TlsConnection::Settings &s = self->d->settings;
        const int error = X509_STORE_CTX_get_error(store);
        QString text;
        switch (error) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_CERT_UNTRUSTED:
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
            text
                = Tr::tr("its certificate is not signed by the authority Berth was given (%1)").arg(s.caFile);
            break;
        case X509_V_ERR_CERT_HAS_EXPIRED:
            text = Tr::tr("its certificate expired on %1")
                       .arg(dateOf(X509_get0_notAfter(certificate)).toString(Qt::ISODate));
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            text = Tr::tr("its certificate is valid only from %1 (is this computer's clock right?)")
                       .arg(dateOf(X509_get0_notBefore(certificate)).toString(Qt::ISODate));
            break;
        case X509_V_ERR_HOSTNAME_MISMATCH:
        case X509_V_ERR_IP_ADDRESS_MISMATCH:
            text = Tr::tr("its certificate is for %1, not %2")
                       .arg(namesOf(certificate).join(QStringLiteral(", ")), s.host);
            break;
        default:
            text = QString::fromLatin1(X509_verify_cert_error_string(error));
        }
        self->d->verificationProblem = text;
        return ok;
    }
};

TlsConnection::TlsConnection(QObject *parent)
    : QIODevice(parent)
    , d(std::make_unique<Private>())
{
    d->tcp = new QTcpSocket(this);
    connect(d->tcp, &QTcpSocket::connected, this, [this] {
        // The client speaks first: its hello.
        pump();
    });
    connect(d->tcp, &QTcpSocket::readyRead, this, &TlsConnection::pump);
    connect(d->tcp, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
        if (d->handshakeDone)
            Q_EMIT encryptedBytesWritten(bytes);
    });
    connect(d->tcp, &QTcpSocket::disconnected, this, [this] {
        if (d->failed)
            return;
        if (!d->handshakeDone) {
            fail(QAbstractSocket::RemoteHostClosedError, d->tcp->errorString());
            return;
        }
        // What the engine sent last, all of it decrypted before its end is told.
        d->readLimit = 0;
        const QPointer<TlsConnection> alive(this);
        pump();
        if (alive)
            ended();
    });
    connect(d->tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // The other side's end: disconnected() says it, with the handshake's state.
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        fail(error, d->tcp->errorString());
    });
}

TlsConnection::~TlsConnection()
{
    d->release();
}

QString TlsConnection::connectToEngine(const Settings &settings)
{
    d->settings = settings;
    d->release();
    d->context = SSL_CTX_new(TLS_client_method());
    if (!d->context)
        return openSslError();
    SSL_CTX_set_min_proto_version(d->context, TLS1_2_VERSION);
    const QByteArray ca = QFile::encodeName(settings.caFile);
    if (!settings.caFile.isEmpty() && QFile::exists(settings.caFile)) {
        if (SSL_CTX_load_verify_locations(d->context, ca.constData(), nullptr) != 1) {
            openSslError();
            return Tr::tr("%1 holds no certificate authority.").arg(settings.caFile);
        }
    } else if (settings.verify) {
        return Tr::tr("The engine's certificate authority (%1) is missing: Berth cannot tell the engine "
                      "is the one you mean.")
            .arg(settings.caFile);
    }
    if (QFile::exists(settings.certFile)) {
        const QByteArray cert = QFile::encodeName(settings.certFile);
        const QByteArray key = QFile::encodeName(settings.keyFile);
        if (SSL_CTX_use_certificate_chain_file(d->context, cert.constData()) != 1
            || SSL_CTX_use_PrivateKey_file(d->context, key.constData(), SSL_FILETYPE_PEM) != 1
            || SSL_CTX_check_private_key(d->context) != 1) {
            const QString why = openSslError();
            return Tr::tr("The client certificate %1 or its key %2 cannot be read as PEM.")
                       .arg(settings.certFile, settings.keyFile)
                + QStringLiteral(" (") + why + QLatin1Char(')');
        }
    }
    SSL_CTX_set_verify(d->context, settings.verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, &TlsVerify::check);
    d->ssl = SSL_new(d->context);
    SSL_set_app_data(d->ssl, this);
    const QByteArray host = settings.host.toUtf8();
    if (QHostAddress(settings.host).isNull()) {
        SSL_set_tlsext_host_name(d->ssl, host.constData());
        SSL_set1_host(d->ssl, host.constData());
    } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(d->ssl), host.constData());
    }
    d->network = BIO_new(BIO_s_mem());
    d->outgoing = BIO_new(BIO_s_mem());
    SSL_set_bio(d->ssl, d->network, d->outgoing);
    SSL_set_connect_state(d->ssl);
    d->tcp->connectToHost(settings.host, settings.port);
    return {};
}

bool TlsConnection::isEncrypted() const
{
    return d->handshakeDone && !d->failed && !d->ended;
}

QAbstractSocket::SocketState TlsConnection::state() const
{
    return d->tcp->state();
}

QString TlsConnection::verificationProblem() const
{
    return d->verificationProblem;
}

void TlsConnection::closeWrite()
{
    if (!d->ssl || !d->handshakeDone)
        return;
    SSL_shutdown(d->ssl); // sends close_notify; reading goes on
    flushOut();
}

void TlsConnection::abort()
{
    d->failed = true;
    d->tcp->abort();
}

void TlsConnection::setReadBufferSize(qint64 bytes)
{
    d->readLimit = bytes;
    d->tcp->setReadBufferSize(bytes);
    if (bytes == 0)
        pumpLater();
}

qint64 TlsConnection::bytesAvailable() const
{
    return d->plain.size() + QIODevice::bytesAvailable();
}

qint64 TlsConnection::bytesToWrite() const
{
    return d->tcp->bytesToWrite();
}

qint64 TlsConnection::readData(char *data, qint64 maxSize)
{
    const bool wasFull = d->readLimit > 0 && d->plain.size() >= d->readLimit;
    const qint64 n = d->plain.read(data, maxSize);
    if (wasFull && d->plain.size() < d->readLimit)
        pumpLater();
    if (n == 0 && (d->ended || d->tcp->state() == QAbstractSocket::UnconnectedState))
        return -1;
    return n;
}

qint64 TlsConnection::writeData(const char *data, qint64 size)
{
    if (!d->ssl || !d->handshakeDone || d->failed)
        return -1;
    qint64 written = 0;
    while (written < size) {
        const int chunk = int(qMin<qint64>(size - written, 1 << 20));
        const int n = SSL_write(d->ssl, data + written, chunk);
        if (n <= 0) {
            const QString why = openSslError();
            fail(QAbstractSocket::SslInternalError, why);
            return written > 0 ? written : -1;
        }
        written += n;
    }
    flushOut();
    return written;
}

void TlsConnection::flushOut()
{
    char buffer[16384];
    while (d->outgoing && BIO_ctrl_pending(d->outgoing) > 0) {
        const int n = BIO_read(d->outgoing, buffer, sizeof buffer);
        if (n <= 0)
            break;
        d->tcp->write(buffer, n);
    }
}

void TlsConnection::fail(QAbstractSocket::SocketError error, const QString &text)
{
    if (d->failed)
        return;
    d->failed = true;
    setErrorString(text);
    const QPointer<TlsConnection> alive(this);
    Q_EMIT errorOccurred(error);
    if (alive)
        d->tcp->abort();
}

void TlsConnection::pumpLater()
{
    // Once per turn of the event loop, however often reading resumes meanwhile.
    if (std::exchange(d->pumpQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            d->pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void TlsConnection::ended()
{
    if (d->ended)
        return;
    d->ended = true;
    Q_EMIT disconnected();
}

void TlsConnection::pump()
{
    if (!d->ssl || d->failed || d->ended)
        return;
    const QPointer<TlsConnection> alive(this);
    const bool full = d->readLimit > 0 && d->plain.size() >= d->readLimit;
    if (!full) {
        const QByteArray raw = d->tcp->readAll();
        if (!raw.isEmpty())
            BIO_write(d->network, raw.constData(), int(raw.size()));
    }
    if (!d->handshakeDone) {
        const int r = SSL_do_handshake(d->ssl);
        flushOut();
        if (r != 1) {
            const int error = SSL_get_error(d->ssl, r);
            if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
                return;
            const QString why = openSslError();
            fail(QAbstractSocket::SslHandshakeFailedError,
                d->verificationProblem.isEmpty() ? why : d->verificationProblem);
            return;
        }
        d->handshakeDone = true;
        open(QIODevice::ReadWrite | QIODevice::Unbuffered);
        Q_EMIT encrypted();
        if (!alive)
            return;
    }
    bool got = false;
    char buffer[16384];
    while (d->readLimit == 0 || d->plain.size() < d->readLimit) {
        const int n = SSL_read(d->ssl, buffer, sizeof buffer);
        if (n > 0) {
            d->plain.push(QByteArray(buffer, n));
            got = true;
            continue;
        }
        const int error = SSL_get_error(d->ssl, n);
        if (error == SSL_ERROR_ZERO_RETURN) {
            // The engine's close_notify: its end, as Go reads it (an engine that ends a hijacked
            // session this way may leave the TCP connection open).
            flushOut();
            if (got)
                Q_EMIT readyRead();
            if (alive)
                ended();
            return;
        }
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
            break; // more later
        const QString why = openSslError();
        flushOut();
        if (got)
            Q_EMIT readyRead();
        if (alive)
            fail(QAbstractSocket::SslInternalError, why);
        return;
    }
    flushOut(); // session tickets, key updates
    if (got)
        Q_EMIT readyRead();
}
