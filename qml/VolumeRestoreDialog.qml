// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth.Backend

/// A guided restore: the archive checked first and what it holds shown, then a new volume or an
/// existing one (whose data is only written over with the user's word), and the same by hand.
Dialog {
    id: root
    /// The last check of the chosen file: {ok, error, files, …}, or null while none.
    property var check: null
    property bool checking: false
    property string checkedPath
    readonly property bool intoNew: newVolume.checked
    readonly property string target: intoNew ? newName.text.trim() : existing.currentText
    /// VolumeRestoreJob::Mode: 0 only if empty, 1 replace, 2 merge.
    property int mode: 0
    signal started()

    function openFor(volume: string) {
        file.text = ""
        checkedPath = ""
        check = null
        mode = 0
        if (volume.length > 0) {
            existingVolume.checked = true
            existing.currentIndex = existing.indexOfValue(volume)
        } else {
            newVolume.checked = true
        }
        open()
    }
    function checkFile() {
        // Leaving the field (a click on Restore, say) must not check the same file again.
        if (file.text.trim() === checkedPath)
            return
        checkedPath = file.text.trim()
        check = null
        allowDevices.checked = false
        if (checkedPath.length === 0)
            return
        checking = true
        VolumeActions.checkArchive(checkedPath)
        if (newName.text.length === 0)
            newName.text = VolumeActions.volumeNameFor(file.text.trim())
    }

    objectName: "restoreDialog"
    title: qsTr("Restore a volume from a backup")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(680, parent ? parent.height - 40 : 680)

    Connections {
        target: VolumeActions
        function onArchiveChecked(path: string, result: var) {
            if (path !== file.text.trim())
                return
            root.checking = false
            root.check = result
        }
    }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10
            Label {
                text: qsTr("Restoring puts the files of a backup (.tar.gz, .tgz, .tar, .tar.bz2, .tar.xz or Docker "
                           + "Desktop's .tar.zst) into a volume, where containers find them again. Berth reads the "
                           + "whole file first: a damaged or changed backup, or one with paths outside the volume, "
                           + "is refused before anything is touched.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Backup file") }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: file
                    objectName: "restoreFileField"
                    Layout.fillWidth: true
                    onEditingFinished: root.checkFile()
                    Accessible.name: qsTr("Backup file to restore")
                }
                Button {
                    text: qsTr("Choose…")
                    onClicked: fileDialog.open()
                    Accessible.name: qsTr("Choose the backup file")
                }
            }
            Label {
                objectName: "restoreCheck"
                visible: root.checking || root.check !== null
                text: root.checking ? qsTr("Reading the whole file…")
                    : root.check === null ? ""
                    : !root.check.ok ? root.check.error
                    : qsTr("Can be restored: %1 files (%2), %3 folders, %4 links. At the top: %5. %6")
                          .arg(root.check.files).arg(Format.size(root.check.bytes)).arg(root.check.directories)
                          .arg(root.check.links).arg(root.check.topLevel.join(", "))
                          .arg(root.check.checksumVerified ? qsTr("The checksum matches.")
                                                           : qsTr("No .sha256 beside it to compare with."))
                color: root.check !== null && !root.check.ok ? "#a4262c" : palette.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CheckBox {
                id: allowDevices
                objectName: "restoreAllowDevices"
                // Device nodes reach this machine's hardware from a container allowed to use devices.
                readonly property bool needed: root.check !== null && root.check.ok && root.check.deviceNodeCount > 0
                visible: needed
                checked: false
                text: needed ? qsTr("It holds %n device node(s) (%1), through which a container allowed to use devices "
                                    + "reaches this computer's hardware. Restore them too; tick only if you trust "
                                    + "where the file comes from.", "", root.check.deviceNodeCount)
                                   .arg(root.check.deviceNodes.join(", "))
                             : ""
                Layout.fillWidth: true
                contentItem: Label {
                    leftPadding: allowDevices.indicator.width + allowDevices.spacing
                    text: allowDevices.text
                    color: "#a4262c"
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label { text: qsTr("Into"); font.bold: true }
            RadioButton {
                id: newVolume
                objectName: "restoreIntoNew"
                text: qsTr("A new volume, named")
                checked: true
            }
            TextField {
                id: newName
                objectName: "restoreNewName"
                enabled: newVolume.checked
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Accessible.name: qsTr("Name of the new volume")
            }
            RadioButton {
                id: existingVolume
                objectName: "restoreIntoExisting"
                text: qsTr("An existing volume")
            }
            ComboBox {
                id: existing
                objectName: "restoreExistingVolume"
                enabled: existingVolume.checked
                model: Models.volumes
                textRole: "name"
                valueRole: "name"
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Accessible.name: qsTr("Volume to restore into")
            }
            ColumnLayout {
                visible: existingVolume.checked
                Layout.leftMargin: 24
                Label {
                    objectName: "restoreInUse"
                    readonly property var users: VolumeActions.runningUsers([existing.currentText])
                    visible: users.length > 0
                    text: qsTr("%1 is running and uses this volume: stop it first, Berth will not write under a "
                               + "running program.").arg(users.join(", "))
                    color: "#a4262c"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label { text: qsTr("If it already holds data:") }
                RadioButton {
                    objectName: "restoreModeIfEmpty"
                    text: qsTr("Stop and change nothing")
                    checked: root.mode === 0
                    onClicked: root.mode = 0
                }
                RadioButton {
                    objectName: "restoreModeReplace"
                    text: qsTr("Replace its contents (Berth backs them up first and puts them back if the restore fails)")
                    checked: root.mode === 1
                    onClicked: root.mode = 1
                }
                RadioButton {
                    objectName: "restoreModeMerge"
                    text: qsTr("Merge (add the backup's files; files with the same name are overwritten)")
                    checked: root.mode === 2
                    onClicked: root.mode = 2
                }
            }
            Label {
                text: qsTr("The same by hand, for learning (on the engine's computer, or anywhere with a helper container):")
                wrapMode: Text.Wrap
                font.bold: true
                Layout.fillWidth: true
            }
            Repeater {
                model: root.target.length > 0 && file.text.length > 0
                       ? VolumeActions.manualRestoreCommands(file.text.trim(), root.target) : []
                delegate: TextArea {
                    required property string modelData
                    objectName: "restoreManualCommand"
                    text: modelData
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: "monospace"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Manual command")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Cancel")
                    onClicked: root.reject()
                }
                Button {
                    objectName: "restoreStart"
                    text: qsTr("Restore")
                    highlighted: true
                    enabled: root.check !== null && root.check.ok && root.target.length > 0
                             && (!allowDevices.needed || allowDevices.checked)
                    onClicked: {
                        VolumeActions.restoreVolume(file.text.trim(), root.target, root.intoNew ? 0 : root.mode,
                                              allowDevices.checked)
                        root.accept()
                        root.started()
                    }
                    Accessible.name: qsTr("Start the restore")
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Backup file to restore")
        nameFilters: [qsTr("Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)"), qsTr("All files (*)")]
        onAccepted: {
            file.text = Actions.localPath(selectedFile)
            root.checkFile()
        }
    }
}
