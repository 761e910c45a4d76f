// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl migrate export, import, transfer: a container with its data to another engine.
#include "cli/cli.h"
#include "cli/options.h"

#include "archive/bundlemanifest.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "jobs/enginesource.h"
#include "jobs/migrationexportjob.h"
#include "jobs/migrationimportjob.h"
#include "learn/runoptions.h"
#include "model/displayformat.h"
#include "util/shellwords.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Cli;

namespace {

int cmdMigrateExport(EngineClient &client, const QStringList &args)
{
    Options options(
        QStringLiteral("berthctl migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]"));
    options.value({"-o", "--output"})
        .flag({"--pause"})
        .flag({"--stop"})
        .flag({"--live"})
        .flag({"--include-binds"});
    if (!options.parse(args))
        return failWith(options.error());
    const QString folder = options.value("--output");
    if (options.positional().size() != 1 || folder.isEmpty()
        || int(options.isSet("--pause")) + int(options.isSet("--stop")) + int(options.isSet("--live")) > 1)
        return failWith(options.usageError());
    const QString container = options.positional().first();
    const auto consistency = options.isSet("--stop") ? MigrationExportJob::Consistency::Stop
        : options.isSet("--live")                    ? MigrationExportJob::Consistency::Live
                                                     : MigrationExportJob::Consistency::Pause;
    const bool includeBinds = options.isSet("--include-binds");
    removeLeftoverHelpers(client);
    MigrationExportJob job(&client, container, QFileInfo(folder).absoluteFilePath(), consistency);
    job.setIncludeBinds(includeBinds);
    const bool ok = runJob(job, [&job] { return job.detail(); });
    if (!ok)
        return failWith(job.errorString());
    const BundleManifest m = job.manifest();
    out() << job.detail() << "\n";
    for (const BundleManifest::File &f : m.files)
        out() << "  " << f.path << "  " << DisplayFormat::humanSize(f.size) << "  sha256 " << f.sha256
              << "\n";
    for (const BundleManifest::Bind &b : m.binds)
        std::fprintf(stderr, "berthctl: %s\n",
            qPrintable(
                Tr::tr("%1 binds the host folder %2, which is not migrated.").arg(b.destination, b.source)));
    return 0;
}

/// What migrate import and migrate transfer share: where it lands, and the user's word on
/// what exists there.
struct LandingOptions
{
    QString name;
    bool start = false;
    MigrationImportJob::OnConflict policy = MigrationImportJob::OnConflict::Refuse;
    QMap<QString, QString> volumeMap;
    QMap<QString, QString> portMap;
    QMap<QString, QString> bindMap;
    int allowedPowers = 0; ///< BundleManifest::Power, from the --allow-… options

    /// These options, in the command's own.
    static void declare(Options &options)
    {
        options.flag({"--start"})
            .value({"--name"})
            .value({"--on-conflict"})
            .value({"--volume-map"})
            .value({"--port-map"})
            .value({"--bind-map"});
        for (int power = 1; power <= BundleManifest::AllPowers; power <<= 1)
            options.flag({BundleManifest::optionFor(BundleManifest::Power(power))});
    }

    /// Reads them from @p options; false when a value is wrong.
    bool read(const Options &options)
    {
        name = options.value("--name");
        start = options.isSet("--start");
        for (int power = 1; power <= BundleManifest::AllPowers; power <<= 1) {
            if (options.isSet(BundleManifest::optionFor(BundleManifest::Power(power))))
                allowedPowers |= power;
        }
        const QString conflict = options.value("--on-conflict");
        if (conflict == QLatin1String("rename"))
            policy = MigrationImportJob::OnConflict::Rename;
        else if (conflict == QLatin1String("replace"))
            policy = MigrationImportJob::OnConflict::Replace;
        else if (conflict == QLatin1String("skip"))
            policy = MigrationImportJob::OnConflict::Skip;
        else if (!conflict.isEmpty())
            return false;
        // OLD=NEW each.
        const auto map = [&options](const QString &option, QMap<QString, QString> *into) {
            for (const QString &value : options.values(option)) {
                if (!value.contains(QLatin1Char('=')))
                    return false;
                into->insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
            }
            return true;
        };
        return map("--volume-map", &volumeMap) && map("--port-map", &portMap) && map("--bind-map", &bindMap);
    }

