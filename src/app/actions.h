// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/runform.h"
#include "jobs/jobsmodel.h"
#include "model/commandhistorymodel.h"
#include "sync/logsession.h"
#include "sync/statssession.h"
#include "terminal/terminalsession.h"

#include "app/appsingleton.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class ContainerModel;
class EngineClient;
class EngineReply;
class ImageModel;
class QJSEngine;
class QQmlEngine;
class VolumeModel;

/**
 * What the user can do, for QML. Each action builds its engine request and its docker command
 * from the same values, records the command in the history, and reports success or the
 * engine's message (a banner for failures; the models follow by themselves through events).
 */
class Actions : public QObject, public AppSingleton<Actions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(CommandHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(JobsModel *jobs READ jobs CONSTANT)
    Q_PROPERTY(QStringList networks READ networks NOTIFY networksChanged)

public:
    Actions(EngineClient *client, ContainerModel *containers, ImageModel *images, VolumeModel *volumes,
        CommandHistoryModel *history, QObject *parent = nullptr);

    /// What the actions act on from now on (the window switched engines). Jobs under way keep
    /// the client they started with.
    void setClient(EngineClient *client);

    CommandHistoryModel *history() const { return m_history; }
    JobsModel *jobs() { return &m_jobs; }
    /// The engine's networks by name, as last asked with refreshNetworks() (the run dialog's
    /// choices, besides typing one).
    QStringList networks() const { return m_networks; }
    Q_INVOKABLE void refreshNetworks();
    /// The volume to NAME-YYYYMMDD-HHMMSS.tar.gz (+ .sha256) in @p folder, as a job.
    Q_INVOKABLE void backupVolume(const QString &name, const QUrl &folder);
    /// One backup job for @p names into @p folder (a local path), with @p consistency
    /// (VolumeBackupJob::Consistency: 0 live, 1 pause, 2 stop) applied once for all of them.
    Q_INVOKABLE void backupVolumes(const QStringList &names, const QString &folder, int consistency);
    /// The archive into @p volume (made when missing); @p mode is VolumeRestoreJob::Mode.
    /// @p allowDevices: the archive's device nodes are restored too (the user ticked it).
    Q_INVOKABLE void restoreVolume(
        const QString &file, const QString &volume, int mode, bool allowDevices = false);
    /// The container to a bundle folder for another engine (MigrationExportJob); @p consistency
    /// as for backups (0 live, 1 pause, 2 stop).
    Q_INVOKABLE void exportContainer(
        const QString &id, const QString &folder, int consistency, bool includeBinds = false);
    /// The container with its image and volumes straight into the engine at @p target
    /// (unix:///path/to/docker.sock), started there if @p start (MigrationImportJob's transfer).
    /// @p allowedPowers: BundleManifest::Power bits the user ticked (readContainerPowers()).
    /// @p name: what the job calls it.
    Q_INVOKABLE void transferContainer(
        const QString &id, const QString &name, const QString &target, bool start, int allowedPowers = 0);
    /// Reads what container @p id has over its machine; answers with containerPowersRead().
    Q_INVOKABLE void readContainerPowers(const QString &id);
    /// A new folder for a container's bundle in the backup folder: NAME-migration-YYYYMMDD-HHMMSS.
    Q_INVOKABLE QString bundleFolderFor(const QString &container) const;
    /// What a bundle's manifest says (not yet verified; the import does that): {ok, error,
    /// containerName, image, originalImage, source, createdAt, volumes: [{name, destination,
    /// anonymous}], binds: [{source, destination, migrated}], ports: [{containerPort, hostIp,
    /// hostPort}], powers: [{power, what}] (BundleManifest::powersOf: each needs the user's word)}.
    Q_INVOKABLE QVariantMap bundleSummary(const QString &folder) const;
    /// The powers over this machine docker run options ask for: [{power, what}] (empty when they
    /// cannot be read; importLooseFiles() says why).
    Q_INVOKABLE QVariantList runArgsPowers(const QString &runArgs) const;
    /// Imports a bundle (MigrationImportJob). @p onConflict: 0 refuse, 1 rename, 2 replace, 3 skip;
    /// @p volumeMap: source volume → name here; @p portMap: host port there → host port here;
    /// @p allowedPowers: the BundleManifest::Power the user ticked.
    Q_INVOKABLE void importBundle(const QString &folder, const QString &name, bool start, int onConflict,
        const QVariantMap &volumeMap, const QVariantMap &portMap = {}, const QVariantMap &bindMap = {},
        int allowedPowers = 0);
    /// Why a bundle's folder cannot go to @p path here ("" when it can: missing or empty).
    Q_INVOKABLE QString folderProblem(const QString &path) const;
    /// Who holds host port @p port (@p protocol tcp or udp) on the engine's machine: "" when it is
    /// free, else a sentence naming the container or saying another program does.
    Q_INVOKABLE QString hostPortUse(
        const QString &hostIp, const QString &port, const QString &protocol) const;
    /// The manual procedure's loose files as one container: @p image from `docker save`,
    /// @p volumes [{file, name, path}] made with tar, @p runArgs docker run's options (-p, -e …).
    /// A message when the run options cannot be read, else "" and the import runs as a job.
    Q_INVOKABLE QString importLooseFiles(const QString &image, const QVariantList &volumes,
        const QString &name, const QString &runArgs, bool start, int allowedPowers = 0);
    /// Whether a volume of that name is on the engine (as the volume list knows it).
    Q_INVOKABLE bool volumeExists(const QString &name) const;
    /// Reads @p file to its end off the GUI thread; archiveChecked() answers.
    Q_INVOKABLE void checkArchive(const QString &file);
    /// The running (or paused) containers that mount any of @p volumes, by name.
    Q_INVOKABLE QStringList runningUsers(const QStringList &volumes) const;
    /// The named volumes a container mounts.
    Q_INVOKABLE QStringList volumesOf(const QString &containerId) const;
    /// Where the last backup went (the home folder at first), as a local path.
    Q_INVOKABLE QString backupFolder() const;
    /// A path for a URL from a file dialog.
    Q_INVOKABLE QString localPath(const QUrl &url) const;
    /// The volume name a backup file suggests: NAME-YYYYMMDD-HHMMSS.tar.gz → NAME.
    Q_INVOKABLE QString volumeNameFor(const QString &file) const;
    /// The manual commands a backup or restore equals, for learning (the tar method on the
    /// engine's host, and the helper-container method that works anywhere).
    Q_INVOKABLE QStringList manualBackupCommands(const QString &volume, const QString &folder) const;
    Q_INVOKABLE QStringList manualRestoreCommands(const QString &file, const QString &volume) const;
    /// Removes helpers a Berth that stopped mid-job left behind (on each connection).
    void removeLeftoverHelpers();

    /// docker pull as a job with per-layer progress; no registry → the engine's clear error.
    Q_INVOKABLE void pullImage(const QString &reference);

    Q_INVOKABLE void startContainer(const QString &id, const QString &name);
    Q_INVOKABLE void stopContainer(const QString &id, const QString &name);
    Q_INVOKABLE void restartContainer(const QString &id, const QString &name);
    Q_INVOKABLE void pauseContainer(const QString &id, const QString &name);
    Q_INVOKABLE void unpauseContainer(const QString &id, const QString &name);
    Q_INVOKABLE void killContainer(const QString &id, const QString &name);
    Q_INVOKABLE void removeContainer(const QString &id, const QString &name, bool force, bool volumes);
    Q_INVOKABLE void renameContainer(const QString &id, const QString &name, const QString &newName);
    Q_INVOKABLE void commitContainer(const QString &id, const QString &name, const QString &reference);
    /// Creates and starts a container from the run dialog's fields.
    Q_INVOKABLE void runContainer(RunForm *form);

    /// Names of what each prune would remove, for the confirmation.
    Q_INVOKABLE QStringList prunableContainers() const;
    Q_INVOKABLE QStringList prunableImages(bool all) const;
    Q_INVOKABLE QStringList prunableVolumes() const;
    /// The docker command that removes what prunableVolumes() lists, on this engine.
    Q_INVOKABLE QString volumePruneCommand() const;
    Q_INVOKABLE void pruneContainers();
    Q_INVOKABLE void pruneImages(bool all);
    Q_INVOKABLE void pruneVolumes();

    Q_INVOKABLE void removeImage(const QString &id, const QString &reference, bool force);
    Q_INVOKABLE void tagImage(const QString &id, const QString &source, const QString &target);
    Q_INVOKABLE void createVolume(const QString &name, const QString &driver, const QString &labels);
    Q_INVOKABLE void removeVolume(const QString &name);

    /// Fetches the engine's full description; answered by inspected().
    Q_INVOKABLE void inspect(const QString &kind, const QString &key);
    Q_INVOKABLE void copyToClipboard(const QString &text);
    /// A container's log for a viewer: the last lines, then following. It belongs to @p owner,
    /// the view that asked (a C++ parent: no JavaScript collector decides when it goes).
    Q_INVOKABLE LogSession *openLogs(const QString &id, QObject *owner);
    /// A terminal in a container, started: @p command (a shell words string; "" for its shell,
    /// bash when it has it, else sh), or with @p attach its own TTY. It belongs to @p owner,
    /// the pane that asked.
    Q_INVOKABLE TerminalSession *openTerminal(
        const QString &id, const QString &name, const QString &command, bool attach, QObject *owner);
    /// The Learn page's first Try-it: a web server from an image that is here (nginx if present;
    /// else busybox's httpd; else the first image), named berth-try-web, port 8080 published
    /// where the engine has a bridge network. {image, command (docker run …), reason} for the
    /// page; the run itself goes as the run dialog's does (containerRun() selects it).
    Q_INVOKABLE QVariantMap tryWebServer();
    /// Stops and removes the Try-it container: {command}.
    Q_INVOKABLE QVariantMap tryRemoveWebServer();
    /// The second Try-it: a volume berth-try-data with a file written into it by a short-lived
    /// container (docker volume create, docker run --rm -v …): {command} or {error}.
    Q_INVOKABLE QVariantMap tryMakeVolume();
    /// The newest backup of @p volume in the backup folder, or "".
    Q_INVOKABLE QString latestBackupOf(const QString &volume) const;
    /// The id of the Try-it container, or "" when there is none.
    Q_INVOKABLE QString tryWebServerId() const;
    /// A running container's resource use, streaming; it belongs to @p owner, the view that
    /// asked, which stops it.
    Q_INVOKABLE StatsSession *openStats(const QString &id, QObject *owner);
    /// `docker logs` with the viewer's options, for the learner.
    Q_INVOKABLE QString logsCommand(const QString &name, bool follow, int tail, const QString &since) const;

Q_SIGNALS:
    void succeeded(const QString &command);
    /// A failure for the banner: what was tried, the engine's message and what to do.
    void failed(const QString &command, const QString &message);
    void inspected(const QString &kind, const QString &key, const QString &json);
    /// A container created by runContainer() (its id), so the page can select it; @p interactive
    /// when it was run with -it, so the page opens its terminal.
    void containerRun(const QString &id, bool interactive);
    void networksChanged();
    /// readContainerPowers()'s answer: [{power, what}] (empty when it has none, or was not read).
    void containerPowersRead(const QString &id, const QVariantList &powers);
    /// What checkArchive() found: {ok, error, files, directories, links, bytes, size, topLevel,
    /// checksumVerified, compression, deviceNodes (the first few), deviceNodeCount}.
    void archiveChecked(const QString &file, const QVariantMap &result);

private:
    /// Records @p docker in the history and reports @p reply's outcome.
    void perform(
        const QStringList &docker, EngineReply *reply, const std::function<void(EngineReply *)> &then = {});
    void refuse(const QStringList &docker, const QString &message);
    /// The first tag of a local image (Berth's helper left out) that @p wanted accepts, or "".
    QString localTag(const std::function<bool(const QString &)> &wanted) const;
    void createAndStart(const RunOptions &options, const QString &command, int row, bool mayPull);
    /// docker pull as a job; @p then gets "" on success or the reason it failed.
    void pullThen(const QString &reference, const std::function<void(const QString &)> &then);
    /// Reports a job's end in the history and, when it failed, in the banner.
    void track(Job *job);

    EngineClient *m_client;
    ContainerModel *m_containers;
    ImageModel *m_images;
    VolumeModel *m_volumes;
    CommandHistoryModel *m_history;
    JobsModel m_jobs;
    QStringList m_networks;
};
