// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginesocket.h"

#include "engine/tlsconnection.h"

#include "util/shellwords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EngineSocket)
};

/// A Unix socket (a named pipe on Windows).
class LocalEngineSocket : public EngineSocket
{
public:
    LocalEngineSocket(QString path, QObject *parent)
        : EngineSocket(parent)
        , m_path(std::move(path))
        , m_socket(new QLocalSocket(this))
    {
        m_device = m_socket;
        connect(m_socket, &QLocalSocket::connected, this, &EngineSocket::connected);
        connect(m_socket, &QLocalSocket::readyRead, this, &EngineSocket::readyRead);
        connect(m_socket, &QLocalSocket::bytesWritten, this, &EngineSocket::bytesWritten);
        connect(m_socket, &QLocalSocket::disconnected, this, &EngineSocket::disconnected);
        connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
            if (error == QLocalSocket::PeerClosedError) {
                if (m_socket->state() == QLocalSocket::UnconnectedState)
                    Q_EMIT disconnected();
                return; // disconnected() follows
            }
            EngineError::Transport transport = EngineError::OtherTransport;
            if (error == QLocalSocket::ServerNotFoundError)
                transport = EngineError::SocketMissing;
            else if (error == QLocalSocket::SocketAccessError)
                transport = EngineError::PermissionDenied;
            else if (error == QLocalSocket::ConnectionRefusedError)
                transport = EngineError::Refused;
            Q_EMIT failed(transport, m_socket->errorString());
        });
    }
    void open() override { m_socket->connectToServer(m_path); }
    bool isConnected() const override { return m_socket->state() == QLocalSocket::ConnectedState; }
    void closeWrite() override
    {
#ifdef Q_OS_UNIX
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    }
    void abort() override
    {
        m_socket->abort();
    }
    void setReadBufferSize(qint64 bytes) override
    {
        m_socket->setReadBufferSize(bytes);
    }

private:
    QString m_path;
    QLocalSocket *m_socket;
};

/// TCP, with TLS unless the user asked for plain TCP.
class TcpEngineSocket : public EngineSocket
{
public:
    TcpEngineSocket(const Endpoint &endpoint, QObject *parent)
        : EngineSocket(parent)
        , m_endpoint(endpoint)
    {
        if (m_endpoint.tls.enabled) {
            m_tls = new TlsConnection(this);
            m_device = m_tls;
            // With TLS, connected means the handshake is done.
            connect(m_tls, &TlsConnection::encrypted, this, [this] {
                m_wasConnected = true;
                Q_EMIT connected();
            });
            connect(m_tls, &TlsConnection::readyRead, this, &EngineSocket::readyRead);
            connect(m_tls, &TlsConnection::encryptedBytesWritten, this, &EngineSocket::bytesWritten);
            connect(m_tls, &TlsConnection::disconnected, this, &EngineSocket::disconnected);
            connect(m_tls, &TlsConnection::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
                Q_EMIT failed(transportOf(error), message(error));
            });
            return;
        }
        m_tcp = new QTcpSocket(this);
        m_device = m_tcp;
        connect(m_tcp, &QTcpSocket::connected, this, [this] {
            m_wasConnected = true;
            Q_EMIT connected();
        });
        connect(m_tcp, &QTcpSocket::readyRead, this, &EngineSocket::readyRead);
        connect(m_tcp, &QTcpSocket::bytesWritten, this, &EngineSocket::bytesWritten);
        connect(m_tcp, &QTcpSocket::disconnected, this, [this] {
            if (m_wasConnected)
                Q_EMIT disconnected();
        });
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError && m_wasConnected)
                return; // disconnected() follows
            Q_EMIT failed(transportOf(error), message(error));
        });
    }

    void open() override
    {
        if (m_tcp) {
            m_tcp->connectToHost(m_endpoint.host, quint16(m_endpoint.port));
            return;
        }
        TlsConnection::Settings settings;
        settings.host = m_endpoint.host;
        settings.port = quint16(m_endpoint.port);
        settings.caFile = m_endpoint.tls.caFile;
        settings.certFile = m_endpoint.tls.certFile;
        settings.keyFile = m_endpoint.tls.keyFile;
        settings.verify = m_endpoint.tls.verify;
        const QString problem = m_tls->connectToEngine(settings);
        if (!problem.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, problem] { Q_EMIT failed(EngineError::OtherTransport, problem); },
                Qt::QueuedConnection);
    }
    bool isConnected() const override
    {
        if (m_tls)
            return m_tls->state() == QAbstractSocket::ConnectedState && m_tls->isEncrypted();
        return m_tcp->state() == QAbstractSocket::ConnectedState;
    }
    void closeWrite() override
    {
        if (m_tls) {
            m_tls->closeWrite(); // close_notify, as the docker CLI's CloseWrite
            return;
        }
#ifdef Q_OS_UNIX
        ::shutdown(int(m_tcp->socketDescriptor()), SHUT_WR);
#endif
    }
    void abort() override
    {
        if (m_tls)
            m_tls->abort();
        else
            m_tcp->abort();
    }
    void setReadBufferSize(qint64 bytes) override
    {
        if (m_tls)
            m_tls->setReadBufferSize(bytes);
        else
            m_tcp->setReadBufferSize(bytes);
    }

