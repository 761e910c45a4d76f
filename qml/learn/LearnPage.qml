// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": its delegates reach the page's own ids.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Docker's ideas for a newcomer, each with a way to try it in Berth: what Docker is for,
/// container, image, Dockerfile, registry, volume and bind mount, containers next to virtual
/// machines (drawn), and the life of a container (drawn; its states open the containers page).
ScrollView {
    id: root
    objectName: "learnPage"
    contentWidth: availableWidth
    clip: true

    /// Brings a section into view: "container", "image", "volume", "vm", "lifecycle" …
    function show(section: string) {
        const target = sections[section]
        const flickable = root.contentItem as Flickable
        if (target && flickable)
            flickable.contentY = Math.max(0, Math.min(target.y - 8, flickable.contentHeight - root.height))
    }
    readonly property var sections: ({ docker: docker, tryweb: tryWeb, tryvolume: tryVolume, container: container, image: image, dockerfile: dockerfile,
                                       registry: registry, volume: volume, vm: vm, lifecycle: lifecycle })

    function go(page: string) {
        Navigation.showPage(page)
    }

    component Section: ColumnLayout {
        id: section
        property string title
        property string text
        property string tryText
        property string tryPage
        property string sectionName
        default property alias extra: more.data
        objectName: "learn-" + sectionName
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: section.title
            font.pixelSize: 20
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: section.text
            wrapMode: Text.Wrap
            textFormat: Text.StyledText
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: more
            Layout.fillWidth: true
        }
        Button {
            objectName: "learnTry-" + section.sectionName
            visible: section.tryPage.length > 0
            text: section.tryText
            icon.source: "qrc:/icons/media-playback-start-symbolic.svg"
            icon.color: palette.buttonText
            onClicked: root.go(section.tryPage)
            Accessible.name: text
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: 8
            height: 1
            color: palette.mid
        }
    }

    ColumnLayout {
        width: Math.min(root.availableWidth - 48, 900)
        x: Math.max(24, (root.availableWidth - width) / 2)
        spacing: 18

        Item { Layout.preferredHeight: 8 }
        Label {
            text: qsTr("Learn Docker")
            font.pixelSize: 28
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            text: qsTr("A short tour of the ideas behind Docker, each with a place in Berth to try it. Every action in "
                       + "Berth also shows the docker command it equals, so what you click here you can later type.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Section {
            id: docker
            sectionName: "docker"
            title: qsTr("What Docker is for")
            text: qsTr("A program rarely runs alone: it needs a certain version of a language, some libraries, "
                       + "settings and files. Docker packs a program together with everything it needs, so that it "
                       + "runs the same on your laptop, on a colleague's and on a server. Starting it is one "
                       + "command; removing it leaves nothing behind on the computer.")
        }
        TryWebServer {
            id: tryWeb
            Layout.fillWidth: true
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: palette.mid }
        Section {
            id: container
            sectionName: "container"
            title: qsTr("Container")
            text: qsTr("A container is a running program kept apart from the rest of the computer: it sees its own "
                       + "files, its own network and its own processes, but shares the computer's kernel. It is made "
                       + "from an image, can be stopped and started again, and keeps its changes until it is "
                       + "removed. <b>docker run</b> makes one and starts it; <b>docker ps</b> lists them.")
            tryText: qsTr("See the containers")
            tryPage: "containers"
        }
        Section {
            id: image
            sectionName: "image"
            title: qsTr("Image")
            text: qsTr("An image is a read-only template: the files of a small system with the program in it, and "
                       + "how to start it. Images are built in layers, and containers made from the same image "
                       + "share those layers, so ten containers do not take ten times the disk. <b>docker pull</b> "
                       + "downloads an image; <b>docker images</b> lists the ones you have.")
            tryText: qsTr("See the images")
            tryPage: "images"
        }
        Section {
            id: dockerfile
            sectionName: "dockerfile"
            title: qsTr("Dockerfile")
            text: qsTr("A Dockerfile is a text file with the recipe for an image: which image to start from, what "
                       + "to copy in, what to install and which command to run. <b>docker build</b> reads it and "
                       + "makes the image, one layer per step:")
            TextArea {
                objectName: "learnDockerfileExample"
                readOnly: true
                selectByMouse: true
                font.family: "monospace"
                text: "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
                      + "COPY . .\nCMD [\"python\", \"app.py\"]\n\n# " + qsTr("then, in the same folder:") + "\n"
                      + "docker build -t myapp .\ndocker run -d -p 8000:8000 myapp"
                Layout.fillWidth: true
                Accessible.name: qsTr("A Dockerfile example")
            }
        }
        TryBuildImage {
            id: tryBuild
            Layout.fillWidth: true
        }
        Section {
            id: registry
            sectionName: "registry"
            title: qsTr("Registry and Docker Hub")
            text: qsTr("A registry stores images so others can download them. Docker Hub is the public one docker "
                       + "uses by default: <b>docker pull nginx</b> fetches the official nginx image from it, "
                       + "<b>docker search</b> looks for images, and <b>docker push</b> uploads your own. Companies "
                       + "often run private registries too.")
            tryText: qsTr("Pull an image")
            tryPage: "images"
        }
        Section {
            id: volume
            sectionName: "volume"
            title: qsTr("Volume and bind mount")
            text: qsTr("A container's own files go when the container is removed. Data that must stay goes in a "
                       + "<b>volume</b>: storage the engine keeps and names (<b>docker volume create data</b>, then "
                       + "<b>-v data:/var/lib/data</b>). A <b>bind mount</b> is different: it shows a folder of "
                       + "this computer inside the container (<b>-v /home/me/site:/usr/share/nginx/html</b>). "
                       + "Volumes are managed by Docker and easy to back up and move; bind mounts are handy for "
                       + "files you edit yourself.")
            tryText: qsTr("See the volumes")
            tryPage: "volumes"
        }
        Section {
            id: vm
            sectionName: "vm"
            title: qsTr("Containers and virtual machines")
            text: qsTr("A virtual machine imitates a whole computer and runs a complete operating system of its own "
                       + "on it. Containers share the host's kernel and bring only the program and its libraries: "
                       + "they are smaller and start in a moment, but they are kept apart less strictly.")
            VmPicture {
                Layout.fillWidth: true
                Layout.preferredHeight: 250
            }
            GridLayout {
                objectName: "learnComparison"
                columns: 3
                columnSpacing: 24
                rowSpacing: 4
                Layout.fillWidth: true
                Label { text: "" }
                Label { text: qsTr("Virtual machine"); font.bold: true }
                Label { text: qsTr("Container"); font.bold: true }
                Label { text: qsTr("Isolation"); opacity: 0.75 }
                Label { text: qsTr("a whole computer imitated, its own kernel"); wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: qsTr("processes apart, one shared kernel"); wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: qsTr("Size"); opacity: 0.75 }
                Label { text: qsTr("gigabytes") }
                Label { text: qsTr("megabytes") }
                Label { text: qsTr("Start time"); opacity: 0.75 }
                Label { text: qsTr("tens of seconds to minutes") }
                Label { text: qsTr("under a second") }
                Label { text: qsTr("Operating system"); opacity: 0.75 }
                Label { text: qsTr("any, each with its own"); wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: qsTr("the host's kernel (Linux containers need Linux)"); wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
        }
        TryVolumeBackup {
            id: tryVolume
            Layout.fillWidth: true
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: palette.mid }
        Section {
            id: lifecycle
            sectionName: "lifecycle"
            title: qsTr("The life of a container")
            text: qsTr("A container is created from an image, runs, can be paused and resumed, stops (exits) when "
                       + "its program ends or is stopped, can be started again, and is finally removed. Press a "
                       + "state to see the containers in it.")
            LifecycleDiagram {
                Layout.fillWidth: true
                Layout.preferredHeight: 190
                onStateChosen: (filter) => {
                    Navigation.showContainers(filter)
                }
            }
        }
        Item { Layout.preferredHeight: 24 }
    }
}
