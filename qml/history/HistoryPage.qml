// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Everything done in this session, as docker commands; failures with the engine's message.
Page {
    id: root
    objectName: "historyPage"
    title: qsTr("History")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            Label {
                text: qsTr("What you did, as docker commands you can type yourself")
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Clear")
                onClicked: Actions.history.clear()
                Accessible.name: qsTr("Clear the history")
            }
        }
    }
    ListView {
        id: list
        objectName: "historyList"
        anchors.fill: parent
        anchors.margins: 8
        clip: true
        model: Actions.history
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Command history")
        delegate: ItemDelegate {
            id: entry
            required property string command
            required property string state
            required property string message
            width: ListView.view.width
            Accessible.role: Accessible.ListItem
            Accessible.name: entry.command + (entry.state === "failed" ? ": " + entry.message : "")
            onClicked: Actions.copyToClipboard(entry.command)
            contentItem: ColumnLayout {
                Label {
                    text: (entry.state === "failed" ? "✗ " : entry.state === "done" ? "✓ " : "… ") + entry.command
                    font.family: "monospace"
                    color: entry.state === "failed" ? "#a4262c" : palette.text
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    property bool berthElidable: true // a name, path or command of any length
                }
                Label {
                    text: entry.message
                    visible: entry.message.length > 0
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("Nothing yet. Every action you take appears here as its docker command.")
    }
}
