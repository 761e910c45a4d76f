// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/pulljob.h"

#include "engine/imagesapi.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>

PullJob::PullJob(EngineClient *client, QString reference, QObject *parent)
    : RegistryJob(QCoreApplication::translate("PullJob", "Pull %1").arg(reference),
        DockerCommands::text(DockerCommands::pull(reference)), client, reference, parent)
{
}

EngineReply *PullJob::send(const QByteArray &registryAuth)
{
    return ImagesApi(client()).pull(reference(), QString(), registryAuth);
}

void PullJob::applyProgress(const QJsonObject &line)
{
    const QString id = line.value(QLatin1String("id")).toString();
    const QString status = line.value(QLatin1String("status")).toString();
    if (!id.isEmpty() && !status.startsWith(QLatin1String("Pulling from"))) {
        LayerProgress::Layer *known = m_layers.layer(id);
        if (!known)
            return;
        LayerProgress::Layer &layer = *known;
        if (layer.status != status && status != QLatin1String("Downloading")
            && status != QLatin1String("Extracting"))
            Q_EMIT lineAdded(id + QStringLiteral(": ") + status);
        layer.status = status;
        const QJsonObject detail = line.value(QLatin1String("progressDetail")).toObject();
        // Downloading and Extracting both count up to the layer's size; count the download.
        if (status == QLatin1String("Downloading")) {
            layer.current = detail.value(QLatin1String("current")).toInteger();
            layer.total = detail.value(QLatin1String("total")).toInteger();
        } else if (status == QLatin1String("Download complete") || status == QLatin1String("Pull complete")
            || status == QLatin1String("Already exists")) {
            layer.complete = true;
            layer.current = layer.total;
        }
    } else if (!status.isEmpty()) {
        Q_EMIT lineAdded(id.isEmpty() ? status : id + QStringLiteral(": ") + status);
    }
    qint64 done = 0, total = 0;
    m_layers.sums(&done, &total);
    setProgress(done, total, status);
}

QVariantList PullJob::parts() const
{
    return m_layers.parts();
}
