// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "jobs/layerprogress.h"

#include <QHash>
#include <QJsonObject>

class EngineClient;

/**
 * docker pull as a job: the engine's progress lines (one per layer: "Downloading" with
 * current/total, "Pull complete", …) summed into bytes done of bytes known. The sign-in for the
 * image's registry (DockerCredentials: config.json or its helper) goes with it; a pull that
 * fails without one says to sign in to that registry.
 */
class PullJob : public Job
{
    Q_OBJECT
public:
    PullJob(EngineClient *client, QString reference, QObject *parent = nullptr);

    void start() override;
    /// One progress line of the stream. Public for the tests, which feed recorded streams.
    void applyProgress(const QJsonObject &line);
    int layerCount() const { return m_layers.count(); }
    /// Each layer in the order the engine named them: its short id, the engine's latest word
    /// for it (Waiting, Downloading, Extracting, Pull complete, Already exists …) and its bytes.
    QVariantList parts() const override;

Q_SIGNALS:
    /// A line docker pull would print ("abc123: Pull complete", "Digest: sha256:…", "Status: …").
    void lineAdded(const QString &line);

private:
    EngineClient *m_client;
    QString m_reference;
    LayerProgress m_layers;
    bool m_signedIn = false; ///< whether credentials for the image's registry were sent
    QString m_credentialError; ///< a credential helper's failure, said when the pull fails
};
