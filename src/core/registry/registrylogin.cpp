// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registrylogin.h"

#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/systemapi.h"
#include "registry/registryclient.h"
#include "registry/registrymessages.h"

#include <QJsonObject>

void RegistryLogin::verify(EngineClient *client, const RegistryCredential &credential, QObject *context,
    const std::function<void(const QString &, const QString &)> &done)
{
    if (client->info().podman && DockerCredentials::isLoopback(credential.server)) {
        auto *registry = new RegistryClient(credential, context);
        registry->setEngineIsPodman(true);
        registry->check([registry, done](RegistryClient::Result result) {
            registry->deleteLater();
            done(result.error, QString());
        });
        return;
    }
    EngineReply *reply = SystemApi(client).auth(DockerCredentials::authBody(credential));
    const bool podman = client->info().podman;
    QObject::connect(reply, &EngineReply::finished, context, [reply, done, credential, podman] {
        reply->deleteLater();
        if (reply->error().isError()) {
            done(RegistryMessages::withCertificateHint(reply->error(), credential.server, podman).toString(),
                QString());
            return;
        }
        done(QString(),
            reply->json().object().value(QLatin1String("IdentityToken")).toString().left(64 * 1024));
    });
}
