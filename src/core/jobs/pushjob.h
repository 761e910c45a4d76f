// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/layerprogress.h"
#include "jobs/registryjob.h"

#include <QHash>
#include <QJsonObject>

class EngineClient;

/**
 * docker push as a job: the sign-in for the image's registry sent as X-Registry-Auth
 * (RegistryJob), the engine's progress lines (one per layer: Preparing, Waiting, Pushing with
 * current/total, Pushed, Layer already exists …) summed into bytes done of bytes known. A push
 * changes nothing here, so there is nothing to undo; a push without a sign-in that fails says
 * to sign in to that registry.
 */
class PushJob : public RegistryJob
{
    Q_OBJECT
public:
    /// @p reference is "name[:tag]"; without a tag every tag of the repository is pushed, as docker.
    PushJob(EngineClient *client, QString reference, QObject *parent = nullptr);

    /// One progress line of the stream. Public for the tests.
    void applyProgress(const QJsonObject &line) override;
    /// The digest the registry gave the pushed manifest (from the stream's aux line).
    QString digest() const { return m_digest; }
    QVariantList parts() const override;

Q_SIGNALS:
    /// A line docker push would print ("0048a6d2e9eb: Pushed", "1: digest: sha256:… size: 343").
    void lineAdded(const QString &line);

protected:
    EngineReply *send(const QByteArray &registryAuth) override;

private:
    LayerProgress m_layers;
    QString m_digest;
};
