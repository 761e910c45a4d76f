// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses to make bound components
// ("outside its creation context"), and this file loads parts on demand.
import QtQml
import QtQml.Models
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Containers: search, filter by state, run, act on one, prune the stopped ones; details beside.
Page {
    id: root
    readonly property var selected: list.currentItem
    /// Selects the container with this id once it is listed (after a run).
    property string pendingSelection
    /// Run with -it: its terminal opens once it is selected.
    property string pendingTerminal
    /// A tab to show once this container is selected: {id, tab} ("logs", "terminal").
    property var pendingTab: null
    /// Selects a container and shows one of its tabs (the Learn page's Try-it flows).
    function showContainer(id: string, tab: string) {
        search.text = ""
        stateBox.currentIndex = 0
        pendingTab = { id: id, tab: tab }
        pendingSelection = id
        list.selectPending()
        openPendingTab(details.item as ContainerDetails)
    }
    /// The tab showContainer() asked for, once the details (@p shown) show that container.
    function openPendingTab(shown: ContainerDetails) {
        if (shown && root.pendingTab && shown.containerId.length > 0 && shown.containerId === root.pendingTab.id) {
            const tab = root.pendingTab.tab
            root.pendingTab = null
            shown.showTab(tab)
        }
    }
    /// The ticked containers, id → name, for the actions on several at once. Replaced, never
    /// changed in place, so that bindings see each change.
    property var checkedIds: ({})
    /// The details' widths the user dragged to (0: never).
    property int detailsPaneWidth: Preferences.paneWidth("container-details")
    property int logsPaneWidth: Preferences.paneWidth("container-logs")
    readonly property int checkedCount: Object.keys(checkedIds).length

    /// A job began (a backup of a container's volumes): the window shows the jobs.
    signal jobStarted()

    function setChecked(id: string, name: string, on: bool) {
        const next = Object.assign({}, checkedIds)
        if (on)
            next[id] = name
        else
            delete next[id]
        checkedIds = next
    }
    /// Ticks every container the list shows (@p on), or none.
    function checkAll(on: bool) {
        const next = {}
        if (on) {
            for (let r = 0; r < filtered.count; ++r) {
                const i = filtered.index(r, 0)
                next[filtered.data(i, ContainerModel.IdRole)] = filtered.data(i, ContainerModel.NameRole)
            }
        }
        checkedIds = next
    }
    /// Ticks the rows from @p from to @p to (either way round), as the list shows them.
    function tickRange(from: int, to: int) {
        const next = Object.assign({}, checkedIds)
        for (let r = Math.min(from, to); r <= Math.max(from, to); ++r) {
            const i = filtered.index(r, 0)
            next[filtered.data(i, ContainerModel.IdRole)] = filtered.data(i, ContainerModel.NameRole)
        }
        checkedIds = next
    }
    function actOnChecked(action: string) {
        for (const id in checkedIds)
            act(action, id, checkedIds[id])
    }

    function focusSearch() {
        search.forceActiveFocus()
    }
    function act(action: string, id: string, name: string) {
        if (action === "start") ContainerActions.startContainer(id, name)
        else if (action === "stop") ContainerActions.stopContainer(id, name)
        else if (action === "restart") ContainerActions.restartContainer(id, name)
        else if (action === "pause") ContainerActions.pauseContainer(id, name)
        else if (action === "unpause") ContainerActions.unpauseContainer(id, name)
        else if (action === "kill") ContainerActions.killContainer(id, name)
        else if (action === "remove" && !Preferences.confirmRemovals) {
            ContainerActions.removeContainer(id, name, true, false)
        } else if (action === "remove") {
            removeDialog.containerId = id
            removeDialog.containerName = name
            removeDialog.open()
        } else if (action === "backupVolumes") {
            backupDialogLoader.active = true
            const backup = backupDialogLoader.item as VolumeBackupDialog
            backup.openFor(VolumeActions.volumesOf(id), name)
        } else if (action === "export") {
            exportDialogLoader.active = true
            const exporter = exportDialogLoader.item as MigrateExportDialog
            exporter.openFor(id, name)
        } else if (action === "import") {
            importDialogLoader.active = true
            importDialogLoader.item.openEmpty()
        }
    }
    function setStateFilter(filter: int) {
        stateBox.currentIndex = filter
    }
    function openRunDialog(image: string) {
        runDialogLoader.active = true
        const dialog = runDialogLoader.item as RunContainerDialog
        dialog.openFor(image)
    }

    objectName: "containersPage"
    title: qsTr("Containers")

    ContainerFilterModel {
        id: filtered
        sourceModel: Models.containers
        filterText: search.text
        stateFilter: stateBox.currentIndex
    }

    Connections {
        target: ContainerActions
        function onContainerRun(id: string, interactive: bool) {
            root.pendingSelection = id
            root.pendingTerminal = interactive ? id : ""
            list.selectPending()
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                objectName: "containerSearch"
                placeholderText: qsTr("Search by name, image or id (Ctrl+F)")
                Layout.fillWidth: true
                Accessible.name: qsTr("Search containers")
            }
            ComboBox {
                id: stateBox
                objectName: "containerStateFilter"
                model: [qsTr("All"), qsTr("Running"), qsTr("Stopped"), qsTr("Paused"), qsTr("Unhealthy")]
                Accessible.name: qsTr("Show containers that are")
            }
            CheckBox {
                objectName: "groupByProject"
                text: qsTr("Group by project")
                checked: filtered.groupByProject
                onToggled: filtered.groupByProject = checked
                Accessible.name: qsTr("Group containers by compose project")
            }
            Button {
                objectName: "runButton"
                icon.source: "qrc:/icons/list-add-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Run…")
                highlighted: true
                onClicked: root.openRunDialog("")
                Accessible.name: qsTr("Run a new container")
            }
            Button {
                objectName: "importButton"
                icon.source: "qrc:/icons/document-open-recent-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Import…")
                onClicked: root.act("import", "", "")
                Accessible.name: qsTr("Import a container moved from another machine")
            }
            Button {
                objectName: "pruneContainersButton"
                icon.source: "qrc:/icons/edit-clear-all-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Prune…")
                onClicked: {
                    pruneDialog.items = ContainerActions.prunableContainers()
                    DiskActions.refresh() // the space it frees
                    pruneDialog.open()
                }
                Accessible.name: qsTr("Remove all stopped containers")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        ExplanationPanel {
            learnSection: "container"
            title: qsTr("What is a container?")
            text: qsTr("A container is a running program made from an image, with its own files, network and "
                       + "processes kept apart from the rest of the computer. Stopping it keeps its files; "
                       + "removing it deletes them, except what lives in volumes.")
            Layout.fillWidth: true
        }
        // Actions on the ticked containers.
        RowLayout {
            objectName: "bulkBar"
            visible: root.checkedCount > 0
            Layout.fillWidth: true
            Label {
                objectName: "bulkCount"
                text: qsTr("%n selected", "", root.checkedCount)
                font.bold: true
            }
            Button {
                objectName: "bulkStart"
                icon.source: "qrc:/icons/media-playback-start-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Start")
                onClicked: root.actOnChecked("start")
                Accessible.name: qsTr("Start the selected containers")
            }
            Button {
                objectName: "bulkStop"
                icon.source: "qrc:/icons/media-playback-stop-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Stop")
                onClicked: root.actOnChecked("stop")
                Accessible.name: qsTr("Stop the selected containers")
            }
            Button {
                objectName: "bulkRestart"
                icon.source: "qrc:/icons/view-refresh-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Restart")
                onClicked: root.actOnChecked("restart")
                Accessible.name: qsTr("Restart the selected containers")
            }
            Button {
                objectName: "bulkRemove"
                icon.source: "qrc:/icons/user-trash-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Remove…")
                onClicked: {
                    bulkRemoveDialog.items = Object.keys(root.checkedIds).map(id => root.checkedIds[id])
                    bulkRemoveDialog.open()
                }
                Accessible.name: qsTr("Remove the selected containers")
            }
            Button {
                objectName: "bulkClear"
                text: qsTr("Clear selection")
                flat: true
                onClicked: root.checkedIds = ({})
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
        }
        // Containers that went away leave the selection.
        Connections {
            target: Models.containers
            function onRowsRemoved() {
                const next = {}
                for (const id in root.checkedIds) {
                    if (Models.containers.contains(id))
                        next[id] = root.checkedIds[id]
                }
                if (Object.keys(next).length !== root.checkedCount)
                    root.checkedIds = next
            }
        }
        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The details' width the user dragged to, kept (one with the log shown, one without).
            onResizingChanged: {
                if (resizing || !details.visible)
                    return
                const width = Math.round(details.width)
                if (details.logsShown)
                    root.logsPaneWidth = width
                else
                    root.detailsPaneWidth = width
                Preferences.setPaneWidth(details.logsShown ? "container-logs" : "container-details", width)
                // The drag replaced the binding with a number.
                details.SplitView.preferredWidth = Qt.binding(() => details.wanted)
            }
            Item {
                id: listArea
                SplitView.fillWidth: true
                SplitView.minimumWidth: 420
                readonly property bool compact: width < 820
                onCompactChanged: list.actionsWidth = 0 // the rows' buttons change: measured again
                ColumnWidths {
                    id: columns
                    table: "containers"
                    defaults: ({ ports: 120, usage: 110, status: 170 })
                }
                // Column headers, aligned with the rows: click to sort, again to reverse; drag
                // an edge to resize.
                Control {
                    id: header
                    objectName: "containerHeader"
                    visible: list.count > 0
                    anchors.left: parent.left
                    anchors.right: parent.right
                    padding: 6
                    contentItem: RowLayout {
                        spacing: 10
                        CheckBox {
                            objectName: "checkAll"
                            tristate: true
                            checkState: root.checkedCount === 0 ? Qt.Unchecked
                                        : root.checkedCount >= list.count ? Qt.Checked : Qt.PartiallyChecked
                            nextCheckState: function() { return root.checkedCount > 0 ? Qt.Unchecked : Qt.Checked }
                            onClicked: root.checkAll(root.checkedCount === 0)
                            Accessible.name: root.checkedCount > 0 ? qsTr("Select none") : qsTr("Select every container shown")
                        }
                        Item { implicitWidth: 10 }
                        SortHeader {
                            objectName: "sortByName"
                            title: qsTr("Name · image")
                            key: ContainerFilterModel.ByName
                            model: filtered
                            widths: columns
                            column: listArea.width >= 900 ? "ports" : "usage"
                            resizeSign: -1
                            Layout.fillWidth: true
                            Layout.minimumWidth: listArea.compact ? 100 : 140 // as the rows' name column
                            Layout.preferredWidth: 140
                        }
                        SortHeader {
                            objectName: "portsHeader"
                            title: qsTr("Ports")
                            model: filtered
                            widths: columns
                            column: "ports"
                            visible: listArea.width >= 900 // as the rows' ports column
                            Layout.preferredWidth: columns.of("ports")
                        }
                        SortHeader {
                            objectName: "usageHeader"
                            title: qsTr("CPU · memory")
                            model: filtered
                            widths: columns
                            column: "usage"
                            visible: !listArea.compact // as the rows' usage column
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: columns.of("usage")
                        }
                        SortHeader {
                            objectName: "sortByState"
                            title: qsTr("Status")
                            key: ContainerFilterModel.ByState
                            model: filtered
                            widths: columns
                            column: "status"
                            Layout.preferredWidth: listArea.compact ? Math.min(110, columns.of("status")) : columns.of("status")
                        }
                        SortHeader {
                            objectName: "sortByCreated"
                            title: qsTr("Created")
                            key: ContainerFilterModel.ByCreated
                            model: filtered
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: list.actionsWidth
                        }
                    }
                }
                Rectangle {
                    anchors.top: header.bottom
                    anchors.left: parent.left
                    anchors.right: parent.right
                    height: 1
                    visible: header.visible
                    color: palette.mid
                }
                ListView {
                    id: list
                    objectName: "containerList"
                    anchors.fill: parent
                    anchors.topMargin: header.visible ? header.height + 1 : 0
                    clip: true
                    model: filtered
                    currentIndex: -1
                    onCountChanged: selectPending()
                    // The row may be listed before the start is answered, or only after it.
                    function selectPending() {
                        if (root.pendingSelection.length === 0)
                            return
                        for (let r = 0; r < count; ++r) {
                            if (filtered.data(filtered.index(r, 0), ContainerModel.IdRole) === root.pendingSelection) {
                                currentIndex = r
                                root.pendingSelection = ""
                                return
                            }
                        }
                    }
                    section.property: filtered.groupByProject ? "composeProject" : ""
                    section.delegate: Label {
                        required property string section
                        text: section.length > 0 ? section : qsTr("Not in a compose project")
                        font.bold: true
                        padding: 6
                    }
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Containers")
                    /// The widest row's actions: every row's, and the header's last column.
                    property real actionsWidth: 0
                    delegate: ContainerDelegate {
                        actionsWidth: list.actionsWidth
                        portsWidth: columns.of("ports")
                        usageWidth: columns.of("usage")
                        statusWidth: columns.of("status")
                        onActionsImplicitWidthChanged: list.actionsWidth = Math.max(list.actionsWidth, actionsImplicitWidth)
                        Component.onCompleted: list.actionsWidth = Math.max(list.actionsWidth, actionsImplicitWidth)
                        ticked: root.checkedIds[containerId] !== undefined
                        onTickToggled: (on) => {
                            root.setChecked(containerId, name, on)
                            list.tickAnchor = index
                        }
                        onRangeTickRequested: root.tickRange(list.tickAnchor < 0 ? index : list.tickAnchor, index)
                        onClicked: {
                            list.currentIndex = index
                            list.forceActiveFocus()
                        }
                        onActionRequested: (action) => root.act(action, containerId, name)
                    }
                    /// The row last ticked or unticked by hand: Shift-click ticks from it.
                    property int tickAnchor: -1
                    // Enter: the current row's details, with the keyboard's focus in them.
                    Keys.onReturnPressed: openDetails()
                    Keys.onEnterPressed: openDetails()
                    function openDetails() {
                        if (currentIndex < 0 && count > 0)
                            currentIndex = 0
                        if (!details.item)
                            return
                        // On the details' first control (the ring round it), else on the pane.
                        const pane = details.item as Item
                        const first = pane.nextItemInFocusChain(true)
                        let inPane = false
                        for (let at = first; at && !inPane; at = at.parent)
                            inPane = at === pane
                        if (inPane)
                            first.forceActiveFocus(Qt.TabFocusReason)
                        else
                            pane.forceActiveFocus()
                    }
                    Keys.onDeletePressed: {
                        if (root.selected)
                            root.act("remove", root.selected.containerId, root.selected.name)
                    }
                    // Space ticks the current row (or unticks it), Ctrl+A every row shown.
                    Keys.onSpacePressed: {
                        if (root.selected)
                            root.selected.tickToggled(!root.selected.ticked)
                    }
                    Keys.onPressed: (event) => {
                        if (event.matches(StandardKey.SelectAll)) {
                            root.checkAll(true)
                            event.accepted = true
                        } else if (root.selected && (event.key === Qt.Key_Menu
                                   || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)))) {
                            // The Menu key or Shift+F10: the current row's "⋯" menu.
                            root.selected.openMenu()
                            event.accepted = true
                        }
                    }
                    // One stop of the Tab key (the rows' buttons are not).
                    activeFocusOnTab: true
                }
                // Empty, loading and error states of the list.
                Label {
                    objectName: "containerListState"
                    anchors.centerIn: parent
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    width: parent.width * 0.8
                    text: Models.containers.status === ResourceListModel.Loading ? qsTr("Loading containers…")
                        : Models.containers.status === ResourceListModel.NotConnected
                          || Models.containers.status === ResourceListModel.Error ? Models.containers.errorString
                        : Models.containers.count === 0 ? qsTr("No containers yet. Press “Run…” to start one from an image.")
                        : qsTr("No container matches the search.")
                }
            }
            // Made once something is selected (most of the time at start-up, nothing is).
            Loader {
                id: details
                readonly property bool logsShown: item !== null && (item as ContainerDetails).logsShown
                active: root.selected !== null
                visible: active
                // Wide for the log, leaving the list its minimum (420) and the handle some room;
                // as the user dragged it last, when they did. Never narrower than its tabs side
                // by side (in Russian they need more than 360).
                readonly property real narrowest: item !== null ? Math.max(360, (item as ContainerDetails).tabsWidth + 16) : 360
                readonly property real wanted: logsShown
                    ? (root.logsPaneWidth > 0 ? Math.min(root.logsPaneWidth, root.width - 440)
                                              : Math.max(narrowest, Math.min(root.width * 0.6, root.width - 440)))
                    : (root.detailsPaneWidth > 0 ? Math.min(root.detailsPaneWidth, root.width - 440) : narrowest)
                objectName: "containerDetailsPane"
                SplitView.preferredWidth: Math.max(narrowest, wanted)
                sourceComponent: ContainerDetails {
                    id: shownDetails
                    onActionRequested: (action) => root.act(action, containerId, name)
                    // docker run -it: its terminal, attached, as the command line would show it.
                    onStateChanged: openPendingTerminal()
                    onContainerIdChanged: {
                        openPendingTerminal()
                        root.openPendingTab(shownDetails)
                    }
                    Component.onCompleted: root.openPendingTab(shownDetails)
                    function openPendingTerminal() {
                        if (containerId.length > 0 && containerId === root.pendingTerminal && state === "running") {
                            root.pendingTerminal = ""
                            showTerminal(true)
                        }
                    }
                    containerId: root.selected ? root.selected.containerId : ""
                    name: root.selected ? root.selected.name : ""
                    image: root.selected ? root.selected.image : ""
                    state: root.selected ? root.selected.state : ""
                    status: root.selected ? root.selected.localStatus : ""
                    ports: root.selected ? root.selected.ports : ""
                    mounts: root.selected ? root.selected.mounts : []
                    labels: root.selected ? root.selected.labels : ({})
                    health: root.selected ? root.selected.health : ""
                }
            }
        }
    }

    // Made the first time it is asked for; kept afterwards.
    Loader {
        id: exportDialogLoader
        active: false
        sourceComponent: MigrateExportDialog {
            onStarted: root.jobStarted()
        }
    }
    Loader {
        id: importDialogLoader
        active: false
        sourceComponent: MigrateImportDialog {
            onStarted: root.jobStarted()
        }
    }
    Loader {
        id: backupDialogLoader
        active: false
        sourceComponent: VolumeBackupDialog {
            onStarted: root.jobStarted()
        }
    }
    Loader {
        id: runDialogLoader
        active: false
        sourceComponent: RunContainerDialog {
            onRunRequested: (form) => ContainerActions.runContainer(form)
        }
    }

    ConfirmDialog {
        id: pruneDialog
        objectName: "pruneContainersDialog"
        title: qsTr("Remove stopped containers")
        message: qsTr("These stopped containers will be removed, with the files they hold outside volumes:")
        command: "docker container prune -f"
        freed: DiskActions.status === DiskActions.Ready ? DiskActions.freedBy("containers", items) : ""
        onAccepted: ContainerActions.pruneContainers()
    }

    ConfirmDialog {
        id: removeDialog
        property string containerId
        property string containerName
        objectName: "removeContainerDialog"
        title: qsTr("Remove a container")
        message: qsTr("Remove the container %1? Its files outside volumes are deleted; a running one is stopped first.")
                     .arg(containerName)
        command: "docker rm -f " + (optionChecked ? "-v " : "") + containerName
        optionText: qsTr("Also remove its anonymous volumes")
        onAccepted: ContainerActions.removeContainer(containerId, containerName, true, removeDialog.optionChecked)
    }

    ConfirmDialog {
        id: bulkRemoveDialog
        objectName: "bulkRemoveDialog"
        title: qsTr("Remove containers")
        message: qsTr("These containers will be removed; their files outside volumes are deleted, and running ones are stopped first:")
        command: "docker rm -f " + (optionChecked ? "-v " : "") + items.join(" ")
        optionText: qsTr("Also remove their anonymous volumes")
        onAccepted: {
            for (const id in root.checkedIds)
                ContainerActions.removeContainer(id, root.checkedIds[id], true, bulkRemoveDialog.optionChecked)
            root.checkedIds = ({})
        }
    }
}
