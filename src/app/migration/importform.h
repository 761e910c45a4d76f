// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class Job;

/**
 * The import dialog's backend, as BackupForm is the backup dialog's: a bundle folder made by
 * Export… (what its manifest says, and the names, host ports and folders its volumes, ports and
 * folders get here), or the manual method's loose files (docker save's image, volume archives
 * with their names and paths, docker run's options); the name here, whether it starts, the
 * powers over this computer the user allows, what keeps it from starting (a name or host port
 * taken here, a folder that is not new or empty), and the same by hand. The dialog only shows it
 * and calls start().
 *
 * The lists the dialog repeats rows for (volumes, ports, folders, looseVolumes) change only when
 * a bundle is read or a file added (rowsChanged); what is typed into a row, and what is wrong
 * with it, are lists of the same length that follow changed(), so typing keeps its row.
 */
class ImportForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Source source READ source WRITE setSource NOTIFY changed)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY changed)
    Q_PROPERTY(bool bundleRead READ bundleRead NOTIFY changed)
    Q_PROPERTY(bool bundleOk READ bundleOk NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QVariantList volumes READ volumes NOTIFY rowsChanged)
    Q_PROPERTY(QStringList volumeNames READ volumeNames NOTIFY changed)
    Q_PROPERTY(QStringList volumeProblems READ volumeProblems NOTIFY changed)
    Q_PROPERTY(QVariantList ports READ ports NOTIFY rowsChanged)
    Q_PROPERTY(QStringList portsHere READ portsHere NOTIFY changed)
    Q_PROPERTY(QStringList portUses READ portUses NOTIFY changed)
    Q_PROPERTY(QVariantList folders READ folders NOTIFY rowsChanged)
    Q_PROPERTY(QStringList folderPaths READ folderPaths NOTIFY changed)
    Q_PROPERTY(QStringList folderProblems READ folderProblems NOTIFY changed)
    Q_PROPERTY(QStringList unmovedFolders READ unmovedFolders NOTIFY rowsChanged)
    Q_PROPERTY(QString imageFile READ imageFile WRITE setImageFile NOTIFY changed)
    Q_PROPERTY(QVariantList looseVolumes READ looseVolumes NOTIFY rowsChanged)
    Q_PROPERTY(QString runArgs READ runArgs WRITE setRunArgs NOTIFY changed)
    Q_PROPERTY(QString runArgsError READ runArgsError NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(bool startAfter READ startAfter WRITE setStartAfter NOTIFY changed)
    Q_PROPERTY(QVariantList powers READ powers NOTIFY changed)
    Q_PROPERTY(int allowedPowers READ allowedPowers WRITE setAllowedPowers NOTIFY changed)
    Q_PROPERTY(QString manualCommands READ manualCommands NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)

public:
    /// What is imported.
    enum Source { Bundle, LooseFiles };
    Q_ENUM(Source)

    explicit ImportForm(QObject *parent = nullptr);

    Source source() const { return m_source; }
    void setSource(Source source);
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    /// A folder was read (read()), well or not.
    bool bundleRead() const { return !m_readPath.isEmpty(); }
    bool bundleOk() const { return bundleRead() && m_bundleError.isEmpty(); }
    /// What the bundle's manifest says, in words (not yet verified; the import does that), or why
    /// it cannot be read.
    QString summary() const;
    /// Its named volumes: [{name, destination}].
    QVariantList volumes() const;
    /// The name each of volumes() gets here, as typed.
    QStringList volumeNames() const;
    /// For each of volumes(), "" or why it cannot have that name here.
    QStringList volumeProblems() const;
    /// The host ports it publishes: [{containerPort, hostIp, hostPort}].
    QVariantList ports() const;
    /// The host port each of ports() gets here, as typed.
    QStringList portsHere() const;
    /// For each of ports(), "" when it is free here, else who holds it (or why it is no port).
    QStringList portUses() const;
    /// The folders of the other machine in the bundle: [{source, destination}].
    QVariantList folders() const;
    /// Where each of folders() goes here, as typed (nowhere by default).
    QStringList folderPaths() const;
    /// For each of folders(), "" or why it cannot go there.
    QStringList folderProblems() const;
    /// Where it showed folders of the other machine that are not in the bundle.
    QStringList unmovedFolders() const;
    QString imageFile() const { return m_imageFile; }
    void setImageFile(const QString &file);
    /// The volume archives added: [{file, fileName, name, path}].
    QVariantList looseVolumes() const;
    QString runArgs() const { return m_runArgs; }
    void setRunArgs(const QString &args);
    /// Why the docker run options cannot be read ("" when they can).
    QString runArgsError() const;
    QString name() const { return m_name; }
    void setName(const QString &name);
    bool startAfter() const { return m_startAfter; }
    void setStartAfter(bool start);
    /// What the container asks for over this computer, [{power, what}]: each needs a tick.
    QVariantList powers() const;
    /// The BundleManifest::Power bits the user ticked.
    int allowedPowers() const { return m_allowedPowers; }
    void setAllowedPowers(int powers);
    /// The import by hand, for learning.
    QString manualCommands() const;
    /// What keeps the import from starting, in words; empty when it can.
    QStringList problems() const;
    bool valid() const { return problems().isEmpty(); }

    /// Empties the form.
    Q_INVOKABLE void clear();
    /// Reads the bundle's manifest in folder(), unless that folder was read already (so leaving
    /// the field again keeps what was typed since).
    Q_INVOKABLE void read();
    Q_INVOKABLE void setVolumeName(int index, const QString &name);
    Q_INVOKABLE void setPortHere(int index, const QString &port);
    Q_INVOKABLE void setFolderPath(int index, const QString &path);
    /// Adds a volume archive, named as the file suggests.
    Q_INVOKABLE void addLooseVolume(const QString &file);
    Q_INVOKABLE void removeLooseVolume(int index);
    Q_INVOKABLE void setLooseName(int index, const QString &name);
    Q_INVOKABLE void setLoosePath(int index, const QString &path);
    /// Starts the import as a job (listed on the Jobs page), or nothing when problems() is not
    /// empty.
    Q_INVOKABLE Job *start();

    /// Why a bundle's folder cannot go to @p path here ("" when it can: missing or empty).
    static QString folderProblem(const QString &path);

Q_SIGNALS:
    void changed();
    /// The rows changed: a bundle was read, a volume archive added or removed.
    void rowsChanged();

private:
    struct Volume
    {
        QString name, destination, here;
    };
    struct Port
    {
        QString containerPort, hostIp, hostPort, here;
    };
    struct Folder
    {
        QString source, destination, file, here;
    };
    struct Loose
    {
        QString file, name, path;
    };
    ActionContext *context() const;
    /// Who holds host port @p port (@p protocol tcp or udp) on the engine's machine: "" when it
    /// is free.
    QString hostPortUse(const QString &hostIp, const QString &port, const QString &protocol) const;
    QStringList bundleProblems() const;
    QStringList looseProblems() const;

    Source m_source = Bundle;
    QString m_folder;
    QString m_readPath;
    QString m_bundleError;
    QString m_containerName, m_image, m_from, m_createdAt;
    QVariantList m_bundlePowers;
    QList<Volume> m_volumes;
    QList<Port> m_ports;
    QList<Folder> m_folders;
    QStringList m_unmoved;
    QString m_imageFile;
    QList<Loose> m_loose;
    QString m_runArgs;
    QString m_name;
    bool m_startAfter = true;
    int m_allowedPowers = 0;
};
