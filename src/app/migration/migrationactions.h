// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class Job;

/**
 * Moving a container with its data, for QML: export to a bundle, import a bundle or the manual
 * procedure's loose files, transfer straight into another engine — each a job, which the forms
 * (ExportForm, ImportForm) start.
 */
class MigrationActions : public QObject, public AppSingleton<MigrationActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MigrationActions(ActionContext *context, QObject *parent = nullptr);

    /// The container to a bundle folder for another engine (MigrationExportJob); @p consistency
    /// as for backups (0 live, 1 pause, 2 stop). The job, listed on the Jobs page.
    Job *exportContainer(
        const QString &id, const QString &folder, int consistency, bool includeBinds = false);
    /// The container with its image and volumes straight into the engine at @p target
    /// (unix:///path/to/docker.sock, ssh://…, tcp://…), started there if @p start
    /// (MigrationImportJob's transfer). @p allowedPowers: BundleManifest::Power bits the user
    /// ticked. @p name: what the job calls it. The job, listed on the Jobs page once the other
    /// engine answers; nothing when @p target is not an engine's address (the banner says why).
    Job *transferContainer(
        const QString &id, const QString &name, const QString &target, bool start, int allowedPowers = 0);
    /// Imports a bundle (MigrationImportJob). @p onConflict: 0 refuse, 1 rename, 2 replace, 3 skip;
    /// @p volumeMap: source volume → name here; @p portMap: host port there → host port here;
    /// @p bindMap: a folder of the other machine → where it goes here; @p allowedPowers: the
    /// BundleManifest::Power the user ticked. The job, listed on the Jobs page.
    Job *importBundle(const QString &folder, const QString &name, bool start, int onConflict,
        const QVariantMap &volumeMap, const QVariantMap &portMap = {}, const QVariantMap &bindMap = {},
        int allowedPowers = 0);
    /// The manual procedure's loose files as one container: @p image from `docker save`,
    /// @p volumes [{file, name, path}] made with tar, @p runArgs docker run's options (-p, -e …).
    /// The job, listed on the Jobs page; nothing when the run options cannot be read (@p error
    /// says why).
    Job *importLooseFiles(const QString &image, const QVariantList &volumes, const QString &name,
        const QString &runArgs, bool start, int allowedPowers = 0, QString *error = nullptr);

    /// What the actions share (for the forms of this feature).
    ActionContext *context() const { return m_context; }

private:
    ActionContext *m_context;
};
