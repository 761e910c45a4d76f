// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// Virtual machines and containers side by side, as stacks of layers from the hardware up.
RowLayout {
    id: root
    objectName: "learnVmPicture"
    spacing: 24
    readonly property color infra: "#8a9bb0"
    readonly property color kernel: "#e8833a"
    readonly property color libs: "#f2c14e"
    readonly property color app: "#5fb36b"

    component Block: Rectangle {
        property alias text: label.text
        radius: 4
        border.color: "#00000040"
        Layout.fillWidth: true
        Layout.preferredHeight: 26
        Label {
            id: label
            anchors.centerIn: parent
            width: parent.width - 6
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            color: "#1a1a1a"
            font.pixelSize: 12
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignBottom
        spacing: 3
        Label { text: qsTr("Virtual machines"); font.bold: true; Layout.alignment: Qt.AlignHCenter }
        RowLayout {
            spacing: 6
            Repeater {
                model: [qsTr("App A"), qsTr("App B")]
                delegate: ColumnLayout {
                    id: guest
                    required property string modelData
                    spacing: 3
                    Layout.fillWidth: true
                    Block { text: guest.modelData; color: root.app }
                    Block { text: qsTr("Libraries"); color: root.libs }
                    Block { text: qsTr("Guest OS and its kernel"); color: root.kernel; Layout.preferredHeight: 44 }
                }
            }
        }
        Block { text: qsTr("Hypervisor"); color: root.infra }
        Block { text: qsTr("Host operating system"); color: root.infra }
        Block { text: qsTr("Hardware"); color: root.infra }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignBottom
        spacing: 3
        Label { text: qsTr("Containers"); font.bold: true; Layout.alignment: Qt.AlignHCenter }
        RowLayout {
            spacing: 6
            Repeater {
                model: [qsTr("App A"), qsTr("App B"), qsTr("App C")]
                delegate: ColumnLayout {
                    id: boxed
                    required property string modelData
                    spacing: 3
                    Layout.fillWidth: true
                    Block { text: boxed.modelData; color: root.app }
                    Block { text: qsTr("Libraries"); color: root.libs }
                }
            }
        }
        Block { text: qsTr("Container engine (Docker, Podman)"); color: root.infra }
        Block { text: qsTr("Host operating system: one shared kernel"); color: root.kernel }
        Block { text: qsTr("Hardware"); color: root.infra }
    }
}
