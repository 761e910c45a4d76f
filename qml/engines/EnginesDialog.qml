// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The engines the window can switch between: the one found at start and the sockets added
/// here (a rootless Docker, Podman, a second dockerd). Added ones are remembered.
Dialog {
    id: root
    objectName: "enginesDialog"
    title: qsTr("Engines")
    modal: true
    Overlay.modal: ModalDim {}
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, parent ? parent.width - 40 : 640)
    standardButtons: Dialog.Close
    // In the user's language (Qt's own word is English), also after a switch.
    Component.onCompleted: standardButton(Dialog.Close).text = Qt.binding(() => qsTr("Close"))

    property string error
    property var suggestions: []
    onAboutToShow: {
        error = ""
        suggestions = Engines.suggestions()
        socket.text = ""
    }
    function addEngine(text: string) {
        error = Engines.add(text)
        if (error.length === 0 && !Engines.testing) {
            socket.text = ""
            suggestions = Engines.suggestions()
        }
    }
    Connections {
        target: Engines
        // Another machine is tried before it goes on the list.
        function onAddFinished(message: string) {
            root.error = message
            if (message.length === 0)
                socket.text = ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            text: qsTr("Berth shows one engine at a time. Add another engine — a socket on this computer, "
                       + "ssh://user@host for another machine (your ssh keys are used; Berth never asks for a "
                       + "password), or tcp://host:2376 with TLS — to switch to it from the sidebar, or to move a "
                       + "container into it. Another machine is tried first, then saved as a docker context, so "
                       + "the docker command sees it too. Jobs under way go on after a switch.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: Engines.list
            delegate: RowLayout {
                id: row
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: 8
                Label {
                    text: row.modelData.current ? "●" : "○"
                    color: row.modelData.current ? "#2e9d4f" : palette.windowText
                    Accessible.ignored: true
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        objectName: "engineEntry-" + row.index
                        text: row.modelData.label
                        font.bold: row.modelData.current
                        elide: Text.ElideMiddle
                        property bool berthElidable: true // a name, path or command of any length
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.modelData.added ? qsTr("added by you")
                              : row.modelData.context.length > 0 ? qsTr("docker context %1").arg(row.modelData.context)
                              : qsTr("found at start (%1)").arg(row.modelData.source)
                        opacity: 0.7
                        font.pixelSize: 11
                    }
                }
                Button {
                    objectName: "useEngine-" + row.index
                    text: qsTr("Show")
                    visible: !row.modelData.current
                    onClicked: Engines.switchTo(row.modelData.url)
                    Accessible.name: qsTr("Show the engine at %1").arg(row.modelData.url)
                }
                Button {
                    objectName: "removeEngine-" + row.index
                    text: qsTr("Remove from the list")
                    visible: row.modelData.added && !row.modelData.current
                    onClicked: Engines.remove(row.modelData.url)
                    Accessible.name: qsTr("Remove %1 from the list").arg(row.modelData.url)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: socket
                objectName: "addEngineField"
                placeholderText: "unix:///run/podman/podman.sock, ssh://user@host, tcp://host:2376"
                Layout.fillWidth: true
                onAccepted: root.addEngine(text)
                Accessible.name: qsTr("Address of the engine to add")
            }
            Button {
                objectName: "addEngineButton"
                text: qsTr("Add")
                enabled: socket.text.trim().length > 0 && !Engines.testing
                onClicked: root.addEngine(socket.text)
            }
        }
        Label {
            objectName: "addEngineTesting"
            visible: Engines.testing
            text: qsTr("Trying the connection…")
            Layout.fillWidth: true
        }
        Label {
            objectName: "addEngineError"
            visible: root.error.length > 0
            text: root.error
            color: "#a4262c"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.suggestions.length > 0
            text: qsTr("Found on this computer:")
            Layout.fillWidth: true
        }
        Repeater {
            model: root.suggestions
            delegate: RowLayout {
                id: suggestion
                required property string modelData
                Layout.fillWidth: true
                Label {
                    text: suggestion.modelData
                    elide: Text.ElideMiddle
                    property bool berthElidable: true // a name, path or command of any length
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Add")
                    onClicked: root.addEngine(suggestion.modelData)
                    Accessible.name: qsTr("Add %1").arg(suggestion.modelData)
                }
            }
        }
        Label {
            text: qsTr("The same with docker, for learning:")
            font.bold: true
        }
        CommandBlock {
            objectName: "enginesManualCommands"
            text: "docker context create other --docker host="
                  + (typed.length === 0 ? "unix:///run/podman/podman.sock" : typed.startsWith("/") ? "unix://" + typed : typed)
                  + "\ndocker context use other\ndocker context ls"
            Layout.fillWidth: true
            readonly property string typed: socket.text.trim()
            Accessible.name: qsTr("Manual commands: %1").arg(text)
        }
    }
}
