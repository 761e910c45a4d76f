// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/migration/importform.h"

#include "app/actioncontext.h"
#include "app/migration/migrationactions.h"
#include "app/migration/powerrows.h"
#include "app/volumes/volumeactions.h"
#include "archive/bundlemanifest.h"
#include "engine/engineclient.h"
#include "jobs/hostports.h"
#include "learn/runoptions.h"
#include "model/containermodel.h"
#include "model/volumemodel.h"
#include "util/shellwords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QVariantMap>

namespace {

/// Row @p index's @p field becomes @p value (what a row's text field says); false when there is
/// no such row or nothing changes.
template<typename Row> bool setField(QList<Row> &rows, int index, QString Row::*field, const QString &value)
{
    if (index < 0 || index >= rows.size() || rows.at(index).*field == value)
        return false;
    rows[index].*field = value;
    return true;
}

const QString FolderHere = QStringLiteral("/FOLDER/HERE");

/// The run options' create body, or @p error says why they cannot be read.
QJsonObject createBodyOf(const QString &runArgs, QString *error)
{
    const QStringList words = ShellWords::split(runArgs, error);
    const RunOptions run = error->isEmpty() ? RunOptions::fromArguments(words, false, error) : RunOptions();
    return error->isEmpty() ? run.toCreateBody() : QJsonObject();
}

} // namespace

ImportForm::ImportForm(QObject *parent)
    : QObject(parent)
{
    // A container made or removed meanwhile takes or frees host ports and volume names.
    if (ActionContext *c = context())
        c->followListings(this, [this] { Q_EMIT changed(); });
}

ActionContext *ImportForm::context() const
{
    return MigrationActions::instance() ? MigrationActions::instance()->context() : nullptr;
}

void ImportForm::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_allowedPowers = 0; // what was allowed for one is not for the other
    Q_EMIT changed();
}

void ImportForm::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    Q_EMIT changed();
}

QString ImportForm::summary() const
{
    if (!bundleRead())
        return {};
    if (!m_bundleError.isEmpty())
        return m_bundleError;
    return tr("%1, from %2 (exported %3). Image %4.").arg(m_containerName, m_from, m_createdAt, m_image);
}

QVariantList ImportForm::volumes() const
{
    QVariantList rows;
    for (const Volume &v : m_volumes)
        rows << QVariantMap {
            {QStringLiteral("name"), v.name}, {QStringLiteral("destination"), v.destination}};
    return rows;
}

QStringList ImportForm::volumeNames() const
{
    QStringList names;
    for (const Volume &v : m_volumes)
        names << v.here;
    return names;
}

QStringList ImportForm::volumeProblems() const
{
    QStringList found;
    for (const Volume &v : m_volumes) {
        const QString here = v.here.trimmed();
        found << (here.isEmpty() ? tr("give it a name here")
                : VolumeActions::instance() && VolumeActions::instance()->volumeExists(here)
                ? tr("exists here: choose another name")
                : QString());
    }
    return found;
}

QVariantList ImportForm::ports() const
{
    QVariantList rows;
    for (const Port &p : m_ports)
        rows << QVariantMap {{QStringLiteral("containerPort"), p.containerPort},
            {QStringLiteral("hostIp"), p.hostIp}, {QStringLiteral("hostPort"), p.hostPort}};
    return rows;
}

QStringList ImportForm::portsHere() const
{
    QStringList here;
    for (const Port &p : m_ports)
        here << p.here;
    return here;
}

QStringList ImportForm::portUses() const
{
    QStringList uses;
    for (const Port &p : m_ports)
        uses << hostPortUse(p.hostIp, p.here, p.containerPort.section(QLatin1Char('/'), 1, 1));
    return uses;
}

QVariantList ImportForm::folders() const
{
    QVariantList rows;
    for (const Folder &f : m_folders)
        rows << QVariantMap {
            {QStringLiteral("source"), f.source}, {QStringLiteral("destination"), f.destination}};
    return rows;
}

