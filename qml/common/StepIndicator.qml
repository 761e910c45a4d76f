// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/// Where a wizard is: its steps numbered, with their names, the current one highlighted and the
/// ones before it ticked. `steps` are the names (translated by the dialog), `current` counts from
/// 0. Read by a screen reader as "Step 2 of 3: Check". It wraps on a narrow dialog.
Control {
    id: root
    property var steps: []
    property int current: 0
    readonly property string currentName: root.steps.length > 0 ? root.steps[Math.max(0, Math.min(root.current, root.steps.length - 1))] : ""
    padding: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Step %1 of %2: %3").arg(root.current + 1).arg(root.steps.length).arg(root.currentName)

    contentItem: Flow {
        spacing: 6
        Repeater {
            model: root.steps
            delegate: Row {
                id: step
                required property int index
                required property string modelData
                readonly property bool done: step.index < root.current
                readonly property bool isCurrent: step.index === root.current
                objectName: "step-" + step.index
                spacing: 6
                Accessible.role: Accessible.StaticText
                Accessible.name: (step.done ? qsTr("Step %1 of %2, done: %3")
                                  : step.isCurrent ? qsTr("Step %1 of %2, current: %3")
                                  : qsTr("Step %1 of %2: %3"))
                                 .arg(step.index + 1).arg(root.steps.length).arg(step.modelData)
                Rectangle {
                    width: 24
                    height: 24
                    radius: 12
                    anchors.verticalCenter: parent.verticalCenter
                    color: step.done || step.isCurrent ? root.palette.highlight : "transparent"
                    border.color: step.done || step.isCurrent ? root.palette.highlight : root.palette.mid
                    border.width: 2
                    Label {
                        anchors.centerIn: parent
                        text: step.done ? "✓" : String(step.index + 1)
                        font.bold: true
                        color: step.done || step.isCurrent ? root.palette.highlightedText : root.palette.text
                    }
                }
                Label {
                    objectName: "stepName"
                    anchors.verticalCenter: parent.verticalCenter
                    text: step.modelData
                    font.bold: step.isCurrent
                    opacity: step.done || step.isCurrent ? 1 : 0.7
                }
                // The line to the next step (at a line's end when the steps wrap).
                Rectangle {
                    visible: step.index < root.steps.length - 1
                    width: 18
                    height: 2
                    anchors.verticalCenter: parent.verticalCenter
                    color: step.done ? root.palette.highlight : root.palette.mid
                }
            }
        }
    }
}
