// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// A transient banner for a failed action: what was tried, and the engine's message.
Rectangle {
    id: root
    property string command
    property string message
    signal detailsRequested()

    function show(command: string, message: string) {
        root.command = command
        root.message = message
        root.visible = true
        hideTimer.restart()
    }

    objectName: "errorBanner"
    visible: false
    color: "#fbe3e1"
    border.color: "#c4372f"
    radius: 6
    implicitHeight: content.implicitHeight + 16
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Failed: %1. %2").arg(root.command).arg(root.message)

    Timer {
        id: hideTimer
        interval: 12000
        onTriggered: root.visible = false
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 8
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Failed: %1").arg(root.command)
                font.bold: true
                color: "#5c1410"
                elide: Text.ElideRight
                property bool berthElidable: true // a name, path or command of any length
                Layout.fillWidth: true
            }
            Label {
                objectName: "errorBannerMessage"
                text: root.message
                color: "#5c1410"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Details")
            onClicked: root.detailsRequested()
            Accessible.name: qsTr("Show the error log")
        }
        Button {
            objectName: "errorBannerClose"
            text: qsTr("Close")
            onClicked: root.visible = false
            Accessible.name: qsTr("Close the error message")
        }
    }
}
