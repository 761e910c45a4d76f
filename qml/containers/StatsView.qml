// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A running container's CPU, memory, network and disk over the last three minutes, live.
ScrollView {
    id: root
    property string containerId
    property string containerName
    property bool running
    /// Streaming only while the tab is shown.
    property bool active
    /// Belongs to this view (its C++ parent); a replaced one goes at once.
    property StatsSession session: null
    contentWidth: availableWidth

    function restart() {
        if (session) {
            session.stop()
            Models.release(session)
        }
        session = running && active && containerId.length > 0 ? ContainerActions.openStats(containerId, root) : null
    }
    onContainerIdChanged: restart()
    onRunningChanged: restart()
    onActiveChanged: restart()
    Component.onCompleted: restart()
    Component.onDestruction: if (session) session.stop()

    ColumnLayout {
        // Clear of the scroll bar, which would otherwise cover the charts' newest figures.
        width: root.availableWidth - 12
        spacing: 10
        Label {
            visible: !root.running
            text: qsTr("%1 is not running: start it to see what it uses.").arg(root.containerName)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.running && root.session !== null && root.session.samples === 0
            text: root.session && root.session.errorString.length > 0 ? root.session.errorString : qsTr("Waiting for the first figures…")
            opacity: 0.75
        }
        StatsChart {
            objectName: "statsCpu"
            visible: root.session !== null && root.session.samples > 0
            title: qsTr("CPU")
            valueText: root.session ? Format.percent(root.session.cpuPercent, Format.language) + " · "
                                      + qsTr("%n process(es)", "", root.session.pids) : ""
            values: root.session ? root.session.cpuHistory : []
            maximum: 100
            unit: "percent"
            Layout.fillWidth: true
        }
        StatsChart {
            objectName: "statsMemory"
            visible: root.session !== null && root.session.samples > 0
            title: qsTr("Memory")
            valueText: root.session ? Format.binarySize(root.session.memoryUsed, Format.language) + " / "
                                      + Format.binarySize(root.session.memoryLimit, Format.language) + " ("
                                      + Format.percent(root.session.memoryPercent, Format.language) + ")" : ""
            values: root.session ? root.session.memoryHistory : []
            unit: "bytes"
            colour: "#7b4fd0"
            Layout.fillWidth: true
        }
        StatsChart {
            objectName: "statsNetwork"
            visible: root.session !== null && root.session.samples > 0
            title: qsTr("Network")
            valueText: root.session ? qsTr("received / sent: %1").arg(Format.size(root.session.networkReceived, Format.language)
                                      + " / " + Format.size(root.session.networkSent, Format.language)) : ""
            values: root.session ? root.session.rxRates : []
            secondValues: root.session ? root.session.txRates : []
            unit: "rate"
            legend: qsTr("received a second")
            secondLegend: qsTr("sent a second")
            Layout.fillWidth: true
        }
        StatsChart {
            objectName: "statsDisk"
            visible: root.session !== null && root.session.samples > 0
            title: qsTr("Disk")
            valueText: root.session ? qsTr("read / written: %1").arg(Format.size(root.session.blockRead, Format.language)
                                      + " / " + Format.size(root.session.blockWritten, Format.language)) : ""
            values: root.session ? root.session.readRates : []
            secondValues: root.session ? root.session.writeRates : []
            unit: "rate"
            colour: "#2e9d4f"
            legend: qsTr("read a second")
            secondLegend: qsTr("written a second")
            Layout.fillWidth: true
        }
        CommandBlock {
            objectName: "statsCommand"
            text: "docker stats " + root.containerName
            Layout.fillWidth: true
            caption: qsTr("The same in a terminal:")
            Accessible.name: qsTr("The same in a terminal: %1").arg(text)
        }
    }
}
