// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Moving a container to another machine, first half: what the bundle holds, where it goes,
/// what happens to the running container meanwhile, and the manual steps it replaces.
Dialog {
    id: root
    /// The container, where it goes, what happens to it meanwhile, its powers, and what is missing.
    readonly property ExportForm form: ExportForm {}
    signal started()

    function openFor(id: string, name: string) {
        form.openFor(id, name)
        engine.currentIndex = engine.count > 0 ? 0 : -1
        form.targetEngine = engine.target
        open()
    }

    objectName: "exportDialog"
    title: qsTr("Move %1 to another machine: export").arg(form.containerName)
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
        // Where the export is: each step done once what it asks is given.
        StepIndicator {
            objectName: "exportSteps"
            steps: [qsTr("Destination"), qsTr("Powers"), qsTr("Move")]
            current: (root.form.destination === ExportForm.ToFolder ? root.form.folderProblem.length > 0
                                                                    : root.form.targetEngine.trim().length === 0) ? 0
                   : !root.form.valid ? 1 : 2
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
                    text: root.form.volumes.length > 0
                          ? qsTr("Volumes: %1").arg(Array.from(root.form.volumes).join(", "))
                          : qsTr("No volumes: the container's own files go in the image.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                CheckBox {
                    id: includeBinds
                    objectName: "exportIncludeBinds"
                    visible: root.form.binds.length > 0 && root.form.destination === ExportForm.ToFolder
                    checked: root.form.includeBinds
                    onToggled: root.form.includeBinds = checked
                    text: qsTr("Also copy the folders of this computer it shows inside (%1)")
                          .arg(Array.from(root.form.binds).join(", "))
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
                    visible: root.form.binds.length > 0
                             && !(root.form.includeBinds && root.form.destination === ExportForm.ToFolder)
                    text: qsTr("Not moved: folders of this computer shown inside the container (%1). Copy them "
                               + "yourself if the container needs them there.")
                          .arg(Array.from(root.form.binds).join(", "))
                    color: "#a4262c"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RadioButton {
                    objectName: "exportToFolder"
                    ButtonGroup.group: whereGroup
                    text: qsTr("Into a new folder, to copy to the other machine")
                    checked: root.form.destination === ExportForm.ToFolder
                    onClicked: root.form.destination = ExportForm.ToFolder
                }
                RowLayout {
                    enabled: root.form.destination === ExportForm.ToFolder
                    Layout.leftMargin: 24
                    Layout.fillWidth: true
                    TextField {
                        objectName: "exportFolderField"
                        text: root.form.folder
                        onTextChanged: root.form.folder = text
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Folder for the bundle")
                    }
                    Button {
                        text: qsTr("Choose…")
                        onClicked: folderDialog.open()
                        Accessible.name: qsTr("Choose where the bundle goes")
                    }
                }
                Label {
                    objectName: "exportFolderProblem"
                    visible: root.form.destination === ExportForm.ToFolder && root.form.folderProblem.length > 0
                    text: root.form.folderProblem
                    color: "#a4262c"
                    wrapMode: Text.Wrap
                    Layout.leftMargin: 24
                    Layout.fillWidth: true
                }
                RadioButton {
                    objectName: "exportToEngine"
                    ButtonGroup.group: whereGroup
                    text: qsTr("Straight into another engine this computer can reach (nothing on disk)")
                    checked: root.form.destination === ExportForm.ToEngine
                    onClicked: root.form.destination = ExportForm.ToEngine
                }
                ColumnLayout {
                    visible: root.form.destination === ExportForm.ToEngine
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
                        model: root.form.engines
                        // What the transfer goes to: the typed or the chosen socket.
                        readonly property string target: editText.trim()
                        onTargetChanged: root.form.targetEngine = target
                        Layout.fillWidth: true
                        Accessible.name: qsTr("The other engine's socket")
                    }
                    CheckBox {
                        objectName: "exportStartThere"
                        text: qsTr("Start it there")
                        checked: root.form.startThere
                        onToggled: root.form.startThere = checked
                    }
                    Label {
                        text: qsTr("The container is paused until its image and volumes are over, then runs on here too.")
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                    PowersConsent {
                        powers: root.form.powers
                        allowedPowers: root.form.allowedPowers
                        onChosen: ticked => root.form.allowedPowers = ticked
                        namePrefix: "transferPower"
                        note: qsTr("It has powers over its machine, which it would get over the other one too. Tick each "
                                   + "only if that is what you want; without them nothing is moved:")
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: root.form.destination === ExportForm.ToFolder
                    text: qsTr("While the copy is made, the container should not change:")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RadioButton {
                    objectName: "exportPause"
                    ButtonGroup.group: meanwhileGroup
                    visible: root.form.destination === ExportForm.ToFolder
                    text: qsTr("Pause it, and resume it right after (recommended)")
                    checked: root.form.consistency === ExportForm.Pause
                    onClicked: root.form.consistency = ExportForm.Pause
                }
                RadioButton {
                    objectName: "exportStop"
                    ButtonGroup.group: meanwhileGroup
                    visible: root.form.destination === ExportForm.ToFolder
                    text: qsTr("Stop it, and start it again after (the safest for databases)")
                    checked: root.form.consistency === ExportForm.Stop
                    onClicked: root.form.consistency = ExportForm.Stop
                }
                RadioButton {
                    objectName: "exportLive"
                    ButtonGroup.group: meanwhileGroup
                    visible: root.form.destination === ExportForm.ToFolder
                    text: qsTr("Keep it running (fine when it writes nothing)")
                    checked: root.form.consistency === ExportForm.Live
                    onClicked: root.form.consistency = ExportForm.Live
                }
                Label {
                    text: qsTr("The same by hand, for learning:")
                    font.bold: true
                    Layout.fillWidth: true
                }
                CommandBlock {
                    objectName: "exportManualCommands"
                    text: root.form.manualCommands
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Manual commands: %1").arg(root.form.manualCommands)
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
                        text: root.form.destination === ExportForm.ToEngine ? qsTr("Transfer") : qsTr("Export")
                        highlighted: true
                        enabled: root.form.valid
                        onClicked: {
                            if (root.form.start()) {
                                root.accept()
                                root.started()
                            }
                        }
                        Accessible.name: qsTr("Start the export")
                    }
                }
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Where the bundle goes (a new folder is made inside)")
        onAccepted: root.form.chooseParentFolder(Actions.localPath(selectedFolder))
    }

    // Each choice its own group: the radio buttons share one column, and would otherwise
    // untick each other.
    ButtonGroup { id: whereGroup }
    ButtonGroup { id: meanwhileGroup }
}
