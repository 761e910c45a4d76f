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
/// docker's warning when a password goes into config.json as it is.
QString plainTextWarning(const QString &configPath);
} // namespace RegistryMessages
