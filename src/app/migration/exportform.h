// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class Job;

/**
 * The export dialog's backend, as BackupForm is the backup dialog's: a container into a bundle
 * folder (what happens to it meanwhile, and the folders of this computer it shows inside), or
 * straight into another engine (with the powers over its machine the user allows there), what
 * keeps it from starting, and the same by hand. The dialog only shows it and calls start().
 */
class ExportForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString containerId READ containerId NOTIFY changed)
    Q_PROPERTY(QString containerName READ containerName NOTIFY changed)
    Q_PROPERTY(QStringList volumes READ volumes NOTIFY changed)
    Q_PROPERTY(QStringList binds READ binds NOTIFY changed)
    Q_PROPERTY(Destination destination READ destination WRITE setDestination NOTIFY changed)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY changed)
    Q_PROPERTY(QString folderProblem READ folderProblem NOTIFY changed)
    Q_PROPERTY(bool includeBinds READ includeBinds WRITE setIncludeBinds NOTIFY changed)
    Q_PROPERTY(Consistency consistency READ consistency WRITE setConsistency NOTIFY changed)
    Q_PROPERTY(QStringList engines READ engines NOTIFY changed)
    Q_PROPERTY(QString targetEngine READ targetEngine WRITE setTargetEngine NOTIFY changed)
    Q_PROPERTY(bool startThere READ startThere WRITE setStartThere NOTIFY changed)
    Q_PROPERTY(QVariantList powers READ powers NOTIFY changed)
    Q_PROPERTY(int allowedPowers READ allowedPowers WRITE setAllowedPowers NOTIFY changed)
    Q_PROPERTY(QString manualCommands READ manualCommands NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)

public:
    /// Where the container goes.
    enum Destination { ToFolder, ToEngine };
    Q_ENUM(Destination)
    /// MigrationExportJob::Consistency: what happens to the container while the copy is made.
    enum Consistency { Live = 0, Pause = 1, Stop = 2 };
    Q_ENUM(Consistency)

    explicit ExportForm(QObject *parent = nullptr);

    QString containerId() const { return m_containerId; }
    QString containerName() const { return m_containerName; }
    /// Its volumes by name (an anonymous one shortened and said so).
    QStringList volumes() const;
    /// The folders of this computer it shows inside: "SOURCE → DESTINATION".
    QStringList binds() const;
    Destination destination() const { return m_destination; }
    void setDestination(Destination destination);
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    /// Why the bundle cannot go into folder(), in words ("" when it can: a new or empty folder).
    QString folderProblem() const;
    bool includeBinds() const { return m_includeBinds; }
    void setIncludeBinds(bool include);
    Consistency consistency() const { return m_consistency; }
    void setConsistency(Consistency consistency);
    /// The other engines on the window's list, offered for a transfer.
    QStringList engines() const { return m_engines; }
    QString targetEngine() const { return m_targetEngine; }
    void setTargetEngine(const QString &target);
    bool startThere() const { return m_startThere; }
    void setStartThere(bool start);
    /// What the container has over its machine, [{power, what}] (read when the form opens): the
    /// other engine gives it only what the user allows.
    QVariantList powers() const { return m_powers; }
    /// The BundleManifest::Power bits the user ticked.
    int allowedPowers() const { return m_allowedPowers; }
    void setAllowedPowers(int powers);
    /// The export or transfer by hand, for learning.
    QString manualCommands() const;
    /// What keeps it from starting, in words; empty when it can.
    QStringList problems() const;
    bool valid() const { return problems().isEmpty(); }

    /// Fills the form for container @p id, named @p name: a new folder in the backup folder, the
    /// other engines, and its powers (read from the engine).
    Q_INVOKABLE void openFor(const QString &id, const QString &name);
    /// @p folder (chosen in a folder dialog, as a local path) with a new folder for the bundle in it.
    Q_INVOKABLE void chooseParentFolder(const QString &folder);
    /// Starts the export or the transfer as a job (listed on the Jobs page), or nothing when
    /// problems() is not empty.
    Q_INVOKABLE Job *start();

Q_SIGNALS:
    void changed();

private:
    struct Mount
    {
        QString name, source, destination;
    };
    ActionContext *context() const;

    QString m_containerId;
    QString m_containerName;
    QList<Mount> m_volumes;
    QList<Mount> m_binds;
    Destination m_destination = ToFolder;
    QString m_folder;
    bool m_includeBinds = false;
    Consistency m_consistency = Pause;
    QStringList m_engines;
    QString m_targetEngine;
    bool m_startThere = true;
    QVariantList m_powers;
    int m_allowedPowers = 0;
};
