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

QString RegistryMessages::certsDirFile(const QString &server, bool podman)
{
    return (podman ? QStringLiteral("/etc/containers/certs.d/") : QStringLiteral("/etc/docker/certs.d/"))
        + DockerCredentials::serverKey(server) + QStringLiteral("/ca.crt");
}

QString RegistryMessages::untrustedCertificate(const QString &server, const QString &detail, bool podman)
{
    return Tr::tr("%1's TLS certificate is not trusted (%2). If the registry has a certificate "
                  "authority of its own, put that authority's certificate in %3 on the engine's "
                  "machine (Berth reads it from there too), then try again.")
        .arg(displayName(server), detail.left(300), certsDirFile(server, podman));
}

bool RegistryMessages::isUntrustedCertificate(const EngineError &error)
{
    // The engine's failure (a 5xx, or an error inside the pull's stream); which one only its text
    // says: Go's crypto/x509 errors ("x509: certificate signed by unknown authority", "tls: failed
    // to verify certificate: x509: …") are the one place "x509: " appears.
    return error.kind() == EngineError::Server && error.message().contains(QLatin1String("x509: "));
}

EngineError RegistryMessages::withCertificateHint(
    const EngineError &error, const QString &server, bool podman)
{
    if (!isUntrustedCertificate(error))
        return error;
    return EngineError(
        error.kind(), untrustedCertificate(server, error.message(), podman), error.httpStatus());
}
