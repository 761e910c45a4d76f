// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A container's or a volume's files: one folder at a time, read from the engine's archive
/// stream (headers only), with a preview of the file chosen. Set container or volume; its
/// root folder opens.
Item {
    id: root
    property alias container: browser.container
    property alias volume: browser.volume
    /// Whether the container runs: then its own tools delete, rename and make folders.
    property alias running: browser.running
    property alias containerName: browser.containerName
    readonly property FileBrowser browser: browser
    /// The mode and owner columns need room, and so does the modification time; a narrow view
    /// (a container's details) shows the preview under the list instead of beside it.
    readonly property bool wide: width >= 760
    readonly property bool medium: width >= 480

    implicitWidth: 640
    implicitHeight: 400

    FileBrowser {
        id: browser
    }

    /// Enter on a row: a folder opens, a file is shown.
    function openCurrent() {
        if (list.currentIndex < 0)
            return
        if (list.currentKind === "folder")
            browser.open(list.currentPath)
        else
            browser.preview(list.currentPath)
    }
    /// Asks before deleting @p path (a folder with all it holds).
    function askRemove(path: string) {
        removeDialog.path = path
        removeDialog.open()
    }
    /// Asks for a new name for @p path, or ("" ) for a new folder's.
    function askName(path: string) {
        nameDialog.path = path
        nameField.text = path.length > 0 ? path.substring(path.lastIndexOf("/") + 1) : ""
        nameDialog.open()
    }

    /// Copies @p sources (URLs of this computer's files and folders) into the current folder,
    /// asking first when a name is taken there.
    function upload(sources: list<string>) {
        const taken = browser.upload(sources, false)
        if (taken.length === 0) {
            downloadNote.text = qsTr("Copying into %1: the Jobs page shows how far it is.").arg(browser.path)
            return
        }
        replaceUploadDialog.sources = sources
        replaceUploadDialog.items = taken
        replaceUploadDialog.open()
    }

    /// Asks where to save @p path (a file as it is, or anything as a .tar.gz); a download is a job.
    function download(path: string, asArchive: bool) {
        saveDialog.sourcePath = path
        saveDialog.asArchive = asArchive
        saveDialog.selectedFile = saveDialog.currentFolder + "/" + encodeURIComponent(browser.downloadName(path, asArchive))
        saveDialog.open()
    }

    /// Asks which folder of this computer the folder @p path is copied into, as files.
    function downloadFiles(path: string) {
        saveFolderDialog.sourcePath = path
        saveFolderDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                objectName: "filesUp"
                icon.source: "qrc:/icons/go-up-symbolic.svg"
                icon.color: palette.buttonText
                enabled: browser.path !== "/" && browser.path.length > 0
                onClicked: browser.up()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Up one folder (Backspace)")
                Accessible.name: qsTr("Up one folder")
            }
            // Breadcrumbs: each folder of the path opens with a click.
            Flickable {
                id: crumbsView
                Layout.fillWidth: true
                Layout.preferredHeight: crumbsRow.implicitHeight
                contentWidth: crumbsRow.implicitWidth
                clip: true
                // The end of a deep path is what matters: keep it in sight.
                onContentWidthChanged: contentX = Math.max(0, contentWidth - width)
                Row {
                    id: crumbsRow
                    spacing: 0
                    Repeater {
                        model: browser.crumbs
                        delegate: Row {
                            id: crumb
                            required property var modelData
                            required property int index
                            Label {
                                visible: crumb.index > 0
                                text: "›"
                                opacity: 0.6
                                anchors.verticalCenter: parent.verticalCenter
                            }
                            ToolButton {
                                objectName: "crumb-" + crumb.modelData.path
                                text: crumb.modelData.name
                                font.bold: crumb.modelData.path === browser.path
                                onClicked: browser.open(crumb.modelData.path)
                                Accessible.name: qsTr("Open %1").arg(crumb.modelData.path)
                            }
                        }
                    }
                }
            }
            ToolButton {
                objectName: "filesNewFolder"
                icon.source: "qrc:/icons/list-add-symbolic.svg"
                icon.color: palette.buttonText
                enabled: browser.changeBlocker.length === 0 && !browser.changing && browser.path.length > 0
                onClicked: root.askName("")
                ToolTip.visible: hovered
                ToolTip.text: browser.changeBlocker.length > 0 ? browser.changeBlocker : qsTr("Make a folder here")
                Accessible.name: qsTr("Make a folder here")
                Accessible.description: browser.changeBlocker
            }
            ToolButton {
                id: uploadButton
                objectName: "filesUpload"
                icon.source: "qrc:/icons/document-send-symbolic.svg"
                icon.color: palette.buttonText
                enabled: browser.path.length > 0
                onClicked: uploadMenu.popup(uploadButton, 0, uploadButton.height)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Copy files or a folder of this computer here (or drop them on the list)")
                Accessible.name: qsTr("Copy files or a folder of this computer here")
                Menu {
                    // As wide as its longest entry: Fusion's menu is 200 pixels and cuts a longer one.
                    width: {
                        let widest = 200
                        for (let i = 0; i < count; ++i) {
                            const entry = itemAt(i)
                            if (entry)
                                widest = Math.max(widest, entry.implicitWidth + leftPadding + rightPadding)
                        }
                        return widest
                    }
                    id: uploadMenu
                    MenuItem {
                        objectName: "filesUploadFiles"
                        text: qsTr("Files…")
                        onTriggered: openFilesDialog.open()
                    }
                    MenuItem {
                        objectName: "filesUploadFolder"
                        text: qsTr("A folder…")
                        onTriggered: openFolderDialog.open()
                    }
                }
            }
            ToolButton {
                id: downloadFolderButton
                objectName: "filesDownloadFolder"
                icon.source: "qrc:/icons/document-save-symbolic.svg"
                icon.color: palette.buttonText
                enabled: browser.path.length > 0
                onClicked: downloadFolderMenu.popup(downloadFolderButton, 0, downloadFolderButton.height)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Download this folder, as files or as a .tar.gz")
                Accessible.name: qsTr("Download this folder")
                Menu {
                    // As wide as its longest entry: Fusion's menu is 200 pixels and cuts a longer one.
                    width: {
                        let widest = 200
                        for (let i = 0; i < count; ++i) {
                            const entry = itemAt(i)
                            if (entry)
                                widest = Math.max(widest, entry.implicitWidth + leftPadding + rightPadding)
                        }
                        return widest
                    }
                    id: downloadFolderMenu
                    MenuItem {
                        objectName: "filesDownloadFolderFiles"
                        text: qsTr("As files…")
                        onTriggered: root.downloadFiles(browser.path)
                    }
                    MenuItem {
                        objectName: "filesDownloadFolderArchive"
                        text: qsTr("As a .tar.gz…")
                        onTriggered: root.download(browser.path, true)
                    }
                }
            }
            ToolButton {
                objectName: "filesRefresh"
                icon.source: "qrc:/icons/view-refresh-symbolic.svg"
                icon.color: palette.buttonText
                onClicked: browser.refresh()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Read the folder again")
                Accessible.name: qsTr("Read the folder again")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: filterField
                objectName: "filesFilter"
                placeholderText: qsTr("Filter by name")
                Layout.fillWidth: true
                onTextChanged: browser.filter = text
                Accessible.name: qsTr("Filter the files by name")
            }
            CheckBox {
                objectName: "filesHidden"
                text: qsTr("Hidden files")
                checked: browser.showHidden
                onToggled: browser.showHidden = checked
                Accessible.name: qsTr("Show hidden files")
            }
        }
        Label {
            id: downloadNote
            objectName: "filesDownloadNote"
            visible: text.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "filesStatus"
                Layout.fillWidth: true
                readonly property string problem: browser.error.length > 0 ? browser.error : browser.changeError
                text: problem.length > 0 ? problem
                    : browser.loading ? browser.summary + "  ·  " + browser.progressText
                    : browser.summary
                color: problem.length > 0 ? "#c01c28" : palette.windowText
                opacity: problem.length > 0 ? 1 : 0.75
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "filesStopListing"
                visible: browser.loading
                text: qsTr("Stop")
                flat: true
                onClicked: browser.stopListing()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Stop reading this folder: the rows read so far stay")
            }
        }
        SplitView {
            orientation: root.wide ? Qt.Horizontal : Qt.Vertical
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                SplitView.fillWidth: true
                SplitView.fillHeight: true
                SplitView.minimumWidth: 200
                SplitView.minimumHeight: 120
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    spacing: 8
                    SortHeader {
                        objectName: "filesSortName"
                        key: FileListModel.ByName
                        model: browser
                        title: qsTr("Name")
                        Layout.fillWidth: true
                    }
                    SortHeader {
                        objectName: "filesSortSize"
                        key: FileListModel.BySize
                        model: browser
                        title: qsTr("Size")
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 80
                    }
                    SortHeader {
                        visible: root.medium
                        key: FileListModel.ByModified
                        model: browser
                        title: qsTr("Modified")
                        Layout.preferredWidth: 130
                    }
                    Label {
                        visible: root.wide
                        text: qsTr("Mode")
                        font.bold: true
                        opacity: 0.75
                        Layout.preferredWidth: 90
                    }
                    Label {
                        visible: root.wide
                        text: qsTr("Owner")
                        font.bold: true
                        opacity: 0.75
                        elide: Text.ElideRight
                        Layout.preferredWidth: 70
                    }
                }
                // The list, a drop target over all of it (rows or not) and the empty folder's word.
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ListView {
                        id: list
                        objectName: "filesList"
                        anchors.fill: parent
                        clip: true
                        model: browser.entries
                        /// The row chosen (by click or arrows): what Delete, F2 and the menu act on.
                        property string currentPath
                        property string currentKind
                        currentIndex: -1
                        keyNavigationEnabled: true
                        ScrollBar.vertical: ScrollBar {}
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Files")
                        Keys.onReturnPressed: root.openCurrent()
                        Keys.onEnterPressed: root.openCurrent()
                        Keys.onPressed: event => {
                            if (event.key === Qt.Key_Backspace) {
                                browser.up()
                                event.accepted = true
                            } else if (event.key === Qt.Key_Delete && list.currentItem
                                       && browser.changeBlocker.length === 0) {
                                root.askRemove(list.currentPath)
                                event.accepted = true
                            } else if (event.key === Qt.Key_F2 && list.currentItem
                                       && browser.changeBlocker.length === 0) {
                                root.askName(list.currentPath)
                                event.accepted = true
                            }
                        }
                        delegate: ItemDelegate {
                            id: fileRow
                            required property int index
                            required property string name
                            required property string path
                            required property string kind
                            required property string sizeText
                            required property string modeText
                            required property string owner
                            required property string modifiedText
                            required property string linkTarget
                            required property bool hidden
                            width: ListView.view.width
                            objectName: "file-" + name
                            highlighted: ListView.isCurrentItem
                            opacity: hidden ? 0.7 : 1
                            Accessible.role: Accessible.ListItem
                            Accessible.name: kind === "folder" ? qsTr("Folder %1").arg(name) : name
                            Binding {
                                when: fileRow.ListView.isCurrentItem
                                target: list
                                property: "currentPath"
                                value: fileRow.path
                            }
                            Binding {
                                when: fileRow.ListView.isCurrentItem
                                target: list
                                property: "currentKind"
                                value: fileRow.kind
                            }
                            TapHandler {
                                acceptedButtons: Qt.RightButton
                                onTapped: {
                                    list.currentIndex = fileRow.index
                                    rowMenu.popup()
                                }
                            }
                            // A click chooses (and shows a file); a double click or Enter opens a folder.
                            onClicked: {
                                list.currentIndex = index
                                list.forceActiveFocus()
                                if (kind !== "folder")
                                    browser.preview(path)
                            }
                            onDoubleClicked: {
                                if (kind === "folder")
                                    browser.open(path)
                            }
                            contentItem: RowLayout {
                                spacing: 8
                                Label {
                                    text: fileRow.name + (fileRow.kind === "folder" ? "/" : "")
                                          + (fileRow.kind === "link" ? "  →  " + fileRow.linkTarget : "")
                                          + (fileRow.kind === "hardlink" ? "  ⇒  " + fileRow.linkTarget : "")
                                    font.bold: fileRow.kind === "folder"
                                    elide: Text.ElideMiddle
                                    property bool berthElidable: true // a name, path or command of any length
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: fileRow.sizeText
                                    horizontalAlignment: Text.AlignRight
                                    Layout.preferredWidth: 80
                                }
                                Label {
                                    visible: root.medium
                                    text: fileRow.modifiedText
                                    opacity: 0.8
                                    Layout.preferredWidth: 130
                                }
                                Label {
                                    visible: root.wide
                                    text: fileRow.modeText
                                    font.family: "monospace"
                                    opacity: 0.8
                                    Layout.preferredWidth: 90
                                }
                                Label {
                                    visible: root.wide
                                    text: fileRow.owner
                                    opacity: 0.8
                                    elide: Text.ElideRight
                                    property bool berthElidable: true // a name, path or command of any length
                                    Layout.preferredWidth: 70
                                }
                            }
                        }
                    }
                    // Files and folders dropped from the desktop are copied into this folder.
                    DropArea {
                        anchors.fill: list
                        keys: ["text/uri-list"]
                        onDropped: drop => {
                            if (drop.hasUrls && browser.path.length > 0) {
                                root.upload(drop.urls.map(u => String(u)))
                                drop.acceptProposedAction()
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: list
                        visible: list.count === 0 && !browser.loading && browser.error.length === 0
                                 && browser.path.length > 0
                        text: browser.filter.length > 0 ? qsTr("No file matches the filter.")
                                                        : qsTr("This folder is empty.")
                        opacity: 0.7
                    }
                }
            }
            // The preview of the file chosen.
            ColumnLayout {
                objectName: "filesPreview"
                visible: browser.previewKind.length > 0
                SplitView.preferredWidth: Math.max(280, root.width * 0.42)
                SplitView.preferredHeight: root.height * 0.45
                SplitView.minimumWidth: 220
                SplitView.minimumHeight: 100
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: browser.previewPath
                        font.bold: true
                        elide: Text.ElideMiddle
                        property bool berthElidable: true // a name, path or command of any length
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "filesDownload"
                        visible: browser.previewKind === "text" || browser.previewKind === "binary"
                                 || browser.previewKind === "image"
                        icon.source: "qrc:/icons/document-save-symbolic.svg"
                        icon.color: palette.buttonText
                        text: qsTr("Download…")
                        onClicked: root.download(browser.previewPath, false)
                        Accessible.name: qsTr("Download %1").arg(browser.previewPath)
                    }
                    ToolButton {
                        objectName: "filesCopyPath"
                        icon.source: "qrc:/icons/edit-copy-symbolic.svg"
                        icon.color: palette.buttonText
                        onClicked: Actions.copyToClipboard(browser.previewPath)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Copy the path")
                        Accessible.name: qsTr("Copy the path")
                    }
                    ToolButton {
                        text: "✕"
                        onClicked: browser.closePreview()
                        Accessible.name: qsTr("Close the preview")
                    }
                }
                Label {
                    objectName: "filesPreviewNote"
                    text: browser.previewNote
                    opacity: browser.previewKind === "error" ? 1 : 0.75
                    color: browser.previewKind === "error" ? "#c01c28" : palette.windowText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // What a text file is read as: a guess when it is not UTF-8; the user may pick another.
                RowLayout {
                    visible: browser.previewEncodingIndex >= 0
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Encoding:")
                    }
                    ComboBox {
                        objectName: "filesPreviewEncoding"
                        model: browser.previewEncodings
                        currentIndex: browser.previewEncodingIndex
                        // As wide as there is room for, never wider than the pane.
                        Layout.fillWidth: true
                        Layout.preferredWidth: 220
                        Layout.maximumWidth: 340
                        onActivated: index => browser.setPreviewEncoding(index)
                        Accessible.name: qsTr("The file's encoding")
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                }
                ScrollView {
                    visible: browser.previewKind === "text" || browser.previewKind === "binary"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    TextArea {
                        objectName: "filesPreviewText"
                        text: browser.previewText
                        readOnly: true
                        selectByMouse: true
                        font.family: "monospace"
                        wrapMode: browser.previewKind === "binary" ? TextEdit.NoWrap : TextEdit.WrapAnywhere
                        textFormat: TextEdit.PlainText
                        Accessible.name: qsTr("The file's content")
                    }
                }
                // A picture at its own size, smaller only when it does not fit.
                Item {
                    visible: browser.previewKind === "image"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Image {
                        objectName: "filesPreviewImage"
                        source: browser.previewImage
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        width: Math.min(implicitWidth, parent.width)
                        height: Math.min(implicitHeight, parent.height)
                    }
                }
                Item {
                    visible: browser.previewKind !== "text" && browser.previewKind !== "binary"
                             && browser.previewKind !== "image"
                    Layout.fillHeight: true
                }
                Button {
                    objectName: "filesLoadMore"
                    visible: browser.canLoadMore
                    text: qsTr("Load more")
                    onClicked: browser.loadMore()
                    Accessible.name: qsTr("Load more of the file")
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        property string sourcePath
        property bool asArchive
        title: asArchive ? qsTr("Save %1 as an archive").arg(sourcePath) : qsTr("Save %1").arg(sourcePath)
        fileMode: FileDialog.SaveFile
        currentFolder: browser.downloadFolder()
        onAccepted: {
            if (browser.download(sourcePath, asArchive, String(selectedFile)))
                downloadNote.text = qsTr("Downloading %1: the Jobs page shows how far it is.").arg(sourcePath)
            else
                replaceDialog.open()
        }
    }
    ConfirmDialog {
        id: replaceDialog
        objectName: "filesReplaceDialog"
        title: qsTr("Replace a file")
        message: qsTr("This file exists already. Replace it with the download?")
        items: [decodeURIComponent(String(saveDialog.selectedFile).replace(/^file:\/\//, ""))]
        onAccepted: {
            if (browser.download(saveDialog.sourcePath, saveDialog.asArchive, String(saveDialog.selectedFile), true))
                downloadNote.text = qsTr("Downloading %1: the Jobs page shows how far it is.").arg(saveDialog.sourcePath)
        }
    }
    FolderDialog {
        id: saveFolderDialog
        property string sourcePath
        title: qsTr("Download %1 into a folder").arg(sourcePath)
        currentFolder: browser.downloadFolder()
        onAccepted: {
            if (browser.downloadFiles(sourcePath, String(selectedFolder)))
                downloadNote.text = qsTr("Downloading %1: the Jobs page shows how far it is.").arg(sourcePath)
            else
                mergeDialog.open()
        }
    }
    ConfirmDialog {
        id: mergeDialog
        objectName: "filesMergeDialog"
        title: qsTr("Copy into a folder that exists")
        message: qsTr("This folder exists already. Copy into it? Files of the same name in it are replaced; the rest stays.")
        items: [browser.filesTarget(saveFolderDialog.sourcePath, String(saveFolderDialog.selectedFolder))]
        onAccepted: {
            if (browser.downloadFiles(saveFolderDialog.sourcePath, String(saveFolderDialog.selectedFolder), true))
                downloadNote.text = qsTr("Downloading %1: the Jobs page shows how far it is.").arg(saveFolderDialog.sourcePath)
        }
    }
    Menu {
        // As wide as its longest entry: Fusion's menu is 200 pixels and cuts a longer one.
        width: {
            let widest = 200
            for (let i = 0; i < count; ++i) {
                const entry = itemAt(i)
                if (entry)
                    widest = Math.max(widest, entry.implicitWidth + leftPadding + rightPadding)
            }
            return widest
        }
        id: rowMenu
        objectName: "filesRowMenu"
        MenuItem {
            objectName: "filesMenuOpen"
            text: list.currentKind === "folder" ? qsTr("Open") : qsTr("Show")
            onTriggered: root.openCurrent()
        }
        MenuItem {
            objectName: "filesMenuDownload"
            text: qsTr("Download…")
            onTriggered: {
                if (list.currentKind === "folder")
                    root.downloadFiles(list.currentPath)
                else
                    root.download(list.currentPath, false)
            }
        }
        MenuItem {
            objectName: "filesMenuDownloadArchive"
            text: qsTr("Download as a .tar.gz…")
            visible: list.currentKind === "folder"
            height: visible ? implicitHeight : 0
            onTriggered: root.download(list.currentPath, true)
        }
        MenuItem {
            objectName: "filesMenuRename"
            text: qsTr("Rename…  (F2)")
            enabled: browser.changeBlocker.length === 0
            onTriggered: root.askName(list.currentPath)
        }
        MenuItem {
            objectName: "filesMenuDelete"
            text: qsTr("Delete…  (Delete)")
            enabled: browser.changeBlocker.length === 0
            onTriggered: root.askRemove(list.currentPath)
        }
        MenuItem {
            text: qsTr("Copy the path")
            onTriggered: Actions.copyToClipboard(list.currentPath)
        }
    }
    ConfirmDialog {
        id: removeDialog
        property string path
        objectName: "filesRemoveDialog"
        title: qsTr("Delete from the container")
        message: qsTr("This will be deleted, a folder with everything in it:")
        items: [path]
        warning: qsTr("It cannot be brought back, unless the image or a volume backup still has it.")
        command: browser.removeCommand(path)
        onAccepted: browser.remove(path)
    }
    Dialog {
        id: nameDialog
        /// The entry renamed, or "" for a new folder.
        property string path
        readonly property string problem: browser.nameProblem(nameField.text)
        objectName: "filesNameDialog"
        title: path.length > 0 ? qsTr("Rename %1").arg(path) : qsTr("Make a folder in %1").arg(browser.path)
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(460, root.width)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: {
            nameField.forceActiveFocus()
            nameField.selectAll()
            standardButton(Dialog.Cancel).text = Qt.binding(() => qsTr("Cancel"))
            standardButton(Dialog.Ok).enabled = Qt.binding(() => nameDialog.problem.length === 0
                                                           || nameField.text === nameDialog.path.substring(nameDialog.path.lastIndexOf("/") + 1))
        }
        onAccepted: {
            if (path.length === 0)
                browser.makeFolder(nameField.text)
            else if (nameField.text !== path.substring(path.lastIndexOf("/") + 1))
                browser.rename(path, nameField.text)
        }
        ColumnLayout {
            anchors.fill: parent
            TextField {
                id: nameField
                objectName: "filesNameField"
                Layout.fillWidth: true
                Accessible.name: qsTr("Name")
                onAccepted: if (nameDialog.problem.length === 0) nameDialog.accept()
            }
            Label {
                objectName: "filesNameProblem"
                visible: nameDialog.problem.length > 0 && nameField.text.length > 0
                         && nameField.text !== nameDialog.path.substring(nameDialog.path.lastIndexOf("/") + 1)
                text: nameDialog.problem
                color: "#c01c28"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    FileDialog {
        id: openFilesDialog
        title: qsTr("Copy files into %1").arg(browser.path)
        fileMode: FileDialog.OpenFiles
        onAccepted: {
            const chosen = []
            for (let i = 0; i < selectedFiles.length; ++i)
                chosen.push(String(selectedFiles[i]))
            root.upload(chosen)
        }
    }
    FolderDialog {
        id: openFolderDialog
        title: qsTr("Copy a folder into %1").arg(browser.path)
        onAccepted: root.upload([String(selectedFolder)])
    }
    ConfirmDialog {
        id: replaceUploadDialog
        property var sources: []
        objectName: "filesReplaceUploadDialog"
        title: qsTr("Replace what is there")
        message: qsTr("These names are taken in %1. What you copy replaces a file, and goes into a folder:").arg(browser.path)
        onAccepted: {
            browser.upload(sources, true)
            downloadNote.text = qsTr("Copying into %1: the Jobs page shows how far it is.").arg(browser.path)
        }
    }
}
