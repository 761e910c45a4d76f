// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses to make bound components
// ("outside its creation context"), and this file loads parts on demand.
import QtQml
import QtQml.Models
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The selected container: an overview (ports, mounts, labels), the engine's inspect output and its log.
Pane {
    id: root
    property string containerId
    property string name
    property string image
    property string state
    property string status
    property string ports
    property var mounts: []
    property var labels: ({})
    property string inspectJson
    /// healthy, unhealthy, starting or empty (from the list); a change reads inspect again, for
    /// the health log.
    property string health
    /// The width the tabs need side by side, each read whole (the page makes the pane as wide).
    readonly property real tabsWidth: tabs.implicitWidth
    onHealthChanged: if (containerId.length > 0) Actions.inspect("container", containerId)
    /// The health check's state and its last results, from inspect (ContainerActions.health).
    /// What the health's texts may take beside their captions (wrapped within it).
    readonly property real healthTextWidth: Math.max(140, root.availableWidth - 230)
    /// Its words are made in C++: read again when the language changes.
    readonly property var healthInfo: Preferences.language.length >= 0 ? ContainerActions.health(inspectJson) : ({})
    /// NAME=value lines of its configuration, from the inspect answer fetched on selection.
    readonly property var environment: {
        if (inspectJson.length === 0)
            return []
        const config = JSON.parse(inspectJson).Config
        return config && config.Env ? config.Env : []
    }
    /// The log and the terminal want the room: the page widens the pane.
    readonly property bool logsShown: tabs.currentIndex === 2 || tabs.currentIndex === 3
    /// Started with -it: its own terminal can be attached to.
    readonly property bool interactive: {
        if (inspectJson.length === 0)
            return false
        const config = JSON.parse(inspectJson).Config
        return config ? config.Tty && config.OpenStdin : false
    }

    signal actionRequested(string action)

    /// The Terminal tab with a new terminal in it (@p attach: the container's own TTY).
    function showTerminal(attach: bool) {
        tabs.currentIndex = 3
        if (terminalLoader.item)
            (terminalLoader.item as TerminalPane).open(attach)
        else
            pendingTerminal = attach ? 1 : 0 // the pane is still being made (this pane may be too)
    }
    /// "logs" or "terminal" (with a new terminal in it).
    function showTab(name: string) {
        if (name === "logs")
            tabs.currentIndex = 2
        else if (name === "terminal")
            showTerminal(false)
    }
    /// The name becomes a field, filled with the name.
    function startRename() {
        newName.text = root.name
        renameRow.visible = true
        newName.forceActiveFocus()
        newName.selectAll()
    }
    /// A terminal asked for before the Terminal tab's pane existed: -1 none, 0 exec, 1 attach.
    property int pendingTerminal: -1

    objectName: "containerDetails"
    padding: 12

    Connections {
        target: Actions
        function onInspected(kind: string, key: string, json: string) {
            if (kind === "container" && key === root.containerId)
                root.inspectJson = json
        }
    }
    onContainerIdChanged: {
        inspectJson = ""
        if (containerId.length > 0)
            Actions.inspect("container", containerId)
    }

    /// The state's colour: green running, amber paused or restarting, grey otherwise.
    readonly property color stateColor: state === "running" ? "#2e9d4f"
                                        : state === "paused" || state === "restarting" ? "#c27c0e"
                                        : state === "dead" ? "#a4262c" : "#767676"

    ColumnLayout {
        anchors.fill: parent
        // The header: name (renamed in place), state, image; the primary actions, the rest in a menu.
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "detailsName"
                visible: !renameRow.visible
                text: root.name
                font.pixelSize: 18
                font.bold: true
                elide: Text.ElideRight
                property bool berthElidable: true // a name, path or command of any length
                Layout.fillWidth: true
                Layout.minimumWidth: 60
                Accessible.role: Accessible.Heading
                Accessible.name: text
                MouseArea {
                    anchors.fill: parent
                    onDoubleClicked: root.startRename()
                }
            }
            RowLayout {
                id: renameRow
                visible: false
                Layout.fillWidth: true
                TextField {
                    id: newName
                    objectName: "renameField"
                    placeholderText: qsTr("New name")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("New name for the container")
                    Keys.onEscapePressed: renameRow.visible = false
                    onAccepted: renameButton.clicked()
                }
                Button {
                    id: renameButton
                    objectName: "renameButton"
                    text: qsTr("Rename")
                    enabled: newName.text.trim().length > 0 && newName.text.trim() !== root.name
                    onClicked: {
                        ContainerActions.renameContainer(root.containerId, root.name, newName.text.trim())
                        renameRow.visible = false
                    }
                    Accessible.name: qsTr("Rename the container")
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: renameRow.visible = false
                    Accessible.name: qsTr("Keep the name")
                }
            }
            Label {
                objectName: "detailsStateBadge"
                text: Format.stateName(root.state, Format.language)
                color: "white"
                font.bold: true
                leftPadding: 8
                rightPadding: 8
                topPadding: 2
                bottomPadding: 2
                background: Rectangle {
                    radius: height / 2
                    color: root.stateColor
                }
                Accessible.name: qsTr("State: %1").arg(text)
            }
        }
        Label {
            text: root.image
            opacity: 0.7
            elide: Text.ElideMiddle
            property bool berthElidable: true // a name, path or command of any length
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Button {
                objectName: "detailsStartStop"
                // A paused container resumes (the engine does not start a paused one).
                readonly property bool paused: root.state === "paused"
                icon.source: root.state === "running" ? "qrc:/icons/media-playback-stop-symbolic.svg" : "qrc:/icons/media-playback-start-symbolic.svg"
                icon.color: palette.buttonText
                text: paused ? qsTr("Resume") : root.state === "running" ? qsTr("Stop") : qsTr("Start")
                onClicked: root.actionRequested(paused ? "unpause" : root.state === "running" ? "stop" : "start")
                Accessible.name: paused ? qsTr("Resume %1").arg(root.name)
                                        : root.state === "running" ? qsTr("Stop %1").arg(root.name) : qsTr("Start %1").arg(root.name)
            }
            Button {
                objectName: "detailsRestart"
                icon.source: "qrc:/icons/view-refresh-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Restart")
                onClicked: root.actionRequested("restart")
                Accessible.name: qsTr("Restart %1").arg(root.name)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "detailsMore"
                text: "⋯"
                font.bold: true
                onClicked: moreMenu.open()
                Accessible.name: qsTr("More actions for %1").arg(root.name)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("More actions")
                Menu {
                    // As wide as its longest entry: Fusion's menu is 200 pixels and cuts a longer one.
                    width: {
                        let widest = 200
                        for (let i = 0; i < count; ++i) {
                            const entry = itemAt(i)
                            if (entry)
                                widest = Math.max(widest, entry.implicitWidth + leftPadding + rightPadding)
                        }
                        return widest
                    }
                    id: moreMenu
                    y: parent.height
                    MenuItem {
                        objectName: "detailsPause"
                        text: root.state === "paused" ? qsTr("Resume") : qsTr("Pause")
                        enabled: root.state === "running" || root.state === "paused"
                        onTriggered: root.actionRequested(root.state === "paused" ? "unpause" : "pause")
                    }
                    MenuItem {
                        objectName: "detailsKill"
                        text: qsTr("Kill")
                        enabled: root.state === "running"
                        onTriggered: root.actionRequested("kill")
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "renameContainer"
                        text: qsTr("Rename…")
                        onTriggered: root.startRename()
                    }
                    MenuItem {
                        objectName: "commitContainer"
                        text: qsTr("Save as an image (commit)…")
                        onTriggered: commitDialog.open()
                    }
                    MenuItem {
                        objectName: "copyId"
                        text: qsTr("Copy ID")
                        onTriggered: Actions.copyToClipboard(root.containerId)
                    }
                    MenuItem {
                        objectName: "copyName"
                        text: qsTr("Copy name")
                        onTriggered: Actions.copyToClipboard(root.name)
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "backupContainerVolumes"
                        text: qsTr("Back up its volumes…")
                        enabled: root.mounts.some(m => m.type === "volume")
                        onTriggered: root.actionRequested("backupVolumes")
                    }
                    MenuItem {
                        objectName: "migrateContainer"
                        text: qsTr("Move to another machine…")
                        onTriggered: root.actionRequested("export")
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "detailsRemove"
                        text: qsTr("Remove…")
                        onTriggered: root.actionRequested("remove")
                    }
                }
            }
        }
        Dialog {
            id: commitDialog
            objectName: "commitDialog"
            title: qsTr("Save %1 as an image").arg(root.name)
            modal: true
            Overlay.modal: ModalDim {}
            parent: Overlay.overlay
            anchors.centerIn: Overlay.overlay
            width: Math.min(520, parent ? parent.width - 40 : 520)
            onOpened: commitReference.forceActiveFocus()
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("The container's files as they are now become a new image, which can run new containers or go to a registry.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    id: commitReference
                    objectName: "commitField"
                    placeholderText: qsTr("Image name for a commit, e.g. my/app:v2")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Image name for the commit")
                    onAccepted: if (commitButton.enabled) commitButton.clicked()
                }
                CommandBlock {
                    objectName: "commitCommand"
                    text: "docker commit " + root.name + " " + (commitReference.text.trim() || "IMAGE")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("The same docker command: %1").arg(text)
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button {
                        text: qsTr("Cancel")
                        onClicked: commitDialog.close()
                    }
                    Button {
                        id: commitButton
                        objectName: "commitButton"
                        text: qsTr("Commit")
                        enabled: commitReference.text.trim().length > 0
                        onClicked: {
                            ContainerActions.commitContainer(root.containerId, root.name, commitReference.text.trim())
                            commitReference.clear()
                            commitDialog.close()
                        }
                        Accessible.name: qsTr("Save the container as an image (docker commit)")
                    }
                }
            }
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { objectName: "overviewTab"; text: qsTr("Overview"); Accessible.name: text ; width: implicitWidth }
            TabButton { objectName: "inspectTab"; text: qsTr("Inspect"); Accessible.name: text ; width: implicitWidth }
            TabButton { objectName: "logsTab"; text: qsTr("Logs"); Accessible.name: text ; width: implicitWidth }
            TabButton { objectName: "terminalTab"; text: qsTr("Terminal"); Accessible.name: text ; width: implicitWidth }
            TabButton { objectName: "statsTab"; text: qsTr("Stats"); Accessible.name: text ; width: implicitWidth }
            TabButton { objectName: "filesTab"; text: qsTr("Files"); Accessible.name: text ; width: implicitWidth }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollView {
                id: overview
                contentWidth: availableWidth
                GridLayout {
                    // As wide as the pane: a long value wraps instead of running off its edge.
                    width: overview.availableWidth - 8
                    columns: 2
                    columnSpacing: 16
                    rowSpacing: 6
                    Label { text: qsTr("ID"); opacity: 0.7 }
                    Label { text: root.containerId.substring(0, 12); font.family: "monospace" }
                    Label { text: qsTr("Image"); opacity: 0.7 }
                    Label { text: root.image; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                    Label { text: qsTr("State"); opacity: 0.7 }
                    Label {
                        objectName: "detailsState"
                        text: Format.stateName(root.state, Format.language) + " — " + root.status
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Ports"); opacity: 0.7 }
                    Label {
                        text: root.ports.length > 0 ? root.ports : qsTr("none")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Mounts"); opacity: 0.7 }
                    Label {
                        text: root.mounts.length === 0 ? qsTr("none")
                              : root.mounts.map(m => (m.name.length > 0 ? m.name : m.source) + " → " + m.destination
                                                      + (m.readWrite ? "" : " (ro)")).join("\n")
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Environment"); opacity: 0.7 }
                    Label {
                        objectName: "detailsEnvironment"
                        text: root.environment.length === 0 ? qsTr("none") : root.environment.join("\n")
                        wrapMode: Text.WrapAnywhere
                        Layout.maximumWidth: 420
                    }
                    Label {
                        text: qsTr("Health")
                        opacity: 0.7
                        visible: root.healthInfo.status.length > 0
                    }
                    Label {
                        objectName: "detailsHealth"
                        visible: root.healthInfo.status.length > 0
                        text: root.healthInfo.summary
                        color: root.healthInfo.status === "unhealthy" ? "#a4262c" : palette.text
                        wrapMode: Text.Wrap
                        Layout.maximumWidth: root.healthTextWidth
                    }
                    Label {
                        text: qsTr("Health checks")
                        opacity: 0.7
                        visible: root.healthInfo.log.length > 0
                        Layout.alignment: Qt.AlignTop
                    }
                    // The last results, newest first: when, how long, the exit code, the output.
                    ColumnLayout {
                        objectName: "detailsHealthLog"
                        visible: root.healthInfo.log.length > 0
                        spacing: 4
                        Layout.maximumWidth: root.healthTextWidth
                        Repeater {
                            model: root.healthInfo.log
                            delegate: ColumnLayout {
                                id: result
                                required property var modelData
                                spacing: 0
                                Label {
                                    text: result.modelData.heading
                                    wrapMode: Text.Wrap
                                    Layout.maximumWidth: root.healthTextWidth
                                    font.bold: result.modelData.exitCode !== 0
                                    color: result.modelData.exitCode === 0 ? "#2e9d4f" : "#a4262c"
                                }
                                Label {
                                    text: result.modelData.output
                                    visible: result.modelData.output.length > 0
                                    font.family: "monospace"
                                    wrapMode: Text.WrapAnywhere
                                    maximumLineCount: 6
                                    elide: Text.ElideRight
                                    property bool berthElidable: true // a name, path or command of any length
                                    opacity: 0.85
                                    Layout.maximumWidth: root.healthTextWidth
                                }
                            }
                        }
                    }
                    Label { text: qsTr("Labels"); opacity: 0.7 }
                    Label {
                        text: Object.keys(root.labels).length === 0 ? qsTr("none")
                              : Object.keys(root.labels).map(k => k + "=" + root.labels[k]).join("\n")
                    }
                    Label { text: qsTr("Networks"); opacity: 0.7; Layout.alignment: Qt.AlignTop }
                    ContainerNetworks {
                        containerId: root.containerId
                        containerName: root.name
                    }
                }
            }
            // Made when their tab is first shown.
            Loader {
                active: tabs.currentIndex === 1 || item !== null
                sourceComponent: InspectView {
                    json: root.inspectJson
                }
            }
            // By its file, not its type: the log view's imports (QtQuick.Dialogs for saving) load
            // only when someone first opens a log.
            Loader {
                id: logs
                active: tabs.currentIndex === 2 || item !== null
                source: "LogView.qml"
                Binding { target: logs.item; property: "containerId"; value: root.containerId; when: logs.item !== null }
                Binding { target: logs.item; property: "containerName"; value: root.name; when: logs.item !== null }
                Binding { target: logs.item; property: "active"; value: tabs.currentIndex === 2; when: logs.item !== null }
            }
            Loader {
                id: terminalLoader
                active: tabs.currentIndex === 3 || item !== null
                onLoaded: {
                    if (root.pendingTerminal >= 0)
                        (item as TerminalPane).open(root.pendingTerminal === 1)
                    root.pendingTerminal = -1
                }
                sourceComponent: TerminalPane {
                    containerId: root.containerId
                    containerName: root.name
                    running: root.state === "running"
                    interactive: root.interactive
                }
            }
            Loader {
                active: tabs.currentIndex === 4 || item !== null
                sourceComponent: StatsView {
                    containerId: root.containerId
                    containerName: root.name
                    running: root.state === "running"
                    active: tabs.currentIndex === 4
                }
            }
            Loader {
                active: tabs.currentIndex === 5 || item !== null
                sourceComponent: FilesView {
                    container: root.containerId
                    running: root.state === "running"
                    containerName: root.name
                }
            }
        }
    }
}
