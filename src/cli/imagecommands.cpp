// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "jobs/buildjob.h"
#include "model/displayformat.h"
#include "model/imagereference.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cli;

int cmdImages(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl images [--format json]"));
    options.value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty()
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    const bool json = options.isSet("--format");
    EngineReply *reply = ImagesApi(&client).list();
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    const QList<ImageInfo> images = ImagesApi::parseList(reply->body());
    if (json) {
        for (const QJsonValue &v : reply->json().array())
            out() << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QStringList> rows {{QStringLiteral("REPOSITORY"), QStringLiteral("TAG"), QStringLiteral("IMAGE ID"),
        QStringLiteral("CREATED"), QStringLiteral("SIZE")}};
    for (const ImageInfo &i : images) {
        const QString created = DisplayFormat::humanDuration(now - i.created) + QStringLiteral(" ago");
        const QStringList tags
            = i.repoTags.isEmpty() ? QStringList {QStringLiteral("<none>:<none>")} : i.repoTags;
        for (const QString &t : tags) {
            const ImageReference reference = ImageReference::parse(t);
            rows << QStringList {reference.repository(), reference.tag(), i.shortId(), created,
                DisplayFormat::humanSize(i.size)};
        }
    }
    out() << DisplayFormat::table(rows);
    return 0;
}

int cmdBuild(EngineClient &client, const QStringList &args)
{
    Options options(
        QStringLiteral("berthctl build [-t TAG] [-f FILE] [--build-arg KEY=VALUE] [--target STAGE] "
                       "[--no-cache] [--pull] [-q] DIR"));
    options.value({"-t", "--tag"})
        .value({"-f", "--file"})
        .value({"--build-arg"})
        .value({"--target"})
        .value({"--network"})
        .value({"--ulimit"})
        .flag({"--no-cache"})
        .flag({"--pull"})
        .flag({"-q", "--quiet"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(options.usageError());
    const QString folder = options.positional().first();
    BuildOptions build;
    build.tags = options.values("-t");
    for (const QString &arg : options.values("--build-arg")) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        // As docker: --build-arg KEY alone takes KEY's value from the environment.
        if (eq < 0)
            build.buildArgs.append({arg, qEnvironmentVariable(qPrintable(arg))});
        else
            build.buildArgs.append({arg.left(eq), arg.mid(eq + 1)});
    }
    build.target = options.value("--target");
    build.networkMode = options.value("--network");
    build.ulimits = options.values("--ulimit");
    build.noCache = options.isSet("--no-cache");
    build.pull = options.isSet("--pull");
    build.quiet = options.isSet("-q");
    // -f is read from here, as the docker CLI reads it; the job takes it relative to DIR.
    QString dockerfile = options.value("-f");
    if (!dockerfile.isEmpty())
        dockerfile = QFileInfo(dockerfile).absoluteFilePath();
    BuildJob job(&client, folder, dockerfile, build);
    // Quiet: the engine's output is only the id, printed at the end.
    if (!build.quiet) {
        QObject::connect(&job, &BuildJob::contextSent, &job, [](qint64 bytes) {
            // As the docker CLI writes the size (go-units, 4 digits, powers of 1000).
            static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
            double size = double(bytes);
            int unit = 0;
            while (size >= 1000.0 && unit < 4) {
                size /= 1000.0;
                ++unit;
            }
            out() << "Sending build context to Docker daemon  " << QString::number(size, 'g', 4)
                  << units[unit] << "\n";
            out().flush();
        });
        QObject::connect(&job, &BuildJob::outputAdded, &job, [](const QString &text) {
            out() << text;
            out().flush();
        });
    }
    if (!runJobCancellable(job, [&job] {
            return job.total() > 0 && job.done() < job.total()
                ? Tr::tr("Sending build context: %1 of %2")
                      .arg(DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(job.total()))
                : QString();
        }))
        return failWith(job.errorString());
    out() << job.imageId() << "\n";
    return 0;
}
