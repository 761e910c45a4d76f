// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// Asks before something is removed, listing exactly what goes. Emits accepted or rejected.
Dialog {
    id: root
    property string message
    property string warning
    property var items: []
    property string command
    /// The space removing the items frees, when known ("1.2GB").
    property string freed
    /// What goes is the list of items (prunes, removals of named things): an empty list says
    /// "Nothing to remove." and cannot be confirmed. False for a question put in the message.
    property bool listed: true
    /// An optional choice shown as a check box (e.g. also remove the volumes).
    property string optionText
    property alias optionChecked: option.checked

    objectName: "confirmDialog"
    modal: true
    Overlay.modal: ModalDim {}
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, parent ? parent.width - 40 : 560)
    standardButtons: Dialog.Ok | Dialog.Cancel
    Component.onCompleted: {
        // Names for tests and accessible names for screen readers.
        const ok = standardButton(Dialog.Ok)
        ok.objectName = "confirmAccept"
        // Bound: the language can change while the dialog exists (Qt's own words are English).
        ok.text = Qt.binding(() => qsTr("Remove"))
        // Nothing listed, nothing to confirm.
        ok.enabled = Qt.binding(() => !root.listed || root.items.length > 0 || root.optionText.length > 0)
        ok.Accessible.name = qsTr("Remove")
        const cancel = standardButton(Dialog.Cancel)
        cancel.objectName = "confirmReject"
        cancel.text = Qt.binding(() => qsTr("Cancel"))
        cancel.Accessible.name = qsTr("Cancel")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: root.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: root.warning
            visible: root.warning.length > 0
            wrapMode: Text.Wrap
            color: "#a4262c"
            Layout.fillWidth: true
        }
        Frame {
            visible: root.items.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(200, list.contentHeight + topPadding + bottomPadding)
            ListView {
                id: list
                objectName: "confirmItems"
                anchors.fill: parent
                clip: true
                model: root.items
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    Accessible.name: modelData
                }
            }
        }
        Label {
            text: qsTr("Nothing to remove.")
            visible: root.listed && root.items.length === 0 && root.optionText.length === 0
            opacity: 0.7
        }
        Label {
            objectName: "confirmFreed"
            text: qsTr("Frees %1.").arg(root.freed)
            visible: root.freed.length > 0 && root.items.length > 0
            font.bold: true
        }
        CheckBox {
            id: option
            objectName: "confirmOption"
            text: root.optionText
            visible: root.optionText.length > 0
            Accessible.name: text
        }
        CommandBlock {
            objectName: "confirmCommand"
            caption: qsTr("Command:")
            text: root.command
            visible: root.command.length > 0
            Layout.fillWidth: true
        }
    }
}
