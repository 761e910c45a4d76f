// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// One step of a Learn page Try-it flow: its number (a check mark once done), what it does, the
/// docker command it equals, and the button that does it.
RowLayout {
    id: step
    property int number
    /// How far the flow got.
    property int done
    property string title
    property string buttonText
    property string buttonName
    property bool enabledNow: true
    property string command
    signal run()
    spacing: 10
    Layout.fillWidth: true
    Label {
        text: step.done >= step.number ? "✔" : step.number + "."
        color: step.done >= step.number ? "#2e9d4f" : palette.windowText
        font.bold: true
        Layout.preferredWidth: 24
    }
    ColumnLayout {
        spacing: 2
        Layout.fillWidth: true
        Label { text: step.title; wrapMode: Text.Wrap; Layout.fillWidth: true }
        CommandBlock {
            visible: step.command.length > 0
            text: step.command // escaped by Format.commandHtml (a web page's HTML may be in it)
            Layout.fillWidth: true
        }
    }
    Button {
        objectName: step.buttonName
        text: step.buttonText
        enabled: step.enabledNow
        onClicked: step.run()
    }
}
