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
        spacing: 6
        delegate: ColumnLayout {
            id: entry
            required property int index
            required property string command
            required property string state
            required property string message
            width: ListView.view.width
            spacing: 2
            Accessible.role: Accessible.ListItem
            Accessible.name: entry.command + (entry.state === "failed" ? ": " + entry.message : "")
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "historyState-" + entry.index
                    text: entry.state === "failed" ? "✗" : entry.state === "done" ? "✓" : "…"
                    color: entry.state === "failed" ? "#a4262c" : entry.state === "done" ? "#2e9d4f" : palette.text
                    font.bold: true
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 6
                    Accessible.name: entry.state === "failed" ? qsTr("Failed") : entry.state === "done" ? qsTr("Done") : qsTr("Under way")
                }
                // The command whole, wrapped, coloured, with its Copy button.
                CommandBlock {
                    objectName: "historyCommand-" + entry.index
                    text: entry.command
                    Layout.fillWidth: true
                    Accessible.name: entry.command
                }
            }
            Label {
                text: entry.message
                visible: entry.message.length > 0
                color: entry.state === "failed" ? "#a4262c" : palette.text
                wrapMode: Text.Wrap
                opacity: 0.9
                Layout.fillWidth: true
                Layout.leftMargin: 24
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("Nothing yet. Every action you take appears here as its docker command.")
    }
}
