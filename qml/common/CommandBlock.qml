// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The docker command an action equals, as Berth teaches it: monospace, wrapped where the
/// block ends (never scrolled sideways), the program, its options and their values told apart
/// by colour, selectable, with a Copy button. `text` is the command itself.
Control {
    id: root
    property string text
    /// Words before the command ("Command:"), in the window's font.
    property string caption
    readonly property bool dark: palette.window.hslLightness < 0.5
    property bool copied: false
    padding: 6
    Accessible.role: Accessible.StaticText
    Accessible.name: (root.caption.length > 0 ? root.caption + " " : "") + root.text
    background: Rectangle {
        radius: 4
        color: root.dark ? Qt.lighter(root.palette.base, 1.35) : Qt.darker(root.palette.base, 1.05)
        border.color: root.palette.mid
        border.width: 1
    }
    contentItem: RowLayout {
        spacing: 6
        Label {
            visible: root.caption.length > 0
            text: root.caption
            Layout.alignment: Qt.AlignTop
        }
        TextEdit {
            id: view
            objectName: "commandBlockText"
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.RichText
            font.family: "monospace"
            color: root.palette.text
            selectionColor: root.palette.highlight
            selectedTextColor: root.palette.highlightedText
            text: Format.commandHtml(root.text, root.dark)
            Layout.fillWidth: true
            Layout.preferredWidth: 120
            Layout.alignment: Qt.AlignVCenter
        }
        ToolButton {
            objectName: "commandBlockCopy"
            icon.source: "qrc:/icons/edit-copy-symbolic.svg"
            icon.color: root.palette.buttonText
            text: root.copied ? qsTr("Copied") : qsTr("Copy")
            display: AbstractButton.TextBesideIcon
            Layout.alignment: Qt.AlignTop
            onClicked: {
                Actions.copyToClipboard(root.text)
                root.copied = true
                copiedTimer.restart()
            }
            Accessible.name: qsTr("Copy the docker command")
        }
    }
    Timer {
        id: copiedTimer
        interval: 2000
        onTriggered: root.copied = false
    }
}
