// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The networks a container is attached to, each with Disconnect, and Connect to another one;
/// each button says the docker network command it equals.
ColumnLayout {
    id: root
    property string containerId
    property string containerName
    /// Bumped when a container's or a network's listing changes: what the lists follow.
    property int revision: 0
    readonly property var attached: revision >= 0 ? NetworkActions.networksOf(containerId) : []
    readonly property var others: revision >= 0 ? NetworkActions.otherNetworks(containerId) : []

    spacing: 4
    Connections {
        target: Models.containers
        // Not for the usage figures, which change every second: only when networks do.
        function onDataChanged(topLeft: var, bottomRight: var, roles: var) {
            if (roles.length === 0) {
                root.revision++
                return
            }
            for (let i = 0; i < roles.length; ++i) {
                if (roles[i] === ContainerModel.NetworksRole) {
                    root.revision++
                    return
                }
            }
        }
    }
    Connections {
        target: Models.networks
        function onCountChanged() { root.revision++ }
    }
    Repeater {
        model: root.attached
        delegate: RowLayout {
            id: attachedRow
            required property string modelData
            Label {
                objectName: "detailsNetwork-" + attachedRow.modelData
                text: attachedRow.modelData
                elide: Text.ElideMiddle
                property bool berthElidable: true // a name, path or command of any length
                Layout.maximumWidth: 130
            }
            Button {
                objectName: "detailsDisconnect-" + attachedRow.modelData
                text: qsTr("Disconnect")
                flat: true
                ToolTip.visible: hovered
                ToolTip.text: NetworkActions.disconnectCommand(attachedRow.modelData, root.containerName)
                onClicked: NetworkActions.disconnectContainer(attachedRow.modelData, root.containerName)
                Accessible.name: qsTr("Disconnect %1 from %2").arg(root.containerName).arg(attachedRow.modelData)
            }
        }
    }
    Label {
        visible: root.attached.length === 0
        text: qsTr("none")
    }
    RowLayout {
        visible: root.others.length > 0
        ComboBox {
            id: choice
            objectName: "detailsConnectChoice"
            Layout.maximumWidth: 130
            model: root.others
            Accessible.name: qsTr("Network to connect to")
        }
        Button {
            objectName: "detailsConnect"
            text: qsTr("Connect")
            enabled: choice.currentText.length > 0
            ToolTip.visible: hovered
            ToolTip.text: NetworkActions.connectCommand(choice.currentText, root.containerName, "")
            onClicked: NetworkActions.connectContainer(choice.currentText, root.containerName, "")
            Accessible.name: qsTr("Connect %1 to the chosen network").arg(root.containerName)
        }
    }
}
