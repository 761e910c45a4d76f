// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/learn/learnactions.h"

#include "app/actioncontext.h"
#include "app/images/imageactions.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/volumesapi.h"
#include "jobs/job.h"
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
const QString TryName = QStringLiteral("berth-try-web");
}

LearnActions::LearnActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QString LearnActions::tryWebServerId() const
{
    for (const ContainerInfo &c : m_context->containers()->rows()) {
        if (c.name() == TryName)
            return c.id;
    }
    return {};
}

TryStart LearnActions::tryWebServer()
{
    // nginx when it is here (the usual first example); no registry may be reachable, so else
    // an image that is: busybox has a small web server, anything else runs as it is.
    const QString nginx = m_context->localTag([](const QString &tag) {
        return tag.startsWith(QLatin1String("nginx:")) || tag.contains(QLatin1String("/nginx:"));
    });
    const QString busybox
        = m_context->localTag([](const QString &tag) { return tag.contains(QLatin1String("busybox")); });
    const QString any = m_context->localTag([](const QString &) { return true; });
    RunOptions options;
    options.name = TryName;
    QString reason;
    if (!nginx.isEmpty()) {
        options.image = nginx;
        options.ports.append({QString(), QStringLiteral("8080"), QStringLiteral("80")});
        reason = tr("nginx is here: it serves its welcome page on port 80.");
    } else if (!busybox.isEmpty()) {
        options.image = busybox;
        options.command = QStringLiteral("sh -c 'mkdir -p /www && echo \"<h1>Hello from Berth</h1>\" > "
                                         "/www/index.html && exec httpd -f -v -p 80 -h /www'");
        options.ports.append({QString(), QStringLiteral("8080"), QStringLiteral("80")});
        reason = tr(
            "nginx is not here and no registry may be reachable to pull it, so busybox's small web server "
            "(httpd) stands in for it.");
    } else if (!any.isEmpty()) {
        options.image = any;
        reason = tr("Neither nginx nor busybox is here: %1 runs as it is instead.").arg(any);
    } else {
        return TryStart::failed(
            tr("No image is here yet. Pull one on the Images page (docker pull nginx), then try again."));
    }
    // A published port needs the engine's bridge network; without one the container still runs.
    if (!m_context->networks().contains(QStringLiteral("bridge"))) {
        options.network = QStringLiteral("none");
        options.ports.clear();
        reason += QLatin1Char(' ') + tr("This engine has no bridge network, so no port is published here.");
    }
    const QString command = DockerCommands::text(options.dockerArguments());
    m_context->createAndStart(options, command, m_context->history()->begin(command));
    TryStart start;
    start.image = options.image;
    start.command = command;
    start.reason = reason;
    return start;
}

QString LearnActions::tryRemoveWebServer()
{
    const QString id = tryWebServerId();
    if (!id.isEmpty())
        m_context->perform(DockerCommands::remove(TryName, true, false),
            ContainersApi(m_context->client()).remove(id, {true, false}));
    return DockerCommands::text(DockerCommands::remove(TryName, true, false));
}

TryStart LearnActions::tryMakeVolume()
{
    const QString volume = QStringLiteral("berth-try-data");
    // busybox has sh; any image probably does.
    QString image
        = m_context->localTag([](const QString &tag) { return tag.contains(QLatin1String("busybox")); });
    if (image.isEmpty())
        image = m_context->localTag([](const QString &) { return true; });
    if (image.isEmpty())
        return TryStart::failed(
            tr("No image is here yet to write the file with. Pull one on the Images page (docker pull "
               "busybox), then try again."));
    const QString script
        = QStringLiteral("echo 'Hello from Berth' > /data/hello.txt && date > /data/made-at.txt");
    const QStringList run {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
        QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/data"), image,
        QStringLiteral("sh"), QStringLiteral("-c"), script};
    const QString command = DockerCommands::text({QStringLiteral("volume"), QStringLiteral("create"), volume})
        + QStringLiteral(" && ") + DockerCommands::text(run);
    const int row = m_context->history()->begin(command);
    VolumeCreateOptions options;
    options.name = volume;
    EngineReply *created = VolumesApi(m_context->client()).create(options);
    connect(created, &EngineReply::finished, this, [this, created, image, script, volume, command, row] {
        created->deleteLater();
        if (created->error().isError()) {
            m_context->finish(row, command, created->error().toString());
            return;
        }
        const QJsonObject body {{QStringLiteral("Image"), image},
            {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"), script}},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("Binds"), QJsonArray {volume + QStringLiteral(":/data")}},
                    {QStringLiteral("NetworkMode"), QStringLiteral("none")},
                    {QStringLiteral("AutoRemove"), true}}}};
        EngineReply *made = ContainersApi(m_context->client()).create(body);
        connect(made, &EngineReply::finished, this, [this, made, command, row] {
            made->deleteLater();
            const QString id = made->json().object().value(QLatin1String("Id")).toString();
            EngineReply *started
                = made->error().isError() ? nullptr : ContainersApi(m_context->client()).start(id);
            if (!started) {
                m_context->finish(row, command, made->error().toString());
                return;
            }
            connect(started, &EngineReply::finished, this, [this, started, command, row] {
                started->deleteLater();
                m_context->finish(
                    row, command, started->error().isError() ? started->error().toString() : QString());
            });
        });
    });
    TryStart start;
    start.command = command;
    return start;
}

TryStart LearnActions::tryBuild()
{
    // busybox has sh for the RUN step; any image probably does.
    QString base
        = m_context->localTag([](const QString &tag) { return tag.contains(QLatin1String("busybox")); });
    if (base.isEmpty())
        base = m_context->localTag([](const QString &) { return true; });
    if (base.isEmpty())
        return TryStart::failed(
            tr("No image is here yet to build from. Pull one on the Images page (docker pull busybox), then "
               "try "
               "again."));
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/try-build");
    const QByteArray dockerfile = "FROM " + base.toUtf8()
        + "\n"
          "COPY hello.txt /hello.txt\n"
          "RUN echo \"built on $(date)\" >> /hello.txt\n"
          "CMD [\"cat\", \"/hello.txt\"]\n";
    QDir().mkpath(folder);
    QFile df(folder + QStringLiteral("/Dockerfile"));
    QFile hello(folder + QStringLiteral("/hello.txt"));
    if (!df.open(QIODevice::WriteOnly | QIODevice::Truncate) || df.write(dockerfile) != dockerfile.size()
        || !hello.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hello.write("Hello from a Dockerfile\n") < 0)
        return TryStart::failed(tr("Cannot write the example into %1: %2").arg(folder, df.errorString()));
    df.close();
    hello.close();
    BuildOptions options;
    options.tags << QStringLiteral("berth-try-build");
    // The example needs no network: its RUN step gets none.
    options.networkMode = QStringLiteral("none");
    Job *job = ImageActions::instance()->buildImage(folder, QString(), options);
    TryStart start;
    start.job = job;
    start.folder = folder;
    start.dockerfile = QString::fromUtf8(dockerfile);
    start.command = job->command();
    return start;
}

QString LearnActions::tryRunBuilt()
{
    RunOptions options;
    options.name = QStringLiteral("berth-try-build");
    options.image = QStringLiteral("berth-try-build");
    options.network = QStringLiteral("none");
    const QString command = DockerCommands::text(options.dockerArguments());
    m_context->createAndStart(options, command, m_context->history()->begin(command));
    return command;
}
