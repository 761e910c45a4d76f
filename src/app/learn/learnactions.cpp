// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/learn/learnactions.h"

#include "app/actioncontext.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/volumesapi.h"
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"

#include <QJsonArray>
#include <QJsonObject>

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

QVariantMap LearnActions::tryWebServer()
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
        return {{QStringLiteral("error"),
            tr("No image is here yet. Pull one on the Images page (docker pull nginx), then try again.")}};
    }
    // A published port needs the engine's bridge network; without one the container still runs.
    if (!m_context->networks().contains(QStringLiteral("bridge"))) {
        options.network = QStringLiteral("none");
        options.ports.clear();
        reason += QLatin1Char(' ') + tr("This engine has no bridge network, so no port is published here.");
    }
    const QString command = DockerCommands::text(options.dockerArguments());
    m_context->createAndStart(options, command, m_context->history()->begin(command));
    return {{QStringLiteral("image"), options.image}, {QStringLiteral("command"), command},
        {QStringLiteral("reason"), reason}};
}

QString LearnActions::tryRemoveWebServer()
{
    const QString id = tryWebServerId();
    if (!id.isEmpty())
        m_context->perform(DockerCommands::remove(TryName, true, false),
            ContainersApi(m_context->client()).remove(id, {true, false}));
    return DockerCommands::text(DockerCommands::remove(TryName, true, false));
}

QVariantMap LearnActions::tryMakeVolume()
{
    const QString volume = QStringLiteral("berth-try-data");
    // busybox has sh; any image probably does.
    QString image
        = m_context->localTag([](const QString &tag) { return tag.contains(QLatin1String("busybox")); });
    if (image.isEmpty())
        image = m_context->localTag([](const QString &) { return true; });
    if (image.isEmpty())
        return {{QStringLiteral("error"),
            tr("No image is here yet to write the file with. Pull one on the Images page (docker pull "
               "busybox), then try again.")}};
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
    return {{QStringLiteral("command"), command}};
}
