// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// docker build from a folder: the folder, its Dockerfile, a tag, build arguments, target,
/// no-cache and pull; then the engine's output live, the error with its Dockerfile line, and the
/// new image chosen on the Images page when it is done.
Dialog {
    id: root
    readonly property BuildForm form: BuildForm {}
    /// The running or finished build (a BuildJob), or null while the form is filled in.
    property var job: null
    readonly property bool running: job !== null && job.state <= Job.Running
    /// The build ended well: the page chooses the new image.
    signal built(string imageId)

    function openFor(folder: string) {
        form.openFor(folder)
        job = null
        open()
    }

    objectName: "buildDialog"
    title: qsTr("Build an image")
    modal: true
    Overlay.modal: ModalDim {}
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, parent ? parent.width - 40 : 820)
    height: Math.min(720, parent ? parent.height - 40 : 720)
    closePolicy: running ? Popup.NoAutoClose : Popup.CloseOnEscape

    Connections {
        target: root.job
        ignoreUnknownSignals: true
        function onStateChanged() {
            if (root.job && root.job.state === Job.Succeeded)
                root.built(root.job.imageId)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        GridLayout {
            columns: 3
            enabled: !root.running
            Layout.fillWidth: true
            Label { text: qsTr("Folder") }
            TextField {
                objectName: "buildFolderField"
                text: root.form.folder
                onTextChanged: root.form.folder = text
                Layout.fillWidth: true
                Accessible.name: qsTr("Folder to build")
            }
            Button {
                text: qsTr("Choose…")
                onClicked: folderDialog.open()
                Accessible.name: qsTr("Choose the folder")
            }
            Label { text: qsTr("Dockerfile") }
            TextField {
                objectName: "buildDockerfileField"
                text: root.form.dockerfile
                placeholderText: qsTr("Dockerfile (a path in the folder)")
                onTextChanged: root.form.dockerfile = text
                Layout.fillWidth: true
                Layout.columnSpan: 2
                Accessible.name: qsTr("Dockerfile in the folder")
            }
            Label { text: qsTr("Tag") }
            TextField {
                objectName: "buildTagField"
                text: root.form.tag
                placeholderText: qsTr("my/app:v1")
                onTextChanged: root.form.tag = text
                Layout.fillWidth: true
                Layout.columnSpan: 2
                Accessible.name: qsTr("Name for the new image")
            }
            Label { text: qsTr("Build arguments") }
            TextArea {
                objectName: "buildArgsField"
                text: root.form.buildArgs
                placeholderText: qsTr("KEY=VALUE, one a line")
                onTextChanged: root.form.buildArgs = text
                Layout.fillWidth: true
                Layout.columnSpan: 2
                Layout.preferredHeight: 48
                Accessible.name: qsTr("Build arguments")
            }
            Label { text: qsTr("Target stage") }
            TextField {
                objectName: "buildTargetField"
                text: root.form.target
                placeholderText: qsTr("the last stage")
                onTextChanged: root.form.target = text
                Layout.fillWidth: true
                Accessible.name: qsTr("Target stage")
            }
            RowLayout {
                CheckBox {
                    objectName: "buildNoCache"
                    text: qsTr("No cache")
                    checked: root.form.noCache
                    onToggled: root.form.noCache = checked
                }
                CheckBox {
                    objectName: "buildPull"
                    text: qsTr("Pull the base image")
                    checked: root.form.pull
                    onToggled: root.form.pull = checked
                }
            }
        }
        CommandBlock {
            objectName: "buildCommand"
            text: root.job ? root.job.command : root.form.command
            Layout.fillWidth: true
            Accessible.name: qsTr("The same docker command: %1").arg(text)
        }
        Label {
            objectName: "buildProblem"
            visible: root.job === null && !root.form.valid
            text: root.form.problems.length > 0 ? root.form.problems[0] : ""
            color: "#a4262c"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "buildStatus"
            visible: root.job !== null
            text: root.job === null ? ""
                : root.job.state === Job.Succeeded ? qsTr("Built %1").arg(root.job.imageId)
                : root.job.state === Job.Cancelled ? qsTr("Cancelled; what the build made was removed.")
                : root.job.state === Job.Failed ? qsTr("The build failed")
                                                   + (root.job.failedLine > 0
                                                      ? qsTr(" at line %1 of the Dockerfile").arg(root.job.failedLine) : "")
                                                   + ": " + root.job.errorString
                : root.job.detail
            color: root.job !== null && root.job.state === Job.Failed ? "#a4262c" : palette.windowText
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: root.running
            indeterminate: root.job === null || root.job.fraction < 0 || root.job.fraction >= 1
            value: root.job ? Math.max(0, root.job.fraction) : 0
            Layout.fillWidth: true
        }
        ScrollView {
            id: outputScroll
            visible: root.job !== null
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: output
                objectName: "buildOutput"
                text: root.job ? root.job.output : ""
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                // The newest line in sight, as a terminal.
                onTextChanged: cursorPosition = length
                Accessible.name: qsTr("Build output")
            }
        }
        Item {
            visible: root.job === null
            Layout.fillHeight: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "buildCancel"
                text: root.running ? qsTr("Stop the build") : qsTr("Close")
                onClicked: {
                    if (root.running)
                        root.job.cancel()
                    else
                        root.close()
                }
            }
            Button {
                objectName: "buildStart"
                text: root.job !== null && !root.running ? qsTr("Build again") : qsTr("Build")
                highlighted: true
                enabled: !root.running && root.form.valid
                onClicked: root.job = root.form.start()
                Accessible.name: qsTr("Start the build")
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder to build")
        onAccepted: root.form.folder = Actions.localPath(selectedFolder)
    }
}
