// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobsmodel.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

class CommandHistoryModel;
class ContainerModel;
class EngineClient;
class EngineError;
class EngineReply;
class ImageModel;
class Job;
class NetworkModel;
struct RunOptions;
class VolumeModel;

/**
 * What every feature's actions share: the engine the window shows, the models, the command
 * history and the jobs, and one way to report an outcome. The QML-facing objects
 * (ContainerActions, ImageActions, VolumeActions, MigrationActions, LearnActions) each hold
 * this; the banner listens to Actions, which passes these signals on.
 */
class ActionContext : public QObject
{
    Q_OBJECT

public:
    ActionContext(EngineClient *client, ContainerModel *containers, ImageModel *images, VolumeModel *volumes,
        NetworkModel *networks, CommandHistoryModel *history, QObject *parent = nullptr);

    /// What the actions act on from now on (the window switched engines). Jobs under way keep
    /// the client they started with.
    void setClient(EngineClient *client);
    EngineClient *client() const { return m_client; }
    ContainerModel *containers() const { return m_containers; }
    ImageModel *images() const { return m_images; }
    VolumeModel *volumes() const { return m_volumes; }
    NetworkModel *networkModel() const { return m_networkModel; }
    CommandHistoryModel *history() const { return m_history; }
    JobsModel *jobs() { return &m_jobs; }

    /// Records @p docker in the history and reports @p reply's outcome; @p then runs on success.
    /// @p explain, when given, says a failure in other words than the engine's.
    void perform(const QStringList &docker, EngineReply *reply,
        const std::function<void(EngineReply *)> &then = {},
        const std::function<QString(const EngineError &)> &explain = {});
    /// Labels typed one KEY=VALUE a line, as a map; @p lines gets them as typed (trimmed), for
    /// the docker command.
    static QMap<QString, QString> parseLabels(const QString &text, QStringList *lines);
    /// Records @p docker as refused with @p message, before anything was asked of the engine.
    void refuse(const QStringList &docker, const QString &message);
    /// Finishes history row @p row with @p message ("" for success) and reports it.
    void finish(int row, const QString &command, const QString &message = {});
    /// Lists and starts @p job, and reports its end in the history and, when it failed and
    /// @p reportFailure, in the banner.
    void track(Job *job, bool reportFailure = true);
    /// Calls @p changed (in @p receiver's lifetime) when a container or volume comes or goes, or
    /// a container's state, name, ports or mounts change: what a form's problems follow. Not
    /// for the usage figures that change every second.
    void followListings(QObject *receiver, const std::function<void()> &changed) const;
    /// docker pull as a job with its layers.
    void pull(const QString &reference);
    /// docker run -d (ContainerRun: create, a pull first when the image is missing, start); one
    /// history row (@p row) for @p command. containerRun() tells of the new container.
    void createAndStart(const RunOptions &options, const QString &command, int row);

    /// The engine's networks by name, as last asked with refreshNetworks().
    QStringList networks() const { return m_networks; }
    void refreshNetworks();
    /// The first tag of a local image (Berth's helper left out) that @p wanted accepts, or "".
    QString localTag(const std::function<bool(const QString &)> &wanted) const;

Q_SIGNALS:
    void succeeded(const QString &command);
    /// A failure for the banner: what was tried, the engine's message and what to do.
    void failed(const QString &command, const QString &message);
    void containerRun(const QString &id, bool interactive);
    void networksChanged();

private:
    EngineClient *m_client;
    ContainerModel *m_containers;
    ImageModel *m_images;
    VolumeModel *m_volumes;
    NetworkModel *m_networkModel;
    CommandHistoryModel *m_history;
    JobsModel m_jobs;
    QStringList m_networks;
};
