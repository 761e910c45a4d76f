// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": its steps reach the flow's functions by id.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The Dockerfile's guided session: the example written into a folder, built (its output live)
/// and run; each step real, with the docker command it equals.
ColumnLayout {
    id: root
    objectName: "tryBuildImage"
    spacing: 10
    property int done: 0
    property var job: null
    property string dockerfile
    property string folder
    property string buildCommand
    property string runCommand
    property string error

    Label {
        text: qsTr("Try it: build an image from a Dockerfile and run it")
        font.pixelSize: 20
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    TryStep {
        done: root.done
        number: 1
        title: qsTr("Write a small Dockerfile and a file beside it, and build them into the image berth-try-build.")
        buttonText: qsTr("Build it")
        buttonName: "tryBuild"
        enabledNow: root.job === null || root.job.state > Job.Running
        command: root.buildCommand.length > 0 ? root.buildCommand : "DOCKER_BUILDKIT=0 docker build -t berth-try-build …"
        onRun: {
            const r = LearnActions.tryBuild()
            root.error = r.error ? r.error : ""
            if (!r.error) {
                root.job = r.job
                root.dockerfile = r.dockerfile
                root.folder = r.folder
                root.buildCommand = r.command
            }
        }
    }
    TextArea {
        objectName: "tryBuildDockerfile"
        visible: root.dockerfile.length > 0
        readOnly: true
        font.family: "monospace"
        text: "# " + root.folder + "/Dockerfile\n" + root.dockerfile
        Layout.fillWidth: true
        Accessible.name: qsTr("The example's Dockerfile")
    }
    TextArea {
        objectName: "tryBuildOutput"
        visible: root.job !== null
        readOnly: true
        font.family: "monospace"
        wrapMode: TextEdit.WrapAnywhere
        text: root.job ? root.job.output + (root.job.state === Job.Failed ? root.job.errorString : "") : ""
        Layout.fillWidth: true
        Accessible.name: qsTr("The build's output")
    }
    Connections {
        target: root.job
        ignoreUnknownSignals: true
        function onStateChanged() {
            if (root.job.state === Job.Succeeded && root.done < 1)
                root.done = 1
        }
    }
    TryStep {
        done: root.done
        number: 2
        title: qsTr("Run the new image: its command prints the file the build put in (see its logs).")
        buttonText: qsTr("Run it")
        buttonName: "tryRunBuilt"
        enabledNow: root.done >= 1
        command: root.runCommand.length > 0 ? root.runCommand : "docker run -d --name berth-try-build berth-try-build"
        onRun: {
            root.runCommand = LearnActions.tryRunBuilt()
            root.done = 2
        }
    }
    Label {
        objectName: "tryBuildError"
        visible: root.error.length > 0
        text: root.error
        color: "#a4262c"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