QStringList ImportForm::folderPaths() const
{
    QStringList paths;
    for (const Folder &f : m_folders)
        paths << f.here;
    return paths;
}

QStringList ImportForm::folderProblems() const
{
    QStringList found;
    for (const Folder &f : m_folders)
        found << folderProblem(f.here);
    return found;
}

QStringList ImportForm::unmovedFolders() const
{
    return m_unmoved;
}

void ImportForm::setImageFile(const QString &file)
{
    if (file == m_imageFile)
        return;
    m_imageFile = file;
    Q_EMIT changed();
}

QVariantList ImportForm::looseVolumes() const
{
    QVariantList rows;
    for (const Loose &l : m_loose)
        rows << QVariantMap {{QStringLiteral("file"), l.file},
            {QStringLiteral("fileName"), QFileInfo(l.file).fileName()}, {QStringLiteral("name"), l.name},
            {QStringLiteral("path"), l.path}};
    return rows;
}

void ImportForm::setRunArgs(const QString &args)
{
    if (args == m_runArgs)
        return;
    m_runArgs = args;
    Q_EMIT changed();
}

QString ImportForm::runArgsError() const
{
    QString error;
    createBodyOf(m_runArgs, &error);
    return error;
}

void ImportForm::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT changed();
}

void ImportForm::setStartAfter(bool start)
{
    if (start == m_startAfter)
        return;
    m_startAfter = start;
    Q_EMIT changed();
}

QVariantList ImportForm::powers() const
{
    if (m_source == Bundle)
        return bundleOk() ? m_bundlePowers : QVariantList();
    QString error;
    const QJsonObject body = createBodyOf(m_runArgs, &error);
    // Unreadable options ask for nothing yet: runArgsError() says why they cannot be used.
    return error.isEmpty() ? powerRows(BundleManifest::powersOf(body)) : QVariantList();
}

void ImportForm::setAllowedPowers(int powers)
{
    if (powers == m_allowedPowers)
        return;
    m_allowedPowers = powers;
    Q_EMIT changed();
}

QString ImportForm::manualCommands() const
{
    QString text = QStringLiteral("docker load -i image.tar\n");
    if (m_source != Bundle || !bundleOk())
        return text;
    QStringList volumes;
    for (const Volume &v : m_volumes)
        volumes << QStringLiteral("docker volume create %1\nsudo tar -xzf volumes/%2.tar.gz -C "
                                  "/var/lib/docker/volumes/%1/_data")
                       .arg(v.here.trimmed(), v.name);
    text += volumes.join(QLatin1Char('\n'));
    for (const Folder &f : m_folders) {
        const QString here = f.here.trimmed().isEmpty() ? FolderHere : f.here.trimmed();
        text += QStringLiteral("\nsudo mkdir -p %1 && sudo tar -xzf %2 -C %1").arg(here, f.file);
    }
    text += QStringLiteral("\ndocker run -d --name ") + m_name;
    for (const Folder &f : m_folders)
        text += QStringLiteral(" -v %1:%2")
                    .arg(f.here.trimmed().isEmpty() ? FolderHere : f.here.trimmed(), f.destination);
    for (const Port &p : m_ports) {
        QString containerPort = p.containerPort;
        text += QStringLiteral(" -p ") + (p.hostIp.isEmpty() ? QString() : p.hostIp + QLatin1Char(':'))
            + p.here.trimmed() + QLatin1Char(':') + containerPort.replace(QLatin1String("/tcp"), QString());
    }
    return text + QStringLiteral(" … ") + m_image;
}

