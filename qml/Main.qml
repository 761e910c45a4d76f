// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth.Backend

ApplicationWindow {
    id: window
    width: 880
    height: 560
    minimumWidth: 560
    minimumHeight: 400
    visible: true
    title: qsTr("Berth")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            Label {
                text: qsTr("Berth")
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                text: qsTr("a desktop manager for Docker")
                opacity: 0.7
                Layout.fillWidth: true
            }
        }
    }

    EngineSummary {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
    }

    footer: ToolBar {
        objectName: "statusBar"
        Accessible.name: statusText.text
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: EngineStatus.state === EngineStatus.Connected ? "#2e9d4f"
                     : EngineStatus.state === EngineStatus.Failed ? "#c4372f" : "#c9a227"
            }
            Label {
                id: statusText
                objectName: "statusText"
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: EngineStatus.state === EngineStatus.Connected
                      ? qsTr("Connected to %1 %2 at %3").arg(EngineStatus.engineName).arg(EngineStatus.engineVersion).arg(EngineStatus.endpoint)
                      : EngineStatus.state === EngineStatus.Failed
                        ? qsTr("Not connected: %1").arg(EngineStatus.errorMessage)
                        : qsTr("Connecting to %1…").arg(EngineStatus.endpoint)
            }
        }
    }
}
