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

    /// Asks where to save @p path (a file as it is, or anything as a .tar.gz); a download is a job.
    function download(path: string, asArchive: bool) {
        saveDialog.sourcePath = path
        saveDialog.asArchive = asArchive
        saveDialog.selectedFile = saveDialog.currentFolder + "/" + browser.downloadName(path, asArchive)
        saveDialog.open()
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
                objectName: "filesDownloadFolder"
                icon.source: "qrc:/icons/document-save-symbolic.svg"
                icon.color: palette.buttonText
                enabled: browser.path.length > 0
                onClicked: root.download(browser.path, true)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Download this folder as a .tar.gz")
                Accessible.name: qsTr("Download this folder as a .tar.gz")
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
        Label {
            objectName: "filesStatus"
            Layout.fillWidth: true
            text: browser.error.length > 0 ? browser.error
                : browser.loading ? browser.summary + "  ·  " + browser.progressText
                : browser.summary
            color: browser.error.length > 0 ? "#c01c28" : palette.windowText
            opacity: browser.error.length > 0 ? 1 : 0.75
            wrapMode: Text.Wrap
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
                ListView {
                    id: list
                    objectName: "filesList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: browser.entries
                    currentIndex: -1
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Files")
                    Keys.onReturnPressed: if (currentItem) (currentItem as ItemDelegate).clicked()
                    Keys.onEnterPressed: if (currentItem) (currentItem as ItemDelegate).clicked()
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_Backspace) {
                            browser.up()
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
                        onClicked: {
                            list.currentIndex = index
                            list.forceActiveFocus()
                            if (kind === "folder")
                                browser.open(path)
                            else
                                browser.preview(path)
                        }
                        contentItem: RowLayout {
                            spacing: 8
                            Label {
                                text: fileRow.name + (fileRow.kind === "folder" ? "/" : "")
                                      + (fileRow.kind === "link" ? "  →  " + fileRow.linkTarget : "")
                                      + (fileRow.kind === "hardlink" ? "  ⇒  " + fileRow.linkTarget : "")
                                font.bold: fileRow.kind === "folder"
                                elide: Text.ElideMiddle
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
                                Layout.preferredWidth: 70
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
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
}