QStringList ImportForm::bundleProblems() const
{
    QStringList found;
    const QString folder = m_folder.trimmed();
    if (folder.isEmpty()) {
        found << tr("Choose the folder Export… made.");
        return found;
    }
    if (folder != m_readPath) {
        found << tr("The folder is read first: press Enter in its field.");
        return found;
    }
    if (!m_bundleError.isEmpty()) {
        found << m_bundleError;
        return found;
    }
    const QStringList volumeIssues = volumeProblems();
    for (int i = 0; i < m_volumes.size(); ++i) {
        if (!volumeIssues.at(i).isEmpty())
            found << tr("The volume at %1: %2.").arg(m_volumes.at(i).destination, volumeIssues.at(i));
    }
    const QStringList uses = portUses();
    for (int i = 0; i < m_ports.size(); ++i) {
        if (!uses.at(i).isEmpty())
            found << tr("Host port %1 for %2: %3.")
                         .arg(m_ports.at(i).here.trimmed(), m_ports.at(i).containerPort, uses.at(i));
    }
    const QStringList folderIssues = folderProblems();
    for (int i = 0; i < m_folders.size(); ++i) {
        if (!folderIssues.at(i).isEmpty())
            found << tr("The folder for %1: %2.").arg(m_folders.at(i).source, folderIssues.at(i));
    }
    return found;
}

QStringList ImportForm::looseProblems() const
{
    QStringList found;
    if (m_imageFile.trimmed().isEmpty())
        found << tr("Choose the image file docker save wrote.");
    const QString error = runArgsError();
    if (!error.isEmpty())
        found << error;
    return found;
}

QStringList ImportForm::problems() const
{
    QStringList found = m_source == Bundle ? bundleProblems() : looseProblems();
    if (m_name.trimmed().isEmpty() && (m_source == LooseFiles || bundleOk()))
        found << tr("Give the container a name here.");
    if (!allPowersAllowed(powers(), m_allowedPowers))
        found << tr("Tick each power it asks for over this computer, or it is not imported.");
    return found;
}

void ImportForm::clear()
{
    m_source = Bundle;
    m_folder.clear();
    m_readPath.clear();
    m_bundleError.clear();
    m_volumes.clear();
    m_ports.clear();
    m_folders.clear();
    m_unmoved.clear();
    m_bundlePowers.clear();
    m_imageFile.clear();
    m_loose.clear();
    m_runArgs.clear();
    m_name.clear();
    m_startAfter = true;
    m_allowedPowers = 0;
    Q_EMIT rowsChanged();
    Q_EMIT changed();
}

void ImportForm::read()
{
    // Leaving the field again must not undo the names typed since.
    const QString folder = m_folder.trimmed();
    if (folder == m_readPath)
        return;
    m_readPath = folder;
    m_bundleError.clear();
    m_volumes.clear();
    m_ports.clear();
    m_folders.clear();
    m_unmoved.clear();
    m_bundlePowers.clear();
    m_allowedPowers = 0;
    if (!folder.isEmpty()) {
        QFile file(QDir(folder).filePath(QLatin1String(BundleManifest::FileName)));
        BundleManifest m;
        if (!file.open(QIODevice::ReadOnly))
            m_bundleError = tr("%1 has no manifest.json: choose the folder a Berth export made.").arg(folder);
        else
            m = BundleManifest::fromJson(file.readAll(), &m_bundleError);
        if (m_bundleError.isEmpty()) {
            m_containerName = m.containerName;
            m_image = m.image;
            m_from = m.source.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                + m.source.value(QLatin1String("version")).toString();
            m_createdAt = m.createdAt;
            m_name = m.containerName;
            for (const BundleManifest::Volume &v : m.volumes) {
                if (!v.anonymous)
                    m_volumes.append({v.name, v.destination, v.name});
            }
            for (const HostPorts::Binding &b :
                HostPorts::of(m.createBody.value(QLatin1String("HostConfig")).toObject())) {
                if (!b.hostPort.isEmpty())
                    m_ports.append({b.containerPort, b.hostIp, b.hostPort, b.hostPort});
            }
            for (const BundleManifest::Bind &b : m.binds) {
                // Never by default where the other machine had it: the user names each.
                if (!b.file.isEmpty())
                    m_folders.append({b.source, b.destination, b.file, QString()});
                else
                    m_unmoved << b.destination;
            }
            m_bundlePowers = powerRows(BundleManifest::powersOf(m.createBody));
        }
    }
    Q_EMIT rowsChanged();
    Q_EMIT changed();
}

