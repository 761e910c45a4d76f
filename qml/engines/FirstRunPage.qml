// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": it calls the window's functions.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// No engine answers (and none has since Berth started): why, and what to do on this system,
/// with the exact commands. Berth keeps trying by itself; the page goes when an engine answers.
Pane {
    id: root
    objectName: "firstRunPage"
    signal dismissed()
    readonly property bool linux: Qt.platform.os === "linux"
    padding: 24
    background: Rectangle { color: palette.window }

    component Step: ColumnLayout {
        property string title
        property string commands
        property string note
        spacing: 4
        Layout.fillWidth: true
        Label { text: parent.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
        CommandBlock {
            visible: text.length > 0
            text: parent.commands
            Layout.fillWidth: true
            Accessible.name: qsTr("Commands: %1").arg(text)
        }
        Label { visible: text.length > 0; text: parent.note; opacity: 0.75; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth, 820)
            spacing: 14
            Label {
                objectName: "firstRunTitle"
                text: qsTr("Berth needs a container engine")
                font.pixelSize: 26
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Berth shows and manages what a Docker Engine (or Podman) runs, but none answers at %1.")
                          .arg(EngineStatus.endpoint)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "firstRunReason"
                text: EngineStatus.errorMessage + (EngineStatus.errorHint.length > 0 ? "\n" + EngineStatus.errorHint : "")
                wrapMode: Text.Wrap
                color: "#a4262c"
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("What to do on this computer:")
                font.pixelSize: 16
                font.bold: true
            }
            ColumnLayout {
                objectName: "firstRunLinux"
                visible: root.linux
                spacing: 12
                Layout.fillWidth: true
                Step {
                    title: qsTr("Docker is not installed (Debian, Ubuntu):")
                    commands: "sudo apt-get update\nsudo apt-get install docker.io"
                }
                Step {
                    title: qsTr("It is installed but not running:")
                    commands: "sudo systemctl start docker\nsudo systemctl enable docker"
                    note: qsTr("The second line starts it at every boot.")
                }
                Step {
                    title: qsTr("It runs, but your user may not use it (permission denied):")
                    commands: "sudo usermod -aG docker $USER"
                    note: qsTr("Then log out and back in: a new group takes effect only in a new login. Members of the docker group can control the whole computer through it.")
                }
                Step {
                    title: qsTr("Or Podman, which runs without a daemon as your own user:")
                    commands: "sudo apt-get install podman\nsystemctl --user enable --now podman.socket"
                }
            }
            Step {
                objectName: "firstRunDesktop"
                visible: !root.linux
                title: qsTr("Install Docker Desktop (docker.com) or Podman Desktop (podman-desktop.io) and start it; Berth finds its socket by itself.")
            }
            RowLayout {
                spacing: 12
                Button {
                    objectName: "firstRunRetry"
                    text: qsTr("Try again now")
                    highlighted: true
                    onClicked: EngineStatus.retry()
                }
                Label {
                    text: qsTr("Berth tries again by itself in %n second(s).", "", EngineStatus.retryInSeconds)
                    visible: EngineStatus.retryInSeconds > 0
                    opacity: 0.75
                }
            }
            RowLayout {
                spacing: 12
                Button {
                    objectName: "firstRunEngines"
                    text: qsTr("Use another engine…")
                    onClicked: Navigation.openEngines()
                }
                Button {
                    objectName: "firstRunLearn"
                    text: qsTr("Learn about Docker meanwhile")
                    onClicked: {
                        root.dismissed()
                        Navigation.showLearn("docker")
                    }
                }
            }
        }
    }
}
