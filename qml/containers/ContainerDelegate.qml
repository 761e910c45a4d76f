// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// One container row: its state, name, image, status and ports, with the actions that fit its state.
ItemDelegate {
    id: root
    required property int index
    required property string containerId
    required property string name
    required property string image
    required property string state
    required property string localStatus
    required property string ports
    required property var portList
    required property bool running
    required property string composeProject
    required property var mounts
    required property var labels
    /// healthy, unhealthy, starting, or empty without a health check.
    required property string health

    /// In a narrow list (details open) only the main action stays on the row.
    readonly property bool compact: width < 820
    /// Wide enough for a column of its own, the ports have one; else the image line names them.
    readonly property bool portsColumn: width >= 900

    /// The ports column: a published TCP port is a link that opens it in the browser (on the
    /// engine's machine), others are only named; docker lists a port published on IPv4 and IPv6
    /// twice, shown once.
    readonly property string portsText: {
        const seen = {}
        const parts = []
        for (const p of portList) {
            const key = p.publicPort + "/" + p.privatePort + "/" + p.type
            if (seen[key])
                continue
            seen[key] = true
            if (p.publicPort > 0 && p.type === "tcp")
                parts.push("<a href=\"" + ContainerActions.portAddress(p.ip, p.publicPort) + "\">"
                           + p.publicPort + "→" + p.privatePort + "</a>")
            else if (p.publicPort > 0)
                parts.push(p.publicPort + "→" + p.privatePort + "/" + p.type)
            else
                parts.push(p.privatePort + "/" + p.type)
        }
        return parts.join(", ")
    }

    /// Ticked for an action on several containers at once.
    property bool ticked: false
    /// The columns' widths, as the list's headers have them (the user can drag them).
    property real portsWidth: 120
    property real usageWidth: 110
    property real statusWidth: 170

    signal actionRequested(string action)
    signal tickToggled(bool on)
    /// Shift-click: tick every row from the last one ticked to this one.
    signal rangeTickRequested()

    // Ctrl-click ticks or unticks the row, Shift-click a range; a plain click goes on to the row
    // (or the button under the pointer).
    MouseArea {
        anchors.fill: parent
        onPressed: (mouse) => mouse.accepted = (mouse.modifiers & (Qt.ControlModifier | Qt.ShiftModifier)) !== 0
        onClicked: (mouse) => {
            if (mouse.modifiers & Qt.ShiftModifier)
                root.rangeTickRequested()
            else
                root.tickToggled(!root.ticked)
        }
    }

    /// CPU and memory of a running container while its row is on screen, from the model
    /// (cpuPercent, memoryUsed). The row only says it is shown; C++ owns the stream (UsageFeed)
    /// and closes it when the row goes, the container stops or the engine changes.
    required property real cpuPercent // -1: not known yet
    required property real memoryUsed // -1: not watched
    property string watchedId: ""
    function followUsage() {
        const wanted = root.state === "running" && root.containerId.length > 0
        if (root.watchedId.length > 0 && (!wanted || root.watchedId !== root.containerId)) {
            Models.unwatchUsage(root.watchedId)
            root.watchedId = ""
        }
        if (wanted && root.watchedId.length === 0) {
            root.watchedId = root.containerId
            Models.watchUsage(root.watchedId)
        }
    }
    onStateChanged: followUsage()
    onContainerIdChanged: followUsage()
    Component.onCompleted: followUsage()
    Component.onDestruction: if (root.watchedId.length > 0) Models.unwatchUsage(root.watchedId)

    /// The widest row's actions (set by the list), and this row's own.
    property real actionsWidth: 0
    readonly property real actionsImplicitWidth: actions.implicitWidth

    objectName: "containerRow-" + root.name
    // The list is one stop of the Tab key: its rows and their buttons are reached by the arrows,
    // Enter (the details) and the row's menu (the Menu key or Shift+F10).
    focusPolicy: Qt.ClickFocus
    function openMenu() {
        rowMenu.open()
    }
    // Space ticks the row (as a list's Space selects), rather than pressing it.
    Keys.onSpacePressed: (event) => {
        root.tickToggled(!root.ticked)
        event.accepted = true
    }
    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Container %1, %2, image %3").arg(root.name).arg(root.localStatus).arg(root.image)

    contentItem: RowLayout {
        spacing: 10
        CheckBox {
            focusPolicy: Qt.ClickFocus
            objectName: "check-" + root.name
            checked: root.ticked
            onToggled: root.tickToggled(checked)
            Accessible.name: qsTr("Select %1").arg(root.name)
        }
        Rectangle {
            width: 10
            height: 10
            radius: 5
            color: root.state === "running" ? "#2e9d4f" : root.state === "paused" ? "#c9a227"
                 : root.state === "restarting" ? "#3b7dd8" : "#8a8a8a"
            Accessible.ignored: true
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            // Narrow (details open beside it), the row's action stays in view: a narrower name,
            // no usage column (the details have the Stats tab).
            Layout.minimumWidth: root.compact ? 100 : 140
            Layout.preferredWidth: 140
            Label {
                text: root.name
                font.bold: true
                elide: Text.ElideRight
                property bool berthElidable: true // a name, path or command of any length
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 6
                Layout.fillWidth: true
                // The health check's verdict: a mark and a word, red when it fails (on the
                // image's line, so that the name keeps its width).
                Rectangle {
                    id: healthBadge
                    objectName: "health-" + root.name
                    readonly property string word: root.health === "healthy" ? qsTr("healthy")
                                                  : root.health === "unhealthy" ? qsTr("unhealthy") : qsTr("health: starting")
                    readonly property color tone: root.health === "healthy" ? "#2e9d4f"
                                                : root.health === "unhealthy" ? "#c4372f" : "#8a6d00"
                    visible: root.health.length > 0
                    radius: 3
                    color: "transparent"
                    border.color: tone
                    implicitWidth: healthRow.implicitWidth + 8
                    implicitHeight: healthRow.implicitHeight + 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Health: %1").arg(word)
                    Row {
                        id: healthRow
                        anchors.centerIn: parent
                        spacing: 3
                        Label {
                            text: root.health === "healthy" ? "✓" : root.health === "unhealthy" ? "✗" : "…"
                            color: healthBadge.tone
                            font.bold: true
                            font.pixelSize: 11
                        }
                        Label {
                            objectName: "healthText-" + root.name
                            text: healthBadge.word
                            color: healthBadge.tone
                            font.pixelSize: 11
                            font.bold: root.health === "unhealthy"
                        }
                    }
                }
                Label {
                    // Narrow, the ports column is gone: the image line names them.
                    objectName: "image-" + root.name
                    text: root.image + (!root.portsColumn && root.ports.length > 0 ? "  ·  " + root.ports : "")
                    opacity: 0.7
                    elide: Text.ElideRight
                    property bool berthElidable: true // a name, path or command of any length
                    Layout.fillWidth: true
                }
            }
        }
        Label {
            objectName: "ports-" + root.name
            visible: root.portsColumn
            Layout.preferredWidth: root.portsWidth
            textFormat: Text.StyledText
            text: root.portsText
            linkColor: palette.link
            elide: Text.ElideRight
            property bool berthElidable: true // a name, path or command of any length
            opacity: 0.9
            onLinkActivated: (link) => Qt.openUrlExternally(link)
            HoverHandler {
                cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
            ToolTip.visible: hoveredLink.length > 0
            ToolTip.delay: 600
            ToolTip.text: qsTr("Open %1 in the browser").arg(hoveredLink)
            Accessible.name: root.portsText.length > 0 ? qsTr("Ports: %1").arg(root.ports) : qsTr("No ports")
        }
        // The usage column keeps its width when a row has none (stopped), so that the columns stay
        // under their headers; the label itself is there only while the row is watched.
        Item {
            implicitHeight: usage.implicitHeight
            visible: !root.compact
            Layout.preferredWidth: root.usageWidth
            Label {
                id: usage
                objectName: "usage-" + root.name
                anchors.fill: parent
                visible: root.watchedId.length > 0
                readonly property string cpu: Format.percent(root.cpuPercent, Format.language)
                readonly property string memory: Format.binarySize(root.memoryUsed, Format.language)
                text: root.memoryUsed >= 0 ? cpu + " · " + memory : "…"
                font.pixelSize: 12
                opacity: 0.8
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideLeft
                property bool berthElidable: true // a name, path or command of any length
                ToolTip.visible: usageHover.hovered
                ToolTip.delay: 600 // not in the way of a pointer passing over the list
                ToolTip.text: qsTr("CPU and memory in use now (docker stats)")
                HoverHandler { id: usageHover }
                Accessible.name: root.memoryUsed >= 0 ? qsTr("CPU %1, memory %2").arg(cpu).arg(memory)
                                                      : qsTr("CPU and memory in use now (docker stats)")
            }
        }
        Label {
            text: root.localStatus
            opacity: 0.8
            Layout.preferredWidth: root.compact ? Math.min(110, root.statusWidth) : root.statusWidth
            elide: Text.ElideRight
            property bool berthElidable: true // a name, path or command of any length
        }
        // The row's actions, as wide in every row (the list keeps the widest), so that the
        // columns before them line up with the headers.
        RowLayout {
            id: actions
            spacing: 10
            Layout.fillWidth: false // a layout fills by default: the name's column would share
            Layout.preferredWidth: Math.max(implicitWidth, root.actionsWidth)
            Item { Layout.fillWidth: true }
            Button {
                focusPolicy: Qt.ClickFocus
                // A paused container resumes (the engine does not start a paused one).
                readonly property bool paused: root.state === "paused"
                objectName: "startStop-" + root.name
                icon.source: root.running ? "qrc:/icons/media-playback-stop-symbolic.svg" : "qrc:/icons/media-playback-start-symbolic.svg"
                icon.color: palette.buttonText
                text: paused ? qsTr("Resume") : root.running ? qsTr("Stop") : qsTr("Start")
                onClicked: root.actionRequested(paused ? "unpause" : root.running ? "stop" : "start")
                Accessible.name: paused ? qsTr("Resume %1").arg(root.name)
                                        : root.running ? qsTr("Stop %1").arg(root.name) : qsTr("Start %1").arg(root.name)
            }
            // The rest in a menu, as in the details: pause, restart, remove. Narrow, the details
            // are open beside the list, with the same menu.
            Button {
                focusPolicy: Qt.ClickFocus
                objectName: "more-" + root.name
                visible: !root.compact
                text: "⋯"
                font.bold: true
                Layout.preferredWidth: implicitHeight + 12
                onClicked: rowMenu.open()
                Accessible.name: qsTr("More actions for %1").arg(root.name)
                ToolTip.visible: hovered
                ToolTip.delay: 600
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
                    id: rowMenu
                    y: parent.height
                    MenuItem {
                        objectName: "pause-" + root.name
                        icon.source: "qrc:/icons/media-playback-pause-symbolic.svg"
                        icon.color: palette.buttonText
                        text: root.state === "paused" ? qsTr("Resume") : qsTr("Pause")
                        enabled: root.state === "running" || root.state === "paused"
                        onTriggered: root.actionRequested(root.state === "paused" ? "unpause" : "pause")
                    }
                    MenuItem {
                        objectName: "restart-" + root.name
                        icon.source: "qrc:/icons/view-refresh-symbolic.svg"
                        icon.color: palette.buttonText
                        text: qsTr("Restart")
                        onTriggered: root.actionRequested("restart")
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "remove-" + root.name
                        icon.source: "qrc:/icons/user-trash-symbolic.svg"
                        icon.color: palette.buttonText
                        text: qsTr("Remove…")
                        onTriggered: root.actionRequested("remove")
                    }
                }
            }
        }
    }
}
