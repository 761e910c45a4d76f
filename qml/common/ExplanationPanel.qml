// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// One paragraph for a newcomer on what a page is about; it can be hidden for good.
Rectangle {
    id: root
    property string title
    property string text
    /// The Learn page's section on this, linked from the panel ("" for none).
    property string learnSection

    visible: Preferences.showExplanations
    color: palette.alternateBase
    border.color: palette.mid
    radius: 6
    implicitHeight: column.implicitHeight + 16
    Accessible.role: Accessible.Note
    Accessible.name: root.title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        RowLayout {
            Label {
                text: root.title
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "learnMore-" + root.learnSection
                visible: root.learnSection.length > 0
                text: qsTr("Learn more")
                flat: true
                icon.source: "qrc:/icons/help-contents-symbolic.svg"
                icon.color: palette.buttonText
                onClicked: Navigation.showLearn(root.learnSection)
                Accessible.name: qsTr("Learn more about this")
            }
            Button {
                objectName: "hideExplanations"
                text: qsTr("Hide explanations")
                flat: true
                onClicked: Preferences.showExplanations = false
                Accessible.name: text
            }
        }
        Label {
            text: root.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
