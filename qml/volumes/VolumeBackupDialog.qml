// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A guided backup of one or more volumes (a volume's, or all of a container's): what happens,
/// where the files go, what to do with running containers, and the same by hand.
Dialog {
    id: root
    /// The volumes, the folder, the choice for running containers, and what is missing.
    readonly property BackupForm form: BackupForm {}
    signal started()

    function openFor(names: var, container: string) {
        form.openFor(names, container)
        open()
    }

    objectName: "backupDialog"
    title: form.containerName.length > 0 ? qsTr("Back up the volumes of %1").arg(form.containerName)
                                         : qsTr("Back up volume %1").arg(Array.from(form.volumes).join(", "))
    modal: true
    Overlay.modal: ModalDim {}
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    // As tall as what it holds (no empty half), scrolling beyond the window.
    height: Math.min(implicitHeight, 640, parent ? parent.height - 40 : 640)

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10
            Label {
                objectName: "backupExplanation"
                text: qsTr("A volume is where a container keeps its data (a database's files, uploads…). Berth "
                           + "copies everything in it into one compressed file (.tar.gz) in the folder you choose, "
                           + "and writes a .sha256 checksum beside it so the copy can be checked before it is "
                           + "restored. The volume is only read. The file is the same kind the manual tar method "
                           + "makes, so either way can restore it.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: root.form.volumes.length === 0
                text: qsTr("%1 has no volumes: its data lives in the container itself (docker commit saves that).")
                      .arg(root.form.containerName)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: root.form.volumes.length > 0
                text: qsTr("Volumes: %1").arg(Array.from(root.form.volumes).join(", "))
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Into the folder") }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    objectName: "backupFolderField"
                    text: root.form.folder
                    onTextChanged: root.form.folder = text
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Folder for the backup files")
                }
                Button {
                    text: qsTr("Choose…")
                    onClicked: folderDialog.open()
                    Accessible.name: qsTr("Choose the folder")
                }
            }
            Label {
                text: qsTr("Files: %1, each with a .sha256 file beside it").arg(Array.from(root.form.files).join(", "))
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Frame {
                visible: root.form.running.length > 0
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        objectName: "backupRunningWarning"
                        text: qsTr("%1 is running and uses this data. A program that writes while the copy is made "
                                   + "(a database especially) can leave a copy whose parts do not fit together. "
                                   + "What should happen to it during the backup?").arg(Array.from(root.form.running).join(", "))
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RadioButton {
                        objectName: "consistencyPause"
                        text: qsTr("Pause it, and resume it right after (recommended: a few seconds)")
                        checked: root.form.consistency === BackupForm.Pause
                        onClicked: root.form.consistency = BackupForm.Pause
                    }
                    RadioButton {
                        objectName: "consistencyStop"
                        text: qsTr("Stop it, and start it again after (the safest for databases)")
                        checked: root.form.consistency === BackupForm.Stop
                        onClicked: root.form.consistency = BackupForm.Stop
                    }
                    RadioButton {
                        objectName: "consistencyLive"
                        text: qsTr("Keep it running (fine when it is not writing)")
                        checked: root.form.consistency === BackupForm.Live
                        onClicked: root.form.consistency = BackupForm.Live
                    }
                }
            }
            Label {
                text: qsTr("The same with the docker command (a helper container reads the volume), for learning:")
                wrapMode: Text.Wrap
                font.bold: true
                Layout.fillWidth: true
            }
            CommandBlock {
                objectName: "backupCommand"
                text: root.form.command
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(root.form.command)
            }
            Label {
                visible: root.form.manualCommands.length > 0
                text: qsTr("Or on the engine's computer itself, without a helper (the first volume):")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CommandBlock {
                objectName: "backupManualCommand"
                visible: root.form.manualCommands.length > 0
                text: root.form.manualCommands.length > 0 ? root.form.manualCommands[0] : ""
                Layout.fillWidth: true
                Accessible.name: qsTr("Manual command: %1").arg(text)
            }
            Label {
                objectName: "backupProblem"
                visible: !root.form.valid
                text: root.form.problems.length > 0 ? root.form.problems[0] : ""
                color: "#a4262c"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Cancel")
                    onClicked: root.reject()
                }
                Button {
                    objectName: "backupStart"
                    text: qsTr("Back up")
                    highlighted: true
                    enabled: root.form.valid
                    onClicked: {
                        if (root.form.start()) {
                            root.accept()
                            root.started()
                        }
                    }
                    Accessible.name: qsTr("Start the backup")
                }
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for the backup")
        onAccepted: root.form.folder = Actions.localPath(selectedFolder)
    }
}
