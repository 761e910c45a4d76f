// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// One or two series over the last minutes, newest on the right, scaled to their largest value
/// (or to `maximum` when set), with the current values as text, and axes a reader can use: the
/// scale's top and middle in the series' unit (`format`), and the time span below.
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
    /// The series' unit, for the axis: "percent", "bytes" (binary, as docker stats shows memory)
    /// or "rate" (bytes a second, decimal, as docker stats shows network and disk).
    property string unit: "percent"
    /// A value as the axis shows it.
    function format(value: real): string {
        switch (unit) {
        case "bytes": return Format.binarySize(value, Format.language)
        case "rate": return qsTr("%1/s").arg(Format.size(value, Format.language))
        default: return Math.round(value) + "%"
        }
    }
    /// Seconds between samples.
    property int interval: 1
    /// The scale's top: the largest value shown (or `maximum`), for the axis and the drawing.
    readonly property real scaleTop: {
        let top = root.maximum
        for (const v of root.values)
            top = Math.max(top, v)
        for (const v of root.secondValues)
            top = Math.max(top, v)
        // A percentage past its usual top (CPU on several cores: 100% a core) goes to the next
        // 50%, so the axis reads 150% or 200%, not 101%.
        if (root.unit === "percent" && root.maximum > 0 && top > root.maximum)
            top = Math.ceil(top / 50) * 50
        return top > 0 ? top : 1
    }
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
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        // The value axis: the top and the middle of the scale, and zero.
        Item {
            Layout.preferredWidth: axisWidth.width
            Layout.preferredHeight: 80
            TextMetrics { id: axisWidth; font.pixelSize: 10; text: "0000.0 MiB/s" }
            Label {
                objectName: root.objectName + "-axisTop"
                anchors.right: parent.right
                y: 0
                text: root.format(root.scaleTop)
                font.pixelSize: 10
                opacity: 0.75
            }
            Label {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                // Not when it reads as the top or zero (a scale of a few bytes).
                visible: text !== root.format(0) && text !== root.format(root.scaleTop)
                text: root.format(root.scaleTop / 2)
                font.pixelSize: 10
                opacity: 0.75
            }
            Label {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                text: root.format(0)
                font.pixelSize: 10
                opacity: 0.75
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            color: palette.base
            border.color: palette.mid
            // The middle of the scale, for the eye.
            Rectangle {
                x: 1
                width: parent.width - 2
                y: Math.round(parent.height / 2)
                height: 1
                color: palette.mid
                opacity: 0.5
            }
            Label {
                objectName: root.objectName + "-collecting"
                anchors.centerIn: parent
                visible: root.values.length < 3
                text: qsTr("Collecting: a figure every %n second(s)…", "", root.interval)
                font.pixelSize: 11
                opacity: 0.7
            }
            // The value under the pointer, and how long ago it was measured.
            Item {
                id: pointer
                anchors.fill: parent
                readonly property real step: (width - 2) / Math.max(1, root.span - 1)
                /// The sample under the pointer: 0 is the newest; -1 when there is none.
                readonly property int back: {
                    if (!hover.hovered || root.values.length === 0)
                        return -1
                    const back = Math.round((width - 1 - hover.point.position.x) / step)
                    return back < root.values.length ? back : -1
                }
                HoverHandler { id: hover }
            }
            Rectangle {
                visible: pointer.back >= 0
                z: 2
                x: parent.width - 1 - pointer.back * pointer.step
                width: 1
                height: parent.height
                color: palette.text
                opacity: 0.4
            }
            Label {
                objectName: root.objectName + "-pointed"
                visible: pointer.back >= 0
                z: 2
                readonly property int at: root.values.length - 1 - pointer.back
                text: pointer.back < 0 ? "" : root.format(root.values[at])
                      + (root.secondValues.length > at ? " / " + root.format(root.secondValues[at]) : "")
                      + " · " + (pointer.back === 0 ? qsTr("now")
                                                     : qsTr("%n second(s) ago", "", pointer.back * root.interval))
                x: Math.max(2, Math.min(parent.width - width - 2, parent.width - 1 - pointer.back * pointer.step - width / 2))
                y: 2
                font.pixelSize: 11
                padding: 2
                background: Rectangle { color: palette.window; opacity: 0.9; radius: 2 }
            }
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
                    const top = root.scaleTop
                    const step = width / Math.max(1, root.span - 1)
                    function draw(series, colour) {
                        if (series.length < 1)
                            return
                        ctx.beginPath()
                        ctx.strokeStyle = colour
                        ctx.fillStyle = colour
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
                        // The newest sample as a dot, so one sample is already visible.
                        const last = series[series.length - 1]
                        ctx.beginPath()
                        ctx.arc(width - 3, height - 2 - last / top * (height - 4), 2.5, 0, 2 * Math.PI)
                        ctx.fill()
                    }
                    draw(root.values, root.colour)
                    draw(root.secondValues, root.secondColour)
                }
            }
        }
    }
    // The time axis.
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: axisWidth.width + 4
        Label {
            objectName: root.objectName + "-axisSpan"
            text: qsTr("%n minute(s) ago", "", Math.round(root.span * root.interval / 60))
            font.pixelSize: 10
            opacity: 0.75
            Layout.fillWidth: true
        }
        Label {
            objectName: root.objectName + "-now"
            text: qsTr("now")
            font.pixelSize: 10
            opacity: 0.75
        }
    }
    RowLayout {
        visible: root.legend.length > 0
        spacing: 12
        Label { text: "— " + root.legend; color: root.colour; font.pixelSize: 11 }
        Label { text: "— " + root.secondLegend; color: root.secondColour; font.pixelSize: 11; visible: root.secondLegend.length > 0 }
    }
}
