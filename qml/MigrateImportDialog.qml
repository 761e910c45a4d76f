// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth.Backend

/// Moving a container to this machine, second half: a bundle folder made by Export…, what it
/// holds, the name and volumes it gets here (never over existing ones), and whether to start it.
Dialog {
    id: root
    /// Actions.bundleSummary() of the chosen folder, or null.
    property var summary: null
    /// Source volume → name here, as typed.
    property var volumeNames: ({})
    property string readPath
    readonly property bool volumesFree: {
        if (!summary || !summary.ok)
            return false
        for (const v of summary.volumes) {
            if (v.anonymous)
                continue
            const target = volumeNames[v.name] ?? v.name
            if (target.length === 0 || Actions.volumeExists(target))
                return false
        }
        return true
    }
    signal started()

    function openEmpty() {
        folder.text = ""
        readPath = ""
        summary = null
        open()
    }
    function read() {
        // Leaving the field again must not undo the names typed since.
        if (folder.text.trim() === readPath)
            return
        readPath = folder.text.trim()
        summary = readPath.length > 0 ? Actions.bundleSummary(readPath) : null
        const names = {}
        if (summary && summary.ok) {
            name.text = summary.containerName
            for (const v of summary.volumes)
                names[v.name] = v.name
        }
        volumeNames = names
    }

    objectName: "importDialog"
    title: qsTr("Move a container to this machine: import")
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
                text: qsTr("Choose the folder Export… made on the other machine. Berth checks every file against "
                           + "the checksums in its manifest before it changes anything here, then loads the image, "
                           + "makes and fills the volumes and creates the container with the same settings. If "
                           + "anything fails, what it made goes again.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: folder
                    objectName: "importFolderField"
                    Layout.fillWidth: true
                    onEditingFinished: root.read()
                    Accessible.name: qsTr("Bundle folder")
                }
                Button {
                    text: qsTr("Choose…")
                    onClicked: folderDialog.open()
                    Accessible.name: qsTr("Choose the bundle folder")
                }
            }
            Label {
                objectName: "importSummary"
                visible: root.summary !== null
                text: !root.summary ? ""
                    : !root.summary.ok ? root.summary.error
                    : qsTr("%1, from %2 (exported %3). Image %4.")
                          .arg(root.summary.containerName).arg(root.summary.source)
                          .arg(root.summary.createdAt).arg(root.summary.image)
                color: root.summary && !root.summary.ok ? "#a4262c" : palette.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                visible: root.summary !== null && root.summary.ok
                columns: 2
                Layout.fillWidth: true
                Label { text: qsTr("Name here") }
                TextField {
                    id: name
                    objectName: "importName"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Name of the container here")
                }
                Repeater {
                    model: root.summary && root.summary.ok ? root.summary.volumes.filter(v => !v.anonymous) : []
                    delegate: RowLayout {
                        id: volumeRow
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        readonly property string target: root.volumeNames[modelData.name] ?? modelData.name
                        Label {
                            text: qsTr("Volume at %1").arg(volumeRow.modelData.destination)
                            Layout.preferredWidth: 160
                        }
                        TextField {
                            objectName: "importVolume-" + volumeRow.modelData.name
                            text: volumeRow.target
                            Layout.fillWidth: true
                            onTextEdited: {
                                const names = Object.assign({}, root.volumeNames)
                                names[volumeRow.modelData.name] = text.trim()
                                root.volumeNames = names
                            }
                            Accessible.name: qsTr("Name here of the volume at %1").arg(volumeRow.modelData.destination)
                        }
                        Label {
                            visible: Actions.volumeExists(volumeRow.target)
                            text: qsTr("exists here: choose another name")
                            color: "#a4262c"
                        }
                    }
                }
            }
            Label {
                visible: root.summary !== null && root.summary.ok && root.summary.binds.length > 0
                text: root.summary && root.summary.ok
                      ? qsTr("Not in the bundle: folders of the other machine it showed inside (%1).")
                            .arg(root.summary.binds.map(b => b.destination).join(", "))
                      : ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CheckBox {
                id: startIt
                objectName: "importStart"
                text: qsTr("Start it when it is created")
                checked: true
            }
            Label {
                text: qsTr("The same by hand, for learning:")
                font.bold: true
            }
            TextArea {
                text: "docker load -i image.tar\n"
                      + (root.summary && root.summary.ok
                         ? root.summary.volumes.filter(v => !v.anonymous).map(v => "docker volume create " + (root.volumeNames[v.name] ?? v.name)
                               + "\nsudo tar -xzf volumes/" + v.name + ".tar.gz -C /var/lib/docker/volumes/"
                               + (root.volumeNames[v.name] ?? v.name) + "/_data").join("\n") + "\ndocker run -d --name "
                               + name.text + " … " + root.summary.image
                         : "")
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
                    objectName: "importConfirm"
                    text: qsTr("Import")
                    highlighted: true
                    enabled: root.volumesFree && name.text.trim().length > 0
                    onClicked: {
                        Actions.importBundle(folder.text.trim(), name.text.trim(), startIt.checked, 0, root.volumeNames)
                        root.accept()
                        root.started()
                    }
                    Accessible.name: qsTr("Start the import")
                }
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("The bundle folder")
        onAccepted: {
            folder.text = Actions.localPath(selectedFolder)
            root.read()
        }
    }
}
