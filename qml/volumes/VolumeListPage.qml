// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Volumes: which containers use each, create, remove (refused while in use), prune.
Page {
    id: root
    /// A backup or restore began: the window shows the jobs.
    signal backupStarted()

    function focusSearch() {
        search.forceActiveFocus()
    }

    objectName: "volumesPage"
    title: qsTr("Volumes")

    TextFilterModel {
        id: filtered
        sourceModel: Models.volumes
        filterText: search.text
        filterRoles: ["name", "users", "driver"]
        sortRoleName: "name"
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                objectName: "volumeSearch"
                placeholderText: qsTr("Search by name or container (Ctrl+F)")
                Layout.fillWidth: true
                Accessible.name: qsTr("Search volumes")
            }
            Button {
                objectName: "createVolumeButton"
                icon.source: "qrc:/icons/list-add-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Create…")
                onClicked: createDialog.open()
                Accessible.name: qsTr("Create a volume")
            }
            Button {
                objectName: "restoreVolumeButton"
                icon.source: "qrc:/icons/document-open-recent-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Restore…")
                onClicked: restoreDialog.openFor("")
                Accessible.name: qsTr("Restore a volume from a backup file")
            }
            Button {
                objectName: "pruneVolumesButton"
                icon.source: "qrc:/icons/edit-clear-all-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Prune…")
                onClicked: {
                    pruneDialog.items = VolumeActions.prunableVolumes()
                    pruneDialog.command = VolumeActions.volumePruneCommand()
                    pruneDialog.freed = VolumeActions.volumePruneFreed()
                    pruneDialog.open()
                }
                Accessible.name: qsTr("Remove unused volumes")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        ExplanationPanel {
            learnSection: "volume"
            title: qsTr("What is a volume?")
            text: qsTr("A volume is storage the engine keeps for containers: its data stays when a container is "
                       + "removed, and several containers can share it. A bind mount is different: it shows a "
                       + "folder of this computer inside the container.")
            Layout.fillWidth: true
        }
        ColumnWidths {
            id: columns
            table: "volumes"
            defaults: ({ driver: 80, size: 90, used: 180, created: 130 })
        }
        // Column headers, aligned with the rows: click to sort, again to reverse; drag an edge
        // to resize.
        Control {
            id: header
            objectName: "volumeHeader"
            visible: list.count > 0
            Layout.fillWidth: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 4
            bottomPadding: 4
            contentItem: RowLayout {
                spacing: 10
                SortHeader {
                    objectName: "volumeSortName"
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
                    objectName: "volumeSortDriver"
                    title: qsTr("Driver")
                    role: "driver"
                    model: filtered
                    widths: columns
                    column: "driver"
                    Layout.preferredWidth: columns.of("driver")
                }
                SortHeader {
                    objectName: "volumeSortSize"
                    title: qsTr("Size")
                    role: "size"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "size"
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: columns.of("size")
                }
                SortHeader {
                    objectName: "volumeSortUsed"
                    title: qsTr("Used by")
                    role: "users"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "used"
                    Layout.preferredWidth: columns.of("used")
                }
                SortHeader {
                    objectName: "volumeSortCreated"
                    title: qsTr("Created")
                    role: "created"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "created"
                    Layout.preferredWidth: columns.of("created")
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
            objectName: "volumeList"
            // Empty, it gives its room to the message below, which then sits in the middle.
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            currentIndex: -1
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Volumes")
            /// The widest row's buttons: every row's, and the header's last column.
            property real actionsWidth: 0
            // Enter shows the chosen volume's files, Delete asks to remove it.
            readonly property var current: currentItem
            Keys.onReturnPressed: if (current) filesDialog.openFor(current.name)
            Keys.onEnterPressed: if (current) filesDialog.openFor(current.name)
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
            Keys.onDeletePressed: if (current) current.askRemove()
            delegate: ItemDelegate {
                id: row
                focusPolicy: Qt.ClickFocus
                function openMenu() {
                    volumeMenu.open()
                }
                required property int index
                required property string name
                required property string driver
                required property date created
                required property var users
                required property double size
                function askRemove() {
                    if (!Preferences.confirmRemovals) {
                        VolumeActions.removeVolume(row.name)
                        return
                    }
                    removeDialog.volume = row.name
                    removeDialog.items = [row.name + (row.size >= 0 ? "  ·  " + Format.size(row.size, Format.language) : "")
                                          + "  ·  " + (row.users.length > 0
                                                       ? qsTr("used by %1").arg(row.users.join(", "))
                                                       : qsTr("not used"))]
                    removeDialog.open()
                }
                width: ListView.view.width
                leftPadding: 8
                rightPadding: 8
                highlighted: ListView.isCurrentItem
                objectName: "volumeRow-" + name
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Volume %1").arg(name)
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                }
                contentItem: RowLayout {
                    spacing: 10
                    Label {
                        text: row.name
                        font.bold: true
                        elide: Text.ElideMiddle
                        property bool berthElidable: true // a name, path or list of any length
                        Layout.fillWidth: true
                        Layout.minimumWidth: 140
                        Layout.preferredWidth: 140
                    }
                    Label {
                        text: row.driver
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("driver")
                    }
                    Label {
                        // The engine tells a volume's size only when asked for the disk use.
                        text: row.size >= 0 ? Format.size(row.size, Format.language) : "—"
                        opacity: row.size >= 0 ? 1 : 0.6
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideLeft
                        Layout.preferredWidth: columns.of("size")
                    }
                    Label {
                        objectName: "volumeUsers-" + row.name
                        text: row.users.length > 0 ? row.users.join(", ") : qsTr("not used")
                        opacity: row.users.length > 0 ? 1 : 0.6
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or list of any length
                        Layout.preferredWidth: columns.of("used")
                    }
                    Label {
                        text: Format.age(row.created, Format.language)
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("created")
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
                            objectName: "filesVolume-" + row.name
                            text: qsTr("Files")
                            onClicked: filesDialog.openFor(row.name)
                            Accessible.name: qsTr("Browse the files of %1").arg(row.name)
                        }
                        // The rest in a menu, as on the containers' rows.
                        Button {
                            focusPolicy: Qt.ClickFocus
                            objectName: "moreVolume-" + row.name
                            text: "⋯"
                            font.bold: true
                            Layout.preferredWidth: implicitHeight + 12
                            onClicked: volumeMenu.open()
                            Accessible.name: qsTr("More actions for %1").arg(row.name)
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("More actions")
                            Menu {
                                id: volumeMenu
                                y: parent.height
                                MenuItem {
                                    objectName: "inspectVolume-" + row.name
                                    text: qsTr("Inspect")
                                    onTriggered: {
                                        inspectDialog.volume = row.name
                                        inspectDialog.json = ""
                                        Actions.inspect("volume", row.name)
                                        inspectDialog.open()
                                    }
                                }
                                MenuItem {
                                    objectName: "backupVolume-" + row.name
                                    icon.source: "qrc:/icons/document-save-symbolic.svg"
                                    icon.color: palette.buttonText
                                    text: qsTr("Back up…")
                                    onTriggered: backupDialog.openFor([row.name], "")
                                }
                                MenuItem {
                                    objectName: "restoreVolume-" + row.name
                                    icon.source: "qrc:/icons/document-open-recent-symbolic.svg"
                                    icon.color: palette.buttonText
                                    text: qsTr("Restore…")
                                    onTriggered: restoreDialog.openFor(row.name)
                                }
                                MenuSeparator {}
                                MenuItem {
                                    objectName: "removeVolume-" + row.name
                                    icon.source: "qrc:/icons/user-trash-symbolic.svg"
                                    icon.color: palette.buttonText
                                    text: qsTr("Remove…")
                                    onTriggered: row.askRemove()
                                }
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "volumesEmpty"
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: Models.volumes.status === ResourceListModel.Loading ? qsTr("Loading volumes…")
                : Models.volumes.status !== ResourceListModel.Ready ? Models.volumes.errorString
                : Models.volumes.count === 0 ? qsTr("No volumes yet.") : qsTr("No volume matches the search.")
        }
    }

    Dialog {
        id: createDialog
        objectName: "createVolumeDialog"
        title: qsTr("Create a volume")
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: VolumeActions.createVolume(volumeName.text, volumeDriver.text, volumeLabels.text)
        onOpened: {
            volumeName.clear()
            volumeLabels.clear()
        }
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Name (empty: the engine picks one)") }
            TextField { id: volumeName; objectName: "volumeName"; Layout.fillWidth: true; Accessible.name: qsTr("Volume name") }
            Label { text: qsTr("Driver") }
            TextField { id: volumeDriver; text: "local"; Layout.fillWidth: true; Accessible.name: qsTr("Driver") }
            Label { text: qsTr("Labels, one key=value per line") }
            TextArea { id: volumeLabels; Layout.fillWidth: true; Accessible.name: qsTr("Labels") }
            CommandBlock {
                objectName: "createVolumeCommand"
                text: "docker volume create " + (volumeName.text.length > 0 ? volumeName.text : "")
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
        }
    }
    Dialog {
        id: inspectDialog
        property string volume
        property string json
        objectName: "inspectVolumeDialog"
        title: qsTr("Volume %1").arg(volume)
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(700, root.width - 40)
        height: Math.min(500, root.height - 40)
        standardButtons: Dialog.Close
        Connections {
            target: Actions
            function onInspected(kind: string, key: string, json: string) {
                if (kind === "volume" && key === inspectDialog.volume)
                    inspectDialog.json = json
            }
        }
        InspectView {
            anchors.fill: parent
            json: inspectDialog.json
        }
    }
    Dialog {
        id: filesDialog
        property string volume
        function openFor(name: string) {
            volume = name
            open()
        }
        objectName: "volumeFilesDialog"
        title: qsTr("Files of %1").arg(volume)
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: root.width - 40
        height: root.height - 40
        standardButtons: Dialog.Close
        // Made while open: the volume is read through a helper container, removed on close.
        // By its file: Qt 6.4's Loader refuses a component bound to this file's scope.
        Loader {
            id: filesLoader
            anchors.fill: parent
            active: filesDialog.visible
            source: "FilesView.qml"
            Binding { target: filesLoader.item; property: "volume"; value: filesDialog.volume; when: filesLoader.item !== null }
        }
    }
    ConfirmDialog {
        id: pruneDialog
        title: qsTr("Remove unused volumes")
        message: qsTr("These volumes no container uses will be removed with all their data:")
        warning: qsTr("Prune removes named volumes too, not only anonymous ones. Back up what you need first.")
        onAccepted: VolumeActions.pruneVolumes()
    }

    ConfirmDialog {
        id: removeDialog
        property string volume
        objectName: "removeVolumeDialog"
        title: qsTr("Remove a volume")
        message: qsTr("This volume will be removed with all its data:")
        warning: qsTr("What is in it cannot be brought back. Back it up first if you may need it.")
        command: "docker volume rm " + volume
        onAccepted: VolumeActions.removeVolume(volume)
    }

    VolumeBackupDialog {
        id: backupDialog
        onStarted: root.backupStarted()
    }
    VolumeRestoreDialog {
        id: restoreDialog
        onStarted: root.backupStarted()
    }
}
