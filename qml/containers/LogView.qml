// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// A container's log: the last lines, then following; search, stream filter, copy and save.
ColumnLayout {
    id: root
    property string containerId
    property string containerName
    /// Opens the log only once the view is shown (a hidden tab streams nothing).
    property bool active: true
    /// In the container details (it offers a window of its own), or that window.
    property bool inDetails: true
    /// Belongs to this view (its C++ parent, given to ContainerActions.openLogs): no JavaScript collector
    /// decides when it goes (it once deleted one under a second log window).
    property LogSession session: null
    readonly property LogModel logModel: session ? session.model : null
    property int newLines: 0
    property int selectionStart: -1
    property int selectionEnd: -1
    /// The row of the match jumped to last.
    property int matchRow: -1

    objectName: "logView"
    spacing: 6

    function reopen() {
        if (session) {
            session.stop()
            Models.release(session)
        }
        session = null
        newLines = 0
        selectionStart = selectionEnd = matchRow = -1
        if (active && containerId.length > 0) {
            session = ContainerActions.openLogs(containerId, root)
            session.follow = followSwitch.checked
            session.timestamps = timestamps.checked
        }
    }
    function applySearch() {
        if (!logModel)
            return
        logModel.searchText = search.text
    }
    function jump(backwards: bool) {
        if (!logModel)
            return
        const from = matchRow >= 0 ? matchRow : (backwards ? 0 : -1)
        const row = logModel.nextMatch(from, backwards)
        if (row >= 0) {
            matchRow = row
            list.stuck = false // a jump leaves the end; "Jump to end" brings it back
            list.positionViewAtIndex(row, ListView.Center)
        }
    }
    function copySelection() {
        if (!logModel || selectionStart < 0)
            return
        Actions.copyToClipboard(logModel.text(Math.min(selectionStart, selectionEnd),
                                              Math.max(selectionStart, selectionEnd),
                                              timestamps.checked, saveMarkers.checked))
    }
    /// Writes the shown lines; the file dialog calls it, and so can a test.
    function saveTo(path: string): string {
        const error = logModel ? logModel.save(path, timestamps.checked, saveMarkers.checked)
                               : qsTr("No log is open.")
        saveStatus.text = error.length > 0 ? error : qsTr("Saved to %1").arg(path)
        return error
    }

    onContainerIdChanged: reopen()
    onActiveChanged: if (active && !session) reopen()
    Component.onCompleted: if (!session) reopen()
    // QML frees the session later; its streams end now.
    Component.onDestruction: if (session) session.stop()

    Binding {
        target: root.logModel
        property: "darkColours"
        value: root.palette.base.hslLightness < 0.5
        when: root.logModel !== null
    }

    // Search (Flows wrap in a narrow pane; the Item gives the layout their height)
    Item {
    Layout.fillWidth: true
    Layout.preferredHeight: searchRow.height
    Flow {
        id: searchRow
        width: parent.width
        spacing: 6
        TextField {
            id: search
            objectName: "logSearch"
            width: Math.min(320, root.width)
            placeholderText: qsTr("Search the log")
            onTextChanged: root.applySearch()
            onAccepted: root.jump(false)
            Accessible.name: qsTr("Search the log")
        }
        CheckBox {
            objectName: "logCaseSensitive"
            text: qsTr("Aa")
            checked: root.logModel ? root.logModel.caseSensitive : false
            onToggled: if (root.logModel) root.logModel.caseSensitive = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Match case")
            Accessible.name: qsTr("Match case")
        }
        CheckBox {
            objectName: "logRegex"
            text: qsTr(".*")
            checked: root.logModel ? root.logModel.regularExpression : false
            onToggled: if (root.logModel) root.logModel.regularExpression = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Regular expression")
            Accessible.name: qsTr("Regular expression")
        }
        CheckBox {
            objectName: "logOnlyMatches"
            text: qsTr("Only matching lines")
            checked: root.logModel ? root.logModel.onlyMatches : false
            onToggled: if (root.logModel) root.logModel.onlyMatches = checked
            Accessible.name: text
        }
        Label {
            objectName: "logMatchCount"
            opacity: 0.8
            text: !root.logModel || search.text.length === 0 ? ""
                  : root.logModel.searchError.length > 0 ? root.logModel.searchError
                  : root.logModel.searching ? qsTr("Searching… %1%").arg(Math.round(root.logModel.searchProgress * 100))
                  : qsTr("%n match(es)", "", root.logModel.matchCount)
        }
        Button {
            objectName: "logPrevious"
            icon.source: "qrc:/icons/go-up-symbolic.svg"
            icon.color: palette.buttonText
            text: qsTr("Previous")
            enabled: root.logModel !== null && root.logModel.matchCount > 0
            onClicked: root.jump(true)
            Accessible.name: qsTr("Previous match")
        }
        Button {
            objectName: "logNext"
            icon.source: "qrc:/icons/go-down-symbolic.svg"
            icon.color: palette.buttonText
            text: qsTr("Next")
            enabled: root.logModel !== null && root.logModel.matchCount > 0
            onClicked: root.jump(false)
            Accessible.name: qsTr("Next match")
        }
    }
    }

    // What to show
    Item {
    Layout.fillWidth: true
    Layout.preferredHeight: optionsRow.height
    Flow {
        id: optionsRow
        width: parent.width
        spacing: 6
        ComboBox {
            id: streams
            objectName: "logStreams"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: [qsTr("stdout and stderr"), qsTr("stdout only"), qsTr("stderr only")]
            onActivated: if (root.logModel) root.logModel.streamFilter = currentIndex
            Accessible.name: qsTr("Streams to show")
        }
        Switch {
            id: followSwitch
            objectName: "logFollow"
            text: qsTr("Follow")
            checked: true
            onToggled: if (root.session) root.session.follow = checked
            Accessible.name: qsTr("Follow new lines")
        }
        CheckBox {
            id: timestamps
            objectName: "logTimestamps"
            text: qsTr("Timestamps")
            // A still log's whole may have come without them: it is then asked again with them.
            onToggled: if (root.session) root.session.timestamps = checked
            Accessible.name: qsTr("Show timestamps")
        }
        TextField {
            id: since
            objectName: "logSince"
            placeholderText: qsTr("since: 10m, 2h, 2026-11-29")
            width: 180
            onAccepted: {
                if (!root.session)
                    return
                const error = root.session.start(since.text.length > 0 ? -1 : 1000, since.text)
                sinceError.text = error
            }
            Accessible.name: qsTr("Show lines since")
        }
        Button {
            objectName: "logEarlier"
            text: qsTr("Load earlier")
            visible: root.session !== null && root.session.hasEarlier
            onClicked: root.session.loadEarlier(1000)
            Accessible.name: qsTr("Load 1,000 earlier lines")
        }
        Button {
            objectName: "logAll"
            text: qsTr("Load all")
            visible: root.session !== null && root.session.hasEarlier
            onClicked: root.session.loadEarlier(-1)
            Accessible.name: qsTr("Load the whole log")
        }
        Button {
            objectName: "logCopyAll"
            icon.source: "qrc:/icons/edit-copy-symbolic.svg"
            icon.color: palette.buttonText
            text: qsTr("Copy all")
            enabled: root.logModel !== null && root.logModel.count > 0
            onClicked: Actions.copyToClipboard(root.logModel.text(0, root.logModel.count - 1, timestamps.checked,
                                                                 saveMarkers.checked))
            Accessible.name: qsTr("Copy all shown lines")
        }
        CheckBox {
            id: saveMarkers
            objectName: "logSaveMarkers"
            text: qsTr("Stream markers")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Copy and save lines with \"stdout\" or \"stderr\" in front")
            Accessible.name: qsTr("Save with stream markers")
        }
        Button {
            objectName: "logSave"
            icon.source: "qrc:/icons/document-save-symbolic.svg"
            icon.color: palette.buttonText
            text: qsTr("Save…")
            enabled: root.logModel !== null && root.logModel.count > 0
            onClicked: saveDialog.open()
            Accessible.name: qsTr("Save the shown lines to a file")
        }
        Button {
            objectName: "logOpenWindow"
            icon.source: "qrc:/icons/window-new-symbolic.svg"
            icon.color: palette.buttonText
            text: qsTr("Open in a window")
            visible: root.inDetails
            onClicked: {
                const component = Qt.createComponent("LogWindow.qml")
                // The main window is its parent: an object without one belongs to the JavaScript
                // garbage collector, which closed the window at its next run. Its colours are the
                // application's palette, which Preferences sets for light and dark.
                const window = component.createObject(root.Window.window, { containerId: root.containerId,
                                                                            containerName: root.containerName })
                if (window)
                    window.show()
                else
                    saveStatus.text = component.errorString()
            }
            Accessible.name: qsTr("Open this log in a window of its own")
        }
        Button {
            objectName: "logClear"
            text: qsTr("Clear")
            enabled: root.logModel !== null && root.logModel.count > 0
            onClicked: root.logModel.clear()
            Accessible.name: qsTr("Clear the view")
        }
    }
    }
    Label {
        id: sinceError
        visible: text.length > 0
        color: "#c01c28"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Frame {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 160
        padding: 0

        ListView {
            id: list
            objectName: "logList"
            anchors.fill: parent
            clip: true
            model: root.logModel
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            // Stays at the end while following, until the user scrolls up.
            property bool stuck: true
            // While the user moves the view (wheel, drag, flick or the scroll bar) new lines do
            // not pull it back to the end: a wheel's flick can start before its first frame has
            // moved it, and going to the end then would cancel it. Once the user lets go, a move
            // that went up leaves the end; one that did not (sideways, or down) goes on following.
            readonly property bool userMoving: moving || vbar.pressed
            property real movedFrom: 0
            onUserMovingChanged: {
                if (userMoving) {
                    movedFrom = contentY
                    return
                }
                stuck = atYEnd || (stuck && contentY >= movedFrom)
                if (stuck) {
                    root.newLines = 0
                    toEnd.restart()
                }
            }
            // While a log loads (not following) its end moves with every batch: the view goes
            // there once it is in, not at each batch (each a layout and a frame for nothing).
            readonly property bool loading: root.session !== null && root.session.state === LogSession.Loading
            onCountChanged: {
                if (stuck && !loading)
                    toEnd.restart()
            }
            onLoadingChanged: {
                if (stuck && !loading)
                    toEnd.restart()
            }
            // Once the new rows are laid out (Qt.callLater, which Qt 6.4's qmllint cannot type).
            Timer {
                id: toEnd
                interval: 0
                onTriggered: {
                    if (list.stuck && !list.userMoving)
                        list.positionViewAtEnd()
                }
            }
            Connections {
                target: root.logModel
                function onRowsInserted(parent, first: int, last: int) {
                    if (!list.stuck || list.userMoving)
                        root.newLines += last - first + 1
                }
                function onModelReset() {
                    // Rows are new: what pointed at the old ones points nowhere.
                    root.matchRow = root.selectionStart = root.selectionEnd = -1
                }
            }
            ScrollBar.vertical: ScrollBar {
                id: vbar
            }
            ScrollBar.horizontal: ScrollBar {}
            contentWidth: width * 3
            flickableDirection: Flickable.AutoFlickIfNeeded

            delegate: Rectangle {
                id: row
                required property int index
                required property string text
                required property string styledText
                required property bool stderr
                required property var time
                required property bool truncated
                required property bool match
                readonly property bool selected: root.selectionStart >= 0
                    && index >= Math.min(root.selectionStart, root.selectionEnd)
                    && index <= Math.max(root.selectionStart, root.selectionEnd)

                width: ListView.view.width
                height: Math.max(line.implicitHeight, expand.item ? expand.height : 0) + 2
                color: selected ? root.palette.highlight
                       : root.matchRow === index ? Qt.rgba(0.96, 0.76, 0.07, 0.25)
                       : "transparent"

                // Plain items, no layout, and the rare parts (the time, "expand") made only where
                // shown: a row is made again each time the view moves far (the end of a long log).
                Rectangle {
                    visible: row.stderr
                    width: 3
                    height: parent.height
                    color: "#e01b24"
                }
                Text {
                    id: stamp
                    x: 8
                    y: 1
                    visible: timestamps.checked
                    width: visible ? implicitWidth + 8 : 0
                    text: visible && row.time ? Qt.formatDateTime(row.time, "yyyy-MM-dd HH:mm:ss.zzz") : ""
                    font.family: "monospace"
                    color: root.palette.text
                    opacity: 0.6
                }
                Text {
                    id: line
                    x: stamp.x + stamp.width
                    y: 1
                    width: row.width - x - (expand.item ? expand.width + 8 : 0)
                    text: row.styledText.length > 0 ? row.styledText : row.text
                    textFormat: row.styledText.length > 0 ? Text.RichText : Text.PlainText
                    color: row.selected ? root.palette.highlightedText
                           : row.stderr ? (root.palette.base.hslLightness < 0.5 ? "#ff7b63" : "#a51d2d")
                           : root.palette.text
                    font.family: "monospace"
                    wrapMode: Text.NoWrap
                    elide: Text.ElideNone
                    property bool berthElidable: true // a log line, as long as it was written
                }
                Loader {
                    id: expand
                    active: row.truncated
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    sourceComponent: Button {
                        text: qsTr("expand")
                        flat: true
                        onClicked: {
                            expanded.text = root.logModel.fullText(row.index)
                            expandDialog.open()
                        }
                        Accessible.name: qsTr("Show the whole line")
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    acceptedButtons: Qt.LeftButton
                    z: -1
                    onClicked: mouse => {
                        if ((mouse.modifiers & Qt.ShiftModifier) && root.selectionStart >= 0) {
                            root.selectionEnd = row.index
                        } else {
                            root.selectionStart = root.selectionEnd = row.index
                        }
                        list.forceActiveFocus()
                    }
                }
                Accessible.role: Accessible.ListItem
                Accessible.name: (row.stderr ? qsTr("stderr") + ": " : "") + row.text
            }
            Keys.onPressed: event => {
                if (event.matches(StandardKey.Copy)) {
                    root.copySelection()
                    event.accepted = true
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                opacity: 0.7
                text: !root.session ? ""
                      : root.session.state === LogSession.Loading ? qsTr("Loading the log…")
                      : root.session.state === LogSession.Failed ? ""
                      : root.logModel.lineCount > 0 ? qsTr("No line matches.")
                      : qsTr("This container has written nothing yet.")
            }
        }
        Button {
            objectName: "logJumpToEnd"
            icon.source: "qrc:/icons/go-bottom-symbolic.svg"
            icon.color: palette.buttonText
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 12
            visible: !list.stuck
            text: root.newLines > 0 ? qsTr("Jump to end (%n new)", "", root.newLines) : qsTr("Jump to end")
            onClicked: {
                list.stuck = true
                root.newLines = 0
                list.positionViewAtEnd()
            }
            Accessible.name: qsTr("Jump to the end of the log")
        }
    }

    // Where the stream stands, and the command it equals.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            objectName: "logState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: root.session && root.session.state === LogSession.Failed ? "#c01c28" : root.palette.text
            text: {
                if (!root.session)
                    return ""
                switch (root.session.state) {
                case LogSession.Loading: return qsTr("Loading…")
                case LogSession.Following: return qsTr("Following: new lines appear as they are written.")
                case LogSession.Loaded: return qsTr("— end of the log —")
                case LogSession.Stopped: return qsTr("— the container stopped; following resumes when it starts again —")
                case LogSession.Failed: return root.session.errorString
                }
                return ""
            }
        }
        CommandBlock {
            objectName: "logCommand"
            // What is shown: after "Load all" the whole log (no --tail), with -t while times show.
            text: ContainerActions.logsCommand(root.containerName, followSwitch.checked,
                                               root.session ? root.session.tail : 1000, since.text,
                                               timestamps.checked)
            Layout.fillWidth: true
            Accessible.name: qsTr("Equivalent docker command: %1").arg(text)
        }
        Label {
            id: saveStatus
            objectName: "logSaveStatus"
            opacity: 0.8
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the log")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Text files (*.txt *.log)"), qsTr("All files (*)")]
        onAccepted: root.saveTo(decodeURIComponent(String(selectedFile).replace(/^file:\/\//, "")))
    }
    Dialog {
        id: expandDialog
        title: qsTr("The whole line")
        modal: true
        Overlay.modal: ModalDim {}
        standardButtons: Dialog.Close
        // In the user's language (Qt's own word is English), also after a switch.
        Component.onCompleted: standardButton(Dialog.Close).text = Qt.binding(() => qsTr("Close"))
        width: Math.min(900, root.width)
        height: Math.min(600, root.height)
        anchors.centerIn: Overlay.overlay
        ScrollView {
            anchors.fill: parent
            TextArea {
                id: expanded
                readOnly: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
            }
        }
    }
}
