// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Berth
import Berth.Backend

/// A container's log in a window of its own; several can be open, each with its own stream.
ApplicationWindow {
    id: window
    property string containerId
    property string containerName

    objectName: "logWindow"
    title: qsTr("Log of %1 — Berth").arg(containerName)
    width: 1000
    height: 700

    LogView {
        anchors.fill: parent
        anchors.margins: 8
        containerId: window.containerId
        containerName: window.containerName
        inDetails: false
    }
    // Its stream ends with it.
    onClosing: destroy()
}
