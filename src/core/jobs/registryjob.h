// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <QJsonObject>
#include <QPointer>
#include <QProcessEnvironment>

class CredentialLookup;
class EngineClient;
class EngineReply;

/**
 * What a pull and a push share: the sign-in for the image's registry, looked up without waiting
 * (CredentialLookup: a credential helper runs as a process the event loop watches, so the window
 * never stops while a key store asks for its passphrase), then the engine's request with it as
 * X-Registry-Auth, its progress lines, and its end: a failure without a sign-in says to sign in
 * to that registry. Cancelling while the helper runs kills it and ends the job as cancelled.
 */
class RegistryJob : public Job
{
    Q_OBJECT
public:
    void start() override;
    /// One progress line of the engine's stream. Public for the tests, which feed recorded ones.
    virtual void applyProgress(const QJsonObject &line) = 0;
    /// The environment credential helpers and config.json are found in (the process's own by
    /// default); set before start().
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    /// Whether a credential helper is running for this job now (for the tests).
    bool lookingUpCredential() const;

protected:
    RegistryJob(QString title, QString command, EngineClient *client, QString reference, QObject *parent);
    EngineClient *client() const { return m_client; }
    QString reference() const { return m_reference; }
    /// Sends the engine's request with @p registryAuth (empty without a sign-in).
    virtual EngineReply *send(const QByteArray &registryAuth) = 0;
    void undo(const EngineError &error) override;

private:
    EngineClient *m_client;
    QString m_reference;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QPointer<CredentialLookup> m_lookup;
};
