// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/dockercredentials.h"

#include <QString>

#include <functional>

class EngineClient;
class QObject;

namespace RegistryLogin {
/**
 * Checks a sign-in as docker login does, through the engine's POST /auth, and calls @p done with
 * an error ("" when it worked) and the identity token the engine may give instead of the
 * password. Podman's /auth takes only `localhost:` as plain HTTP (whatever registries.conf
 * says), so for a registry on the loopback network Podman's answer is left aside and the
 * registry itself is asked (RegistryClient), as the docker CLI's engine would reach it.
 */
void verify(EngineClient *client, const RegistryCredential &credential, QObject *context,
    const std::function<void(const QString &error, const QString &identityToken)> &done);
} // namespace RegistryLogin
