// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// docker run by form: every field validated before anything is sent, the command shown live.
Dialog {
    id: root
    /// Emitted with the filled form when the user asks to run it; the page runs it.
    signal runRequested(RunForm form)

    /// The problem with one field; @p problems is passed so the binding follows its changes.
    function problemOf(field: string, problems: var): string {
        return problems[field] ?? ""
    }

    function openFor(image: string) {
        ContainerActions.refreshNetworks()
        form.reset()
        form.image = image
        open()
    }

    objectName: "runDialog"
    title: qsTr("Run a container")
    modal: true
    Overlay.modal: ModalDim {}
    // Sized by the window, whatever made it (the page makes it through a Loader).
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, parent ? parent.width - 40 : 760)
    height: Math.min(640, parent ? parent.height - 40 : 640)

    RunForm {
        id: form
    }

    component Field: ColumnLayout {
        id: field
        property alias label: caption.text
        property string problem
        default property alias content: holder.data
        Layout.fillWidth: true
        spacing: 2
        Label {
            id: caption
            font.bold: true
            // Narrow, the caption wraps: its row never runs past the dialog's edge.
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item {
            id: holder
            Layout.fillWidth: true
            implicitHeight: childrenRect.height
        }
        Label {
            objectName: field.objectName + "Problem"
            text: field.problem
            visible: field.problem.length > 0
            color: "#a4262c"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    ColumnLayout {
        anchors.fill: parent
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 10
                Field {
                    label: qsTr("Image")
                    objectName: "imageField"
                    problem: root.problemOf("image", form.problems)
                    ComboBox {
                        id: imageBox
                        objectName: "runImage"
                        width: parent.width
                        editable: true
                        model: Models.images
                        textRole: "displayName"
                        editText: form.image
                        onEditTextChanged: form.image = editText
                        Accessible.name: qsTr("Image")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field {
                        label: qsTr("Name")
                        objectName: "nameField"
                        problem: root.problemOf("name", form.problems)
                        TextField {
                            objectName: "runName"
                            width: parent.width
                            placeholderText: qsTr("optional, e.g. web")
                            text: form.name
                            onTextEdited: form.name = text
                            Accessible.name: qsTr("Name")
                        }
                    }
                    CheckBox {
                        objectName: "runInteractive"
                        text: qsTr("Interactive terminal (-it)")
                        checked: form.interactive
                        onToggled: form.interactive = checked
                        Accessible.name: text
                    }
                }
                Field {
                    label: qsTr("Command and arguments")
                    objectName: "commandField"
                    problem: root.problemOf("command", form.problems)
                    TextField {
                        objectName: "runCommand"
                        width: parent.width
                        placeholderText: qsTr("optional, e.g. sh -c 'echo hello'")
                        text: form.command
                        onTextEdited: form.command = text
                        Accessible.name: qsTr("Command and arguments")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field {
                        label: qsTr("Ports, one per line (host:container)")
                        objectName: "portsField"
                        problem: root.problemOf("ports", form.problems) || form.portWarning
                        TextArea {
                            background: Rectangle {
                                color: root.palette.base
                                border.color: root.palette.mid
                                radius: 2
                            }
                            objectName: "runPorts"
                            width: parent.width
                            placeholderText: "8080:80"
                            text: form.ports
                            onTextChanged: if (text !== form.ports) form.ports = text
                            Accessible.name: qsTr("Ports")
                        }
                    }
                    Field {
                        label: qsTr("Volumes, one per line (name or /host/folder:/path)")
                        objectName: "mountsField"
                        problem: root.problemOf("mounts", form.problems)
                        TextArea {
                            background: Rectangle {
                                color: root.palette.base
                                border.color: root.palette.mid
                                radius: 2
                            }
                            objectName: "runVolumes"
                            width: parent.width
                            placeholderText: "data:/app/data"
                            text: form.volumes
                            onTextChanged: if (text !== form.volumes) form.volumes = text
                            Accessible.name: qsTr("Volumes")
                        }
                    }
                }
                Field {
                    label: qsTr("Environment, one NAME=value per line")
                    objectName: "envField"
                    problem: root.problemOf("env", form.problems)
                    TextArea {
                        background: Rectangle {
                            color: root.palette.base
                            border.color: root.palette.mid
                            radius: 2
                        }
                        objectName: "runEnvironment"
                        width: parent.width
                        placeholderText: "GREETING=hello"
                        text: form.environment
                        onTextChanged: if (text !== form.environment) form.environment = text
                        Accessible.name: qsTr("Environment variables")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "runImportEnv"
                        text: qsTr("Import an env file…")
                        onClicked: envFileDialog.open()
                        Accessible.name: qsTr("Add the variables of an env file (docker run --env-file)")
                    }
                    Button {
                        objectName: "runAddFolder"
                        text: qsTr("Add a host folder…")
                        onClicked: folderDialog.open()
                        Accessible.name: qsTr("Mount a folder of this computer into the container (a bind mount)")
                    }
                    Label {
                        id: importError
                        objectName: "runImportError"
                        color: "#a4262c"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field {
                        label: qsTr("Restart policy")
                        objectName: "restartField"
                        problem: root.problemOf("restart", form.problems)
                        ComboBox {
                            objectName: "runRestart"
                            width: parent.width
                            model: ["no", "always", "unless-stopped", "on-failure"]
                            onActivated: form.restart = currentText
                            Accessible.name: qsTr("Restart policy")
                        }
                    }
                    CheckBox {
                        objectName: "runAutoRemove"
                        text: qsTr("Remove when it stops (--rm)")
                        checked: form.autoRemove
                        onToggled: form.autoRemove = checked
                        Accessible.name: text
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field {
                        label: qsTr("Working folder")
                        objectName: "workingDirField"
                        problem: root.problemOf("workingDir", form.problems)
                        TextField {
                            width: parent.width
                            text: form.workingDir
                            onTextEdited: form.workingDir = text
                            Accessible.name: qsTr("Working folder")
                        }
                    }
                    Field {
                        label: qsTr("User")
                        TextField {
                            width: parent.width
                            text: form.user
                            onTextEdited: form.user = text
                            Accessible.name: qsTr("User")
                        }
                    }
                    Field {
                        label: qsTr("Network")
                        // The field and its chooser whole; the folder and the user give way.
                        Layout.minimumWidth: networkRow.implicitWidth
                        // Typed, or chosen from the engine's networks (a chooser beside it, so the
                        // list arriving never picks one by itself).
                        RowLayout {
                            id: networkRow
                            width: parent.width
                            TextField {
                                objectName: "runNetwork"
                                Layout.fillWidth: true
                                Layout.minimumWidth: Math.ceil(implicitWidth)
                                placeholderText: qsTr("default")
                                text: form.network
                                onTextEdited: form.network = text
                                Accessible.name: qsTr("Network")
                            }
                            ComboBox {
                                objectName: "runNetworkChoice"
                                model: ContainerActions.networks
                                displayText: qsTr("Choose")
                                implicitContentWidthPolicy: ComboBox.WidestText
                                onActivated: form.network = currentText
                                Accessible.name: qsTr("Choose one of the engine's networks")
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Field {
                        label: qsTr("Memory limit")
                        objectName: "memoryField"
                        problem: root.problemOf("memory", form.problems)
                        TextField {
                            objectName: "runMemory"
                            width: parent.width
                            placeholderText: "512m"
                            text: form.memory
                            onTextEdited: form.memory = text
                            Accessible.name: qsTr("Memory limit")
                        }
                    }
                    Field {
                        label: qsTr("CPUs")
                        objectName: "cpusField"
                        problem: root.problemOf("cpus", form.problems)
                        TextField {
                            width: parent.width
                            placeholderText: "1.5"
                            text: form.cpus
                            onTextEdited: form.cpus = text
                            Accessible.name: qsTr("CPUs")
                        }
                    }
                    Field {
                        label: qsTr("Labels, one key=value per line")
                        objectName: "labelsField"
                        problem: root.problemOf("labels", form.problems)
                        TextArea {
                            background: Rectangle {
                                color: root.palette.base
                                border.color: root.palette.mid
                                radius: 2
                            }
                            width: parent.width
                            text: form.labels
                            onTextChanged: if (text !== form.labels) form.labels = text
                            Accessible.name: qsTr("Labels")
                        }
                    }
                }
                // The health check, as docker run's --health-* options; empty keeps the image's.
                Label {
                    text: qsTr("Health check")
                    font.bold: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    objectName: "healthField"
                    Field {
                        label: qsTr("Command (run by the container's shell)")
                        objectName: "healthCmdField"
                        problem: root.problemOf("health", form.problems)
                        TextField {
                            objectName: "runHealthCmd"
                            width: parent.width
                            placeholderText: "wget -q --spider http://localhost/ || exit 1"
                            enabled: !form.noHealthcheck
                            text: form.healthCmd
                            onTextEdited: form.healthCmd = text
                            Accessible.name: qsTr("Health check command")
                        }
                    }
                    Field {
                        label: qsTr("Interval")
                        Layout.maximumWidth: 90
                        TextField {
                            objectName: "runHealthInterval"
                            width: parent.width
                            placeholderText: "30s"
                            enabled: !form.noHealthcheck
                            text: form.healthInterval
                            onTextEdited: form.healthInterval = text
                            Accessible.name: qsTr("Health check interval")
                        }
                    }
                    Field {
                        label: qsTr("Timeout")
                        Layout.maximumWidth: 90
                        TextField {
                            objectName: "runHealthTimeout"
                            width: parent.width
                            placeholderText: "30s"
                            enabled: !form.noHealthcheck
                            text: form.healthTimeout
                            onTextEdited: form.healthTimeout = text
                            Accessible.name: qsTr("Health check timeout")
                        }
                    }
                    Field {
                        label: qsTr("Retries")
                        Layout.maximumWidth: 80
                        TextField {
                            objectName: "runHealthRetries"
                            width: parent.width
                            placeholderText: "3"
                            enabled: !form.noHealthcheck
                            text: form.healthRetries
                            onTextEdited: form.healthRetries = text
                            Accessible.name: qsTr("Health check retries")
                        }
                    }
                    Field {
                        label: qsTr("Start period")
                        Layout.maximumWidth: 100
                        TextField {
                            objectName: "runHealthStartPeriod"
                            width: parent.width
                            placeholderText: "0s"
                            enabled: !form.noHealthcheck
                            text: form.healthStartPeriod
                            onTextEdited: form.healthStartPeriod = text
                            Accessible.name: qsTr("Health check start period")
                        }
                    }
                }
                CheckBox {
                    objectName: "runNoHealthcheck"
                    text: qsTr("No health check (turn off the image's own)")
                    checked: form.noHealthcheck
                    onToggled: form.noHealthcheck = checked
                    Accessible.name: text
                }
            }
        }
        Label {
            text: qsTr("The same with the docker command:")
            opacity: 0.8
        }
        // The whole command, wrapped: what the dialog teaches is read at once.
        CommandBlock {
            id: preview
            objectName: "runPreview"
            text: form.dockerCommand
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "runCancel"
                text: qsTr("Cancel")
                onClicked: root.reject()
                Accessible.name: text
            }
            Button {
                objectName: "runConfirm"
                text: qsTr("Run")
                highlighted: true
                enabled: form.valid
                onClicked: {
                    root.runRequested(form)
                    root.accept()
                }
                Accessible.name: qsTr("Run the container")
            }
        }
    }

    FileDialog {
        id: envFileDialog
        title: qsTr("Import an env file")
        nameFilters: [qsTr("Env files (*.env .env*)"), qsTr("All files (*)")]
        onAccepted: importError.text = form.importEnvFile(selectedFile)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder to mount")
        // A line to finish: the folder, and where it appears inside (add :ro for read-only).
        onAccepted: {
            const path = decodeURIComponent(selectedFolder.toString().replace(/^file:\/\//, ""))
            const inside = "/mnt/" + (path.split("/").filter(p => p.length > 0).pop() || "host")
            form.volumes = (form.volumes.length > 0 ? form.volumes + "\n" : "") + path + ":" + inside
        }
    }
}
