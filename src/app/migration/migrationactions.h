// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ActionContext;

/**
 * Moving a container with its data, for QML: export to a bundle, import a bundle or the manual
 * procedure's loose files, transfer straight into another engine — each a job — and what the
 * dialogs check before they start one.
 */
class MigrationActions : public QObject, public AppSingleton<MigrationActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MigrationActions(ActionContext *context, QObject *parent = nullptr);

    /// The container to a bundle folder for another engine (MigrationExportJob); @p consistency
    /// as for backups (0 live, 1 pause, 2 stop).
    Q_INVOKABLE void exportContainer(
        const QString &id, const QString &folder, int consistency, bool includeBinds = false);
    /// The container with its image and volumes straight into the engine at @p target
    /// (unix:///path/to/docker.sock, ssh://…, tcp://…), started there if @p start
    /// (MigrationImportJob's transfer). @p allowedPowers: BundleManifest::Power bits the user
    /// ticked (readContainerPowers()). @p name: what the job calls it.
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

Q_SIGNALS:
    /// readContainerPowers()'s answer: [{power, what}] (empty when it has none, or was not read).
    void containerPowersRead(const QString &id, const QVariantList &powers);

private:
    ActionContext *m_context;
};
