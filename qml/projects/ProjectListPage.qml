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
        // Not a layout: the button's words change once the compose tool is found, maybe while
        // the page is hidden, and Qt 6.4's row kept the old width (the new words were cut);
        // anchored, the button is always as wide as its words.
        implicitHeight: Math.max(search.implicitHeight, composeUp.implicitHeight) + topPadding + bottomPadding
        TextField {
            id: search
            objectName: "projectSearch"
            placeholderText: qsTr("Search by project, service or folder (Ctrl+F)")
            anchors.left: parent.left
            anchors.leftMargin: 8
            anchors.right: composeUp.left
            anchors.rightMargin: 6
            anchors.verticalCenter: parent.verticalCenter
            Accessible.name: qsTr("Search projects")
        }
        Button {
            id: composeUp
            objectName: "composeUpButton"
            anchors.right: parent.right
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
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
        ColumnWidths {
            id: columns
            table: "projects"
            defaults: ({ state: 120, containers: 150, folder: 220 })
        }
        // Column headers, aligned with the rows: click to sort, again to reverse; drag an edge
        // to resize.
        Control {
            id: header
            objectName: "projectHeader"
            visible: list.count > 0
            Layout.fillWidth: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 4
            bottomPadding: 4
            contentItem: RowLayout {
                spacing: 10
                Item { implicitWidth: 10 } // the rows' state mark
                SortHeader {
                    objectName: "projectSortName"
                    title: qsTr("Name")
                    role: "name"
                    model: filtered
                    widths: columns
                    column: "state"
                    resizeSign: -1
                    Layout.fillWidth: true
                    Layout.minimumWidth: 120
                    Layout.preferredWidth: 120
                }
                SortHeader {
                    objectName: "projectSortState"
                    title: qsTr("State")
                    role: "status"
                    model: filtered
                    widths: columns
                    column: "state"
                    Layout.preferredWidth: columns.of("state")
                }
                SortHeader {
                    objectName: "projectSortContainers"
                    title: qsTr("Containers")
                    role: "total"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "containers"
                    Layout.preferredWidth: columns.of("containers")
                }
                SortHeader {
                    objectName: "projectSortFolder"
                    title: qsTr("Working folder")
                    role: "workingDir"
                    model: filtered
                    widths: columns
                    column: "folder"
                    Layout.preferredWidth: columns.of("folder")
                }
                Item { Layout.preferredWidth: list.actionsWidth }
            }
        }
        Rectangle {
            visible: header.visible
            Layout.fillWidth: true
            implicitHeight: 1
            color: palette.mid
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
            /// The widest row's buttons: every row's, and the header's last column.
            property real actionsWidth: 0
            // Enter shows the chosen project's logs, Delete asks to remove it.
            readonly property var current: currentItem
            Keys.onReturnPressed: if (current) root.openLogs(current.name)
            Keys.onEnterPressed: if (current) root.openLogs(current.name)
            // The Menu key or Shift+F10: the current row's "⋯" menu. The list is one stop of
            // the Tab key; its rows and their buttons are reached by the arrows and that menu.
            activeFocusOnTab: true
            Keys.onPressed: (event) => {
                if (current && (event.key === Qt.Key_Menu
                                || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)))) {
                    current.openMenu()
                    event.accepted = true
                }
            }
            Keys.onDeletePressed: if (current) current.askRemove()
            delegate: ItemDelegate {
                id: row
                focusPolicy: Qt.ClickFocus
                function openMenu() {
                    projectMenu.open()
                }
                required property int index
                required property string name
                required property string status
                required property var stateCounts
                required property var services
                required property var containers
                required property string workingDir
                required property var configFiles
                required property int running
                required property int paused
                required property int total
                required property bool ordered
                function askRemove() {
                    if (!Preferences.confirmRemovals) {
                        ProjectActions.remove(row.name, false)
                        return
                    }
                    removeDialog.project = row.name
                    removeDialog.optionChecked = false
                    removeDialog.items = ProjectActions.removalItems(row.name, false)
                    removeDialog.open()
                }
                width: ListView.view.width
                leftPadding: 8
                rightPadding: 8
                highlighted: ListView.isCurrentItem
                objectName: "projectRow-" + name
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Project %1").arg(name)
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                }
                /// The docker compose command of the button the pointer is over, shown under the row.
                property string hoveredCommand
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        spacing: 10
                        Layout.fillWidth: true
                        Rectangle {
                            implicitWidth: 10
                            implicitHeight: 10
                            radius: 5
                            color: row.running === row.total ? "#2e9d4f" : row.running + row.paused > 0 ? "#c9a227" : "#8a8a8a"
                        }
                        Label {
                            text: row.name
                            font.bold: true
                            elide: Text.ElideMiddle
                            property bool berthElidable: true // a name, path or command of any length
                            Layout.fillWidth: true
                            Layout.minimumWidth: 120
                            Layout.preferredWidth: 120
                        }
                        Label {
                            objectName: "projectStatus-" + row.name
                            text: Format.composeStates(row.stateCounts, Format.language)
                            opacity: 0.8
                            elide: Text.ElideRight
                            property bool berthElidable: true // a name, path or command of any length
                            Layout.preferredWidth: columns.of("state")
                        }
                        Label {
                            objectName: "projectCount-" + row.name
                            // Running of all, as docker compose ls counts them.
                            text: qsTr("%1 of %2 running").arg(row.running).arg(row.total)
                            opacity: 0.8
                            elide: Text.ElideRight
                            Layout.preferredWidth: columns.of("containers")
                        }
                        Label {
                            objectName: "projectFolder-" + row.name
                            text: row.workingDir.length > 0 ? row.workingDir : qsTr("made without a compose folder")
                            opacity: row.workingDir.length > 0 ? 0.8 : 0.6
                            elide: Text.ElideMiddle
                            property bool berthElidable: true // a name, path or list of any length
                            Layout.preferredWidth: columns.of("folder")
                            ToolTip.visible: folderHover.hovered
                            ToolTip.delay: 600
                            ToolTip.text: text
                            HoverHandler { id: folderHover }
                        }
                        RowLayout {
                            spacing: 6
                            // As wide in every row (a layout fills by default), so that the columns line up.
                            Layout.fillWidth: false
                            Layout.preferredWidth: Math.max(implicitWidth, list.actionsWidth)
                            onImplicitWidthChanged: list.actionsWidth = Math.max(list.actionsWidth, implicitWidth)
                            Component.onCompleted: list.actionsWidth = Math.max(list.actionsWidth, implicitWidth)
                            Item { Layout.fillWidth: true }
                            // Start while some are not running, else Stop.
                            Button {
                                focusPolicy: Qt.ClickFocus
                                readonly property bool starts: row.running + row.paused < row.total
                                objectName: (starts ? "startProject-" : "stopProject-") + row.name
                                icon.source: starts ? "qrc:/icons/media-playback-start-symbolic.svg"
                                                    : "qrc:/icons/media-playback-stop-symbolic.svg"
                                icon.color: palette.buttonText
                                text: starts ? qsTr("Start") : qsTr("Stop")
                                onClicked: ProjectActions.act(row.name, starts ? "start" : "stop")
                                onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, starts ? "start" : "stop") : ""
                                Accessible.name: starts ? qsTr("Start %1").arg(row.name) : qsTr("Stop %1").arg(row.name)
                            }
                            Button {
                                focusPolicy: Qt.ClickFocus
                                objectName: "logsProject-" + row.name
                                text: qsTr("Logs")
                                onClicked: root.openLogs(row.name)
                                onHoveredChanged: row.hoveredCommand = hovered ? "docker compose -p " + row.name + " logs -f" : ""
                                Accessible.name: qsTr("Logs of %1").arg(row.name)
                            }
                            // The rest in a menu, as on the containers' rows.
                            Button {
                                focusPolicy: Qt.ClickFocus
                                objectName: "moreProject-" + row.name
                                text: "⋯"
                                font.bold: true
                                Layout.preferredWidth: implicitHeight + 12
                                onClicked: projectMenu.open()
                                Accessible.name: qsTr("More actions for %1").arg(row.name)
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("More actions")
                                Menu {
                                    id: projectMenu
                                    y: parent.height
                                    MenuItem {
                                        objectName: "stopProjectMenu-" + row.name
                                        icon.source: "qrc:/icons/media-playback-stop-symbolic.svg"
                                        icon.color: palette.buttonText
                                        text: qsTr("Stop")
                                        enabled: row.running + row.paused > 0
                                        onTriggered: ProjectActions.act(row.name, "stop")
                                        onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "stop") : ""
                                    }
                                    MenuItem {
                                        objectName: "restartProject-" + row.name
                                        icon.source: "qrc:/icons/view-refresh-symbolic.svg"
                                        icon.color: palette.buttonText
                                        text: qsTr("Restart")
                                        onTriggered: ProjectActions.act(row.name, "restart")
                                        onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "restart") : ""
                                    }
                                    MenuItem {
                                        objectName: "pauseProject-" + row.name
                                        icon.source: "qrc:/icons/media-playback-pause-symbolic.svg"
                                        icon.color: palette.buttonText
                                        text: row.paused > 0 ? qsTr("Unpause") : qsTr("Pause")
                                        enabled: row.paused > 0 || row.running > 0
                                        onTriggered: ProjectActions.act(row.name, row.paused > 0 ? "unpause" : "pause")
                                        onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, row.paused > 0 ? "unpause" : "pause") : ""
                                    }
                                    MenuSeparator {}
                                    MenuItem {
                                        objectName: "removeProject-" + row.name
                                        icon.source: "qrc:/icons/user-trash-symbolic.svg"
                                        icon.color: palette.buttonText
                                        text: qsTr("Remove…")
                                        onTriggered: row.askRemove()
                                        onHoveredChanged: row.hoveredCommand = hovered ? ProjectActions.command(row.name, "remove") : ""
                                    }
                                }
                            }
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
                        Layout.leftMargin: 20
                    }
                    Label {
                        objectName: "projectFiles-" + row.name
                        visible: row.configFiles.length > 0
                        text: qsTr("files: %1").arg(row.configFiles.join(", "))
                        opacity: 0.7
                        elide: Text.ElideMiddle
                        property bool berthElidable: true // a name, path or command of any length
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                    }
                    Label {
                        objectName: "projectCommand-" + row.name
                        text: row.hoveredCommand.length > 0 ? "$ " + row.hoveredCommand : " "
                        font.family: "monospace"
                        opacity: 0.8
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
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
            CommandBlock {
                objectName: "composeUpCommand"
                visible: ProjectActions.composeTool.length > 0
                text: ProjectActions.upCommand(upFile.text, upName.text)
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
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
