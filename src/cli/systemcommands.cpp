// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl version, berthctl cleanup, berthctl system df.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/systemapi.h"
#include "model/diskusage.h"

#include <QDateTime>

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

namespace {

int cmdSystemDf(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl system df [-v] [--format json]"));
    options.flag({"-v", "--verbose"}).value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty()
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    EngineReply *reply = SystemApi(&client).dataUsage();
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    DiskUsage usage;
    if (!DiskUsage::parse(reply->body(), &usage, &error))
        return failWith(error);
    const bool json = options.isSet("--format");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (options.isSet("--verbose"))
        out() << (json ? usage.verboseJson(now) : usage.verboseTables(now));
    else
        out() << (json ? usage.summaryJson() : usage.summaryTable());
    return 0;
}

} // namespace

int cmdSystem(EngineClient &client, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("df"))
        return cmdSystemDf(client, args.mid(1));
    return failWith(Tr::tr("unknown command 'system %1'. Try: berthctl system df").arg(sub));
}
