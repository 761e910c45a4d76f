// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Moving a container to this machine, second half: a bundle folder made by Export…, what it
/// holds, the name and volumes it gets here (never over existing ones), and whether to start it.
Dialog {
    id: root
    /// The bundle or the loose files, the names, ports and folders here, and what is missing.
    readonly property ImportForm form: ImportForm {}
    signal started()

    function openEmpty() {
        form.clear()
        open()
    }

    objectName: "importDialog"
    title: qsTr("Move a container to this machine: import")
    modal: true
    Overlay.modal: ModalDim {}
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    // As tall as what it holds (no empty half), scrolling beyond the window.
    height: Math.min(implicitHeight, 660, parent ? parent.height - 40 : 660)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        // Where the import is: each step done once what it asks is given.
        StepIndicator {
            objectName: "importSteps"
            steps: [qsTr("Source"), qsTr("Read"), qsTr("Names and ports"), qsTr("Import")]
            current: (root.form.source === ImportForm.Bundle ? root.form.folder.trim().length === 0
                                                             : root.form.imageFile.trim().length === 0) ? 0
                   : root.form.source === ImportForm.Bundle && !root.form.bundleOk ? 1
                   : !root.form.valid ? 2 : 3
            Layout.fillWidth: true
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 10
                RowLayout {
                    RadioButton {
                        objectName: "importFromBundle"
                        text: qsTr("A bundle made by Export…")
                        checked: root.form.source === ImportForm.Bundle
                        onClicked: root.form.source = ImportForm.Bundle
                    }
                    RadioButton {
                        objectName: "importFromFiles"
                        text: qsTr("Files of the manual method (docker save, tar)")
                        checked: root.form.source === ImportForm.LooseFiles
                        onClicked: root.form.source = ImportForm.LooseFiles
                    }
                }
                ColumnLayout {
                    visible: root.form.source === ImportForm.LooseFiles
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("The image: the .tar docker save wrote. Each volume: a .tar.gz made with tar -czf, the "
                                   + "name it gets here and the folder it appears at inside the container. Berth reads "
                                   + "every file to its end before it changes anything.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            objectName: "importImageFile"
                            text: root.form.imageFile
                            onTextChanged: root.form.imageFile = text
                            placeholderText: qsTr("image.tar")
                            Layout.fillWidth: true
                            Accessible.name: qsTr("The image file from docker save")
                        }
                        Button {
                            text: qsTr("Choose…")
                            onClicked: {
                                fileDialog.forImage = true
                                fileDialog.open()
                            }
                        }
                    }
                    Repeater {
                        model: root.form.looseVolumes
                        delegate: RowLayout {
                            id: looseRow
                            required property int index
                            required property var modelData
                            Layout.fillWidth: true
                            Label {
                                text: looseRow.modelData.fileName
                                elide: Text.ElideMiddle
                                property bool berthElidable: true // a name, path or command of any length
                                Layout.preferredWidth: 180
                            }
                            TextField {
                                objectName: "importLooseName-" + looseRow.index
                                text: looseRow.modelData.name
                                placeholderText: qsTr("volume name")
                                onTextEdited: root.form.setLooseName(looseRow.index, text)
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Name of the volume here")
                            }
                            TextField {
                                objectName: "importLoosePath-" + looseRow.index
                                text: looseRow.modelData.path
                                placeholderText: "/data"
                                onTextEdited: root.form.setLoosePath(looseRow.index, text)
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Folder inside the container")
                            }
                            Button {
                                text: qsTr("Remove")
                                onClicked: root.form.removeLooseVolume(looseRow.index)
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: archiveFile
                            objectName: "importArchiveFile"
                            placeholderText: qsTr("a volume's .tar.gz")
                            Layout.fillWidth: true
                            Accessible.name: qsTr("A volume archive to add")
                        }
                        Button {
                            text: qsTr("Choose…")
                            onClicked: {
                                fileDialog.forImage = false
                                fileDialog.open()
                            }
                        }
                        Button {
                            objectName: "importAddVolume"
                            text: qsTr("Add")
                            enabled: archiveFile.text.trim().length > 0
                            onClicked: {
                                root.form.addLooseVolume(archiveFile.text)
                                archiveFile.clear()
                            }
                            Accessible.name: qsTr("Add the volume archive")
                        }
                    }
                    TextField {
                        objectName: "importRunArgs"
                        text: root.form.runArgs
                        onTextChanged: root.form.runArgs = text
                        placeholderText: qsTr("docker run options, e.g. -p 8080:80 -e KEY=value --restart unless-stopped")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("docker run options")
                    }
                }
                Label {
                    visible: root.form.source === ImportForm.Bundle
                    text: qsTr("Choose the folder Export… made on the other machine. Berth checks every file against "
                               + "the checksums in its manifest before it changes anything here, then loads the image, "
                               + "makes and fills the volumes and creates the container with the same settings. If "
                               + "anything fails, what it made goes again.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: root.form.source === ImportForm.Bundle
                    Layout.fillWidth: true
                    TextField {
                        objectName: "importFolderField"
                        text: root.form.folder
                        onTextChanged: root.form.folder = text
                        Layout.fillWidth: true
                        onEditingFinished: root.form.read()
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
                    visible: root.form.source === ImportForm.Bundle && root.form.bundleRead
                    text: root.form.summary
                    color: root.form.bundleRead && !root.form.bundleOk ? "#a4262c" : palette.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                GridLayout {
                    visible: root.form.source === ImportForm.LooseFiles || root.form.bundleOk
                    columns: 2
                    Layout.fillWidth: true
                    Label { text: qsTr("Name here") }
                    TextField {
                        objectName: "importName"
                        text: root.form.name
                        onTextChanged: root.form.name = text
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Name of the container here")
                    }
                    Repeater {
                        model: root.form.source === ImportForm.Bundle ? root.form.volumes : []
                        delegate: RowLayout {
                            id: volumeRow
                            required property var modelData
                            required property int index
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            readonly property string problem: root.form.volumeProblems[index] ?? ""
                            Label {
                                text: qsTr("Volume at %1").arg(volumeRow.modelData.destination)
                                Layout.preferredWidth: 160
                            }
                            TextField {
                                objectName: "importVolume-" + volumeRow.modelData.name
                                text: root.form.volumeNames[volumeRow.index] ?? ""
                                Layout.fillWidth: true
                                onTextEdited: root.form.setVolumeName(volumeRow.index, text)
                                Accessible.name: qsTr("Name here of the volume at %1").arg(volumeRow.modelData.destination)
                            }
                            Label {
                                visible: volumeRow.problem.length > 0
                                text: volumeRow.problem
                                color: "#a4262c"
                            }
                        }
                    }
                }
                Label {
                    visible: root.form.source === ImportForm.Bundle && root.form.ports.length > 0
                    text: qsTr("Ports it publishes on this computer (another container or program may hold one here; "
                               + "then give it another):")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: root.form.source === ImportForm.Bundle ? root.form.ports : []
                    delegate: RowLayout {
                        id: portRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        readonly property string use: root.form.portUses[index] ?? ""
                        Label {
                            text: qsTr("Host port for %1").arg(portRow.modelData.containerPort)
                            Layout.preferredWidth: 160
                        }
                        TextField {
                            objectName: "importPort-" + portRow.modelData.hostPort
                            text: root.form.portsHere[portRow.index] ?? ""
                            inputMethodHints: Qt.ImhDigitsOnly
                            Layout.preferredWidth: 100
                            onTextEdited: root.form.setPortHere(portRow.index, text)
                            Accessible.name: qsTr("Host port for %1").arg(portRow.modelData.containerPort)
                        }
                        Label {
                            objectName: "importPortUse-" + portRow.modelData.hostPort
                            text: portRow.use.length > 0 ? portRow.use + " — " + qsTr("choose another") : qsTr("free")
                            color: portRow.use.length > 0 ? "#a4262c" : palette.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
                Label {
                    visible: root.form.source === ImportForm.Bundle && root.form.unmovedFolders.length > 0
                    text: qsTr("Not in the bundle: folders of the other machine it showed inside (%1).")
                          .arg(Array.from(root.form.unmovedFolders).join(", "))
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: root.form.source === ImportForm.Bundle && root.form.folders.length > 0
                    text: qsTr("Folders of the other machine in the bundle, and where they go on this one: name a "
                               + "missing or empty folder for each, with its full path (Berth writes over nothing, "
                               + "and nowhere you did not name):")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: root.form.source === ImportForm.Bundle ? root.form.folders : []
                    delegate: RowLayout {
                        id: folderRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        readonly property string problem: root.form.folderProblems[index] ?? ""
                        Label {
                            text: qsTr("%1 (shown at %2)").arg(folderRow.modelData.source).arg(folderRow.modelData.destination)
                            wrapMode: Text.WrapAnywhere
                            Layout.preferredWidth: 220
                        }
                        TextField {
                            objectName: "importFolder-" + folderRow.index
                            text: root.form.folderPaths[folderRow.index] ?? ""
                            placeholderText: qsTr("full path of a missing or empty folder here")
                            Layout.fillWidth: true
                            onTextEdited: root.form.setFolderPath(folderRow.index, text)
                            Accessible.name: qsTr("Folder here for what it showed at %1").arg(folderRow.modelData.destination)
                        }
                        Label {
                            objectName: "importFolderProblem-" + folderRow.index
                            visible: folderRow.problem.length > 0
                            text: folderRow.problem
                            color: "#a4262c"
                        }
                    }
                }
                PowersConsent {
                    powers: root.form.powers
                    allowedPowers: root.form.allowedPowers
                    onChosen: ticked => root.form.allowedPowers = ticked
                    Layout.fillWidth: true
                }
                CheckBox {
                    objectName: "importStart"
                    text: qsTr("Start it when it is created")
                    checked: root.form.startAfter
                    onToggled: root.form.startAfter = checked
                }
                Label {
                    text: qsTr("The same by hand, for learning:")
                    font.bold: true
                }
                CommandBlock {
                    objectName: "importManualCommands"
                    text: root.form.manualCommands
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Manual commands: %1").arg(root.form.manualCommands)
                }
                Label {
                    objectName: "importLooseError"
                    visible: root.form.source === ImportForm.LooseFiles && text.length > 0
                    text: root.form.runArgsError
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
                        objectName: "importConfirm"
                        text: qsTr("Import")
                        highlighted: true
                        enabled: root.form.valid
                        onClicked: {
                            if (root.form.start()) {
                                root.accept()
                                root.started()
                            }
                        }
                        Accessible.name: qsTr("Start the import")
                    }
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        property bool forImage
        title: forImage ? qsTr("The image from docker save") : qsTr("A volume archive made with tar")
        nameFilters: forImage ? [qsTr("Images (*.tar)"), qsTr("All files (*)")]
                              : [qsTr("Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)"), qsTr("All files (*)")]
        onAccepted: {
            if (forImage)
                root.form.imageFile = Actions.localPath(selectedFile)
            else
                archiveFile.text = Actions.localPath(selectedFile)
        }
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("The bundle folder")
        onAccepted: {
            root.form.folder = Actions.localPath(selectedFolder)
            root.form.read()
        }
    }
}
