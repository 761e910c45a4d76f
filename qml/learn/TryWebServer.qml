// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": it calls the window's functions.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A guided first session, with real actions: run a web server, read its log, open a shell in
/// it, stop and remove it; each step shows the docker command it equals. How far the user got
/// is kept between runs.
ColumnLayout {
    id: root
    objectName: "tryWebServer"
    spacing: 10
    property int done: Preferences.tryProgress("web")
    property var run: null
    property string removeCommand
    readonly property string containerId: {
        Models.containers.count // re-evaluated as containers come and go
        return LearnActions.tryWebServerId()
    }
    function advance(step: int) {
        if (step > done) {
            done = step
            Preferences.setTryProgress("web", step)
        }
    }
    Component.onCompleted: ContainerActions.refreshNetworks()

    Label {
        text: qsTr("Try it: a web server")
        font.pixelSize: 20
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Four real steps on your engine, the first thing most people do with Docker. Each button does "
                   + "it and shows the command it equals.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TryStep {
        done: root.done
        number: 1
        title: qsTr("Run a web server in a container, its port 80 published as 8080 on this computer.")
        buttonText: qsTr("Run it")
        buttonName: "tryRun"
        enabledNow: root.containerId.length === 0
        command: root.run ? root.run.command : "docker run -d --name berth-try-web -p 8080:80 nginx"
        onRun: {
            root.run = LearnActions.tryWebServer()
            if (!root.run.error)
                root.advance(1)
        }
    }
    Label {
        objectName: "tryReason"
        visible: root.run !== null
        text: root.run ? (root.run.error ? root.run.error : root.run.reason) : ""
        color: root.run && root.run.error ? "#a4262c" : palette.windowText
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
        Layout.leftMargin: 34
    }
    TryStep {
        done: root.done
        number: 2
        title: qsTr("Look at what it writes: its log.")
        buttonText: qsTr("Show the log")
        buttonName: "tryLogs"
        enabledNow: root.containerId.length > 0
        command: "docker logs -f berth-try-web"
        onRun: {
            root.advance(2)
            Navigation.showContainer(root.containerId, "logs")
        }
    }
    TryStep {
        done: root.done
        number: 3
        title: qsTr("Open a shell inside it and look around (ls, ps, exit).")
        buttonText: qsTr("Open a shell")
        buttonName: "tryShell"
        enabledNow: root.containerId.length > 0
        command: "docker exec -it berth-try-web sh"
        onRun: {
            root.advance(3)
            Navigation.showContainer(root.containerId, "terminal")
        }
    }
    TryStep {
        done: root.done
        number: 4
        title: qsTr("Stop and remove it: nothing of it stays on the computer.")
        buttonText: qsTr("Stop and remove")
        buttonName: "tryRemove"
        enabledNow: root.containerId.length > 0
        command: root.removeCommand.length > 0 ? root.removeCommand : "docker rm -f berth-try-web"
        onRun: {
            root.removeCommand = LearnActions.tryRemoveWebServer()
            root.advance(4)
        }
    }
    Label {
        objectName: "tryDone"
        visible: root.done >= 4
        text: qsTr("Done: you ran, inspected, entered and removed a container. The same works for any image.")
        color: "#2e9d4f"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
