// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/imagesapi.h"
#include "jobs/job.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>

class EngineClient;
class HostTarDevice;

/**
 * docker build as a job, with the classic builder (POST /build, version=1): the folder sent as
 * a tar made while it is sent (BuildContext: .dockerignore, links kept, unreadable files said
 * before a byte goes), the engine's output as it comes (output(), outputAdded()), the new
 * image's id from the aux message. Cancel closes the connection, which stops the upload and the
 * build; what this build made (its intermediate images, a step's container the engine left) is
 * removed then, and also when the build fails.
 */
class BuildJob : public Job
{
    Q_OBJECT
    Q_PROPERTY(QString output READ output NOTIFY outputAdded)
    Q_PROPERTY(QString imageId READ imageId NOTIFY stateChanged)
    Q_PROPERTY(int failedLine READ failedLine NOTIFY stateChanged)

public:
    /// @p dockerfile as the user gave it: absolute, or relative to @p folder; empty for its
    /// Dockerfile. The options' dockerfile is set from it.
    BuildJob(EngineClient *client, QString folder, QString dockerfile, BuildOptions options,
        QObject *parent = nullptr);
    ~BuildJob() override;

    void start() override;
    /// What the engine printed so far (its last MiB), as docker build prints it.
    QString output() const { return m_output; }
    /// The new image's id (sha256:…) once the build succeeded.
    QString imageId() const { return m_imageId; }
    /// The Dockerfile line the engine names in its error ("… line 6: …"), or 0.
    int failedLine() const { return m_failedLine; }
    /// Milliseconds from the start until the last byte of the context was sent, or -1.
    qint64 contextSentMs() const { return m_contextSentMs; }
    /// Bytes of the context tar sent.
    qint64 contextBytes() const { return m_contextBytes; }
    /// One message of the engine's stream. Public for the tests, which feed recorded streams.
    void applyMessage(const QJsonObject &message);
    /// The line number an engine's build error names ("dockerfile parse error line 6: …",
    /// "Dockerfile:6"), or 0.
    static int lineOfError(const QString &message);

Q_SIGNALS:
    /// Text the engine printed (with its newlines).
    void outputAdded(const QString &text);
    /// The last byte of the context went to the engine: @p bytes of tar in all.
    void contextSent(qint64 bytes);

protected:
    void undo(const EngineError &error) override;

private:
    void appendOutput(const QString &text);
    void readLine(const QString &line);
    void removeNext(const EngineError &error);
    /// Podman: the names of buildah's working containers made from this build's images.
    void nameWorkingContainers(const EngineError &error);

    EngineClient *m_client;
    QString m_folder;
    QString m_dockerfile;
    BuildOptions m_options;
    QPointer<HostTarDevice> m_context;
    QString m_output;
    QString m_pending; ///< the stream's text after its last newline
    QString m_imageId;
    int m_failedLine = 0;
    bool m_fromStep = false; ///< the step being built is FROM: its id is the base image's
    bool m_cached = false; ///< the step's image was the cache's
    QStringList m_made; ///< intermediate images this build made, oldest first
    QStringList m_containers; ///< the steps' containers ("Running in …")
    /// Podman: this build's images (as printed, 11 digits) a working container may have been
    /// made from; named "<12 digits of the id>-working-container" once the ids are read.
    QStringList m_workingFrom;
    int m_removeTries = 0;
    QElapsedTimer m_clock;
    qint64 m_contextSentMs = -1;
    qint64 m_contextBytes = 0;
};
