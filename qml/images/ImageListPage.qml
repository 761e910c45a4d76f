// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Images: search, run one, tag, remove (forced when in use, with a warning), prune.
Page {
    id: root
    signal runRequested(string image)
    signal pullStarted()

    function focusSearch() {
        search.forceActiveFocus()
    }
    /// The build dialog, open on @p folder (empty: chosen in it).
    function openBuild(folder: string) {
        buildDialog.openFor(folder)
    }
    /// Shows and chooses the image @p imageId, once the list has it.
    function selectImage(imageId: string) {
        search.clear()
        chosenImage = imageId
        chosenShown = false
        keepChoice()
    }
    /// Puts the choice back on its row: the list's rows move and are listed again as the engine's
    /// events come (Docker 29 lists a built image, then lists it again as its build's own images
    /// go, which left no row chosen).
    function keepChoice() {
        if (chosenImage.length === 0)
            return
        const row = filtered.rowWhere("imageId", chosenImage)
        if (row < 0)
            return
        if (list.currentIndex !== row)
            list.currentIndex = row
        if (!chosenShown) {
            list.positionViewAtIndex(row, ListView.Contain)
            chosenShown = true
        }
    }
    /// The image a build made: the chosen row (only a build chooses one here).
    property string chosenImage
    property bool chosenShown
    Connections {
        target: filtered
        function onLayoutChanged() { root.keepChoice() }
        function onModelReset() { root.keepChoice() }
        function onRowsInserted() { root.keepChoice() }
        function onRowsRemoved() { root.keepChoice() }
    }

    objectName: "imagesPage"
    title: qsTr("Images")

    TextFilterModel {
        id: filtered
        sourceModel: Models.images
        filterText: search.text
        // The empty helper image of volume backups is Berth's, not the user's.
        hiddenLabel: "io.github.berth.helper"
        filterRoles: ["repoTags", "shortId", "imageId"]
        sortRoleName: "created"
        descending: true
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                objectName: "imageSearch"
                placeholderText: qsTr("Search by name, tag or id (Ctrl+F)")
                Layout.fillWidth: true
                Accessible.name: qsTr("Search images")
            }
            TextField {
                id: pullReference
                objectName: "pullReference"
                placeholderText: qsTr("Image to pull, e.g. nginx:1.25")
                Layout.preferredWidth: 220
                onAccepted: pullButton.clicked()
                Accessible.name: qsTr("Image to pull")
            }
            Button {
                id: pullButton
                objectName: "pullButton"
                icon.source: "qrc:/icons/go-down-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Pull")
                enabled: pullReference.text.trim().length > 0
                onClicked: {
                    ImageActions.pullImage(pullReference.text)
                    root.pullStarted()
                }
                Accessible.name: qsTr("Pull the image")
            }
            Button {
                objectName: "buildImageButton"
                text: qsTr("Build…")
                onClicked: buildDialog.openFor("")
                Accessible.name: qsTr("Build an image from a folder with a Dockerfile")
            }
            Button {
                objectName: "pruneImagesButton"
                icon.source: "qrc:/icons/edit-clear-all-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Prune…")
                onClicked: {
                    pruneDialog.items = ImageActions.prunableImages(pruneAll.checked)
                    DiskActions.refresh() // the space it frees
                    pruneDialog.open()
                }
                Accessible.name: qsTr("Remove unused images")
            }
            CheckBox {
                id: pruneAll
                text: qsTr("all unused, not only untagged")
                Accessible.name: qsTr("Prune all unused images, not only untagged ones")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        ExplanationPanel {
            learnSection: "image"
            title: qsTr("What is an image?")
            text: qsTr("An image is a read-only template of files and settings that containers are made from. "
                       + "Images come from a registry such as Docker Hub (docker pull), or are built from a "
                       + "Dockerfile (docker build). One image can run as many containers.")
            Layout.fillWidth: true
        }
        ColumnWidths {
            id: columns
            table: "images"
            defaults: ({ id: 110, size: 90, created: 130, used: 130 })
        }
        // Column headers, aligned with the rows: click to sort, again to reverse; drag an edge
        // to resize.
        Control {
            id: header
            objectName: "imageHeader"
            visible: list.count > 0
            Layout.fillWidth: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 4
            bottomPadding: 4
            contentItem: RowLayout {
                spacing: 10
                SortHeader {
                    objectName: "imageSortName"
                    title: qsTr("Repository:tag")
                    role: "displayName"
                    model: filtered
                    widths: columns
                    column: "id"
                    resizeSign: -1
                    Layout.fillWidth: true
                    Layout.minimumWidth: 140
                    Layout.preferredWidth: 140
                }
                SortHeader {
                    objectName: "imageSortId"
                    title: qsTr("ID")
                    role: "shortId"
                    model: filtered
                    widths: columns
                    column: "id"
                    Layout.preferredWidth: columns.of("id")
                }
                SortHeader {
                    objectName: "imageSortSize"
                    title: qsTr("Size")
                    role: "size"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "size"
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: columns.of("size")
                }
                SortHeader {
                    objectName: "imageSortCreated"
                    title: qsTr("Created")
                    role: "created"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "created"
                    Layout.preferredWidth: columns.of("created")
                }
                SortHeader {
                    objectName: "imageSortUsed"
                    title: qsTr("Used by")
                    role: "containers"
                    descendingFirst: true
                    model: filtered
                    widths: columns
                    column: "used"
                    Layout.preferredWidth: columns.of("used")
                }
                Item { Layout.preferredWidth: list.actionsWidth }
            }
        }
        Rectangle {
            visible: header.visible
            Layout.fillWidth: true
            implicitHeight: 1
            color: palette.mid
        }
        ListView {
            id: list
            objectName: "imageList"
            // Empty, it gives its room to the message below, which then sits in the middle.
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            currentIndex: -1
            // A built image appears with the engine's event, after the build has ended.
            onCountChanged: root.keepChoice()
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Images")
            /// The widest row's buttons: every row's, and the header's last column.
            property real actionsWidth: 0
            // Enter runs a container from the chosen image, Delete asks to remove it.
            readonly property var current: currentItem
            Keys.onReturnPressed: if (current) current.run()
            Keys.onEnterPressed: if (current) current.run()
            // The Menu key or Shift+F10: the current row's "⋯" menu. The list is one stop of
            // the Tab key; its rows and their buttons are reached by the arrows and that menu.
            activeFocusOnTab: true
            Keys.onPressed: (event) => {
                if (current && (event.key === Qt.Key_Menu
                                || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)))) {
                    current.openMenu()
                    event.accepted = true
                }
            }
            Keys.onDeletePressed: if (current) current.askRemove()
            delegate: ItemDelegate {
                id: row
                focusPolicy: Qt.ClickFocus
                function openMenu() {
                    imageMenu.open()
                }
                required property int index
                required property string imageId
                required property string shortId
                required property string displayName
                required property var repoTags
                required property double size
                required property date created
                required property int containers
                required property bool inUse
                function run() {
                    root.runRequested(row.repoTags.length > 0 ? row.repoTags[0] : row.imageId)
                }
                function askRemove() {
                    removeDialog.imageId = row.imageId
                    removeDialog.reference = row.repoTags.length > 0 ? row.repoTags[0] : ""
                    removeDialog.inUse = row.inUse
                    removeDialog.open()
                }
                width: ListView.view.width
                leftPadding: 8
                rightPadding: 8
                // The image a build just made is the chosen one.
                highlighted: ListView.isCurrentItem
                objectName: "imageRow-" + displayName
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Image %1, %2").arg(displayName).arg(Format.size(size, Format.language))
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                }
                contentItem: RowLayout {
                    spacing: 10
                    Label {
                        text: row.displayName
                        font.bold: true
                        elide: Text.ElideRight
                        property bool berthElidable: true // a name, path or list of any length
                        Layout.fillWidth: true
                        Layout.minimumWidth: 140
                        Layout.preferredWidth: 140
                    }
                    Label {
                        text: row.shortId
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("id")
                    }
                    Label {
                        objectName: "imageSize-" + row.displayName
                        text: Format.size(row.size, Format.language)
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideLeft
                        Layout.preferredWidth: columns.of("size")
                    }
                    Label {
                        text: Format.age(row.created, Format.language)
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("created")
                    }
                    Label {
                        text: row.inUse ? qsTr("%n container(s)", "", row.containers) : qsTr("not used")
                        opacity: row.inUse ? 1 : 0.6
                        elide: Text.ElideRight
                        Layout.preferredWidth: columns.of("used")
                    }
                    RowLayout {
                        spacing: 6
                        // As wide in every row (a layout fills by default), so that the columns line up.
                        Layout.fillWidth: false
                        Layout.preferredWidth: Math.max(implicitWidth, list.actionsWidth)
                        onImplicitWidthChanged: list.actionsWidth = Math.max(list.actionsWidth, implicitWidth)
                        Component.onCompleted: list.actionsWidth = Math.max(list.actionsWidth, implicitWidth)
                        Item { Layout.fillWidth: true }
                        Button {
                            focusPolicy: Qt.ClickFocus
                            objectName: "runImage-" + row.imageId
                            text: qsTr("Run…")
                            icon.source: "qrc:/icons/media-playback-start-symbolic.svg"
                            icon.color: palette.buttonText
                            onClicked: row.run()
                            Accessible.name: qsTr("Run a container from %1").arg(row.displayName)
                        }
                        // The rest in a menu, as on the containers' rows.
                        Button {
                            focusPolicy: Qt.ClickFocus
                            objectName: "moreImage-" + row.imageId
                            text: "⋯"
                            font.bold: true
                            Layout.preferredWidth: implicitHeight + 12
                            onClicked: imageMenu.open()
                            Accessible.name: qsTr("More actions for %1").arg(row.displayName)
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("More actions")
                            Menu {
                                id: imageMenu
                                y: parent.height
                                MenuItem {
                                    objectName: "tagImage-" + row.imageId
                                    text: qsTr("Tag…")
                                    onTriggered: {
                                        tagDialog.imageId = row.imageId
                                        tagDialog.source = row.repoTags.length > 0 ? row.repoTags[0] : row.shortId
                                        tagDialog.open()
                                    }
                                }
                                MenuItem {
                                    objectName: "pushImage-" + row.imageId
                                    icon.source: "qrc:/icons/document-send-symbolic.svg"
                                    icon.color: palette.buttonText
                                    text: qsTr("Push…")
                                    enabled: row.repoTags.length > 0
                                    onTriggered: pushDialog.openFor(row.repoTags)
                                }
                                MenuSeparator {}
                                MenuItem {
                                    objectName: "removeImage-" + row.imageId
                                    icon.source: "qrc:/icons/user-trash-symbolic.svg"
                                    icon.color: palette.buttonText
                                    text: qsTr("Remove…")
                                    onTriggered: row.askRemove()
                                }
                            }
                        }
                    }
                }
            }
        }
        Label {
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: Models.images.status === ResourceListModel.Loading ? qsTr("Loading images…")
                : Models.images.status !== ResourceListModel.Ready ? Models.images.errorString
                : Models.images.count === 0 ? qsTr("No images. Pull one, or import a tar file.")
                : qsTr("No image matches the search.")
        }
    }

    Dialog {
        id: tagDialog
        property string imageId
        property string source
        objectName: "tagDialog"
        title: qsTr("Tag an image")
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: {
            tagTarget.clear()
            RegistryActions.refresh()
        }
        // In the user's language (Qt's own word is English), also after a switch.
        Component.onCompleted: standardButton(Dialog.Cancel).text = Qt.binding(() => qsTr("Cancel"))
        onAccepted: ImageActions.tagImage(imageId, source, tagTarget.text.trim())
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("New name for %1, such as my/app:v1").arg(tagDialog.source) }
            TextField {
                id: tagTarget
                objectName: "tagTarget"
                Layout.fillWidth: true
                Accessible.name: qsTr("New name")
            }
            // A name in a registry Berth knows a sign-in for: its host, then the image's path.
            Flow {
                spacing: 6
                Layout.fillWidth: true
                Repeater {
                    model: RegistryActions.registries
                    delegate: Button {
                        required property var modelData
                        visible: modelData.server.indexOf("://") < 0
                        objectName: "tagForRegistry-" + modelData.server
                        text: qsTr("For %1").arg(modelData.name)
                        onClicked: {
                            const name = tagDialog.source.indexOf("sha256:") === 0 ? "image:latest" : tagDialog.source
                            const first = name.split("/")[0]
                            const path = (name.indexOf("/") > 0 && (first.indexOf(".") >= 0 || first.indexOf(":") >= 0
                                                                     || first === "localhost"))
                                         ? name.substring(name.indexOf("/") + 1) : name
                            tagTarget.text = modelData.server + "/" + path
                        }
                        Accessible.name: qsTr("A name in %1").arg(modelData.name)
                    }
                }
            }
            CommandBlock {
                objectName: "tagCommand"
                text: "docker tag " + tagDialog.source + " " + tagTarget.text
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
        }
    }
    Dialog {
        id: pushDialog
        property var tags: []
        /// The image's names, the first one that names a registry chosen.
        function openFor(names: var) {
            tags = names
            let chosen = 0
            for (let i = names.length - 1; i >= 0; --i) {
                const first = String(names[i]).split("/")[0]
                if (String(names[i]).indexOf("/") > 0
                        && (first.indexOf(".") >= 0 || first.indexOf(":") >= 0 || first === "localhost"))
                    chosen = i
            }
            pushTag.currentIndex = chosen
            open()
        }
        objectName: "pushDialog"
        title: qsTr("Push an image")
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        Component.onCompleted: {
            const ok = standardButton(Dialog.Ok)
            ok.objectName = "pushConfirm"
            // Bound: the language can change while the dialog exists.
            ok.text = Qt.binding(() => qsTr("Push"))
            standardButton(Dialog.Cancel).text = Qt.binding(() => qsTr("Cancel"))
        }
        onAccepted: {
            ImageActions.pushImage(pushTag.currentText)
            root.pullStarted()
        }
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("The name says where it goes: the registry before the first /, Docker Hub when there is none.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.maximumWidth: 480
            }
            ComboBox {
                id: pushTag
                objectName: "pushTag"
                model: pushDialog.tags
                Layout.fillWidth: true
                Accessible.name: qsTr("Name to push")
            }
            CommandBlock {
                objectName: "pushCommand"
                text: "docker push " + pushTag.currentText
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
        }
    }
    BuildImageDialog {
        id: buildDialog
        onBuilt: imageId => root.selectImage(imageId)
    }
    ConfirmDialog {
        id: pruneDialog
        title: qsTr("Remove unused images")
        message: pruneAll.checked ? qsTr("These images no container uses will be removed:")
                                  : qsTr("These untagged images no container uses will be removed:")
        command: pruneAll.checked ? "docker image prune -f -a" : "docker image prune -f"
        freed: DiskActions.status === DiskActions.Ready ? DiskActions.freedBy("images", items) : ""
        onAccepted: ImageActions.pruneImages(pruneAll.checked)
    }
    ConfirmDialog {
        id: removeDialog
        property string imageId
        objectName: "removeImageDialog"
        property string reference
        property bool inUse
        title: qsTr("Remove an image")
        message: qsTr("Remove %1?").arg(reference.length > 0 ? reference : imageId)
        listed: false // the question says what goes
        warning: inUse ? qsTr("Containers use this image. Removing it anyway (force) leaves them without a name "
                              + "for their image; they keep running.") : ""
        command: "docker rmi " + (inUse ? "-f " : "") + (reference.length > 0 ? reference : imageId)
        onAccepted: ImageActions.removeImage(imageId, reference, inUse)
    }
}
