// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Terminals in a container: a shell (docker exec -it), or its own TTY (docker attach) when it
/// was started with -it. Several at once, one tab each.
ColumnLayout {
    id: root
    property string containerId
    property string containerName
    property bool running
    /// It was started with -it: its own terminal can be attached to.
    property bool interactive
    /// The sessions open on this container, with their tab titles.
    property var sessions: []
    property int current: -1
    spacing: 6

    function open(attach: bool) {
        // The pane owns it (its C++ parent); closed ones go at once.
        const session = ContainerActions.openTerminal(containerId, containerName, command.text, attach, root)
        sessions = sessions.concat([session])
        current = sessions.length - 1
    }
    function closeCurrent() {
        if (current < 0)
            return
        const session = sessions[current]
        session.close()
        const rest = sessions.slice()
        rest.splice(current, 1)
        sessions = rest
        current = Math.min(current, sessions.length - 1)
        Models.release(session)
    }
    onContainerIdChanged: {
        const old = sessions
        sessions = []
        for (const s of old) {
            s.close()
            Models.release(s)
        }
        current = -1
    }

    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: command
            objectName: "terminalCommand"
            placeholderText: qsTr("Command (empty: its shell, bash or sh)")
            Layout.fillWidth: true
            onAccepted: if (root.running) root.open(false)
            Accessible.name: qsTr("Command to run in the container")
        }
        Button {
            objectName: "openTerminal"
            text: qsTr("Open terminal")
            enabled: root.running
            onClicked: root.open(false)
            Accessible.name: qsTr("Open a terminal in %1").arg(root.containerName)
        }
        Button {
            objectName: "attachTerminal"
            text: qsTr("Attach")
            visible: root.interactive
            enabled: root.running
            onClicked: root.open(true)
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Its own terminal (it was started with -it); closing the tab detaches and leaves it running")
            Accessible.name: qsTr("Attach to %1").arg(root.containerName)
        }
    }
    Label {
        visible: !root.running && root.sessions.length === 0
        text: qsTr("%1 is not running: start it to open a terminal in it.").arg(root.containerName)
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    TabBar {
        id: bar
        visible: root.sessions.length > 0
        Layout.fillWidth: true
        currentIndex: root.current
        onCurrentIndexChanged: root.current = currentIndex
        Repeater {
            model: root.sessions
            delegate: TabButton {
                id: tab
                required property var modelData
                required property int index
                objectName: "terminalTab-" + index
                text: (modelData.title.length > 0 ? modelData.title : modelData.command.replace("docker ", ""))
                      + (modelData.state === TerminalSession.Ended ? " · " + qsTr("ended") : "")
                width: Math.min(implicitWidth, 280)
                // The title comes from the container: plain text, never markup.
                contentItem: Label {
                    text: tab.text
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    property bool berthElidable: true // a name, path or command of any length
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font: tab.font
                    color: tab.palette.buttonText
                }
            }
        }
    }
    StackLayout {
        currentIndex: root.current
        Layout.fillWidth: true
        Layout.fillHeight: true
        Repeater {
            model: root.sessions
            delegate: ColumnLayout {
                id: page
                required property var modelData
                required property int index
                spacing: 4
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: screen.background
                    border.color: screen.activeFocus ? palette.highlight : palette.mid
                    TerminalItem {
                        id: screen
                        objectName: "terminalScreen-" + page.index
                        anchors.fill: parent
                        anchors.margins: 4
                        session: page.modelData
                        foreground: palette.text
                        background: palette.base
                        focus: true
                        Component.onCompleted: if (page.index === root.current) forceActiveFocus()
                        Accessible.role: Accessible.Terminal
                        Accessible.name: qsTr("Terminal: %1").arg(page.modelData.command)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "terminalStatus-" + page.index
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or command of any length
                        color: page.modelData.state === TerminalSession.Failed ? "#a4262c" : palette.windowText
                        text: page.modelData.state === TerminalSession.Failed ? page.modelData.errorString
                            : page.modelData.state === TerminalSession.Ended
                              ? (page.modelData.exitCode >= 0 ? qsTr("Ended with exit code %1.").arg(page.modelData.exitCode)
                                                              : qsTr("Detached; the container runs on."))
                            : page.modelData.state === TerminalSession.Running
                              ? qsTr("The same in a terminal: %1").arg(page.modelData.command)
                              : qsTr("Starting…")
                    }
                    ToolButton {
                        text: qsTr("Copy")
                        enabled: screen.hasSelection
                        onClicked: screen.copy()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Copy the selection (Ctrl+Shift+C)")
                    }
                    ToolButton {
                        text: qsTr("Paste")
                        onClicked: screen.paste()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Paste (Ctrl+Shift+V)")
                    }
                    ToolButton {
                        objectName: "closeTerminal-" + page.index
                        text: qsTr("Close")
                        onClicked: root.closeCurrent()
                        Accessible.name: qsTr("Close this terminal")
                    }
                }
            }
        }
    }
}
