// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl version, berthctl cleanup.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/engineclient.h"

using namespace Cli;

int cmdVersion(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl version"));
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty())
        return failWith(options.usageError());
    const EngineInfo &i = client.info();
    out() << "Client: Berth " << QCoreApplication::applicationVersion() << "\n"
          << " API version:  " << EngineClient::NewestApi.toString() << " (newest), "
          << EngineClient::OldestApi.toString() << " (oldest)\n"
          << "Server: " << i.name << "\n"
          << " Version:      " << i.version << "\n"
          << " API version:  " << i.engineApi.toString() << " (minimum " << i.minApi.toString() << ", using "
          << i.api.toString() << ")\n"
          << " OS/Arch:      " << i.os << "/" << i.arch << "\n"
          << " Kernel:       " << i.kernel << "\n"
          << " Endpoint:     " << i.endpointUrl << " (" << client.endpoint().source << ")\n";
    return 0;
}

int cmdCleanup(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl cleanup"));
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty())
        return failWith(options.usageError());
    removeLeftoverHelpers(client);
    return 0;
}
