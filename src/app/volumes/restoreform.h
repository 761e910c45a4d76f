// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/backuplisting.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class ActionContext;
class Job;

/**
 * The restore dialog's backend, as BackupForm is the backup dialog's: the backup file and what
 * reading it to its end found, a new or an existing volume and what happens to the data already
 * in it, the device nodes the user allows, the running containers that keep it from starting,
 * and the same by hand. The dialog only shows it and calls start().
 */
class RestoreForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString file READ file WRITE setFile NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(bool checked READ checked NOTIFY changed)
    Q_PROPERTY(bool checkOk READ checkOk NOTIFY changed)
    Q_PROPERTY(QString checkText READ checkText NOTIFY changed)
    Q_PROPERTY(int deviceNodeCount READ deviceNodeCount NOTIFY changed)
    Q_PROPERTY(QStringList deviceNodes READ deviceNodes NOTIFY changed)
    Q_PROPERTY(bool allowDevices READ allowDevices WRITE setAllowDevices NOTIFY changed)
    Q_PROPERTY(Into into READ into WRITE setInto NOTIFY changed)
    Q_PROPERTY(QString newName READ newName WRITE setNewName NOTIFY changed)
    Q_PROPERTY(QString existingVolume READ existingVolume WRITE setExistingVolume NOTIFY changed)
    Q_PROPERTY(QString target READ target NOTIFY changed)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(QStringList running READ running NOTIFY changed)
    Q_PROPERTY(QStringList manualCommands READ manualCommands NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    // What to restore: everything, or only the files and folders ticked in the backup's tree.
    Q_PROPERTY(bool onlyChosen READ onlyChosen WRITE setOnlyChosen NOTIFY changed)
    Q_PROPERTY(QStringList only READ only NOTIFY changed)
    /// The backup's folder shown ("" is its top), its entries [{name, path, folder, size, mode,
    /// chosen, choosable}] and whether it is being read.
    Q_PROPERTY(QString browseFolder READ browseFolder NOTIFY browsed)
    Q_PROPERTY(QVariantList browseEntries READ browseEntries NOTIFY browsed)
    Q_PROPERTY(bool browsing READ browsing NOTIFY browsed)
    Q_PROPERTY(QString browseError READ browseError NOTIFY browsed)
    /// A file of the backup shown: its path, what it is ("", "loading", "text", "image",
    /// "binary", "folder", "link", "special" or "error"), its text (or hex), its picture (a data
    /// URL) and a note on how much of it is shown. Read from the file, no engine needed.
    Q_PROPERTY(QString previewPath READ previewPath NOTIFY previewed)
    Q_PROPERTY(QString previewKind READ previewKind NOTIFY previewed)
    Q_PROPERTY(QString previewText READ previewText NOTIFY previewed)
    Q_PROPERTY(QString previewImage READ previewImage NOTIFY previewed)
    Q_PROPERTY(QString previewNote READ previewNote NOTIFY previewed)

public:
    /// Where the files go.
    enum Into { NewVolume, ExistingVolume };
    Q_ENUM(Into)
    /// VolumeRestoreJob::Mode: what happens to data already in an existing volume.
    enum Mode { IfEmpty = 0, Replace = 1, Merge = 2 };
    Q_ENUM(Mode)

    explicit RestoreForm(QObject *parent = nullptr);
    ~RestoreForm() override;

    QString file() const { return m_file; }
    void setFile(const QString &file);
    /// The file is being read to its end.
    bool checking() const { return m_checking; }
    /// A reading of the file named now has ended.
    bool checked() const;
    bool checkOk() const { return checked() && m_checkError.isEmpty(); }
    /// What the reading found, in words: what it holds, or why it cannot be restored.
    QString checkText() const;
    int deviceNodeCount() const { return checkOk() ? int(m_deviceNodeCount) : 0; }
    QStringList deviceNodes() const { return checkOk() ? m_deviceNodes : QStringList(); }
    bool allowDevices() const { return m_allowDevices; }
    void setAllowDevices(bool allow);
    Into into() const { return m_into; }
    void setInto(Into into);
    QString newName() const { return m_newName; }
    void setNewName(const QString &name);
    QString existingVolume() const { return m_existingVolume; }
    void setExistingVolume(const QString &volume);
    /// The volume the files go into: the new one's name, or the existing one.
    QString target() const;
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// The running (or paused) containers that use the existing volume chosen.
    QStringList running() const;
    /// The restore by hand (tar on the engine's machine, or a helper container).
    QStringList manualCommands() const;
    /// What keeps the restore from starting, in words; empty when it can.
    QStringList problems() const;
    bool valid() const { return problems().isEmpty(); }

    /// Fills the form for a restore into @p volume (an existing one), or into a new volume.
    Q_INVOKABLE void openFor(const QString &volume = {});
    /// Reads the file named now to its end, off the GUI thread, unless it was read already; a
    /// new volume without a name takes the one the file suggests.
    Q_INVOKABLE void checkFile();
    /// Starts the restore as a job (listed on the Jobs page), or nothing when problems() is not
    /// empty.
    Q_INVOKABLE Job *start();

    bool onlyChosen() const { return m_onlyChosen; }
    void setOnlyChosen(bool only);
    /// The paths ticked (inside the volume, "a/b"): VolumeRestoreJob::setOnly's.
    QStringList only() const { return m_only; }
    QString browseFolder() const { return m_browseFolder; }
    QVariantList browseEntries() const;
    bool browsing() const { return m_browsing; }
    QString browseError() const { return m_browseError; }
    /// Lists @p folder of the backup checked (headers read, no engine needed).
    Q_INVOKABLE void browse(const QString &folder);
    /// Ticks or unticks @p path (a folder with everything under it).
    Q_INVOKABLE void choose(const QString &path, bool chosen);
    QString previewPath() const { return m_previewPath; }
    QString previewKind() const { return m_previewKind; }
    QString previewText() const { return m_previewText; }
    QString previewImage() const { return m_previewImage; }
    QString previewNote() const { return m_previewNote; }
    /// Shows the start of @p path, a file of the backup checked (FileBrowser's first part).
    Q_INVOKABLE void preview(const QString &path);
    Q_INVOKABLE void closePreview();

Q_SIGNALS:
    void changed();
    void browsed();
    void previewed();

private:
    ActionContext *context() const;
    void showHead(const BackupListing::Head &head);

    QString m_file;
    QString m_checkedPath; ///< the file read last (or being read)
    bool m_checking = false;
    bool m_haveCheck = false;
    QString m_checkError;
    QString m_checkSummary;
    QStringList m_deviceNodes;
    qint64 m_deviceNodeCount = 0;
    bool m_allowDevices = false;
    Into m_into = NewVolume;
    QString m_newName;
    QString m_existingVolume;
    Mode m_mode = IfEmpty;
    bool m_onlyChosen = false;
    QStringList m_only;
    QString m_browseFolder;
    struct Shown
    {
        QString name;
        QString path;
        bool folder = false;
        qint64 size = 0;
        QString mode;
        bool choosable = true;
    };
    QList<Shown> m_browseEntries;
    bool m_browsing = false;
    QString m_browseError;
    int m_browseReading = 0;
    QString m_previewPath;
    QString m_previewKind;
    QString m_previewText;
    QString m_previewImage;
    QString m_previewNote;
    int m_previewReading = 0;
    int m_reading = 0; ///< which reading is the current one
    /// Stops the reading under way (another file chosen, the dialog opened again, the form gone).
    std::shared_ptr<std::atomic_bool> m_stopReading = std::make_shared<std::atomic_bool>(false);
    void stopReading();
};
