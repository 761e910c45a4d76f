// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Berth
import Berth.Backend

/// A container's states and the commands between them; a state pressed asks for the containers
/// page filtered to it (ContainerFilterModel's state filter).
Item {
    id: root
    objectName: "learnLifecycle"
    signal stateChosen(int filter)

    // Where each state sits, as fractions of the width and height.
    readonly property var states: [
        { key: "created", label: Format.stateName("created", Format.language), x: 0.08, y: 0.5, filter: ContainerFilterModel.Exited, command: "docker create" },
        { key: "running", label: Format.stateName("running", Format.language), x: 0.36, y: 0.5, filter: ContainerFilterModel.Running, command: "docker start" },
        { key: "paused", label: Format.stateName("paused", Format.language), x: 0.36, y: 0.12, filter: ContainerFilterModel.Paused, command: "docker pause" },
        { key: "exited", label: Format.stateName("exited", Format.language), x: 0.66, y: 0.5, filter: ContainerFilterModel.Exited, command: "docker stop" },
        { key: "removed", label: qsTr("removed"), x: 0.92, y: 0.5, filter: ContainerFilterModel.All, command: "docker rm" }
    ]
    // from, to, the command, a bend (fraction of the height) so two arrows between the same states part.
    readonly property var moves: [
        ["created", "running", "start", 0],
        ["running", "paused", "pause", -0.0],
        ["running", "exited", "stop", -0.06],
        ["exited", "running", "start", 0.06],
        ["exited", "removed", "rm", 0]
    ]
    readonly property real boxWidth: Math.min(120, width * 0.16)
    readonly property real boxHeight: 36

    function place(key: string): var {
        for (const s of states) {
            if (s.key === key)
                return Qt.point(s.x * width, s.y * height)
        }
        return Qt.point(0, 0)
    }

    Canvas {
        id: arrows
        anchors.fill: parent
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = palette.windowText
            ctx.fillStyle = palette.windowText
            ctx.lineWidth = 1.5
            ctx.font = "12px sans-serif"
            for (const m of root.moves) {
                const a = root.place(m[0])
                const b = root.place(m[1])
                const bend = m[3] * height
                // From box edge to box edge, with the bend as a vertical offset.
                const vertical = Math.abs(a.x - b.x) < 1
                const start = vertical ? Qt.point(a.x, a.y + (b.y < a.y ? -root.boxHeight / 2 : root.boxHeight / 2))
                                       : Qt.point(a.x + (b.x > a.x ? root.boxWidth / 2 : -root.boxWidth / 2), a.y + bend)
                const end = vertical ? Qt.point(b.x, b.y + (b.y < a.y ? root.boxHeight / 2 : -root.boxHeight / 2))
                                     : Qt.point(b.x + (b.x > a.x ? -root.boxWidth / 2 : root.boxWidth / 2), b.y + bend)
                ctx.beginPath()
                ctx.moveTo(start.x, start.y)
                ctx.lineTo(end.x, end.y)
                ctx.stroke()
                const angle = Math.atan2(end.y - start.y, end.x - start.x)
                ctx.beginPath()
                ctx.moveTo(end.x, end.y)
                ctx.lineTo(end.x - 9 * Math.cos(angle - 0.4), end.y - 9 * Math.sin(angle - 0.4))
                ctx.lineTo(end.x - 9 * Math.cos(angle + 0.4), end.y - 9 * Math.sin(angle + 0.4))
                ctx.closePath()
                ctx.fill()
                const label = "docker " + m[2]
                const mid = Qt.point((start.x + end.x) / 2, (start.y + end.y) / 2)
                ctx.fillText(label, vertical ? mid.x + 6 : mid.x - ctx.measureText(label).width / 2,
                             vertical ? mid.y : mid.y + (bend > 0 ? 16 : -6))
            }
        }
    }
    // The paused → running way back.
    Label {
        x: root.place("running").x - implicitWidth - 8
        y: (root.place("running").y + root.place("paused").y) / 2 - 8
        text: "↓ docker unpause"
        font.pixelSize: 12
    }
    Repeater {
        model: root.states
        delegate: Button {
            id: box
            required property var modelData
            objectName: "lifecycle-" + modelData.key
            x: modelData.x * root.width - width / 2
            y: modelData.y * root.height - height / 2
            width: root.boxWidth
            height: root.boxHeight
            text: modelData.label
            font.bold: true
            onClicked: root.stateChosen(modelData.filter)
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: qsTr("Show the containers that are %1").arg(modelData.label)
            Accessible.name: qsTr("%1: show the containers in this state").arg(modelData.label)
        }
    }
}
