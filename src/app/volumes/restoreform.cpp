// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/volumes/restoreform.h"

#include "app/actioncontext.h"
#include "app/files/filebrowser.h"
#include "app/format.h"
#include "app/volumes/volumeactions.h"
#include "archive/archivecheck.h"
#include "archive/backuplisting.h"
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
    else if (m_onlyChosen && m_only.isEmpty())
        found << tr("Tick the files and folders to restore, or choose to restore everything.");
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
    else if (m_into == NewVolume && VolumeActions::instance()
        && VolumeActions::instance()->volumeExists(volume))
        found << tr("A volume named %1 exists already: give the new one another name, or restore into "
                    "%1 as an existing volume.")
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
        if (m_newName.isEmpty()) {
            // A new volume's name the engine does not have yet: a restore never lands in a volume
            // the user did not choose.
            m_newName = VolumeActions::volumeNameFor(path);
            if (VolumeActions::instance())
                m_newName = VolumeActions::instance()->freeVolumeName(m_newName);
        }
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
                if (r.error.isEmpty())
                    self->browse({});
            });
        });
    }
    m_only.clear();
    m_onlyChosen = false;
    ++m_browseReading; // a listing of the file before no longer counts
    m_browsing = false;
    m_browseEntries.clear();
    m_browseFolder.clear();
    Q_EMIT browsed();
    closePreview();
    Q_EMIT changed();
}

void RestoreForm::setOnlyChosen(bool only)
{
    if (only == m_onlyChosen)
        return;
    m_onlyChosen = only;
    Q_EMIT changed();
}

void RestoreForm::browse(const QString &folder)
{
    if (!checkOk())
        return;
    const int reading = ++m_browseReading;
    m_browsing = true;
    m_browseError.clear();
    Q_EMIT browsed();
    QPointer<RestoreForm> self(this);
    QThreadPool::globalInstance()->start([self, folder, reading, path = m_checkedPath, stop = m_stopReading] {
        const BackupListing::Folder listed = BackupListing::list(path, folder, stop.get());
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, listed, folder, reading] {
            if (!self || reading != self->m_browseReading)
                return;
            self->m_browsing = false;
            self->m_browseError = listed.error;
            self->m_browseFolder = QString::fromUtf8(BackupListing::normalized(folder.toUtf8()));
            self->m_browseEntries.clear();
            for (const BackupListing::Entry &e : listed.entries) {
                if (e.refused)
                    continue; // the check refused the file before this could be shown
                Shown shown;
                shown.name = BackupListing::displayName(e.name());
                shown.path = QString::fromUtf8(e.path);
                shown.folder = e.type == BackupListing::Type::Directory;
                shown.size = e.size;
                shown.mode = BackupListing::modeString(e);
                // A name that is not UTF-8 cannot be named to the restore; its folder can.
                shown.choosable = BackupListing::isUtf8(e.path);
                self->m_browseEntries << shown;
            }
            Q_EMIT self->browsed();
        });
    });
}

void RestoreForm::preview(const QString &path)
{
    if (!checkOk())
        return;
    const int reading = ++m_previewReading;
    m_previewPath = path;
    m_previewKind = QStringLiteral("loading");
    m_previewText.clear();
    m_previewImage.clear();
    m_previewNote = tr("Reading the backup…");
    Q_EMIT previewed();
    QPointer<RestoreForm> self(this);
    QThreadPool::globalInstance()->start([self, path, reading, file = m_checkedPath, stop = m_stopReading] {
        const BackupListing::Head head
            = BackupListing::head(file, path, FileBrowser::FirstPreview, stop.get());
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, head, reading] {
            if (!self || reading != self->m_previewReading)
                return;
            self->showHead(head);
        });
    });
}

void RestoreForm::showHead(const BackupListing::Head &head)
{
    m_previewText.clear();
    m_previewImage.clear();
    if (!head.error.isEmpty()) {
        m_previewKind = QStringLiteral("error");
        m_previewNote = head.error;
        Q_EMIT previewed();
        return;
    }
    const BackupListing::Entry &e = head.entry;
    switch (e.type) {
    case BackupListing::Type::File:
    case BackupListing::Type::HardLink:
        FileBrowser::describe(head.data, e.size, &m_previewKind, &m_previewText, &m_previewImage);
        m_previewNote = FileBrowser::fileNote(m_previewKind, head.data.size(), e.size);
        if (e.type == BackupListing::Type::HardLink)
            m_previewNote
                = tr("%1 (a hard link to %2)").arg(m_previewNote, BackupListing::displayName(e.target));
        break;
    case BackupListing::Type::Directory:
        m_previewKind = QStringLiteral("folder");
        m_previewNote = tr("A folder: open it to see what it holds.");
        break;
    case BackupListing::Type::Symlink:
        m_previewKind = QStringLiteral("link");
        m_previewNote = tr("A link to %1").arg(BackupListing::displayName(e.target));
        break;
    default:
        m_previewKind = QStringLiteral("special");
        m_previewNote = tr("A device, pipe or socket: it has no content to show.");
    }
    Q_EMIT previewed();
}

void RestoreForm::closePreview()
{
    ++m_previewReading; // a preview still being read no longer counts
    m_previewPath.clear();
    m_previewKind.clear();
    m_previewText.clear();
    m_previewImage.clear();
    m_previewNote.clear();
    Q_EMIT previewed();
}

QVariantList RestoreForm::browseEntries() const
{
    QVariantList out;
    for (const Shown &e : m_browseEntries) {
        // Chosen itself, or inside a folder that is (then it goes with the folder).
        const bool inherited = std::any_of(m_only.begin(), m_only.end(),
            [&](const QString &p) { return e.path.startsWith(p + QLatin1Char('/')); });
        const bool chosen = inherited || m_only.contains(e.path);
        out << QVariantMap {{QStringLiteral("name"), e.name}, {QStringLiteral("path"), e.path},
            {QStringLiteral("folder"), e.folder},
            {QStringLiteral("size"), e.folder ? QString() : Format().size(double(e.size))},
            {QStringLiteral("mode"), e.mode}, {QStringLiteral("chosen"), chosen},
            {QStringLiteral("choosable"), e.choosable && !inherited}};
    }
    return out;
}

void RestoreForm::choose(const QString &path, bool chosen)
{
    // What is under it is in it; what it is under is ticked as a whole or not at all.
    m_only.removeIf([&](const QString &p) { return p == path || p.startsWith(path + QLatin1Char('/')); });
    if (chosen)
        m_only << path;
    m_only.sort();
    Q_EMIT changed();
    Q_EMIT browsed();
}

Job *RestoreForm::start()
{
    if (!VolumeActions::instance() || !valid())
        return nullptr;
    return VolumeActions::instance()->restoreVolume(m_checkedPath, target(),
        m_into == NewVolume ? IfEmpty : m_mode, m_allowDevices, m_onlyChosen ? m_only : QStringList());
}
