// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/migration/exportform.h"

#include "app/actioncontext.h"
#include "app/engines.h"
#include "app/migration/migrationactions.h"
#include "app/migration/powerrows.h"
#include "app/preferences.h"
#include "archive/bundlemanifest.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "jobs/migrationexportjob.h"
#include "model/containermodel.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

static_assert(int(ExportForm::Live) == int(MigrationExportJob::Consistency::Live)
    && int(ExportForm::Pause) == int(MigrationExportJob::Consistency::Pause)
    && int(ExportForm::Stop) == int(MigrationExportJob::Consistency::Stop));

ExportForm::ExportForm(QObject *parent)
    : QObject(parent)
{
}

ActionContext *ExportForm::context() const
{
    return MigrationActions::instance() ? MigrationActions::instance()->context() : nullptr;
}

QStringList ExportForm::volumes() const
{
    QStringList names;
    for (const Mount &m : m_volumes)
        names << (m.name.size() == 64
                ? m.name.left(12) + QStringLiteral("… (") + tr("anonymous") + QLatin1Char(')')
                : m.name);
    return names;
}

QStringList ExportForm::binds() const
{
    QStringList out;
    for (const Mount &m : m_binds)
        out << m.source + QStringLiteral(" → ") + m.destination;
    return out;
}

void ExportForm::setDestination(Destination destination)
{
    if (destination == m_destination)
        return;
    m_destination = destination;
    Q_EMIT changed();
}

void ExportForm::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    Q_EMIT changed();
}

QString ExportForm::folderProblem() const
{
    const QString folder = m_folder.trimmed();
    const QFileInfo info(folder);
    if (folder.isEmpty())
        return tr("Give the folder for the bundle.");
    if (!info.isAbsolute())
        return tr("Give the folder as a full path, starting with /.");
    if (info.exists()
        && (!info.isDir() || !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return tr("%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with "
                  "other files.")
            .arg(folder);
    return {};
}

void ExportForm::setIncludeBinds(bool include)
{
    if (include == m_includeBinds)
        return;
    m_includeBinds = include;
    Q_EMIT changed();
}

void ExportForm::setConsistency(Consistency consistency)
{
    if (consistency == m_consistency)
        return;
    m_consistency = consistency;
    Q_EMIT changed();
}

void ExportForm::setTargetEngine(const QString &target)
{
    if (target == m_targetEngine)
        return;
    m_targetEngine = target;
    Q_EMIT changed();
}

void ExportForm::setStartThere(bool start)
{
    if (start == m_startThere)
        return;
    m_startThere = start;
    Q_EMIT changed();
}

void ExportForm::setAllowedPowers(int powers)
{
    if (powers == m_allowedPowers)
        return;
    m_allowedPowers = powers;
    Q_EMIT changed();
}

QString ExportForm::manualCommands() const
{
    const QString name = m_containerName;
    const QString image = name + QStringLiteral("-migrated");
    const QString target = m_targetEngine.trimmed();
    const QString other
        = QStringLiteral("-H ") + (target.isEmpty() ? QStringLiteral("unix:///OTHER.sock") : target);
    QString text = QStringLiteral("docker commit %1 %2\n").arg(name, image);
    QStringList lines;
    if (m_destination == ToEngine) {
        text += QStringLiteral("docker save %1 | docker %2 load\n").arg(image, other);
        for (const Mount &m : m_volumes)
            lines << QStringLiteral(
                "docker run --rm -v %1:/from busybox tar -czf - -C /from . | docker %2 run "
                "--rm -i -v %1:/to busybox tar -xzf - -C /to")
                         .arg(m.name, other);
        text += lines.join(QLatin1Char('\n'));
        text += QStringLiteral("\ndocker %1 run -d --name %2").arg(other, name);
        for (const Mount &m : m_volumes)
            text += QStringLiteral(" -v %1:%2").arg(m.name, m.destination);
        text += QLatin1Char(' ') + image;
    } else {
        text += QStringLiteral("docker save -o image.tar %1\n").arg(image);
        for (const Mount &m : m_volumes)
            lines << QStringLiteral("sudo tar -czf %1.tar.gz -C /var/lib/docker/volumes/%1/_data .")
                         .arg(m.name);
        text += lines.join(QLatin1Char('\n'));
    }
    return text;
}

QStringList ExportForm::problems() const
{
    QStringList found;
    if (m_containerId.isEmpty())
        found << tr("There is no container to move.");
    if (m_destination == ToFolder) {
        const QString problem = folderProblem();
        if (!problem.isEmpty())
            found << problem;
    } else {
        if (m_targetEngine.trimmed().isEmpty())
            found << tr("Choose the engine to move it into, or type its socket.");
        if (!allPowersAllowed(m_powers, m_allowedPowers))
            found << tr("Tick each of its powers over its machine to move it with them.");
    }
    return found;
}

void ExportForm::openFor(const QString &id, const QString &name)
{
    m_containerId = id;
    m_containerName = name;
    m_volumes.clear();
    m_binds.clear();
    if (ActionContext *c = context()) {
        const int row = c->containers()->rowOf(id);
        if (row >= 0) {
            for (const MountInfo &m : c->containers()->rows().at(row).mounts) {
                if (m.type == QLatin1String("volume"))
                    m_volumes.append({m.name, m.source, m.destination});
                else if (m.type == QLatin1String("bind"))
                    m_binds.append({m.name, m.source, m.destination});
            }
        }
    }
    m_destination = ToFolder;
    m_folder = QDir(Preferences::storedBackupFolder())
                   .filePath(name + QStringLiteral("-migration-")
                       + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_includeBinds = false;
    m_consistency = Pause;
    m_engines = Engines::instance() ? Engines::instance()->others() : QStringList();
    m_targetEngine = m_engines.value(0);
    m_startThere = true;
    m_powers.clear();
    m_allowedPowers = 0;
    Q_EMIT changed();

    // What it has over its machine; unread, the list stays empty and the transfer itself refuses
    // what was not allowed.
    if (!context() || id.isEmpty())
        return;
    EngineReply *reply = ContainersApi(context()->client()).inspect(id);
    QPointer<ExportForm> self(this);
    connect(reply, &EngineReply::finished, reply, [self, reply, id] {
        reply->deleteLater();
        if (!self || id != self->m_containerId || reply->error().isError())
            return;
        self->m_powers
            = powerRows(BundleManifest::powersOf(BundleManifest::createBodyFrom(reply->json().object())));
        Q_EMIT self->changed();
    });
}

void ExportForm::chooseParentFolder(const QString &folder)
{
    setFolder(QDir(folder).filePath(m_containerName + QStringLiteral("-migration")));
}

Job *ExportForm::start()
{
    if (!MigrationActions::instance() || !valid())
        return nullptr;
    if (m_destination == ToEngine)
        return MigrationActions::instance()->transferContainer(
            m_containerId, m_containerName, m_targetEngine.trimmed(), m_startThere, m_allowedPowers);
    return MigrationActions::instance()->exportContainer(m_containerId, QDir::cleanPath(m_folder.trimmed()),
        int(m_consistency), m_includeBinds && !m_binds.isEmpty());
}