private:
    static EngineError::Transport transportOf(QAbstractSocket::SocketError error)
    {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return EngineError::Refused;
        case QAbstractSocket::RemoteHostClosedError:
            return EngineError::Closed;
        default:
            return EngineError::OtherTransport;
        }
    }
    QString message(QAbstractSocket::SocketError error) const
    {
        const QString where = m_endpoint.url();
        const QString problem = m_tls ? m_tls->verificationProblem() : QString();
        if (!problem.isEmpty())
            return Tr::tr("Berth cannot trust the engine at %1: %2. Check its certificates (docker context "
                          "inspect shows which), the address, and this computer's clock.")
                .arg(where, problem);
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return Tr::tr(
                "Nothing listens on %1: is the engine started with -H tcp://…, and is the port right?")
                .arg(where);
        case QAbstractSocket::HostNotFoundError:
            return Tr::tr("The machine %1 is not known: check its name.").arg(m_endpoint.host);
        case QAbstractSocket::SocketTimeoutError:
            return Tr::tr("%1 did not answer: the machine may be off, or a firewall in the way.").arg(where);
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::RemoteHostClosedError:
            if (m_tls && !m_tls->isEncrypted())
                return Tr::tr(
                    "%1 ended the TLS handshake: it may speak plain TCP, or want a client certificate "
                    "Berth does not have (%2): %3")
                    .arg(where, m_endpoint.tls.certFile, m_tls->errorString());
            break;
        default:
            break;
        }
        return m_device->errorString();
    }

    Endpoint m_endpoint;
    QTcpSocket *m_tcp = nullptr;
    TlsConnection *m_tls = nullptr;
    bool m_wasConnected = false;
};

