// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Compose projects: the containers with the same com.docker.compose.project label, with their
/// services, state, folder and compose files; start, stop, restart, pause, remove and the merged
/// logs of a whole project, each with the docker compose command it equals.
Page {
    id: root

    function focusSearch() {
        search.forceActiveFocus()
    }

    /// The project's merged logs in a window of their own.
    function openLogs(project: string) {
        const component = Qt.createComponent("ProjectLogWindow.qml")
        // The main window is its parent (an object without one belongs to the JavaScript
        // garbage collector); the window ends the logs' streams and deletes them when it closes.
        const window = component.createObject(root.Window.window, { logs: ProjectActions.openLogs(project, 500) }) as ProjectLogWindow
        if (window)
            window.show()
    }

    objectName: "projectsPage"
    title: qsTr("Projects")
    Component.onCompleted: ProjectActions.findComposeTool()

    TextFilterModel {
        id: filtered
        sourceModel: ProjectActions.projects
        filterText: search.text
        filterRoles: ["name", "services", "containers", "workingDir"]
        sortRoleName: "name"
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                objectName: "projectSearch"
                placeholderText: qsTr("Search by project, service or folder (Ctrl+F)")
                Layout.fillWidth: true
                Accessible.name: qsTr("Search projects")
            }
            Button {
                objectName: "composeUpButton"
                icon.source: "qrc:/icons/media-playback-start-symbolic.svg"
                icon.color: palette.buttonText
                // Without a compose tool the button says so instead of pretending.
                text: !ProjectActions.composeToolKnown ? qsTr("Looking for Compose…")
                    : ProjectActions.composeTool.length > 0 ? qsTr("Up from a compose file…") : qsTr("Compose is not installed…")
                enabled: ProjectActions.composeToolKnown
                onClicked: {
                    // Installed meanwhile? The dialog follows the answer.
                    if (ProjectActions.composeTool.length === 0)
                        ProjectActions.findComposeTool()
                    upDialog.open()
                }
                Accessible.name: text
            }
        }
    }
    /// Selects @p project once it is listed (after an up).
    property string pendingSelection
    function selectPending() {
        for (let r = 0; r < list.count; ++r) {
            if (filtered.data(filtered.index(r, 0), ProjectModel.NameRole) === root.pendingSelection) {
                list.currentIndex = r
                list.positionViewAtIndex(r, ListView.Contain)
                root.pendingSelection = ""
                return
            }
        }
    }
    Connections {
        target: ProjectActions
        function onProjectUp(project: string) {
            search.text = ""
            root.pendingSelection = project
            root.selectPending()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        ExplanationPanel {
            title: qsTr("What is a Compose project?")
            text: qsTr("docker compose up makes one container per service of a compose file and marks each "
                       + "with the project's name. Berth finds them by that mark and acts on the whole project: "
                       + "it starts the services in the order their depends_on gives and stops them the other way.")
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "projectList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: filtered
            currentIndex: -1
            onCountChanged: if (root.pendingSelection.length > 0) root.selectPending()
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Projects")
            delegate: ItemDelegate {
                id: row
                required property string name
                required property string status
                required property var services
                required property var containers
                required property string workingDir
                required property var configFiles
                required property int running
                required property int paused
                required property int total
                required property bool ordered
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                objectName: "projectRow-" + name
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Project %1").arg(name)
                /// The docker compose command of the button the pointer is over, shown under the row.
                property string hoveredCommand
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            width: 10
                            height: 10
                            radius: 5
                            color: row.running === row.total ? "#2e9d4f" : row.running + row.paused > 0 ? "#c9a227" : "#8a8a8a"
                        }
                        Label {
                            text: row.name
                            font.bold: true
                            elide: Text.ElideMiddle
                            property bool berthElidable: true // a name, path or command of any length
                        }
                        Label {
                            objectName: "projectStatus-" + row.name
                            text: row.status
                            opacity: 0.7
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            property bool berthElidable: true // a name, path or command of any length
                        }
                        Button {
                            objectName: "startProject-" + row.name
                            text: qsTr("Start")
                            enabled: row.running + row.paused < row.total
                            onClicked: ProjectActions.act(row.name, "start")
                            onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "start") : ""
                            Accessible.name: qsTr("Start %1").arg(row.name)
                        }
                        Button {
                            objectName: "stopProject-" + row.name
                            text: qsTr("Stop")
                            enabled: row.running + row.paused > 0
                            onClicked: ProjectActions.act(row.name, "stop")
                            onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "stop") : ""
                            Accessible.name: qsTr("Stop %1").arg(row.name)
                        }
                        Button {
                            objectName: "restartProject-" + row.name
                            text: qsTr("Restart")
                            onClicked: ProjectActions.act(row.name, "restart")
                            onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "restart") : ""
                            Accessible.name: qsTr("Restart %1").arg(row.name)
                        }
                        Button {
                            objectName: "pauseProject-" + row.name
                            text: row.paused > 0 ? qsTr("Unpause") : qsTr("Pause")
                            enabled: row.paused > 0 || row.running > 0
                            onClicked: ProjectActions.act(row.name, row.paused > 0 ? "unpause" : "pause")
                            onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, row.paused > 0 ? "unpause" : "pause") : ""
                            Accessible.name: row.paused > 0 ? qsTr("Unpause %1").arg(row.name) : qsTr("Pause %1").arg(row.name)
                        }
                        Button {
                            objectName: "logsProject-" + row.name
                            text: qsTr("Logs")
                            onClicked: root.openLogs(row.name)
                            onHoveredChanged: row.hoveredCommand = hovered ? "docker compose -p " + row.name + " logs -f" : ""
                            Accessible.name: qsTr("Logs of %1").arg(row.name)
                        }
                        Button {
                            objectName: "removeProject-" + row.name
                            icon.source: "qrc:/icons/user-trash-symbolic.svg"
                            icon.color: palette.buttonText
                            text: qsTr("Remove")
                            onClicked: {
                                if (!Preferences.confirmRemovals) {
                                    ProjectActions.remove(row.name, false)
                                    return
                                }
                                removeDialog.project = row.name
                                removeDialog.optionChecked = false
                                removeDialog.items = ProjectActions.removalItems(row.name, false)
                                removeDialog.open()
                            }
                            onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "remove") : ""
                            Accessible.name: qsTr("Remove %1").arg(row.name)
                        }
                    }
                    Label {
                        objectName: "projectServices-" + row.name
                        text: qsTr("services: %1").arg(row.services.join(", "))
                              + "  ·  " + (row.ordered ? qsTr("started in this order: %1").arg(row.containers.join(" → "))
                                                      : qsTr("containers: %1").arg(row.containers.join(", ")))
                        opacity: 0.7
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or command of any length
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "projectFolder-" + row.name
                        text: row.workingDir.length > 0
                              ? qsTr("folder %1").arg(row.workingDir)
                                + (row.configFiles.length > 0 ? "  ·  " + qsTr("files: %1").arg(row.configFiles.join(", ")) : "")
                              : qsTr("made without a compose folder")
                        opacity: 0.7
                        elide: Text.ElideMiddle
                        property bool berthElidable: true // a name, path or command of any length
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "projectCommand-" + row.name
                        text: row.hoveredCommand.length > 0 ? "$ " + row.hoveredCommand : " "
                        font.family: "monospace"
                        opacity: 0.8
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or command of any length
                    }
                }
            }
        }
        Label {
            objectName: "projectsEmpty"
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: ProjectActions.projects.status === ResourceListModel.Loading ? qsTr("Loading containers…")
                : ProjectActions.projects.status !== ResourceListModel.Ready ? ProjectActions.projects.errorString
                : ProjectActions.projects.count === 0 ? qsTr("No Compose project: no container carries the com.docker.compose.project label.")
                : qsTr("No project matches the search.")
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a compose file")
        nameFilters: [qsTr("Compose files (*.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: {
            const path = Actions.localPath(selectedFile)
            upFile.text = path
            upName.text = ProjectActions.defaultProjectName(path)
        }
    }

    Dialog {
        id: upDialog
        objectName: "composeUpDialog"
        title: ProjectActions.composeTool.length > 0 ? qsTr("Up from a compose file") : qsTr("Compose is not installed")
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(640, root.width - 40)
        readonly property string problem: ProjectActions.upProblem(upFile.text, upName.text)
        standardButtons: ProjectActions.composeTool.length > 0 ? Dialog.Ok | Dialog.Cancel : Dialog.Close
        // The buttons change with the tool found: named each time it opens.
        onOpened: {
            const ok = standardButton(Dialog.Ok)
            if (ok) {
                ok.objectName = "composeUpAccept"
                ok.text = qsTr("Up")
                ok.enabled = Qt.binding(() => upDialog.problem.length === 0)
            }
            // In the user's language (Qt's own words are English).
            const cancel = standardButton(Dialog.Cancel)
            if (cancel)
                cancel.text = Qt.binding(() => qsTr("Cancel"))
            const close = standardButton(Dialog.Close)
            if (close)
                close.text = Qt.binding(() => qsTr("Close"))
        }
        onAccepted: ProjectActions.up(upFile.text, upName.text)
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                objectName: "composeInstallHint"
                visible: ProjectActions.composeTool.length === 0
                text: ProjectActions.composeInstallHint()
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: ProjectActions.composeTool.length > 0
                text: qsTr("Berth runs %1 (%2) against the engine it shows, never your default one; its output is in the Jobs page.")
                      .arg(ProjectActions.composeTool).arg(ProjectActions.composeToolVersion)
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
            RowLayout {
                visible: ProjectActions.composeTool.length > 0
                Layout.fillWidth: true
                TextField {
                    id: upFile
                    objectName: "composeUpFile"
                    placeholderText: qsTr("The compose file, e.g. /home/me/shop/compose.yaml")
                    Layout.fillWidth: true
                    onTextEdited: upName.text = ProjectActions.defaultProjectName(text)
                    Accessible.name: qsTr("Compose file")
                }
                Button {
                    text: qsTr("Choose…")
                    onClicked: fileDialog.open()
                }
            }
            TextField {
                id: upName
                objectName: "composeUpName"
                visible: ProjectActions.composeTool.length > 0
                placeholderText: qsTr("Project name")
                Layout.fillWidth: true
                Accessible.name: qsTr("Project name")
            }
            Label {
                objectName: "composeUpProblem"
                visible: ProjectActions.composeTool.length > 0 && upDialog.problem.length > 0 && upFile.text.length > 0
                text: upDialog.problem
                color: "#a4262c"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "composeUpCommand"
                visible: ProjectActions.composeTool.length > 0
                text: "$ " + ProjectActions.upCommand(upFile.text, upName.text)
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
    }

    ConfirmDialog {
        id: removeDialog
        property string project
        objectName: "removeProjectDialog"
        title: qsTr("Remove a project")
        message: qsTr("These go, running containers stopped first (in reverse dependency order):")
        optionText: qsTr("Also remove the project's volumes and the data in them")
        warning: optionChecked ? qsTr("The volumes' data cannot be brought back.") : ""
        command: ProjectActions.command(project, "remove", optionChecked)
        onOptionCheckedChanged: items = ProjectActions.removalItems(project, optionChecked)
        onAccepted: ProjectActions.remove(project, optionChecked)
    }
}
