// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registrymessages.h"

#include "registry/dockercredentials.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegistryMessages)
};
} // namespace

QString RegistryMessages::displayName(const QString &server)
{
    const QString key = DockerCredentials::serverKey(server);
    return key == DockerCredentials::dockerHubServer() ? Tr::tr("Docker Hub") : key;
}

QString RegistryMessages::loginCommand(const QString &server)
{
    const QString key = DockerCredentials::serverKey(server);
    return key == DockerCredentials::dockerHubServer() ? QStringLiteral("berthctl login")
                                                       : QStringLiteral("berthctl login ") + key;
}

EngineError RegistryMessages::withSignInHint(
    const EngineError &error, const QString &server, const QString &credentialError)
{
    QString message = error.message();
    if (!credentialError.isEmpty())
        message += QLatin1Char('\n') + credentialError;
    message += QLatin1Char('\n')
        + Tr::tr("Berth has no sign-in for %1. If the image is private or the registry wants a "
                 "sign-in, sign in first (the Registries page, or %2), then try again.")
              .arg(displayName(server), loginCommand(server));
    return EngineError(error.kind(), message, error.httpStatus());
}

QString RegistryMessages::plainTextWarning(const QString &configPath)
{
    // The docker CLI's own words.
    return Tr::tr("WARNING! Your password will be stored unencrypted in %1.\n"
                  "Configure a credential helper to remove this warning. See\n"
                  "https://docs.docker.com/engine/reference/commandline/login/#credentials-store")
        .arg(configPath);
}
