// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/pushjob.h"

#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "learn/dockercommands.h"
#include "model/imagereference.h"
#include "registry/dockercredentials.h"
#include "registry/registrymessages.h"

#include <QCoreApplication>

PushJob::PushJob(EngineClient *client, QString reference, QObject *parent)
    : Job(QCoreApplication::translate("PushJob", "Push %1").arg(reference),
        DockerCommands::text(DockerCommands::push(reference)), parent)
    , m_client(client)
    , m_reference(std::move(reference))
{
}

void PushJob::start()
{
    setRunning();
    const ImageReference reference = ImageReference::parse(m_reference);
    const QString registry = DockerCredentials::registryOf(m_reference);
    const RegistryCredential credential = DockerCredentials().get(registry, &m_credentialError);
    m_signedIn = !credential.isEmpty();
    EngineReply *reply = ImagesApi(m_client).push(
        reference.repository(), reference.tag(), DockerCredentials::registryAuthHeader(credential));
    watch(reply);
    connect(reply, &EngineReply::jsonReceived, this, &PushJob::applyProgress);
    connect(reply, &EngineReply::finished, this, [this, reply, registry] {
        reply->deleteLater();
        const EngineError error = reply->error();
        if (!error.isError())
            succeed();
        else if (m_signedIn || error.kind() == EngineError::Cancelled
            || error.kind() == EngineError::ConnectionFailed)
            fail(error);
        else
            fail(RegistryMessages::withSignInHint(error, registry, m_credentialError));
    });
}

void PushJob::applyProgress(const QJsonObject &line)
{
    const QString id = line.value(QLatin1String("id")).toString().left(200);
    const QString status = line.value(QLatin1String("status")).toString().left(1000);
    const QJsonObject aux = line.value(QLatin1String("aux")).toObject();
    const QString digest = aux.value(QLatin1String("Digest")).toString();
    if (digest.startsWith(QLatin1String("sha256:")) && digest.size() == 71)
        m_digest = digest;
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
