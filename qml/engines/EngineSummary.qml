// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// What the engine is, or why Berth cannot reach it and what to do about it.
Pane {
    id: root
    padding: 24

    background: Rectangle {
        radius: 8
        color: root.palette.base
        border.color: root.palette.mid
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 16

        RowLayout {
            spacing: 12
            visible: EngineStatus.state === EngineStatus.Connecting
            BusyIndicator {
                running: parent.visible
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Label {
                text: qsTr("Connecting to the engine at %1…").arg(EngineStatus.endpoint)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            objectName: "connectedView"
            visible: EngineStatus.state === EngineStatus.Connected
            spacing: 12
            Layout.fillWidth: true

            Label {
                objectName: "engineHeading"
                text: qsTr("Connected to %1").arg(EngineStatus.engineName)
                font.pixelSize: 22
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            GridLayout {
                columns: 2
                columnSpacing: 24
                rowSpacing: 8
                Layout.fillWidth: true

                Label { text: qsTr("Engine"); opacity: 0.7 }
                Label { text: EngineStatus.engineName; Accessible.name: qsTr("Engine: %1").arg(text) }
                Label { text: qsTr("Version"); opacity: 0.7 }
                Label {
                    objectName: "engineVersion"
                    text: EngineStatus.engineVersion
                    Accessible.name: qsTr("Version: %1").arg(text)
                }
                Label { text: qsTr("API version"); opacity: 0.7 }
                Label {
                    objectName: "apiVersion"
                    text: qsTr("%1 (the engine speaks up to %2)").arg(EngineStatus.apiVersion).arg(EngineStatus.engineApiVersion)
                    Accessible.name: qsTr("API version: %1").arg(text)
                }
                Label { text: qsTr("Operating system"); opacity: 0.7 }
                Label { text: EngineStatus.operatingSystem; Accessible.name: qsTr("Operating system: %1").arg(text) }
                Label { text: qsTr("Containers"); opacity: 0.7 }
                Label {
                    objectName: "containerCount"
                    text: Models.containers.status === ResourceListModel.Ready
                          ? qsTr("%n container(s)", "", Models.containers.count) + " · "
                            + qsTr("%n running", "", Models.containers.runningCount)
                          : qsTr("loading…")
                    Accessible.name: qsTr("Containers: %1").arg(text)
                }
                Label { text: qsTr("Images"); opacity: 0.7 }
                Label {
                    objectName: "imageCount"
                    text: Models.images.status === ResourceListModel.Ready
                          ? qsTr("%n image(s)", "", Models.images.count) : qsTr("loading…")
                    Accessible.name: qsTr("Images: %1").arg(text)
                }
                Label { text: qsTr("Volumes"); opacity: 0.7 }
                Label {
                    objectName: "volumeCount"
                    text: Models.volumes.status === ResourceListModel.Ready
                          ? qsTr("%n volume(s)", "", Models.volumes.count) : qsTr("loading…")
                    Accessible.name: qsTr("Volumes: %1").arg(text)
                }
                Label { text: qsTr("Endpoint"); opacity: 0.7 }
                Label {
                    text: qsTr("%1 (%2)").arg(EngineStatus.endpoint).arg(EngineStatus.endpointSource)
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Endpoint: %1").arg(text)
                }
            }
        }

        ColumnLayout {
            objectName: "failedView"
            visible: EngineStatus.state === EngineStatus.Failed
            spacing: 12
            Layout.fillWidth: true

            Label {
                text: qsTr("Berth cannot reach the engine")
                font.pixelSize: 22
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "errorMessage"
                text: EngineStatus.errorMessage
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            TextArea {
                objectName: "errorHint"
                text: EngineStatus.errorHint
                readOnly: true
                selectByMouse: true
                wrapMode: Text.Wrap
                visible: text.length > 0
                Layout.fillWidth: true
                Accessible.name: qsTr("What to do: %1").arg(text)
            }
            RowLayout {
                spacing: 12
                Button {
                    objectName: "retryButton"
                    text: qsTr("Retry now")
                    onClicked: EngineStatus.retry()
                    Accessible.name: text
                }
                Label {
                    text: qsTr("Trying again in %n second(s)…", "", EngineStatus.retryInSeconds)
                    visible: EngineStatus.retryInSeconds > 0
                    opacity: 0.7
                }
            }
        }
    }
}
