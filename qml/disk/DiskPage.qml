// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Disk use: images, containers, volumes and build cache (total, in use, reclaimable, the largest
/// of each), as docker system df counts them; each kind's clean-up lists exactly what goes and the
/// space it frees before anything is removed.
Page {
    id: root

    objectName: "diskPage"
    title: qsTr("Disk use")

    onVisibleChanged: if (visible) DiskActions.refresh()
    Component.onCompleted: DiskActions.refresh()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label {
                text: qsTr("What the engine keeps on disk, as docker system df counts it")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: DiskActions.status === DiskActions.Loading
                visible: running
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            Button {
                objectName: "diskRefreshButton"
                icon.source: "qrc:/icons/view-refresh-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Refresh")
                enabled: DiskActions.status !== DiskActions.Loading
                onClicked: DiskActions.refresh()
                Accessible.name: qsTr("Count the disk use again")
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 12
            Label {
                objectName: "diskError"
                visible: DiskActions.status === DiskActions.Error
                text: qsTr("Could not read the disk use: %1").arg(DiskActions.errorString)
                color: "#a4262c"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.margins: 12
            }
            GridLayout {
                columns: root.width > 900 ? 2 : 1
                columnSpacing: 12
                rowSpacing: 12
                Layout.fillWidth: true
                Layout.margins: 12
                Repeater {
                    model: DiskActions.kinds
                    delegate: Frame {
                        id: card
                        required property var modelData
                        objectName: "diskCard_" + modelData.key
                        // Columns of one width, whatever the names in them.
                        Layout.fillWidth: true
                        Layout.preferredWidth: 300
                        Layout.alignment: Qt.AlignTop
                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 6
                            Label {
                                text: card.modelData.title
                                font.bold: true
                                font.pixelSize: 16
                            }
                            GridLayout {
                                columns: 2
                                columnSpacing: 16
                                Label { text: qsTr("Total"); opacity: 0.7 }
                                Label {
                                    objectName: "diskTotal_" + card.modelData.key
                                    text: qsTr("%1 · %2").arg(card.modelData.total).arg(card.modelData.size)
                                }
                                Label { text: qsTr("In use"); opacity: 0.7 }
                                Label {
                                    objectName: "diskActive_" + card.modelData.key
                                    text: card.modelData.active
                                }
                                Label { text: qsTr("Reclaimable"); opacity: 0.7 }
                                Label {
                                    objectName: "diskReclaimable_" + card.modelData.key
                                    text: card.modelData.reclaimable
                                    font.bold: card.modelData.reclaimableBytes > 0
                                }
                            }
                            Label {
                                text: qsTr("Largest")
                                opacity: 0.7
                                visible: card.modelData.largest.length > 0
                            }
                            Repeater {
                                model: card.modelData.largest
                                delegate: RowLayout {
                                    id: row
                                    required property var modelData
                                    Layout.fillWidth: true
                                    Label {
                                        text: row.modelData.name
                                        elide: Text.ElideMiddle
                                        property bool berthElidable: true // a name, path or command of any length
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 100
                                    }
                                    Label {
                                        text: row.modelData.size
                                        font.family: "monospace"
                                    }
                                }
                            }
                            Label {
                                text: qsTr("None.")
                                opacity: 0.7
                                visible: card.modelData.largest.length === 0
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                CommandBlock {
                                    objectName: "diskCommand_" + card.modelData.key
                                    text: card.modelData.command
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("The same docker command: %1").arg(card.modelData.command)
                                }
                                Button {
                                    objectName: "diskCleanup_" + card.modelData.key
                                    text: qsTr("Clean up…")
                                    enabled: DiskActions.status === DiskActions.Ready
                                    onClicked: root.confirmCleanup(card.modelData.key, card.modelData.title)
                                    Accessible.name: qsTr("Clean up %1").arg(card.modelData.title)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    function confirmCleanup(key: string, title: string) {
        root.openPlan(key, title, DiskActions.cleanupPlan(key))
    }
    /// @p plan: DiskActions.cleanupPlan's answer (items, freed, command).
    function openPlan(key: string, title: string, plan: cleanupPlan) {
        cleanupDialog.kind = key
        cleanupDialog.title = qsTr("Clean up: %1").arg(title)
        cleanupDialog.items = plan.items
        cleanupDialog.freed = plan.items.length > 0 ? plan.freed : ""
        cleanupDialog.command = plan.command
        cleanupDialog.message = plan.items.length > 0 ? qsTr("These are removed, and nothing else:") : ""
        cleanupDialog.warning = key === "volumes" && plan.items.length > 0
                ? qsTr("Their data goes with them. Back up what you need first.") : ""
        cleanupDialog.open()
    }

    ConfirmDialog {
        id: cleanupDialog
        property string kind
        objectName: "diskCleanupDialog"
        onAccepted: {
            if (items.length > 0)
                DiskActions.cleanUp(kind)
        }
    }
}
