// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/volumes/restoreform.h"

#include "app/actioncontext.h"
#include "app/format.h"
#include "app/volumes/volumeactions.h"
#include "archive/archivecheck.h"
#include "jobs/volumerestorejob.h"
#include "model/containermodel.h"
#include "model/volumemodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

static_assert(int(RestoreForm::IfEmpty) == int(VolumeRestoreJob::Mode::IfEmpty)
    && int(RestoreForm::Replace) == int(VolumeRestoreJob::Mode::Replace)
    && int(RestoreForm::Merge) == int(VolumeRestoreJob::Mode::Merge));

RestoreForm::RestoreForm(QObject *parent)
    : QObject(parent)
{
    // A container that starts or stops meanwhile changes whether the volume can be written.
    if (ActionContext *c = context())
        c->followListings(this, [this] { Q_EMIT changed(); });
}

RestoreForm::~RestoreForm()
{
    stopReading();
}

void RestoreForm::stopReading()
{
    ++m_reading; // a reading still under way no longer counts
    m_stopReading->store(true);
    m_stopReading = std::make_shared<std::atomic_bool>(false);
}

ActionContext *RestoreForm::context() const
{
    return VolumeActions::instance() ? VolumeActions::instance()->context() : nullptr;
}

void RestoreForm::setFile(const QString &file)
{
    if (file == m_file)
        return;
    m_file = file;
    Q_EMIT changed();
}

bool RestoreForm::checked() const
{
    return m_haveCheck && !m_checking && m_file.trimmed() == m_checkedPath;
}

QString RestoreForm::checkText() const
{
    if (!checked())
        return {};
    return m_checkError.isEmpty() ? m_checkSummary : m_checkError;
}

void RestoreForm::setAllowDevices(bool allow)
{
    if (allow == m_allowDevices)
        return;
    m_allowDevices = allow;
    Q_EMIT changed();
}

void RestoreForm::setInto(Into into)
{
    if (into == m_into)
        return;
    m_into = into;
    Q_EMIT changed();
}

void RestoreForm::setNewName(const QString &name)
{
    if (name == m_newName)
        return;
    m_newName = name;
    Q_EMIT changed();
}

void RestoreForm::setExistingVolume(const QString &volume)
{
    if (volume == m_existingVolume)
        return;
    m_existingVolume = volume;
    Q_EMIT changed();
}

QString RestoreForm::target() const
{
    return m_into == NewVolume ? m_newName.trimmed() : m_existingVolume;
}

void RestoreForm::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT changed();
}

QStringList RestoreForm::running() const
{
    if (m_into != ExistingVolume || m_existingVolume.isEmpty() || !VolumeActions::instance())
        return {};
    return VolumeActions::instance()->runningUsers({m_existingVolume});
}

QStringList RestoreForm::manualCommands() const
{
    const QString file = m_file.trimmed();
    if (target().isEmpty() || file.isEmpty() || !VolumeActions::instance())
        return {};
    return VolumeActions::instance()->manualRestoreCommands(file, target());
}

QStringList RestoreForm::problems() const
{
    QStringList found;
    const QString file = m_file.trimmed();
    if (file.isEmpty())
        found << tr("Choose the backup file to restore.");
    else if (m_checking && file == m_checkedPath)
        found << tr("The file is still being read.");
    else if (!checked())
        found << tr("The file is read first: press Enter in its field.");
    else if (!m_checkError.isEmpty())
        found << m_checkError;
    else if (m_deviceNodeCount > 0 && !m_allowDevices)
        found << tr("Tick the box to restore its device nodes too, or choose another file.");
    const QString volume = target();
    if (volume.isEmpty())
        found << (m_into == NewVolume ? tr("Give the new volume a name.")
                                      : tr("Choose the volume to restore into."));
    else if (!VolumeRestoreJob::isValidVolumeName(volume))
        found << tr("\"%1\" cannot be a volume's name: use letters, digits, '_', '.' and '-', "
                    "starting with a letter or digit.")
                     .arg(volume);
    const QStringList users = running();
    if (!users.isEmpty())
        found << tr("%1 is running and uses this volume: stop it first, Berth will not write under a "
                    "running program.")
                     .arg(users.join(QStringLiteral(", ")));
    return found;
}

void RestoreForm::openFor(const QString &volume)
{
    stopReading();
    m_file.clear();
    m_checkedPath.clear();
    m_checking = false;
    m_haveCheck = false;
    m_allowDevices = false;
    m_mode = IfEmpty;
    m_newName.clear();
    m_into = volume.isEmpty() ? NewVolume : ExistingVolume;
    if (!volume.isEmpty())
        m_existingVolume = volume;
    Q_EMIT changed();
}

void RestoreForm::checkFile()
{
    // Leaving the field (a click on Restore, say) must not read the same file again.
    const QString path = m_file.trimmed();
    if (path == m_checkedPath)
        return;
    m_checkedPath = path;
    m_haveCheck = false;
    m_allowDevices = false;
    stopReading();
    const int reading = m_reading;
    m_checking = !path.isEmpty();
    if (m_checking) {
        if (m_newName.isEmpty())
            m_newName = VolumeActions::volumeNameFor(path);
        QPointer<RestoreForm> self(this);
        QThreadPool::globalInstance()->start([self, path, reading, stop = m_stopReading] {
            const ArchiveCheck::Result r = ArchiveCheck::check(path, stop.get());
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, r, reading] {
                if (!self || reading != self->m_reading)
                    return;
                self->m_checking = false;
                self->m_haveCheck = true;
                self->m_checkError = r.error;
                self->m_deviceNodes = r.deviceNodes;
                self->m_deviceNodeCount = r.deviceNodeCount;
                self->m_checkSummary
                    = tr("Can be restored: %1 files (%2), %3 folders, %4 links. At the top: %5. %6")
                          .arg(QString::number(r.files), Format().size(double(r.bytes)),
                              QString::number(r.directories), QString::number(r.links),
                              r.topLevel.join(QStringLiteral(", ")),
                              r.checksumVerified ? tr("The checksum matches.")
                                                 : tr("No .sha256 beside it to compare with."));
                Q_EMIT self->changed();
            });
        });
    }
    Q_EMIT changed();
}

Job *RestoreForm::start()
{
    if (!VolumeActions::instance() || !valid())
        return nullptr;
    return VolumeActions::instance()->restoreVolume(
        m_checkedPath, target(), m_into == NewVolume ? IfEmpty : m_mode, m_allowDevices);
}
