// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// The powers over this computer a container would get (BundleManifest::powersOf: [{power, what}]),
/// each with an unticked box: nothing goes ahead until the user ticks every one.
ColumnLayout {
    id: root
    /// [{power, what}]
    property var powers: []
    /// The powers ticked (BundleManifest::Power bits): the form's, which chosen() changes.
    property int allowedPowers: 0
    /// Every power asked for is ticked.
    readonly property bool allAllowed: powers.every(p => (allowedPowers & p.power) !== 0)
    /// objectNames: PREFIX + "Note", PREFIX + "-" + power.
    property string namePrefix: "importPower"
    property string note: qsTr("It asks for powers over this computer. Tick each only if you trust where it "
                               + "comes from; without them nothing is imported:")

    /// A box was ticked or unticked: @p ticked are the ones ticked now.
    signal chosen(ticked: int)

    visible: powers.length > 0
    spacing: 4
    Label {
        objectName: root.namePrefix + "sNote"
        text: root.note
        color: "#a4262c"
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: root.powers
        delegate: CheckBox {
            id: powerBox
            required property var modelData
            objectName: root.namePrefix + "-" + powerBox.modelData.power
            text: powerBox.modelData.what
            checked: (root.allowedPowers & powerBox.modelData.power) !== 0
            onToggled: root.chosen(powerBox.checked ? (root.allowedPowers | powerBox.modelData.power)
                                                    : (root.allowedPowers & ~powerBox.modelData.power))
            Layout.fillWidth: true
            contentItem: Label {
                leftPadding: powerBox.indicator.width + powerBox.spacing
                text: powerBox.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            Accessible.name: qsTr("Allow: %1").arg(powerBox.modelData.what)
        }
    }
}
