// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/dockercredentials.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

class QProcess;

/**
 * DockerCredentials::get() without waiting: config.json is read at once, but a credential helper
 * (docker-credential-NAME get, which may wait for a key store's passphrase) runs as a QProcess
 * driven by its signals, so the thread that asked (the window's) keeps turning. The helper has
 * DockerCredentials::HelperTimeoutMs and HelperOutputLimit, as when it is waited for; cancel()
 * kills it, and then finished() is not emitted.
 */
class CredentialLookup : public QObject
{
    Q_OBJECT
public:
    explicit CredentialLookup(QString server,
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(), QObject *parent = nullptr);
    ~CredentialLookup() override;

    /// Starts the lookup; finished() comes later, never from inside start().
    void start();
    /// Stops a helper still running (killed); finished() will not come.
    void cancel();
    /// Whether a helper is running now.
    bool helperRunning() const;

Q_SIGNALS:
    /// The sign-in (empty when there is none) and a helper's failure ("" when it worked or had
    /// nothing stored).
    void finished(const RegistryCredential &credential, const QString &error);

private:
    void finish(const RegistryCredential &credential, const QString &error);

    QString m_server;
    QProcessEnvironment m_env;
    QString m_helper;
    QPointer<QProcess> m_process;
    QByteArray m_output;
    QTimer m_timeout;
    bool m_done = false;
};
