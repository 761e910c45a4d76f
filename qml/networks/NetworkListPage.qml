// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Networks: which containers are attached to each, create, inspect, connect and disconnect a
/// container, remove (the engine refuses while in use), prune.
Page {
    id: root

    function focusSearch() {
        search.forceActiveFocus()
    }

    objectName: "networksPage"
    title: qsTr("Networks")

    TextFilterModel {
        id: filtered
        sourceModel: Models.networks
        filterText: search.text
        filterRoles: ["name", "users", "driver", "subnet"]
        sortRoleName: "name"
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                objectName: "networkSearch"
                placeholderText: qsTr("Search by name, container or subnet (Ctrl+F)")
                Layout.fillWidth: true
                Accessible.name: qsTr("Search networks")
            }
            Button {
                objectName: "createNetworkButton"
                icon.source: "qrc:/icons/list-add-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Create…")
                onClicked: createDialog.open()
                Accessible.name: qsTr("Create a network")
            }
            Button {
                objectName: "pruneNetworksButton"
                icon.source: "qrc:/icons/edit-clear-all-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Prune…")
                onClicked: {
                    pruneDialog.items = NetworkActions.prunableNetworks()
                    pruneDialog.command = NetworkActions.networkPruneCommand()
                    pruneDialog.open()
                }
                Accessible.name: qsTr("Remove unused networks")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        ExplanationPanel {
            title: qsTr("What is a network?")
            text: qsTr("Containers on the same network reach each other by name (and by the aliases given "
                       + "when they were connected). An internal network has no way out to other networks "
                       + "or the internet. bridge, host and none are the engine's own.")
            Layout.fillWidth: true
        }
        ColumnWidths {
            id: columns
            table: "networks"
            defaults: ({ driver: 80, scope: 70, subnet: 150, containers: 180 })
        }
        // Column headers, aligned with the rows: click to sort, again to reverse; drag an edge
        // to resize.
        Control {
            id: header
            objectName: "networkHeader"
            visible: list.count > 0
            Layout.fillWidth: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 4
            bottomPadding: 4
            contentItem: RowLayout {
                spacing: 10
                SortHeader {
                    objectName: "networkSortName"
                    title: qsTr("Name")
                    role: "name"
                    model: filtered
                    widths: columns
                    column: "driver"
                    resizeSign: -1
                    Layout.fillWidth: true
                    Layout.minimumWidth: 140
                    Layout.preferredWidth: 140
                }
                SortHeader {
                    objectName: "networkSortDriver"
                    title: qsTr("Driver")
                    role: "driver"
                    model: filtered
                    widths: columns
                    column: "driver"
                    Layout.preferredWidth: columns.of("driver")
                }
                SortHeader {
                    objectName: "networkSortScope"
                    title: qsTr("Scope")
                    role: "scope"
                    model: filtered
                    widths: columns
                    column: "scope"
                    Layout.preferredWidth: columns.of("scope")
                }
                SortHeader {
                    objectName: "networkSortSubnet"
                    title: qsTr("Subnet")
                    role: "subnet"
                    model: filtered
                    widths: columns
                    column: "subnet"
                    Layout.preferredWidth: columns.of("subnet")
                }
                SortHeader {
                    objectName: "networkSortContainers"
                    title: qsTr("Containers")
                    role: "users"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "containers"
                    Layout.preferredWidth: columns.of("containers")
                }
                Item { Layout.preferredWidth: list.actionsWidth }
            }
        }
        Rectangle {
            visible: header.visible
            Layout.fillWidth: true
            implicitHeight: 1
            color: palette.mid
        }
        ListView {
            id: list
            objectName: "networkList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            currentIndex: -1
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Networks")
            /// The widest row's buttons: every row's, and the header's last column.
            property real actionsWidth: 0
            // Enter inspects the chosen network, Delete asks to remove it.
            readonly property var current: currentItem
            Keys.onReturnPressed: if (current) current.inspect()
            Keys.onEnterPressed: if (current) current.inspect()
            // The Menu key or Shift+F10: the current row's "⋯" menu. The list is one stop of
            // the Tab key; its rows and their buttons are reached by the arrows and that menu.
            activeFocusOnTab: true
            Keys.onPressed: (event) => {
                if (current && (event.key === Qt.Key_Menu
                                || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)))) {
                    current.openMenu()
                    event.accepted = true
                }
            }
            Keys.onDeletePressed: if (current && !current.predefined) current.askRemove()
            delegate: ItemDelegate {
                id: row
                focusPolicy: Qt.ClickFocus
                function openMenu() {
                    networkMenu.open()
                }
                required property int index
                required property string name
                required property string shortId
                required property string driver
                required property string scope
                required property string subnet
                required property string gateway
                required property bool internal
                required property bool predefined
                required property var users
                function inspect() {
                    inspectDialog.network = row.name
                    inspectDialog.json = ""
                    Actions.inspect("network", row.name)
                    inspectDialog.open()
                }
                function askRemove() {
                    if (!Preferences.confirmRemovals) {
                        NetworkActions.removeNetwork(row.name)
                        return
                    }
                    removeDialog.network = row.name
                    removeDialog.items = [row.name + "  ·  " + (row.users.length > 0
                                                                ? qsTr("containers: %1").arg(row.users.join(", "))
                                                                : qsTr("no container attached"))]
                    removeDialog.open()
                }
                width: ListView.view.width
                leftPadding: 8
                rightPadding: 8
                highlighted: ListView.isCurrentItem
                objectName: "networkRow-" + name
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Network %1").arg(name)
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                }
                contentItem: RowLayout {
                    spacing: 10
                    Label {
                        text: row.name + (row.internal ? "  ·  " + qsTr("internal") : "")
                        font.bold: true
                        elide: Text.ElideMiddle
                        property bool berthElidable: true // a name, path or list of any length
                        Layout.fillWidth: true
                        Layout.minimumWidth: 140
                        Layout.preferredWidth: 140
                        ToolTip.visible: nameHover.hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("ID %1").arg(row.shortId)
                        HoverHandler { id: nameHover }
                    }
                    Label {
                        text: row.driver
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("driver")
                    }
                    Label {
                        text: row.scope
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("scope")
                    }
                    Label {
                        objectName: "networkDetails-" + row.name
                        text: row.subnet.length > 0 ? row.subnet : "—"
                        opacity: row.subnet.length > 0 ? 1 : 0.6
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or list of any length
                        Layout.preferredWidth: columns.of("subnet")
                        ToolTip.visible: subnetHover.hovered && row.gateway.length > 0
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("gateway %1").arg(row.gateway)
                        HoverHandler { id: subnetHover }
                    }
                    Label {
                        objectName: "networkUsers-" + row.name
                        text: row.users.length > 0 ? row.users.join(", ") : qsTr("none")
                        opacity: row.users.length > 0 ? 1 : 0.6
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or list of any length
                        Layout.preferredWidth: columns.of("containers")
                    }
                    RowLayout {
                        spacing: 6
                        // As wide in every row (a layout fills by default), so that the columns line up.
                        Layout.fillWidth: false
                        Layout.preferredWidth: Math.max(implicitWidth, list.actionsWidth)
                        onImplicitWidthChanged: list.actionsWidth = Math.max(list.actionsWidth, implicitWidth)
                        Component.onCompleted: list.actionsWidth = Math.max(list.actionsWidth, implicitWidth)
                        Item { Layout.fillWidth: true }
                        Button {
                            focusPolicy: Qt.ClickFocus
                            objectName: "inspectNetwork-" + row.name
                            text: qsTr("Inspect")
                            onClicked: row.inspect()
                            Accessible.name: qsTr("Inspect %1").arg(row.name)
                        }
                        // The rest in a menu, as on the containers' rows.
                        Button {
                            focusPolicy: Qt.ClickFocus
                            objectName: "moreNetwork-" + row.name
                            text: "⋯"
                            font.bold: true
                            Layout.preferredWidth: implicitHeight + 12
                            onClicked: networkMenu.open()
                            Accessible.name: qsTr("More actions for %1").arg(row.name)
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("More actions")
                            Menu {
                                id: networkMenu
                                y: parent.height
                                MenuItem {
                                    objectName: "connectNetwork-" + row.name
                                    text: qsTr("Connect…")
                                    enabled: row.driver !== "host" && row.driver !== "null"
                                    onTriggered: connectDialog.openFor(row.name)
                                }
                                MenuItem {
                                    objectName: "disconnectNetwork-" + row.name
                                    text: qsTr("Disconnect…")
                                    enabled: row.users.length > 0 && row.driver !== "host" && row.driver !== "null"
                                    onTriggered: disconnectDialog.openFor(row.name, row.users)
                                }
                                MenuSeparator {}
                                MenuItem {
                                    objectName: "removeNetwork-" + row.name
                                    icon.source: "qrc:/icons/user-trash-symbolic.svg"
                                    icon.color: palette.buttonText
                                    text: qsTr("Remove…")
                                    enabled: !row.predefined
                                    onTriggered: row.askRemove()
                                }
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "networksEmpty"
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: Models.networks.status === ResourceListModel.Loading ? qsTr("Loading networks…")
                : Models.networks.status !== ResourceListModel.Ready ? Models.networks.errorString
                : Models.networks.count === 0 ? qsTr("No networks yet.") : qsTr("No network matches the search.")
        }
    }

    Dialog {
        id: createDialog
        objectName: "createNetworkDialog"
        title: qsTr("Create a network")
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, root.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: NetworkActions.createNetwork(networkName.text, networkDriver.text, networkSubnet.text,
                                                 networkGateway.text, networkInternal.checked, networkLabels.text)
        onOpened: {
            networkName.clear()
            networkSubnet.clear()
            networkGateway.clear()
            networkLabels.clear()
            networkInternal.checked = false
            networkName.forceActiveFocus()
        }
        Component.onCompleted: {
            const ok = standardButton(Dialog.Ok)
            ok.objectName = "createNetworkAccept"
            // Bound: the language can change while the dialog exists.
            ok.text = Qt.binding(() => qsTr("Create"))
            const cancel = standardButton(Dialog.Cancel)
            cancel.text = Qt.binding(() => qsTr("Cancel"))
            ok.enabled = Qt.binding(() => networkName.text.trim().length > 0)
        }
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Name") }
            TextField { id: networkName; objectName: "networkName"; Layout.fillWidth: true; Accessible.name: qsTr("Network name") }
            Label { text: qsTr("Driver") }
            TextField { id: networkDriver; objectName: "networkDriver"; text: "bridge"; Layout.fillWidth: true; Accessible.name: qsTr("Driver") }
            Label { text: qsTr("Subnet (CIDR, empty: the engine picks one)") }
            TextField {
                id: networkSubnet
                objectName: "networkSubnet"
                placeholderText: "10.10.0.0/24"
                Layout.fillWidth: true
                Accessible.name: qsTr("Subnet")
            }
            Label { text: qsTr("Gateway (needs a subnet)") }
            TextField {
                id: networkGateway
                objectName: "networkGateway"
                placeholderText: "10.10.0.1"
                Layout.fillWidth: true
                Accessible.name: qsTr("Gateway")
            }
            CheckBox {
                id: networkInternal
                objectName: "networkInternal"
                text: qsTr("Internal: no way out to other networks or the internet")
                Accessible.name: text
            }
            Label { text: qsTr("Labels, one key=value per line") }
            TextArea { id: networkLabels; objectName: "networkLabels"; Layout.fillWidth: true; Accessible.name: qsTr("Labels") }
            CommandBlock {
                objectName: "createNetworkCommand"
                text: NetworkActions.createCommand(networkName.text, networkDriver.text, networkSubnet.text,
                                                   networkGateway.text, networkInternal.checked, networkLabels.text)
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
        }
    }
    Dialog {
        id: connectDialog
        property string network
        function openFor(name: string) {
            network = name
            containerChoice.model = NetworkActions.connectableContainers(name)
            aliases.clear()
            open()
        }
        objectName: "connectNetworkDialog"
        title: qsTr("Connect a container to %1").arg(network)
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, root.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: NetworkActions.connectContainer(network, containerChoice.currentText, aliases.text)
        Component.onCompleted: {
            const ok = standardButton(Dialog.Ok)
            ok.objectName = "connectNetworkAccept"
            // Bound: the language can change while the dialog exists.
            ok.text = Qt.binding(() => qsTr("Connect"))
            const cancel = standardButton(Dialog.Cancel)
            cancel.text = Qt.binding(() => qsTr("Cancel"))
            ok.enabled = Qt.binding(() => containerChoice.currentText.length > 0)
        }
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Container") }
            ComboBox {
                id: containerChoice
                objectName: "connectContainerChoice"
                Layout.fillWidth: true
                Accessible.name: qsTr("Container")
            }
            Label { text: qsTr("Aliases: other names it is known by on this network (optional)") }
            TextField {
                id: aliases
                objectName: "connectAliases"
                placeholderText: "db cache"
                Layout.fillWidth: true
                Accessible.name: qsTr("Aliases")
            }
            CommandBlock {
                objectName: "connectNetworkCommand"
                visible: containerChoice.currentText.length > 0
                text: visible ? NetworkActions.connectCommand(connectDialog.network, containerChoice.currentText, aliases.text) : ""
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
            Label {
                visible: containerChoice.currentText.length === 0
                text: qsTr("Every container is attached already.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    Dialog {
        id: disconnectDialog
        property string network
        function openFor(name: string, users: var) {
            network = name
            disconnectChoice.model = users
            open()
        }
        objectName: "disconnectNetworkDialog"
        title: qsTr("Disconnect a container from %1").arg(network)
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, root.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: NetworkActions.disconnectContainer(network, disconnectChoice.currentText)
        Component.onCompleted: {
            const ok = standardButton(Dialog.Ok)
            ok.objectName = "disconnectNetworkAccept"
            // Bound: the language can change while the dialog exists.
            ok.text = Qt.binding(() => qsTr("Disconnect"))
            const cancel = standardButton(Dialog.Cancel)
            cancel.text = Qt.binding(() => qsTr("Cancel"))
        }
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Container") }
            ComboBox {
                id: disconnectChoice
                objectName: "disconnectContainerChoice"
                Layout.fillWidth: true
                Accessible.name: qsTr("Container")
            }
            CommandBlock {
                objectName: "disconnectNetworkCommand"
                text: NetworkActions.disconnectCommand(disconnectDialog.network, disconnectChoice.currentText)
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
        }
    }
    Dialog {
        id: inspectDialog
        property string network
        property string json
        objectName: "inspectNetworkDialog"
        title: qsTr("Network %1").arg(network)
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(700, root.width - 40)
        height: Math.min(500, root.height - 40)
        standardButtons: Dialog.Close
        Component.onCompleted: standardButton(Dialog.Close).text = Qt.binding(() => qsTr("Close"))
        Connections {
            target: Actions
            function onInspected(kind: string, key: string, json: string) {
                if (kind === "network" && key === inspectDialog.network)
                    inspectDialog.json = json
            }
        }
        InspectView {
            anchors.fill: parent
            json: inspectDialog.json
        }
    }
    ConfirmDialog {
        id: pruneDialog
        objectName: "pruneNetworksDialog"
        title: qsTr("Remove unused networks")
        message: qsTr("These unused networks will be removed:")
        warning: qsTr("On Docker a stopped container does not keep a network: it loses it, and starts again only once connected to another.")
        onAccepted: NetworkActions.pruneNetworks()
    }
    ConfirmDialog {
        id: removeDialog
        property string network
        objectName: "removeNetworkDialog"
        title: qsTr("Remove a network")
        message: qsTr("This network will be removed:")
        warning: qsTr("The engine refuses while a container uses it: disconnect them first.")
        command: "docker network rm " + network
        onAccepted: NetworkActions.removeNetwork(network)
    }
}
