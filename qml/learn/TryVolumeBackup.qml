// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": its steps reach the flow's functions by id.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The second guided session: a volume with a file in it, backed up to a .tar.gz, restored
/// into a new volume, and both removed; each step real, with the docker commands it equals.
ColumnLayout {
    id: root
    objectName: "tryVolumeBackup"
    spacing: 10
    readonly property string volume: "berth-try-data"
    readonly property string restored: "berth-try-data-restored"
    property int done: Preferences.tryProgress("volume")
    property string makeCommand
    property string error
    property string backupFile
    readonly property bool volumeThere: {
        Models.volumes.count // re-evaluated as volumes come and go
        return VolumeActions.volumeExists(volume)
    }
    readonly property bool restoredThere: {
        Models.volumes.count
        return VolumeActions.volumeExists(restored)
    }
    function advance(step: int) {
        if (step > done) {
            done = step
            Preferences.setTryProgress("volume", step)
        }
    }

    Label {
        text: qsTr("Try it: back up a volume and restore it")
        font.pixelSize: 20
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Data that matters lives in volumes; a copy of it is a .tar.gz you can keep or take to another "
                   + "machine. Berth's backups are the same archives the manual tar method makes.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TryStep {
        done: root.done
        number: 1
        title: qsTr("Make a volume and write a file into it from a short-lived container.")
        buttonText: qsTr("Make it")
        buttonName: "tryMakeVolume"
        enabledNow: !root.volumeThere
        command: root.makeCommand.length > 0 ? root.makeCommand
                 : "docker volume create berth-try-data && docker run --rm -v berth-try-data:/data busybox sh -c '…'"
        onRun: {
            const r = LearnActions.tryMakeVolume()
            root.error = r.error ? r.error : ""
            if (!r.error) {
                root.makeCommand = r.command
                root.advance(1)
            }
        }
    }
    Label {
        objectName: "tryVolumeError"
        visible: root.error.length > 0
        text: root.error
        color: "#a4262c"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TryStep {
        done: root.done
        number: 2
        title: qsTr("Back it up into %1 (a .tar.gz and its .sha256).").arg(Preferences.backupFolder)
        buttonText: qsTr("Back it up")
        buttonName: "tryBackup"
        enabledNow: root.volumeThere
        command: Array.from(VolumeActions.manualBackupCommands(root.volume, Preferences.backupFolder)).join("\n")
        onRun: {
            VolumeActions.backupVolumes([root.volume], Preferences.backupFolder, BackupForm.Live)
            root.advance(2)
        }
    }
    TryStep {
        done: root.done
        number: 3
        title: qsTr("Restore the backup into a new volume, %1, and see the file there.").arg(root.restored)
        buttonText: qsTr("Restore it")
        buttonName: "tryRestore"
        enabledNow: root.done >= 2 && !root.restoredThere
        command: Array.from(VolumeActions.manualRestoreCommands(root.backupFile.length > 0 ? root.backupFile : root.volume + "-….tar.gz",
                                               root.restored)).join("\n")
        onRun: {
            root.backupFile = VolumeActions.latestBackupOf(root.volume)
            if (root.backupFile.length === 0) {
                root.error = qsTr("The backup is not in %1 yet: wait for its job to end (the Jobs page), then try again.")
                                 .arg(Preferences.backupFolder)
                return
            }
            root.error = ""
            VolumeActions.restoreVolume(root.backupFile, root.restored, RestoreForm.IfEmpty)
            root.advance(3)
        }
    }
    TryStep {
        done: root.done
        number: 4
        title: qsTr("Remove both volumes (the backup file stays in the folder).")
        buttonText: qsTr("Remove them")
        buttonName: "tryRemoveVolumes"
        enabledNow: root.volumeThere || root.restoredThere
        command: "docker volume rm " + root.volume + " " + root.restored
        onRun: {
            if (root.volumeThere)
                VolumeActions.removeVolume(root.volume)
            if (root.restoredThere)
                VolumeActions.removeVolume(root.restored)
            root.advance(4)
        }
    }
    Label {
        objectName: "tryVolumeDone"
        visible: root.done >= 4
        text: qsTr("Done: you backed up a volume, checked the copy by restoring it, and cleaned up.")
        color: "#2e9d4f"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
