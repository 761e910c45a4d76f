// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/credentiallookup.h"

#include <QCoreApplication>
#include <QProcess>

namespace {
QString helperText(const char *text)
{
    // The words DockerCredentials uses for the same helper's troubles.
    return QCoreApplication::translate("DockerCredentials", text);
}
} // namespace

CredentialLookup::CredentialLookup(QString server, QProcessEnvironment env, QObject *parent)
    : QObject(parent)
    , m_server(DockerCredentials::serverKey(server))
    , m_env(std::move(env))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(DockerCredentials::HelperTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_process->disconnect(this);
        m_process->kill();
        finish({},
            helperText("%1 %2 did not answer within %3 s (a locked key store waiting for a password?).")
                .arg(QStringLiteral("docker-credential-") + m_helper, QStringLiteral("get"))
                .arg(DockerCredentials::HelperTimeoutMs / 1000));
    });
}

CredentialLookup::~CredentialLookup()
{
    cancel();
}

bool CredentialLookup::helperRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void CredentialLookup::cancel()
{
    m_done = true;
    m_timeout.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Killed, and reaped when it has gone (its object with it), without waiting here.
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void CredentialLookup::finish(const RegistryCredential &credential, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    Q_EMIT finished(credential, error);
}

void CredentialLookup::start()
{
    const DockerCredentials credentials(m_env);
    m_helper = credentials.helperFor(m_server);
    if (m_helper.isEmpty()) {
        // config.json itself: nothing to wait for, but finished() comes from the event loop.
        QString error;
        const RegistryCredential credential = credentials.get(m_server, &error);
        QTimer::singleShot(0, this, [this, credential, error] { finish(credential, error); });
        return;
    }
    QString error;
    const QString program = credentials.helperProgram(m_helper, &error);
    if (program.isEmpty()) {
        RegistryCredential none;
        none.server = m_server;
        QTimer::singleShot(0, this, [this, none, error] { finish(none, error); });
        return;
    }
    const QString name = QStringLiteral("docker-credential-") + m_helper;
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_env);
    connect(m_process, &QProcess::started, this, [this] {
        // Docker Hub is asked by its URL, other registries by host[:port], as docker does.
        m_process->write(m_server.toUtf8());
        m_process->closeWriteChannel();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this, name] {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > DockerCredentials::HelperOutputLimit) {
            m_process->disconnect(this);
            m_process->kill();
            finish({},
                helperText("%1 %2 wrote more than 1 MiB; it was stopped.").arg(name, QStringLiteral("get")));
        }
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, name](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({}, helperText("%1 did not start: %2").arg(name, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_output += m_process->readAllStandardOutput();
        if (status != QProcess::NormalExit || code != 0) {
            const QByteArray said
                = m_output.trimmed().isEmpty() ? m_process->readAllStandardError().left(4096) : m_output;
            RegistryCredential none;
            none.server = m_server;
            finish(none, DockerCredentials::helperFailure(m_helper, QStringLiteral("get"), said));
            return;
        }
        finish(DockerCredentials::fromHelperAnswer(
                   m_server, m_output.left(DockerCredentials::HelperOutputLimit)),
            QString());
    });
    m_timeout.start();
    m_process->start(program, {QStringLiteral("get")});
}
