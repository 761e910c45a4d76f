// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QString>

/// What the registry features say to the user, shared by the window and berthctl.
namespace RegistryMessages {
/// A registry as the user knows it: "Docker Hub" for Docker Hub's key, else the host[:port].
QString displayName(const QString &server);
/// The berthctl command that signs in to @p server ("berthctl login HOST"; Hub needs no HOST).
QString loginCommand(const QString &server);
/// @p error of a pull or push made without a sign-in for @p server, with what to do: sign in to
/// it. @p credentialError (a helper's failure) is said too.
EngineError withSignInHint(const EngineError &error, const QString &server, const QString &credentialError);
/// Where an engine reads a registry's own certificate authority: Docker's
/// /etc/docker/certs.d/HOST:PORT/ca.crt, Podman's /etc/containers/certs.d/HOST:PORT/ca.crt.
QString certsDirFile(const QString &server, bool podman);
/// A registry whose TLS certificate is not trusted (@p detail: what the TLS library said), with
/// where the engine and Berth look for its authority.
QString untrustedCertificate(const QString &server, const QString &detail, bool podman);
/// Whether an engine's error is a TLS certificate it did not trust. The engines say so only in
/// text (Go's crypto/x509 errors, which all begin "x509: "); read narrowly.
bool isUntrustedCertificate(const EngineError &error);
/// @p error (a pull, push or sign-in through the engine) with untrustedCertificate()'s advice when
/// it is a TLS certificate the engine did not trust; else @p error.
EngineError withCertificateHint(const EngineError &error, const QString &server, bool podman);
/// docker's warning when a password goes into config.json as it is.
QString plainTextWarning(const QString &configPath);
} // namespace RegistryMessages