void ImportForm::setVolumeName(int index, const QString &name)
{
    if (setField(m_volumes, index, &Volume::here, name))
        Q_EMIT changed();
}

void ImportForm::setPortHere(int index, const QString &port)
{
    if (setField(m_ports, index, &Port::here, port))
        Q_EMIT changed();
}

void ImportForm::setFolderPath(int index, const QString &path)
{
    if (setField(m_folders, index, &Folder::here, path))
        Q_EMIT changed();
}

void ImportForm::addLooseVolume(const QString &file)
{
    if (file.trimmed().isEmpty())
        return;
    m_loose.append({file.trimmed(), VolumeActions::volumeNameFor(file.trimmed()), QString()});
    Q_EMIT rowsChanged();
    Q_EMIT changed();
}

void ImportForm::removeLooseVolume(int index)
{
    if (index < 0 || index >= m_loose.size())
        return;
    m_loose.removeAt(index);
    Q_EMIT rowsChanged();
    Q_EMIT changed();
}

void ImportForm::setLooseName(int index, const QString &name)
{
    if (setField(m_loose, index, &Loose::name, name))
        Q_EMIT changed();
}

void ImportForm::setLoosePath(int index, const QString &path)
{
    if (setField(m_loose, index, &Loose::path, path))
        Q_EMIT changed();
}

QString ImportForm::folderProblem(const QString &path)
{
    const QFileInfo info(path.trimmed());
    if (path.trimmed().isEmpty() || !info.isAbsolute())
        return tr("give a full path, starting with /");
    if (info.exists() && !info.isDir())
        return tr("exists here and is not a folder");
    if (info.exists()
        && !QDir(info.filePath())
                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("exists here and is not empty");
    return {};
}

QString ImportForm::hostPortUse(const QString &hostIp, const QString &port, const QString &protocol) const
{
    bool ok = false;
    const int number = port.trimmed().toInt(&ok);
    if (!ok || number <= 0 || number > 65535)
        return port.trimmed().isEmpty() ? QString()
                                        : tr("%1 is not a port number (1 to 65535)").arg(port.trimmed());
    const QString type = protocol.isEmpty() ? QStringLiteral("tcp") : protocol;
    if (ActionContext *c = context()) {
        for (const ContainerInfo &info : c->containers()->rows()) {
            for (const PortInfo &p : info.ports) {
                if (p.publicPort == number && p.type == type)
                    return tr("taken here by the container %1").arg(info.name());
            }
        }
    }
    // A program of this computer holds nothing on an engine's other machine.
    const bool remote = context() && context()->client()->endpoint().isRemote();
    if (!remote && HostPorts::heldOnThisMachine(hostIp, number, type))
        return tr("taken here by another program");
    return {};
}

Job *ImportForm::start()
{
    if (!MigrationActions::instance() || !valid())
        return nullptr;
    if (m_source == LooseFiles) {
        QVariantList volumes;
        for (const Loose &l : m_loose)
            volumes << QVariantMap {{QStringLiteral("file"), l.file}, {QStringLiteral("name"), l.name},
                {QStringLiteral("path"), l.path}};
        return MigrationActions::instance()->importLooseFiles(
            m_imageFile.trimmed(), volumes, m_name.trimmed(), m_runArgs, m_startAfter, m_allowedPowers);
    }
    QVariantMap volumeMap, portMap, bindMap;
    for (const Volume &v : m_volumes)
        volumeMap.insert(v.name, v.here.trimmed());
    for (const Port &p : m_ports)
        portMap.insert(p.hostPort, p.here.trimmed());
    for (const Folder &f : m_folders)
        bindMap.insert(f.source, f.here.trimmed());
    return MigrationActions::instance()->importBundle(
        m_readPath, m_name.trimmed(), m_startAfter, 0, volumeMap, portMap, bindMap, m_allowedPowers);
}