/// ssh to the other machine, whose docker CLI relays the bytes to its engine
/// (`docker system dial-stdio`), over one ssh connection shared by every EngineSocket.
class SshEngineSocket : public EngineSocket
{
public:
    SshEngineSocket(const Endpoint &endpoint, QObject *parent)
        : EngineSocket(parent)
        , m_endpoint(endpoint)
        , m_process(new QProcess(this))
    {
        m_device = m_process;
        m_process->setReadChannel(QProcess::StandardOutput);
        connect(m_process, &QProcess::started, this, &EngineSocket::connected);
        connect(m_process, &QProcess::readyReadStandardOutput, this, &EngineSocket::readyRead);
        connect(m_process, &QProcess::bytesWritten, this, &EngineSocket::bytesWritten);
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            const QByteArray more = m_process->readAllStandardError();
            if (m_stderr.size() < 64 * 1024)
                m_stderr += more.left(64 * 1024 - m_stderr.size());
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                Q_EMIT failed(EngineError::OtherTransport,
                    Tr::tr("Cannot run %1: is OpenSSH's client installed (Debian: openssh-client)?")
                        .arg(sshCommand().value(0)));
        });
        connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
            m_stderr += m_process->readAllStandardError();
            if (m_aborted)
                return;
            // ssh says why it could not get there (255), the docker CLI there why it could not
            // reach its engine; a relay that simply ends is the engine closing.
            const QString said = QString::fromLocal8Bit(m_stderr).trimmed();
            if (!m_gotOutput && (code != 0 || !said.isEmpty())) {
                const auto [transport, text] = explain(said, code);
                Q_EMIT failed(transport, text);
                return;
            }
            Q_EMIT disconnected();
        });
        connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { m_gotOutput = true; });
    }
    ~SshEngineSocket() override { abort(); }

    /// The ssh command: `ssh`, or what BERTH_SSH_COMMAND says (as GIT_SSH_COMMAND).
    static QStringList sshCommand()
    {
        const QString custom = qEnvironmentVariable("BERTH_SSH_COMMAND");
        if (!custom.isEmpty()) {
            const QStringList words = ShellWords::split(custom);
            if (!words.isEmpty())
                return words;
        }
        return {QStringLiteral("ssh")};
    }

    /// Where the shared connections' control sockets live: this user's only ($XDG_RUNTIME_DIR, else
    /// a folder of the user's own in /tmp; a socket path has room for about 100 bytes).
    static QString controlFolder()
    {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QString folder = runtime + QStringLiteral("/berth-ssh");
        // ssh's socket name: the folder, a 40-character hash and a 17-character temporary suffix.
        if (runtime.isEmpty() || QFile::encodeName(folder).size() + 1 + 40 + 17 > 100)
            folder = QStringLiteral("/tmp/berth-ssh-%1").arg(::getuid());
        QDir().mkpath(folder);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Somebody else's folder of that name is not used: no sharing then.
        if (QFileInfo(folder).ownerId() != ::getuid())
            return {};
        return folder;
    }

    void open() override
    {
        QStringList command = sshCommand();
        const QString program = command.takeFirst();
        // As the docker CLI's connhelper, plus connection sharing so that the event stream, the lists
        // and a followed log do not each pay a handshake. BatchMode: ssh never asks for a password,
        // so none passes through Berth; the user's keys, agent and ~/.ssh/config apply.
        QStringList args = command;
        args << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=30") << QStringLiteral("-o")
             << QStringLiteral("BatchMode=yes");
        const QString control = controlFolder();
        if (!control.isEmpty())
            args << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
                 << QStringLiteral("ControlPath=") + control + QStringLiteral("/%C") << QStringLiteral("-o")
                 << QStringLiteral("ControlPersist=60");
        args << QStringLiteral("-T");
        if (!m_endpoint.user.isEmpty())
            args << QStringLiteral("-l") << m_endpoint.user;
        if (m_endpoint.port > 0)
            args << QStringLiteral("-p") << QString::number(m_endpoint.port);
        args << QStringLiteral("--") << m_endpoint.host << QStringLiteral("docker");
        if (!m_endpoint.socketPath.isEmpty())
            args << QStringLiteral("--host") << QStringLiteral("unix://") + m_endpoint.socketPath;
        args << QStringLiteral("system") << QStringLiteral("dial-stdio");
        m_process->start(program, args, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
    bool isConnected() const override { return m_process->state() == QProcess::Running; }
    void closeWrite() override { m_process->closeWriteChannel(); }
    void abort() override
    {
        if (m_process->state() == QProcess::NotRunning)
            return;
        m_aborted = true;
        m_process->kill();
        m_process->waitForFinished(1000);
    }

private:
    std::pair<EngineError::Transport, QString> explain(const QString &said, int code) const
    {
        const QString who
            = (m_endpoint.user.isEmpty() ? QString() : m_endpoint.user + QLatin1Char('@')) + m_endpoint.host;
        const QString last = said.section(QLatin1Char('\n'), -1);
        if (said.contains(QLatin1String("Host key verification failed"))
            || said.contains(QLatin1String("No ED25519 host key is known"))
            || said.contains(QLatin1String("host key is not known")))
            return {EngineError::OtherTransport,
                Tr::tr("ssh does not know %1's host key yet, so it cannot tell the machine is the right one. "
                       "Check and accept it once in a terminal: ssh %2 true")
                    .arg(m_endpoint.host,
                        (m_endpoint.port > 0 ? QStringLiteral("-p %1 ").arg(m_endpoint.port) : QString())
                            + who)};
        if (said.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")))
            return {EngineError::OtherTransport,
                Tr::tr(
                    "%1's host key is not the one ssh knows: the machine was reinstalled, or someone is in "
                    "between. ssh's message says which line of known_hosts to check.")
                    .arg(m_endpoint.host)};
        if (said.contains(QLatin1String("Permission denied (")))
            return {EngineError::PermissionDenied,
                Tr::tr("ssh could not sign in to %1 with your keys (%2). Add your key to the ssh agent "
                       "(ssh-add) or name it in ~/.ssh/config, and put its public half into "
                       "~/.ssh/authorized_keys there. Berth never asks for a password.")
                    .arg(who, last)};
        if (said.contains(QLatin1String("Connection refused")))
            return {EngineError::Refused,
                Tr::tr("%1 refused the ssh connection: is its ssh server running, on this port?").arg(who)};
        if (said.contains(QLatin1String("timed out")))
            return {EngineError::OtherTransport,
                Tr::tr("%1 did not answer ssh: the machine may be off, or a firewall in the way.").arg(who)};
        if (said.contains(QLatin1String("Could not resolve hostname")))
            return {EngineError::OtherTransport,
                Tr::tr("The machine %1 is not known: check its name.").arg(m_endpoint.host)};
        if (said.contains(QLatin1String("docker: command not found"))
            || said.contains(QLatin1String("docker: not found")) || code == 127)
            return {EngineError::OtherTransport,
                Tr::tr("%1 has no docker command: Berth reaches the engine there through it (docker system "
                       "dial-stdio). Install the docker CLI there (Debian: docker.io or docker-cli).")
                    .arg(who)};
        // docker 20.10 says "dial unix /path: connect: permission denied", later ones "permission
        // denied while trying to connect to the Docker daemon socket".
        if (said.contains(QLatin1String("connect: permission denied"))
            || (said.contains(QLatin1String("permission denied")) && said.contains(QLatin1String("docker"))))
            return {EngineError::PermissionDenied,
                Tr::tr("On %1 the user may not use the engine's socket: add them to the docker group there "
                       "(sudo usermod -aG docker USER, then sign in again).")
                    .arg(who)};
        if (said.contains(QLatin1String("Cannot connect to the Docker daemon"))
            || said.contains(QLatin1String("no such file or directory")))
            return {EngineError::SocketMissing,
                Tr::tr(
                    "On %1 no engine listens where docker looks (%2): start it there, or give its socket in "
                    "the address (ssh://%1/path/to/docker.sock).")
                    .arg(who, last)};
        return {EngineError::OtherTransport,
            Tr::tr("ssh to %1 ended (exit %2): %3").arg(who).arg(code).arg(last)};
    }

    Endpoint m_endpoint;
    QProcess *m_process;
    QByteArray m_stderr;
    bool m_gotOutput = false;
    bool m_aborted = false;
};

} // namespace

EngineSocket::EngineSocket(QObject *parent)
    : QObject(parent)
{
}

EngineSocket::~EngineSocket() = default;

qint64 EngineSocket::bytesToWrite() const
{
    return m_device ? m_device->bytesToWrite() : 0;
}

EngineSocket *EngineSocket::create(const Endpoint &endpoint, QObject *parent)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Tcp:
        return new TcpEngineSocket(endpoint, parent);
    case Endpoint::Kind::Ssh:
        return new SshEngineSocket(endpoint, parent);
    case Endpoint::Kind::Local:
        break;
    }
    return new LocalEngineSocket(endpoint.socketPath, parent);
}
