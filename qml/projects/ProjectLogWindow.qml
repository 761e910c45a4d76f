// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A Compose project's merged logs, as docker compose logs -f shows them: each line after its
/// container's name in that container's colour, following while the containers run.
ApplicationWindow {
    id: window
    property ProjectLogModel logs

    /// docker compose's colours, in the order it hands them out (cyan, yellow, green, magenta, blue).
    function colour(source: int): color {
        const colours = ["#1f9fb4", "#b08a00", "#2e9d4f", "#b03fb0", "#3f6fd0"]
        return colours[source % colours.length]
    }

    objectName: "projectLogWindow"
    title: window.logs ? qsTr("Logs of project %1 — Berth").arg(window.logs.project) : ""
    width: 1000
    height: 700

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        RowLayout {
            Layout.fillWidth: true
            CommandBlock {
                objectName: "projectLogCommand"
                text: window.logs ? window.logs.command : ""
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
            Label {
                objectName: "projectLogState"
                text: !window.logs ? ""
                    : window.logs.errorString.length > 0 ? window.logs.errorString
                    : window.logs.following ? qsTr("Following") : qsTr("Ended: no container of the project runs")
                opacity: 0.7
            }
            CheckBox {
                id: autoScroll
                objectName: "projectLogAutoScroll"
                text: qsTr("Scroll with new lines")
                checked: true
            }
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 4
            ListView {
                id: lines
                objectName: "projectLogLines"
                anchors.fill: parent
                clip: true
                model: window.logs
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    id: bar
                }
                // Not while the user moves the view: a flick would be cancelled, a held scroll bar
                // would jump under the hand.
                onCountChanged: if (autoScroll.checked && !moving && !bar.pressed) positionViewAtEnd()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Log lines")
                delegate: Text {
                    required property string prefix
                    required property string line
                    required property int source
                    width: ListView.view.width
                    textFormat: Text.StyledText
                    font.family: "monospace"
                    color: palette.text
                    wrapMode: Text.WrapAnywhere
                    text: "<font color=\"" + window.colour(source) + "\">" + html(prefix) + "</font>" + html(line)
                    function html(s: string): string {
                        return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/ /g, "&nbsp;")
                    }
                }
            }
        }
    }
    // Its streams end with it.
    onClosing: {
        if (window.logs)
            window.logs.release()
        destroy()
    }
}
