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

ApplicationWindow {
    id: window
    width: 1180
    height: 720
    minimumWidth: 760
    minimumHeight: 480
    visible: true
    title: qsTr("Berth")
    // With "keep running in the tray" on (Settings), closing only hides the window.
    onClosing: (close) => {
        if (TrayIcon.closeToTray())
            close.accepted = false
    }

    // Light and dark come from the application's palette, which Preferences sets.
    function pageIcon(key: string): string {
        const names = { overview: "computer", containers: "package-x-generic", images: "media-optical",
                        volumes: "drive-harddisk", networks: "network-wired", jobs: "system-run", history: "document-open-recent",
                        learn: "help-contents", settings: "preferences-system",
                        registries: "document-send", disk: "drive-harddisk", projects: "edit-copy" }
        return names[key] ? "qrc:/icons/" + names[key] + "-symbolic.svg" : ""
    }
    /// Whether the sidebar's @p index is the page @p key (the stack's children follow `pages`).
    function isPage(index: int, key: string): bool {
        return index >= 0 && index < pages.count && pages.get(index).key === key
    }
    function showPage(name: string) {
        for (let i = 0; i < pages.count; ++i) {
            if (pages.get(i).key === name) {
                sidebar.currentIndex = i
                return
            }
        }
    }

    ListModel {
        id: pages
        ListElement { key: "overview" }
        ListElement { key: "containers" }
        ListElement { key: "projects" }
        ListElement { key: "images" }
        ListElement { key: "volumes" }
        ListElement { key: "networks" }
        ListElement { key: "registries" }
        ListElement { key: "disk" }
        ListElement { key: "jobs" }
        ListElement { key: "history" }
        ListElement { key: "learn" }
        ListElement { key: "settings" }
    }
    /// A container on the containers page, at its "logs" or "terminal" tab.
    function showContainer(id: string, tab: string) {
        showPage("containers")
        containersPage.showContainer(id, tab)
    }
    function openEngines() {
        enginesDialog.open()
    }
    /// An engine has answered since Berth started: a later failure is shown as a lost
    /// connection, not as the first-run page.
    property bool everConnected: false
    property bool firstRunDismissed: false
    Connections {
        target: EngineStatus
        function onChanged() {
            if (EngineStatus.state === EngineStatus.Connected)
                window.everConnected = true
        }
    }
    /// The Learn page at one of its sections (the pages' "what is this?" panels link here).
    function showLearn(section: string) {
        showPage("learn")
        if (learnLoader.item)
            (learnLoader.item as LearnPage).show(section)
    }
    /// The containers page with its state filter (a ContainerFilterModel.StateFilter).
    function showContainers(filter: int) {
        showPage("containers")
        containersPage.setStateFilter(filter)
    }
    function pageTitle(key: string): string {
        switch (key) {
        case "overview": return qsTr("Engine")
        case "containers": return qsTr("Containers") + " (" + Models.containers.count + ")"
        case "images": return qsTr("Images") + " (" + Models.images.userCount + ")"
        case "volumes": return qsTr("Volumes") + " (" + Models.volumes.count + ")"
        case "networks": return qsTr("Networks") + " (" + Models.networks.count + ")"
        case "jobs": return qsTr("Jobs") + (Actions.jobs.runningCount > 0 ? " (" + Actions.jobs.runningCount + ")" : "")
        case "history": return qsTr("History") + (Actions.history.failureCount > 0
                                                  ? " · " + qsTr("%n failed", "", Actions.history.failureCount) : "")
        case "learn": return qsTr("Learn Docker")
        case "settings": return qsTr("Settings")
        case "registries": return qsTr("Registries")
        case "disk": return qsTr("Disk use")
        case "projects": return qsTr("Projects") + " (" + ProjectActions.projects.count + ")"
        }
        return key
    }

    Shortcut {
        sequences: ["Ctrl+F"]
        onActivated: {
            // The page itself, or what its Loader made.
            const shown = stack.children[stack.currentIndex]
            const page = shown && shown.item !== undefined ? shown.item : shown
            if (page && page.focusSearch)
                page.focusSearch()
        }
    }
    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        onActivated: EngineStatus.refresh()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: 210
            padding: 0
            background: Rectangle { color: window.palette.alternateBase }
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                Label {
                    text: qsTr("Berth")
                    font.pixelSize: 22
                    font.bold: true
                    Layout.margins: 14
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    Layout.bottomMargin: 6
                    spacing: 2
                    ComboBox {
                        id: engineSwitch
                        objectName: "engineSwitch"
                        Layout.fillWidth: true
                        model: Engines.list
                        textRole: "label"
                        valueRole: "url"
                        currentIndex: Engines.currentIndex
                        onActivated: (index) => Engines.switchTo(Engines.list[index].url)
                        // Which engine in a few words (product, version, where); the tooltip and the
                        // list have its whole address.
                        displayText: Engines.list[Engines.currentIndex] ? Engines.list[Engines.currentIndex].shortLabel
                                                                        : Engines.currentUrl
                        contentItem: Label {
                            leftPadding: 6
                            rightPadding: engineSwitch.indicator.width
                            text: engineSwitch.displayText
                            elide: Text.ElideRight
                            property bool berthElidable: true // a name, path or command of any length
                            verticalAlignment: Text.AlignVCenter
                        }
                        popup.width: Math.max(width, 460)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("The engine this window shows: %1").arg(Engines.currentUrl)
                        Accessible.name: qsTr("Engine: %1").arg(Engines.currentUrl)
                    }
                    ToolButton {
                        objectName: "manageEngines"
                        icon.source: "qrc:/icons/list-add-symbolic.svg"
                        icon.color: palette.windowText
                        onClicked: enginesDialog.open()
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("Add or remove engines")
                        Accessible.name: qsTr("Add or remove engines")
                    }
                }
                ListView {
                    id: sidebar
                    objectName: "sidebar"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: pages
                    currentIndex: 1
                    keyNavigationEnabled: true
                    // One stop of the Tab key: the arrows choose the page, Enter or Space goes
                    // into it.
                    activeFocusOnTab: true
                    Keys.onReturnPressed: window.enterPage()
                    Keys.onEnterPressed: window.enterPage()
                    Keys.onSpacePressed: window.enterPage()
                    Accessible.role: Accessible.PageTabList
                    Accessible.name: qsTr("Sections")
                    delegate: ItemDelegate {
                        id: entry
                        required property int index
                        required property string key
                        objectName: "nav-" + key
                        width: ListView.view.width
                        text: window.pageTitle(key)
                        icon.source: window.pageIcon(key)
                        // Adwaita's symbolic icons are one colour: tinted to follow the theme.
                        icon.color: highlighted ? palette.highlightedText : palette.windowText
                        highlighted: ListView.isCurrentItem
                        focusPolicy: Qt.ClickFocus
                        onClicked: sidebar.currentIndex = index
                        Accessible.role: Accessible.PageTab
                        Accessible.name: text
                        // A screen reader presses a page tab through its action, not a click.
                        Accessible.onPressAction: sidebar.currentIndex = index
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            ErrorBanner {
                id: banner
                Layout.fillWidth: true
                Layout.margins: 8
                onDetailsRequested: window.showPage("history")
            }
            Rectangle {
                objectName: "welcome"
                visible: EngineStatus.state === EngineStatus.Connected && !Preferences.welcomed
                Layout.fillWidth: true
                Layout.margins: 8
                implicitHeight: welcomeRow.implicitHeight + 16
                radius: 6
                color: palette.alternateBase
                border.color: palette.highlight
                RowLayout {
                    id: welcomeRow
                    anchors.fill: parent
                    anchors.margins: 8
                    Label {
                        text: qsTr("Welcome to Berth. New to containers? The Learn page explains them in a few minutes, "
                                   + "with a place to try each idea, and every button here shows the docker command it equals.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "welcomeLearn"
                        text: qsTr("Open the Learn page")
                        highlighted: true
                        onClicked: {
                            Preferences.welcomed = true
                            window.showLearn("docker")
                        }
                    }
                    Button {
                        objectName: "welcomeClose"
                        text: qsTr("Close")
                        onClicked: Preferences.welcomed = true
                    }
                }
            }
            Loader {
                objectName: "firstRunLoader"
                active: !window.everConnected && !window.firstRunDismissed && EngineStatus.state === EngineStatus.Failed
                visible: active
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: FirstRunPage {
                    onDismissed: window.firstRunDismissed = true
                }
            }
            StackLayout {
                visible: !(window.everConnected === false && !window.firstRunDismissed && EngineStatus.state === EngineStatus.Failed)
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: sidebar.currentIndex
                Item {
                    EngineSummary {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 48, 640)
                    }
                }
                ContainerListPage {
                    id: containersPage
                    onJobStarted: window.showPage("jobs")
                }
                // The other pages are made when first shown: at start-up only the containers are
                // on screen, and each page's controls cost memory.
                Loader {
                    active: window.isPage(stack.currentIndex, "projects") || item !== null
                    sourceComponent: ProjectListPage {}
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "images") || item !== null
                    sourceComponent: ImageListPage {
                        onPullStarted: window.showPage("jobs")
                        onRunRequested: (image) => {
                            window.showPage("containers")
                            containersPage.openRunDialog(image)
                        }
                    }
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "volumes") || item !== null
                    sourceComponent: VolumeListPage {
                        onBackupStarted: window.showPage("jobs")
                    }
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "networks") || item !== null
                    sourceComponent: NetworkListPage {}
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "registries") || item !== null
                    sourceComponent: RegistryListPage {
                        onPullStarted: window.showPage("jobs")
                    }
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "disk") || item !== null
                    sourceComponent: DiskPage {}
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "jobs") || item !== null
                    sourceComponent: JobsPage {}
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "history") || item !== null
                    sourceComponent: HistoryPage {}
                }
                Loader {
                    id: learnLoader
                    active: window.isPage(stack.currentIndex, "learn") || item !== null
                    sourceComponent: LearnPage {}
                }
                Loader {
                    active: window.isPage(stack.currentIndex, "settings") || item !== null
                    sourceComponent: SettingsPage {}
                }
            }
        }
    }

    EnginesDialog {
        id: enginesDialog
    }

    // The keyboard: the focus ring, dialogs' Enter and first field (KeyboardNavigation).
    KeyboardNavigation {
        id: keyboard
        window: window
    }
    FocusRing {
        navigation: keyboard
        highlight: window.palette.highlight
        highlightedText: window.palette.highlightedText
    }
    /// The keyboard's focus from the sidebar to the shown page's first control.
    function enterPage() {
        const next = sidebar.nextItemInFocusChain(true)
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason)
    }

    Connections {
        target: Actions
        function onFailed(command: string, message: string) {
            banner.show(command, message)
        }
    }
    // Where the pages ask to go.
    Connections {
        target: Navigation
        function onPageRequested(page: string) { window.showPage(page) }
        function onContainerRequested(id: string, tab: string) { window.showContainer(id, tab) }
        function onContainersRequested(filter: int) { window.showContainers(filter) }
        function onLearnRequested(section: string) { window.showLearn(section) }
        function onEnginesRequested() { window.openEngines() }
    }
    // A click on one of Berth's desktop notifications (DesktopNotifier raised the window).
    Connections {
        target: DesktopNotifier
        function onPageRequested(page: string) { window.showPage(page) }
        function onContainerRequested(id: string) { window.showContainer(id, "") }
    }

    footer: ToolBar {
        objectName: "statusBar"
        Accessible.name: statusText.text
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: EngineStatus.state === EngineStatus.Connected ? "#2e9d4f"
                     : EngineStatus.state === EngineStatus.Failed ? "#c4372f" : "#c9a227"
            }
            Label {
                id: statusText
                objectName: "statusText"
                Layout.fillWidth: true
                elide: Text.ElideRight
                property bool berthElidable: true // a name, path or command of any length
                text: EngineStatus.state === EngineStatus.Connected
                      ? qsTr("Connected to %1 %2 at %3").arg(EngineStatus.engineName).arg(EngineStatus.engineVersion).arg(EngineStatus.endpoint)
                      : EngineStatus.state === EngineStatus.Failed
                        ? qsTr("Not connected: %1").arg(EngineStatus.errorMessage) + " " + EngineStatus.errorHint
                        : qsTr("Connecting to %1…").arg(EngineStatus.endpoint)
            }
            Label {
                text: EngineStatus.state === EngineStatus.Connected
                      ? qsTr("%1 running · %2 containers").arg(Models.containers.runningCount).arg(Models.containers.count) : ""
                opacity: 0.8
            }
        }
    }
}
