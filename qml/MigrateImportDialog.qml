// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth.Backend

/// Moving a container to this machine, second half: a bundle folder made by Export…, what it
/// holds, the name and volumes it gets here (never over existing ones), and whether to start it.
Dialog {
    id: root
    /// MigrationActions.bundleSummary() of the chosen folder, or null.
    property var summary: null
    /// Source volume → name here, as typed.
    property var volumeNames: ({})
    property string readPath
    /// Host port in the bundle → host port here, as typed.
    property var portNumbers: ({})
    /// A folder of the other machine in the bundle → where it goes here, as typed.
    property var folderPaths: ({})
    readonly property bool foldersFree: {
        if (!summary || !summary.ok)
            return false
        for (const b of summary.binds) {
            if (b.migrated && MigrationActions.folderProblem(folderPaths[b.source] ?? "").length > 0)
                return false
        }
        return true
    }
    readonly property bool portsFree: {
        if (!summary || !summary.ok)
            return false
        for (const p of summary.ports) {
            const here = portNumbers[p.hostPort] ?? p.hostPort
            if (MigrationActions.hostPortUse(p.hostIp, here, p.containerPort.split("/")[1]).length > 0)
                return false
        }
        return true
    }
    readonly property bool volumesFree: {
        if (!summary || !summary.ok)
            return false
        for (const v of summary.volumes) {
            if (v.anonymous)
                continue
            const target = volumeNames[v.name] ?? v.name
            if (target.length === 0 || VolumeActions.volumeExists(target))
                return false
        }
        return true
    }
    /// What the container asks for over this machine ([{power, what}]); each needs a tick.
    readonly property var powers: fromBundle.checked ? (summary && summary.ok ? summary.powers : [])
                                                     : MigrationActions.runArgsPowers(runArgs.text)
    /// The powers ticked (BundleManifest::Power bits); none until the user ticks them.
    property alias allowedPowers: consent.allowedPowers
    readonly property bool powersAllowed: powers.every(p => (allowedPowers & p.power) !== 0)
    signal started()

    function openEmpty() {
        folder.text = ""
        readPath = ""
        fromBundle.checked = true
        looseVolumes.clear()
        looseError.text = ""
        summary = null
        allowedPowers = 0
        open()
    }
    function read() {
        // Leaving the field again must not undo the names typed since.
        if (folder.text.trim() === readPath)
            return
        readPath = folder.text.trim()
        summary = readPath.length > 0 ? MigrationActions.bundleSummary(readPath) : null
        const names = {}
        if (summary && summary.ok) {
            name.text = summary.containerName
            for (const v of summary.volumes)
                names[v.name] = v.name
        }
        volumeNames = names
        portNumbers = ({})
        folderPaths = ({})
        allowedPowers = 0
    }

    objectName: "importDialog"
    title: qsTr("Move a container to this machine: import")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(660, parent ? parent.height - 40 : 660)

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10
            RowLayout {
                RadioButton {
                    id: fromBundle
                    objectName: "importFromBundle"
                    text: qsTr("A bundle made by Export…")
                    checked: true
                }
                RadioButton {
                    id: fromFiles
                    objectName: "importFromFiles"
                    text: qsTr("Files of the manual method (docker save, tar)")
                }
            }
            ColumnLayout {
                visible: fromFiles.checked
                Layout.fillWidth: true
                Label {
                    text: qsTr("The image: the .tar docker save wrote. Each volume: a .tar.gz made with tar -czf, the "
                               + "name it gets here and the folder it appears at inside the container. Berth reads "
                               + "every file to its end before it changes anything.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: imageFile
                        objectName: "importImageFile"
                        placeholderText: qsTr("image.tar")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("The image file from docker save")
                    }
                    Button {
                        text: qsTr("Choose…")
                        onClicked: {
                            fileDialog.forImage = true
                            fileDialog.open()
                        }
                    }
                }
                Repeater {
                    model: looseVolumes
                    delegate: RowLayout {
                        id: looseRow
                        required property int index
                        required property string file
                        required property string name
                        required property string path
                        Layout.fillWidth: true
                        Label {
                            text: looseRow.file.split("/").pop()
                            elide: Text.ElideMiddle
                            Layout.preferredWidth: 180
                        }
                        TextField {
                            objectName: "importLooseName-" + looseRow.index
                            text: looseRow.name
                            placeholderText: qsTr("volume name")
                            onTextEdited: looseVolumes.setProperty(looseRow.index, "name", text)
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Name of the volume here")
                        }
                        TextField {
                            objectName: "importLoosePath-" + looseRow.index
                            text: looseRow.path
                            placeholderText: "/data"
                            onTextEdited: looseVolumes.setProperty(looseRow.index, "path", text)
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Folder inside the container")
                        }
                        Button {
                            text: qsTr("Remove")
                            onClicked: looseVolumes.remove(looseRow.index)
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: archiveFile
                        objectName: "importArchiveFile"
                        placeholderText: qsTr("a volume's .tar.gz")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("A volume archive to add")
                    }
                    Button {
                        text: qsTr("Choose…")
                        onClicked: {
                            fileDialog.forImage = false
                            fileDialog.open()
                        }
                    }
                    Button {
                        objectName: "importAddVolume"
                        text: qsTr("Add")
                        enabled: archiveFile.text.trim().length > 0
                        onClicked: {
                            const file = archiveFile.text.trim()
                            looseVolumes.append({file: file, name: VolumeActions.volumeNameFor(file), path: ""})
                            archiveFile.clear()
                        }
                        Accessible.name: qsTr("Add the volume archive")
                    }
                }
                TextField {
                    id: runArgs
                    objectName: "importRunArgs"
                    placeholderText: qsTr("docker run options, e.g. -p 8080:80 -e KEY=value --restart unless-stopped")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("docker run options")
                }
            }
            Label {
                visible: fromBundle.checked
                text: qsTr("Choose the folder Export… made on the other machine. Berth checks every file against "
                           + "the checksums in its manifest before it changes anything here, then loads the image, "
                           + "makes and fills the volumes and creates the container with the same settings. If "
                           + "anything fails, what it made goes again.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: fromBundle.checked
                Layout.fillWidth: true
                TextField {
                    id: folder
                    objectName: "importFolderField"
                    Layout.fillWidth: true
                    onEditingFinished: root.read()
                    Accessible.name: qsTr("Bundle folder")
                }
                Button {
                    text: qsTr("Choose…")
                    onClicked: folderDialog.open()
                    Accessible.name: qsTr("Choose the bundle folder")
                }
            }
            Label {
                objectName: "importSummary"
                visible: fromBundle.checked && root.summary !== null
                text: !root.summary ? ""
                    : !root.summary.ok ? root.summary.error
                    : qsTr("%1, from %2 (exported %3). Image %4.")
                          .arg(root.summary.containerName).arg(root.summary.source)
                          .arg(root.summary.createdAt).arg(root.summary.image)
                color: root.summary && !root.summary.ok ? "#a4262c" : palette.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                visible: fromFiles.checked || (root.summary !== null && root.summary.ok)
                columns: 2
                Layout.fillWidth: true
                Label { text: qsTr("Name here") }
                TextField {
                    id: name
                    objectName: "importName"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Name of the container here")
                }
                Repeater {
                    model: fromBundle.checked && root.summary && root.summary.ok ? root.summary.volumes.filter(v => !v.anonymous) : []
                    delegate: RowLayout {
                        id: volumeRow
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        readonly property string target: root.volumeNames[modelData.name] ?? modelData.name
                        Label {
                            text: qsTr("Volume at %1").arg(volumeRow.modelData.destination)
                            Layout.preferredWidth: 160
                        }
                        TextField {
                            objectName: "importVolume-" + volumeRow.modelData.name
                            text: volumeRow.target
                            Layout.fillWidth: true
                            onTextEdited: {
                                const names = Object.assign({}, root.volumeNames)
                                names[volumeRow.modelData.name] = text.trim()
                                root.volumeNames = names
                            }
                            Accessible.name: qsTr("Name here of the volume at %1").arg(volumeRow.modelData.destination)
                        }
                        Label {
                            visible: VolumeActions.volumeExists(volumeRow.target)
                            text: qsTr("exists here: choose another name")
                            color: "#a4262c"
                        }
                    }
                }
            }
            Label {
                visible: fromBundle.checked && root.summary !== null && root.summary.ok && root.summary.ports.length > 0
                text: qsTr("Ports it publishes on this computer (another container or program may hold one here; "
                           + "then give it another):")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: fromBundle.checked && root.summary && root.summary.ok ? root.summary.ports : []
                delegate: RowLayout {
                    id: portRow
                    required property var modelData
                    Layout.fillWidth: true
                    readonly property string here: root.portNumbers[modelData.hostPort] ?? modelData.hostPort
                    readonly property string use: MigrationActions.hostPortUse(modelData.hostIp, here,
                                                                      modelData.containerPort.split("/")[1])
                    Label {
                        text: qsTr("Host port for %1").arg(portRow.modelData.containerPort)
                        Layout.preferredWidth: 160
                    }
                    TextField {
                        objectName: "importPort-" + portRow.modelData.hostPort
                        text: portRow.here
                        inputMethodHints: Qt.ImhDigitsOnly
                        Layout.preferredWidth: 100
                        onTextEdited: {
                            const numbers = Object.assign({}, root.portNumbers)
                            numbers[portRow.modelData.hostPort] = text.trim()
                            root.portNumbers = numbers
                        }
                        Accessible.name: qsTr("Host port for %1").arg(portRow.modelData.containerPort)
                    }
                    Label {
                        objectName: "importPortUse-" + portRow.modelData.hostPort
                        text: portRow.use.length > 0 ? portRow.use + " — " + qsTr("choose another") : qsTr("free")
                        color: portRow.use.length > 0 ? "#a4262c" : palette.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                visible: root.summary !== null && root.summary.ok && root.summary.binds.some(b => !b.migrated)
                text: root.summary && root.summary.ok
                      ? qsTr("Not in the bundle: folders of the other machine it showed inside (%1).")
                            .arg(root.summary.binds.filter(b => !b.migrated).map(b => b.destination).join(", "))
                      : ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: fromBundle.checked && root.summary !== null && root.summary.ok && root.summary.binds.some(b => b.migrated)
                text: qsTr("Folders of the other machine in the bundle, and where they go on this one: name a "
                           + "missing or empty folder for each, with its full path (Berth writes over nothing, "
                           + "and nowhere you did not name):")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: fromBundle.checked && root.summary && root.summary.ok ? root.summary.binds.filter(b => b.migrated) : []
                delegate: RowLayout {
                    id: folderRow
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    // Never by default where the other machine had it: the user names each.
                    readonly property string here: root.folderPaths[modelData.source] ?? ""
                    readonly property string problem: MigrationActions.folderProblem(here)
                    Label {
                        text: qsTr("%1 (shown at %2)").arg(folderRow.modelData.source).arg(folderRow.modelData.destination)
                        wrapMode: Text.WrapAnywhere
                        Layout.preferredWidth: 220
                    }
                    TextField {
                        objectName: "importFolder-" + folderRow.index
                        text: folderRow.here
                        placeholderText: qsTr("full path of a missing or empty folder here")
                        Layout.fillWidth: true
                        onTextEdited: {
                            const paths = Object.assign({}, root.folderPaths)
                            paths[folderRow.modelData.source] = text.trim()
                            root.folderPaths = paths
                        }
                        Accessible.name: qsTr("Folder here for what it showed at %1").arg(folderRow.modelData.destination)
                    }
                    Label {
                        objectName: "importFolderProblem-" + folderRow.index
                        visible: folderRow.problem.length > 0
                        text: folderRow.problem
                        color: "#a4262c"
                    }
                }
            }
            PowersConsent {
                id: consent
                powers: root.powers
                Layout.fillWidth: true
            }
            CheckBox {
                id: startIt
                objectName: "importStart"
                text: qsTr("Start it when it is created")
                checked: true
            }
            Label {
                text: qsTr("The same by hand, for learning:")
                font.bold: true
            }
            TextArea {
                text: "docker load -i image.tar\n"
                      + (root.summary && root.summary.ok
                         ? root.summary.volumes.filter(v => !v.anonymous).map(v => "docker volume create " + (root.volumeNames[v.name] ?? v.name)
                               + "\nsudo tar -xzf volumes/" + v.name + ".tar.gz -C /var/lib/docker/volumes/"
                               + (root.volumeNames[v.name] ?? v.name) + "/_data").join("\n")
                           + root.summary.binds.filter(b => b.migrated).map(b => "\nsudo mkdir -p " + (root.folderPaths[b.source] ?? "/FOLDER/HERE")
                               + " && sudo tar -xzf " + b.file + " -C " + (root.folderPaths[b.source] ?? "/FOLDER/HERE")).join("")
                           + "\ndocker run -d --name "
                               + name.text
                               + root.summary.binds.filter(b => b.migrated).map(b => " -v " + (root.folderPaths[b.source] ?? "/FOLDER/HERE")
                                                                                  + ":" + b.destination).join("")
                               + root.summary.ports.map(p => " -p " + (p.hostIp.length > 0 ? p.hostIp + ":" : "")
                                                        + (root.portNumbers[p.hostPort] ?? p.hostPort) + ":"
                                                        + p.containerPort.replace("/tcp", "")).join("")
                               + " … " + root.summary.image
                         : "")
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                Layout.fillWidth: true
                Accessible.name: qsTr("Manual commands")
            }
            Label {
                id: looseError
                objectName: "importLooseError"
                visible: text.length > 0
                color: "#a4262c"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Cancel")
                    onClicked: root.reject()
                }
                Button {
                    objectName: "importConfirm"
                    text: qsTr("Import")
                    highlighted: true
                    enabled: name.text.trim().length > 0 && root.powersAllowed && (fromBundle.checked ? root.volumesFree && root.portsFree && root.foldersFree : imageFile.text.trim().length > 0)
                    onClicked: {
                        if (fromFiles.checked) {
                            const volumes = []
                            for (let i = 0; i < looseVolumes.count; ++i) {
                                const v = looseVolumes.get(i) // a model item: copied into a plain object
                                volumes.push({file: v.file, name: v.name, path: v.path})
                            }
                            const error = MigrationActions.importLooseFiles(imageFile.text.trim(), volumes, name.text.trim(),
                                                                   runArgs.text, startIt.checked, root.allowedPowers)
                            looseError.text = error
                            if (error.length > 0)
                                return
                        } else {
                            MigrationActions.importBundle(folder.text.trim(), name.text.trim(), startIt.checked, 0, root.volumeNames,
                                                 root.portNumbers, root.folderPaths, root.allowedPowers)
                        }
                        root.accept()
                        root.started()
                    }
                    Accessible.name: qsTr("Start the import")
                }
            }
        }
    }

    ListModel {
        id: looseVolumes
    }
    FileDialog {
        id: fileDialog
        property bool forImage
        title: forImage ? qsTr("The image from docker save") : qsTr("A volume archive made with tar")
        nameFilters: forImage ? [qsTr("Images (*.tar)"), qsTr("All files (*)")]
                              : [qsTr("Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)"), qsTr("All files (*)")]
        onAccepted: {
            if (forImage)
                imageFile.text = Actions.localPath(selectedFile)
            else
                archiveFile.text = Actions.localPath(selectedFile)
        }
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("The bundle folder")
        onAccepted: {
            folder.text = Actions.localPath(selectedFolder)
            root.read()
        }
    }
}
