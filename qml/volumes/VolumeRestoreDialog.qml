// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A guided restore: the archive checked first and what it holds shown, then a new volume or an
/// existing one (whose data is only written over with the user's word), and the same by hand.
Dialog {
    id: root
    /// The file and what reading it found, the volume, the choices, and what is missing.
    readonly property RestoreForm form: RestoreForm {}
    signal started()

    function openFor(volume: string) {
        form.openFor(volume)
        if (volume.length > 0)
            existing.currentIndex = existing.indexOfValue(volume)
        form.existingVolume = existing.currentText
        open()
    }

    objectName: "restoreDialog"
    title: qsTr("Restore a volume from a backup")
    modal: true
    Overlay.modal: ModalDim {}
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    // As tall as what it holds (no empty half), scrolling beyond the window.
    height: Math.min(implicitHeight, 680, parent ? parent.height - 40 : 680)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        // Where the restore is: each step done once what it asks is given.
        StepIndicator {
            objectName: "restoreSteps"
            steps: [qsTr("Backup file"), qsTr("File check"), qsTr("Contents"), qsTr("Target"), qsTr("Restore")]
            current: root.form.file.trim().length === 0 || !(root.form.checking || root.form.checked) ? 0
                   : root.form.checking || !root.form.checkOk ? 1
                   : root.form.onlyChosen && root.form.only.length === 0 ? 2
                   : !root.form.valid ? 3 : 4
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
                        objectName: "restoreFileField"
                        text: root.form.file
                        onTextChanged: root.form.file = text
                        Layout.fillWidth: true
                        onEditingFinished: root.form.checkFile()
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
                    visible: root.form.checking || root.form.checked
                    text: root.form.checking ? qsTr("Reading the whole file…") : root.form.checkText
                    color: root.form.checked && !root.form.checkOk ? "#a4262c" : palette.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                CheckBox {
                    id: allowDevices
                    objectName: "restoreAllowDevices"
                    // Device nodes reach this machine's hardware from a container allowed to use devices.
                    readonly property bool needed: root.form.deviceNodeCount > 0
                    visible: needed
                    checked: root.form.allowDevices
                    onToggled: root.form.allowDevices = checked
                    text: needed ? qsTr("It holds %n device node(s) (%1), through which a container allowed to use devices "
                                        + "reaches this computer's hardware. Restore them too; tick only if you trust "
                                        + "where the file comes from.", "", root.form.deviceNodeCount)
                                       .arg(Array.from(root.form.deviceNodes).join(", "))
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
                // What: everything, or only what is ticked in the backup's own tree.
                Label { text: qsTr("What"); font.bold: true; visible: root.form.checkOk }
                RadioButton {
                    objectName: "restoreEverything"
                    ButtonGroup.group: whatGroup
                    visible: root.form.checkOk
                    text: qsTr("Everything in the backup")
                    checked: !root.form.onlyChosen
                    onToggled: root.form.onlyChosen = !checked
                }
                RadioButton {
                    objectName: "restoreOnlyChosen"
                    ButtonGroup.group: whatGroup
                    visible: root.form.checkOk
                    text: qsTr("Only the files and folders I tick here:")
                    checked: root.form.onlyChosen
                    onToggled: root.form.onlyChosen = checked
                }
                ColumnLayout {
                    visible: root.form.checkOk && root.form.onlyChosen
                    Layout.fillWidth: true
                    Layout.leftMargin: 24
                    spacing: 2
                    // Where in the backup: its top, then each folder on the way, each a click back.
                    Flow {
                        Layout.fillWidth: true
                        ToolButton {
                            objectName: "restoreBrowseTop"
                            text: qsTr("Top")
                            font.bold: root.form.browseFolder.length === 0
                            onClicked: root.form.browse("")
                        }
                        Repeater {
                            model: root.form.browseFolder.length > 0 ? root.form.browseFolder.split("/") : []
                            delegate: ToolButton {
                                required property string modelData
                                required property int index
                                text: "› " + modelData
                                font.bold: index === root.form.browseFolder.split("/").length - 1
                                onClicked: root.form.browse(root.form.browseFolder.split("/").slice(0, index + 1).join("/"))
                            }
                        }
                    }
                    Label {
                        visible: root.form.browsing || root.form.browseError.length > 0
                        text: root.form.browsing ? qsTr("Reading the backup…") : root.form.browseError
                        color: root.form.browseError.length > 0 ? "#a4262c" : palette.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Frame {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 200
                        padding: 2
                        ListView {
                            objectName: "restoreTree"
                            anchors.fill: parent
                            clip: true
                            model: root.form.browseEntries
                            ScrollBar.vertical: ScrollBar {}
                            delegate: RowLayout {
                                id: entryRow
                                required property var modelData
                                width: ListView.view.width
                                CheckBox {
                                    objectName: "restoreChoose-" + entryRow.modelData.path
                                    checked: entryRow.modelData.chosen
                                    enabled: entryRow.modelData.choosable
                                    onToggled: root.form.choose(entryRow.modelData.path, checked)
                                    Accessible.name: qsTr("Restore %1").arg(entryRow.modelData.path)
                                }
                                Label {
                                    objectName: "restoreEntry-" + entryRow.modelData.path
                                    text: entryRow.modelData.name + (entryRow.modelData.folder ? "/" : "")
                                    font.bold: entryRow.modelData.folder
                                    elide: Text.ElideMiddle
                                    property bool berthElidable: true // a name, path or command of any length
                                    Layout.fillWidth: true
                                    // A folder's name opens it; a file's shows its start below.
                                    MouseArea {
                                        anchors.fill: parent
                                        cursorShape: Qt.PointingHandCursor
                                        onClicked: {
                                            if (entryRow.modelData.folder)
                                                root.form.browse(entryRow.modelData.path)
                                            else
                                                root.form.preview(entryRow.modelData.path)
                                        }
                                    }
                                }
                                Label { text: entryRow.modelData.size; opacity: 0.8 }
                                Label {
                                    text: entryRow.modelData.mode
                                    font.family: "monospace"
                                    opacity: 0.8
                                    Layout.rightMargin: 6
                                }
                            }
                        }
                    }
                    // The start of a file of the backup, read from the file.
                    Frame {
                        objectName: "restorePreview"
                        visible: root.form.previewKind.length > 0
                        Layout.fillWidth: true
                        padding: 4
                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: root.form.previewPath
                                    font.bold: true
                                    elide: Text.ElideMiddle
                                    property bool berthElidable: true // a name, path or command of any length
                                    Layout.fillWidth: true
                                }
                                ToolButton {
                                    objectName: "restorePreviewClose"
                                    text: "×"
                                    onClicked: root.form.closePreview()
                                    ToolTip.visible: hovered
                                    ToolTip.text: qsTr("Close the preview")
                                    Accessible.name: qsTr("Close the preview")
                                }
                            }
                            Label {
                                objectName: "restorePreviewNote"
                                text: root.form.previewNote
                                color: root.form.previewKind === "error" ? "#a4262c" : palette.text
                                opacity: root.form.previewKind === "error" ? 1 : 0.8
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            ScrollView {
                                visible: root.form.previewKind === "text" || root.form.previewKind === "binary"
                                Layout.fillWidth: true
                                Layout.preferredHeight: 140
                                TextArea {
                                    objectName: "restorePreviewText"
                                    text: root.form.previewText
                                    readOnly: true
                                    selectByMouse: true
                                    font.family: "monospace"
                                    wrapMode: root.form.previewKind === "binary" ? TextEdit.NoWrap : TextEdit.WrapAnywhere
                                    textFormat: TextEdit.PlainText
                                    Accessible.name: qsTr("The file's content")
                                }
                            }
                            Image {
                                objectName: "restorePreviewImage"
                                visible: root.form.previewKind === "image"
                                source: root.form.previewImage
                                fillMode: Image.PreserveAspectFit
                                asynchronous: true
                                Layout.preferredWidth: Math.min(implicitWidth, parent.width)
                                Layout.preferredHeight: Math.min(implicitHeight, 140)
                            }
                        }
                    }
                    Label {
                        objectName: "restoreChosen"
                        text: root.form.only.length === 0 ? qsTr("Nothing ticked yet. A click on a folder's name opens it; on a file's, shows its start.")
                                                          : qsTr("Ticked: %1").arg(Array.from(root.form.only).join(", "))
                        wrapMode: Text.Wrap
                        opacity: 0.8
                        Layout.fillWidth: true
                    }
                }
                Label { text: qsTr("Into"); font.bold: true }
                RadioButton {
                    objectName: "restoreIntoNew"
                    ButtonGroup.group: intoGroup
                    text: qsTr("A new volume, named")
                    checked: root.form.into === RestoreForm.NewVolume
                    onClicked: root.form.into = RestoreForm.NewVolume
                }
                TextField {
                    objectName: "restoreNewName"
                    text: root.form.newName
                    onTextChanged: root.form.newName = text
                    enabled: root.form.into === RestoreForm.NewVolume
                    Layout.fillWidth: true
                    Layout.leftMargin: 24
                    Accessible.name: qsTr("Name of the new volume")
                }
                RadioButton {
                    objectName: "restoreIntoExisting"
                    ButtonGroup.group: intoGroup
                    text: qsTr("An existing volume")
                    checked: root.form.into === RestoreForm.ExistingVolume
                    onClicked: root.form.into = RestoreForm.ExistingVolume
                }
                ComboBox {
                    id: existing
                    objectName: "restoreExistingVolume"
                    enabled: root.form.into === RestoreForm.ExistingVolume
                    onCurrentTextChanged: root.form.existingVolume = currentText
                    model: Models.volumes
                    textRole: "name"
                    valueRole: "name"
                    Layout.fillWidth: true
                    Layout.leftMargin: 24
                    Accessible.name: qsTr("Volume to restore into")
                }
                ColumnLayout {
                    visible: root.form.into === RestoreForm.ExistingVolume
                    Layout.leftMargin: 24
                    Label {
                        objectName: "restoreInUse"
                        visible: root.form.running.length > 0
                        text: qsTr("%1 is running and uses this volume: stop it first, Berth will not write under a "
                                   + "running program.").arg(Array.from(root.form.running).join(", "))
                        color: "#a4262c"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("If it already holds data:") }
                    RadioButton {
                        objectName: "restoreModeIfEmpty"
                        ButtonGroup.group: modeGroup
                        text: qsTr("Stop and change nothing")
                        checked: root.form.mode === RestoreForm.IfEmpty
                        onClicked: root.form.mode = RestoreForm.IfEmpty
                    }
                    RadioButton {
                        objectName: "restoreModeReplace"
                        ButtonGroup.group: modeGroup
                        text: qsTr("Replace its contents (Berth backs them up first and puts them back if the restore fails)")
                        checked: root.form.mode === RestoreForm.Replace
                        onClicked: root.form.mode = RestoreForm.Replace
                    }
                    RadioButton {
                        objectName: "restoreModeMerge"
                        ButtonGroup.group: modeGroup
                        text: qsTr("Merge (add the backup's files; files with the same name are overwritten)")
                        checked: root.form.mode === RestoreForm.Merge
                        onClicked: root.form.mode = RestoreForm.Merge
                    }
                }
                Label {
                    visible: root.form.manualCommands.length > 0 // a heading over nothing, without a file
                    text: qsTr("The same by hand, for learning (on the engine's computer, or anywhere with a helper container):")
                    wrapMode: Text.Wrap
                    font.bold: true
                    Layout.fillWidth: true
                }
                Repeater {
                    model: root.form.manualCommands
                    delegate: CommandBlock {
                        required property string modelData
                        objectName: "restoreManualCommand"
                        text: modelData
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Manual command: %1").arg(modelData)
                    }
                }
            }
        }
    }
    // Below the scrolled content, always in sight however much the backup's tree shows.
    footer: Pane {
        RowLayout {
            anchors.fill: parent
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
            Button {
                objectName: "restoreStart"
                text: qsTr("Restore")
                highlighted: true
                enabled: root.form.valid
                onClicked: {
                    if (root.form.start()) {
                        root.accept()
                        root.started()
                    }
                }
                Accessible.name: qsTr("Start the restore")
            }
        }
    }

    // Each choice its own group: the radio buttons share one column, and would otherwise
    // untick each other (ticking "Everything" cleared "A new volume").
    ButtonGroup { id: whatGroup }
    ButtonGroup { id: intoGroup }
    ButtonGroup { id: modeGroup }

    FileDialog {
        id: fileDialog
        title: qsTr("Backup file to restore")
        nameFilters: [qsTr("Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)"), qsTr("All files (*)")]
        onAccepted: {
            root.form.file = Actions.localPath(selectedFile)
            root.form.checkFile()
        }
    }
}
