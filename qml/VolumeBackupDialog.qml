// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth.Backend

/// A guided backup of one or more volumes (a volume's, or all of a container's): what happens,
/// where the files go, what to do with running containers, and the same by hand.
Dialog {
    id: root
    property var volumes: []
    /// Set when the backup is of a container's volumes.
    property string containerName
    /// Running containers that use the volumes: the user chooses what happens to them.
    property var running: []
    /// VolumeBackupJob::Consistency: 0 keep running, 1 pause, 2 stop; -1 not chosen yet.
    property int consistency: -1
    signal started()

    function openFor(names: var, container: string) {
        volumes = names
        containerName = container
        running = VolumeActions.runningUsers(names)
        consistency = running.length > 0 ? -1 : 0
        folder.text = VolumeActions.backupFolder()
        open()
    }

    objectName: "backupDialog"
    title: containerName.length > 0 ? qsTr("Back up the volumes of %1").arg(containerName)
                                    : qsTr("Back up volume %1").arg(volumes.join(", "))
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(640, parent ? parent.height - 40 : 640)

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
                visible: root.volumes.length === 0
                text: qsTr("%1 has no volumes: its data lives in the container itself (docker commit saves that).")
                      .arg(root.containerName)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: root.volumes.length > 0
                text: qsTr("Volumes: %1").arg(root.volumes.join(", "))
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Into the folder") }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: folder
                    objectName: "backupFolderField"
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
                text: qsTr("Files: %1, each with a .sha256 file beside it")
                      .arg(root.volumes.map(v => v + "-YYYYMMDD-HHMMSS.tar.gz").join(", "))
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Frame {
                visible: root.running.length > 0
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        objectName: "backupRunningWarning"
                        text: qsTr("%1 is running and uses this data. A program that writes while the copy is made "
                                   + "(a database especially) can leave a copy whose parts do not fit together. "
                                   + "What should happen to it during the backup?").arg(root.running.join(", "))
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RadioButton {
                        objectName: "consistencyPause"
                        text: qsTr("Pause it, and resume it right after (recommended: a few seconds)")
                        checked: root.consistency === 1
                        onClicked: root.consistency = 1
                    }
                    RadioButton {
                        objectName: "consistencyStop"
                        text: qsTr("Stop it, and start it again after (the safest for databases)")
                        checked: root.consistency === 2
                        onClicked: root.consistency = 2
                    }
                    RadioButton {
                        objectName: "consistencyLive"
                        text: qsTr("Keep it running (fine when it is not writing)")
                        checked: root.consistency === 0
                        onClicked: root.consistency = 0
                    }
                }
            }
            Label {
                text: qsTr("The same by hand, for learning (on the engine's computer, or anywhere with a helper container):")
                wrapMode: Text.Wrap
                font.bold: true
                Layout.fillWidth: true
            }
            Repeater {
                model: root.volumes.length > 0 ? VolumeActions.manualBackupCommands(root.volumes[0], folder.text) : []
                delegate: TextArea {
                    required property string modelData
                    objectName: "backupManualCommand"
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
                    objectName: "backupStart"
                    text: qsTr("Back up")
                    highlighted: true
                    enabled: root.volumes.length > 0 && folder.text.trim().length > 0 && root.consistency >= 0
                    onClicked: {
                        VolumeActions.backupVolumes(root.volumes, folder.text.trim(), root.consistency)
                        root.accept()
                        root.started()
                    }
                    Accessible.name: qsTr("Start the backup")
                }
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for the backup")
        onAccepted: folder.text = Actions.localPath(selectedFolder)
    }
}