    /// Runs @p job with these options to its end; the exit code.
    int run(MigrationImportJob &job) const
    {
        job.setName(name);
        job.setStart(start);
        job.setOnConflict(policy);
        job.setVolumeMap(volumeMap);
        job.setPortMap(portMap);
        job.setBindMap(bindMap);
        job.setAllowedPowers(allowedPowers);
        const bool ok = runJob(job, [&job] { return job.detail(); });
        for (const QString &w : job.warnings())
            std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
        if (!ok && !job.deniedPowers().isEmpty()) {
            QString text = Tr::tr("the container would get powers over this machine; nothing was changed. "
                                  "Each needs its option, given only if you trust where it comes from:");
            for (const BundleManifest::PowerRequest &r : job.deniedPowers())
                text += QStringLiteral("\n  ") + r.what + QStringLiteral("  (")
                    + BundleManifest::optionFor(r.power) + QLatin1Char(')');
            return failWith(text);
        }
        if (!ok)
            return failWith(job.errorString());
        out() << job.detail() << "\n";
        return 0;
    }
};

int cmdMigrateImport(EngineClient &client, const QStringList &args)
{
    Options options(
        QStringLiteral("berthctl migrate import DIR [--name NEW] [--start] "
                       "[--on-conflict rename|replace|skip] [--volume-map OLD=NEW]…\n"
                       "   or: berthctl migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME "
                       "[--run-args \"-p 8080:80 -e A=1 …\"] [--start]"));
    LandingOptions::declare(options);
    options.value({"--image"}).value({"--volume"}).value({"--run-args"});
    LandingOptions landing;
    if (!options.parse(args))
        return failWith(options.error());
    if (!landing.read(options) || options.positional().size() > 1)
        return failWith(options.usageError());
    const QString folder = options.positional().value(0);
    const QString image
        = options.isSet("--image") ? QFileInfo(options.value("--image")).absoluteFilePath() : QString();
    const QString runArgs = options.value("--run-args");
    QList<LooseFilesSource::Volume> looseVolumes;
    for (const QString &value : options.values("--volume")) {
        // FILE:NAME:/path; the file name itself may hold ':'.
        const QStringList parts = value.split(QLatin1Char(':'));
        if (parts.size() < 3)
            return failWith(options.usageError());
        looseVolumes.append(
            {QFileInfo(parts.mid(0, parts.size() - 2).join(QLatin1Char(':'))).absoluteFilePath(),
                parts[parts.size() - 2], parts.last()});
    }
    if (folder.isEmpty() == image.isEmpty() || (!looseVolumes.isEmpty() && image.isEmpty()))
        return failWith(options.usageError());
    QJsonObject createBody;
    if (!image.isEmpty()) {
        QString error;
        const QStringList words = ShellWords::split(runArgs, &error);
        const RunOptions run
            = error.isEmpty() ? RunOptions::fromArguments(words, false, &error) : RunOptions();
        if (!error.isEmpty())
            return failWith(Tr::tr("--run-args: %1").arg(error));
        createBody = run.toCreateBody();
        createBody.remove(QStringLiteral("Image"));
    }
    removeLeftoverHelpers(client);
    ImportSource *source = image.isEmpty()
        ? static_cast<ImportSource *>(new BundleSource(&client, QFileInfo(folder).absoluteFilePath()))
        : new LooseFilesSource(&client, image, looseVolumes, createBody);
    MigrationImportJob job(&client, source);
    return landing.run(job);
}

int cmdMigrateTransfer(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl migrate transfer CONTAINER --to "
                                   "unix:///other.sock|ssh://USER@HOST|tcp://HOST:2376 [--name NEW] "
                                   "[--start] [--on-conflict rename|replace|skip] [--volume-map OLD=NEW]…"));
    LandingOptions::declare(options);
    options.value({"--to"});
    LandingOptions landing;
    if (!options.parse(args))
        return failWith(options.error());
    const QString to = options.value("--to");
    if (!landing.read(options) || options.positional().size() != 1 || to.isEmpty())
        return failWith(options.usageError());
    const QString container = options.positional().first();
    const EndpointResolver::Result resolved = EndpointResolver().resolve(to);
    if (resolved.error.isError())
        return failWith(resolved.error.toString());
    warnAboutTransport(resolved.endpoint);
    EngineClient target(resolved.endpoint);
    if (!target.waitForConnected())
        return failWith(target.lastError().toString());
    removeLeftoverHelpers(client);
    removeLeftoverHelpers(target);
    MigrationImportJob job(&target, new EngineSource(&client, &target, container));
    return landing.run(job);
}

} // namespace

int cmdMigrate(EngineClient &client, const QStringList &args)
{
    if (args.value(0) == QLatin1String("transfer"))
        return cmdMigrateTransfer(client, args.mid(1));
    if (args.value(0) == QLatin1String("export"))
        return cmdMigrateExport(client, args.mid(1));
    if (args.value(0) == QLatin1String("import"))
        return cmdMigrateImport(client, args.mid(1));
    return failWith(Tr::tr("migrate: unknown subcommand '%1'. Try: berthctl --help").arg(args.value(0)));
}
