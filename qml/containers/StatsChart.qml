// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// One or two series over the last minutes, newest on the right, scaled to their largest value
/// (or to `maximum` when set), with the current values as text.
ColumnLayout {
    id: root
    property string title
    property string valueText
    property var values: []
    property var secondValues: []
    property color colour: "#2f7fd0"
    property color secondColour: "#d07a2f"
    property string legend
    property string secondLegend
    /// Samples across the width.
    property int span: 180
    property real maximum: 0
    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        Label { text: root.title; font.bold: true }
        Label {
            objectName: root.objectName + "-value"
            text: root.valueText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
        }
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 80
        color: palette.base
        border.color: palette.mid
        Canvas {
            id: canvas
            anchors.fill: parent
            anchors.margins: 1
            property var all: root.values.concat(root.secondValues)
            onAllChanged: requestPaint()
            onWidthChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                let top = root.maximum
                for (const v of all)
                    top = Math.max(top, v)
                if (top <= 0)
                    top = 1
                const step = width / Math.max(1, root.span - 1)
                function draw(series, colour) {
                    if (series.length < 2)
                        return
                    ctx.beginPath()
                    ctx.strokeStyle = colour
                    ctx.lineWidth = 1.5
                    const first = width - (series.length - 1) * step
                    for (let i = 0; i < series.length; ++i) {
                        const x = first + i * step
                        const y = height - 2 - series[i] / top * (height - 4)
                        if (i === 0)
                            ctx.moveTo(x, y)
                        else
                            ctx.lineTo(x, y)
                    }
                    ctx.stroke()
                }
                draw(root.values, root.colour)
                draw(root.secondValues, root.secondColour)
            }
        }
    }
    RowLayout {
        visible: root.legend.length > 0
        spacing: 12
        Label { text: "— " + root.legend; color: root.colour; font.pixelSize: 11 }
        Label { text: "— " + root.secondLegend; color: root.secondColour; font.pixelSize: 11; visible: root.secondLegend.length > 0 }
    }
}
