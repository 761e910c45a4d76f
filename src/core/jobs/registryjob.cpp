// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/registryjob.h"

#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "registry/credentiallookup.h"
#include "registry/dockercredentials.h"
#include "registry/registrymessages.h"

RegistryJob::RegistryJob(
    QString title, QString command, EngineClient *client, QString reference, QObject *parent)
    : Job(std::move(title), std::move(command), parent)
    , m_client(client)
    , m_reference(std::move(reference))
{
}

bool RegistryJob::lookingUpCredential() const
{
    return m_lookup && m_lookup->helperRunning();
}

void RegistryJob::start()
{
    setRunning();
    const QString registry = DockerCredentials::registryOf(m_reference);
    m_lookup = new CredentialLookup(registry, m_env, this);
    connect(m_lookup, &CredentialLookup::finished, this,
        [this, registry](const RegistryCredential &credential, const QString &credentialError) {
            m_lookup->deleteLater();
            if (isFinished() || isAbandoning())
                return;
            const bool signedIn = !credential.isEmpty();
            EngineReply *reply = send(DockerCredentials::registryAuthHeader(credential));
            watch(reply);
            connect(reply, &EngineReply::jsonReceived, this, &RegistryJob::applyProgress);
            connect(reply, &EngineReply::finished, this, [this, reply, registry, signedIn, credentialError] {
                reply->deleteLater();
                const EngineError error = reply->error();
                if (!error.isError())
                    succeed();
                else if (RegistryMessages::isUntrustedCertificate(error))
                    fail(RegistryMessages::withCertificateHint(error, registry, m_client->info().podman));
                else if (signedIn || error.kind() == EngineError::Cancelled
                    || error.kind() == EngineError::ConnectionFailed)
                    fail(error);
                else
                    fail(RegistryMessages::withSignInHint(error, registry, credentialError));
            });
        });
    m_lookup->start();
}

void RegistryJob::undo(const EngineError &error)
{
    // Cancelled while the helper still runs: it is killed, and no request is sent.
    if (m_lookup)
        m_lookup->cancel();
    Job::undo(error);
}
