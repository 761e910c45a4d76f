// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/pushjob.h"

#include "engine/imagesapi.h"
#include "learn/dockercommands.h"
#include "model/imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

PushJob::PushJob(EngineClient *client, QString reference, QObject *parent)
    : RegistryJob(QCoreApplication::translate("PushJob", "Push %1").arg(reference),
        DockerCommands::text(DockerCommands::push(reference)), client, reference, parent)
{
}

EngineReply *PushJob::send(const QByteArray &registryAuth)
{
    const ImageReference parsed = ImageReference::parse(reference());
    return ImagesApi(client()).push(parsed.repository(), parsed.tag(), registryAuth);
}

void PushJob::applyProgress(const QJsonObject &line)
{
    const QString id = line.value(QLatin1String("id")).toString().left(200);
    const QString status = line.value(QLatin1String("status")).toString().left(1000);
    const QJsonObject aux = line.value(QLatin1String("aux")).toObject();
    const QString digest = aux.value(QLatin1String("Digest")).toString();
    if (digest.startsWith(QLatin1String("sha256:")) && digest.size() == 71)
        m_digest = digest;
    // Docker's containerd image store and Podman send no aux line, only docker's last line:
    // "1: digest: sha256:… size: 343".
    const qsizetype at = id.isEmpty() ? status.indexOf(QLatin1String("digest: sha256:")) : -1;
    if (m_digest.isEmpty() && at >= 0) {
        static const QRegularExpression hex(QStringLiteral("^sha256:[0-9a-f]{64}$"));
        const QString said = status.mid(at + 8, 71);
        if (hex.match(said).hasMatch())
            m_digest = said;
    }
    if (!id.isEmpty() && !status.isEmpty()) {
        LayerProgress::Layer *known = m_layers.layer(id);
        if (!known)
            return; // an image has far fewer layers; the engine is confused
        LayerProgress::Layer &layer = *known;
        const bool changed = layer.status != status;
        layer.status = status;
        const QJsonObject detail = line.value(QLatin1String("progressDetail")).toObject();
        if (status == QLatin1String("Pushing")) {
            layer.current = detail.value(QLatin1String("current")).toInteger();
            layer.total = detail.value(QLatin1String("total")).toInteger();
        } else if (status == QLatin1String("Pushed") || status == QLatin1String("Layer already exists")
            || status.startsWith(QLatin1String("Mounted from"))) {
            layer.complete = true;
            layer.current = layer.total;
        }
        if (changed && status != QLatin1String("Pushing"))
            Q_EMIT lineAdded(id + QStringLiteral(": ") + status);
    } else if (!status.isEmpty()) {
        Q_EMIT lineAdded(status);
    }
    qint64 done = 0, total = 0;
    m_layers.sums(&done, &total);
    setProgress(done, total, status);
}

QVariantList PushJob::parts() const
{
    return m_layers.parts();
}
