// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": it opens the window's engines dialog.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Berth
import Berth.Backend

/// The user's choices, kept with QSettings: language, colours, explanations, the engine to
/// connect to at start, the backup folder, and whether removing asks first.
ScrollView {
    id: root
    objectName: "settingsPage"
    contentWidth: availableWidth

    GridLayout {
        width: Math.min(root.availableWidth - 48, 760)
        x: 24
        y: 16
        columns: 2
        columnSpacing: 16
        rowSpacing: 12

        Label {
            text: qsTr("Settings")
            font.pixelSize: 24
            font.bold: true
            Layout.columnSpan: 2
        }
        Label { text: qsTr("Language") }
        ComboBox {
            objectName: "settingsLanguage"
            model: [qsTr("System language"), "English", "Русский"]
            readonly property var codes: ["", "en", "ru"]
            currentIndex: Math.max(0, codes.indexOf(Preferences.language))
            onActivated: (index) => Preferences.language = codes[index]
            Layout.fillWidth: true
            Accessible.name: qsTr("Language")
        }
        Label { text: qsTr("Colours") }
        ComboBox {
            objectName: "settingsTheme"
            model: [qsTr("System colours"), qsTr("Light"), qsTr("Dark")]
            readonly property var codes: ["", "light", "dark"]
            currentIndex: Math.max(0, codes.indexOf(Preferences.theme))
            onActivated: (index) => Preferences.theme = codes[index]
            Layout.fillWidth: true
            Accessible.name: qsTr("Colours")
        }
        Label { text: qsTr("Explanations") }
        CheckBox {
            objectName: "settingsExplanations"
            text: qsTr("Show what each page is about, for newcomers")
            checked: Preferences.showExplanations
            onToggled: Preferences.showExplanations = checked
        }
        Label { text: qsTr("Engine at start") }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: startEngine
                objectName: "settingsStartEngine"
                readonly property var urls: ["", ...Array.from(Engines.list, e => e.url)]
                model: [qsTr("The one docker would use (DOCKER_HOST, the context, the usual sockets)"),
                        ...Array.from(Engines.list, e => e.url)]
                currentIndex: Math.max(0, urls.indexOf(Preferences.startEngine))
                onActivated: (index) => Preferences.startEngine = urls[index]
                Layout.fillWidth: true
                Accessible.name: qsTr("Engine at start")
            }
            Button {
                text: qsTr("Engines…")
                onClicked: Navigation.openEngines()
            }
        }
        Label { text: qsTr("Backup folder") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: folder
                objectName: "settingsBackupFolder"
                text: Preferences.backupFolder
                onEditingFinished: if (text.trim() !== Preferences.backupFolder) Preferences.backupFolder = text
                Layout.fillWidth: true
                Accessible.name: qsTr("Backup folder")
            }
            Button {
                text: qsTr("Choose…")
                onClicked: folderDialog.open()
            }
        }
        Label {
            text: qsTr("Notifications")
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            CheckBox {
                objectName: "settingsNotifyStopped"
                text: qsTr("A container stopped without being asked (an error, killed, out of memory)")
                checked: Preferences.notifyStopped
                onToggled: Preferences.notifyStopped = checked
            }
            CheckBox {
                objectName: "settingsNotifyUnhealthy"
                text: qsTr("A container turned unhealthy")
                checked: Preferences.notifyUnhealthy
                onToggled: Preferences.notifyUnhealthy = checked
            }
            CheckBox {
                objectName: "settingsNotifyRestarting"
                text: qsTr("A container keeps restarting")
                checked: Preferences.notifyRestarting
                onToggled: Preferences.notifyRestarting = checked
            }
            CheckBox {
                objectName: "settingsNotifyJobs"
                text: qsTr("A long job finished while Berth was in the background")
                checked: Preferences.notifyJobs
                onToggled: Preferences.notifyJobs = checked
            }
            Label {
                objectName: "settingsNotifyNote"
                text: DesktopNotifier.available
                      ? qsTr("Never for what you just did in Berth. Several at once come as one.")
                      : DesktopNotifier.problem
                opacity: 0.7
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Tray")
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            CheckBox {
                objectName: "settingsKeepInTray"
                text: qsTr("Keep Berth running in the tray when its window is closed")
                checked: Preferences.keepInTray
                enabled: TrayIcon.available
                onToggled: Preferences.keepInTray = checked
            }
            Label {
                objectName: "settingsTrayNote"
                text: TrayIcon.available
                      ? qsTr("The tray icon shows how many containers run; its menu starts and stops the ones used last.")
                      : qsTr("This desktop shows no tray icons, so closing the window quits Berth.")
                opacity: 0.7
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label { text: qsTr("Confirmations") }
        CheckBox {
            objectName: "settingsConfirmRemovals"
            text: qsTr("Ask before removing a container (prunes always show what goes)")
            checked: Preferences.confirmRemovals
            onToggled: Preferences.confirmRemovals = checked
        }
        Label {
            text: qsTr("Settings are kept for the next start. A new engine at start applies then.")
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Where backups and bundles go")
        onAccepted: Preferences.backupFolder = Actions.localPath(selectedFolder)
    }
}
