// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/layerprogress.h"
#include "jobs/registryjob.h"

#include <QHash>
#include <QJsonObject>

class EngineClient;

/**
 * docker pull as a job: the engine's progress lines (one per layer: "Downloading" with
 * current/total, "Pull complete", …) summed into bytes done of bytes known. The sign-in for the
 * image's registry and the job's end are RegistryJob's.
 */
class PullJob : public RegistryJob
{
    Q_OBJECT
public:
    PullJob(EngineClient *client, QString reference, QObject *parent = nullptr);

    /// One progress line of the stream. Public for the tests, which feed recorded streams.
    void applyProgress(const QJsonObject &line) override;
    int layerCount() const { return m_layers.count(); }
    /// Each layer in the order the engine named them: its short id, the engine's latest word
    /// for it (Waiting, Downloading, Extracting, Pull complete, Already exists …) and its bytes.
    QVariantList parts() const override;

Q_SIGNALS:
    /// A line docker pull would print ("abc123: Pull complete", "Digest: sha256:…", "Status: …").
    void lineAdded(const QString &line);

protected:
    EngineReply *send(const QByteArray &registryAuth) override;

private:
    LayerProgress m_layers;
};
