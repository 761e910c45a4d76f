// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth.Backend

/// Moving a container to another machine, first half: what the bundle holds, where it goes,
/// what happens to the running container meanwhile, and the manual steps it replaces.
Dialog {
    id: root
    property string containerId
    property string containerName
    property var mounts: []
    /// VolumeBackupJob::Consistency: 0 keep running, 1 pause (the default), 2 stop.
    property int consistency: 1
    readonly property var volumeMounts: mounts.filter(m => m.type === "volume")
    readonly property var bindMounts: mounts.filter(m => m.type === "bind")
    /// What the container has over its machine ([{power, what}]), which the other engine gives it
    /// only with the user's ticks (read from the engine when the dialog opens).
    property var powers: []
    property alias allowedPowers: transferConsent.allowedPowers
    signal started()

    Connections {
        target: MigrationActions
        function onContainerPowersRead(id: string, powers: var) {
            if (id === root.containerId)
                root.powers = powers
        }
    }

    function openFor(id: string, name: string, containerMounts: var) {
        containerId = id
        containerName = name
        mounts = containerMounts
        consistency = 1
        folder.text = MigrationActions.bundleFolderFor(name)
        toFolder.checked = true
        includeBinds.checked = false
        engine.model = Engines.others()
        engine.currentIndex = engine.count > 0 ? 0 : -1
        powers = []
        allowedPowers = 0
        MigrationActions.readContainerPowers(id)
        open()
    }

    objectName: "exportDialog"
    title: qsTr("Move %1 to another machine: export").arg(containerName)
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(660, parent ? parent.height - 40 : 660)

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10
            Label {
                objectName: "exportExplanation"
                text: qsTr("Berth puts everything the container needs into one folder you can copy to another "
                           + "machine (a USB stick, scp, a shared drive): its files as an image (docker commit, "
                           + "then docker save), each of its volumes as a .tar.gz, and a manifest with its settings "
                           + "(command, environment, ports, restart policy, labels) and a checksum of every file. "
                           + "On the other machine, Import… checks every file and creates the same container.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: root.volumeMounts.length > 0
                      ? qsTr("Volumes: %1").arg(root.volumeMounts.map(m => m.name.length === 64 ? m.name.substring(0, 12) + "… (" + qsTr("anonymous") + ")" : m.name).join(", "))
                      : qsTr("No volumes: the container's own files go in the image.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CheckBox {
                id: includeBinds
                objectName: "exportIncludeBinds"
                visible: root.bindMounts.length > 0 && toFolder.checked
                text: qsTr("Also copy the folders of this computer it shows inside (%1)")
                      .arg(root.bindMounts.map(m => m.source + " → " + m.destination).join(", "))
                // Long paths wrap: unwrapped, they widened the whole column and pushed Export
                // out of the dialog.
                Layout.fillWidth: true
                contentItem: Label {
                    leftPadding: includeBinds.indicator.width + includeBinds.spacing
                    text: includeBinds.text
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label {
                objectName: "exportBindsWarning"
                visible: root.bindMounts.length > 0 && !(includeBinds.checked && toFolder.checked)
                text: qsTr("Not moved: folders of this computer shown inside the container (%1). Copy them "
                           + "yourself if the container needs them there.")
                      .arg(root.bindMounts.map(m => m.source + " → " + m.destination).join(", "))
                color: "#a4262c"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RadioButton {
                id: toFolder
                objectName: "exportToFolder"
                text: qsTr("Into a new folder, to copy to the other machine")
                checked: true
            }
            RowLayout {
                enabled: toFolder.checked
                Layout.leftMargin: 24
                Layout.fillWidth: true
                TextField {
                    id: folder
                    objectName: "exportFolderField"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Folder for the bundle")
                }
                Button {
                    text: qsTr("Choose…")
                    onClicked: folderDialog.open()
                    Accessible.name: qsTr("Choose where the bundle goes")
                }
            }
            RadioButton {
                id: toEngine
                objectName: "exportToEngine"
                text: qsTr("Straight into another engine this computer can reach (nothing on disk)")
            }
            ColumnLayout {
                visible: toEngine.checked
                Layout.leftMargin: 24
                Layout.fillWidth: true
                Label {
                    text: qsTr("Choose one of the engines in the sidebar's list, or type another's socket:")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: engine
                    objectName: "exportTargetEngine"
                    editable: true
                    model: Engines.others()
                    // What the transfer goes to: the typed or the chosen socket.
                    readonly property string target: editText.trim()
                    Layout.fillWidth: true
                    Accessible.name: qsTr("The other engine's socket")
                }
                CheckBox {
                    id: startThere
                    objectName: "exportStartThere"
                    text: qsTr("Start it there")
                    checked: true
                }
                Label {
                    text: qsTr("The container is paused until its image and volumes are over, then runs on here too.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    Layout.fillWidth: true
                }
                PowersConsent {
                    id: transferConsent
                    powers: root.powers
                    namePrefix: "transferPower"
                    note: qsTr("It has powers over its machine, which it would get over the other one too. Tick each "
                               + "only if that is what you want; without them nothing is moved:")
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: toFolder.checked
                text: qsTr("While the copy is made, the container should not change:")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RadioButton {
                objectName: "exportPause"
                visible: toFolder.checked
                text: qsTr("Pause it, and resume it right after (recommended)")
                checked: root.consistency === 1
                onClicked: root.consistency = 1
            }
            RadioButton {
                objectName: "exportStop"
                visible: toFolder.checked
                text: qsTr("Stop it, and start it again after (the safest for databases)")
                checked: root.consistency === 2
                onClicked: root.consistency = 2
            }
            RadioButton {
                objectName: "exportLive"
                visible: toFolder.checked
                text: qsTr("Keep it running (fine when it writes nothing)")
                checked: root.consistency === 0
                onClicked: root.consistency = 0
            }
            Label {
                text: qsTr("The same by hand, for learning:")
                font.bold: true
                Layout.fillWidth: true
            }
            TextArea {
                objectName: "exportManualCommands"
                readonly property string image: root.containerName + "-migrated"
                readonly property string other: "-H " + (engine.target.length > 0 ? engine.target : "unix:///OTHER.sock")
                text: "docker commit " + root.containerName + " " + image + "\n"
                      + (toEngine.checked
                         ? "docker save " + image + " | docker " + other + " load\n"
                           + root.volumeMounts.map(m => "docker run --rm -v " + m.name + ":/from busybox tar -czf - -C /from . | docker "
                                                        + other + " run --rm -i -v " + m.name + ":/to busybox tar -xzf - -C /to").join("\n")
                           + "\ndocker " + other + " run -d --name " + root.containerName
                           + root.volumeMounts.map(m => " -v " + m.name + ":" + m.destination).join("") + " " + image
                         : "docker save -o image.tar " + image + "\n"
                           + root.volumeMounts.map(m => "sudo tar -czf " + m.name + ".tar.gz -C /var/lib/docker/volumes/"
                                                        + m.name + "/_data .").join("\n"))
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                Layout.fillWidth: true
                Accessible.name: qsTr("Manual commands")
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Cancel")
                    onClicked: root.reject()
                }
                Button {
                    objectName: "exportStart"
                    text: toEngine.checked ? qsTr("Transfer") : qsTr("Export")
                    highlighted: true
                    enabled: toFolder.checked ? folder.text.trim().length > 0
                                              : engine.target.length > 0 && transferConsent.allAllowed
                    onClicked: {
                        if (toEngine.checked)
                            MigrationActions.transferContainer(root.containerId, root.containerName, engine.target,
                                                      startThere.checked,
                                                      root.allowedPowers)
                        else
                            MigrationActions.exportContainer(root.containerId, folder.text.trim(), root.consistency,
                                                   includeBinds.checked)
                        root.accept()
                        root.started()
                    }
                    Accessible.name: qsTr("Start the export")
                }
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Where the bundle goes (a new folder is made inside)")
        onAccepted: folder.text = Actions.localPath(selectedFolder) + "/" + root.containerName + "-migration"
    }
}
