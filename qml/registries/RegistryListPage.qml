// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Registries: the ones the docker CLI's config.json knows and who is signed in, sign in and out,
/// a check of the sign-in against the registry, what a registry holds (repositories, a
/// repository's tags with digests and sizes, pull from there), Docker Hub search.
Page {
    id: root

    signal pullStarted()

    objectName: "registriesPage"
    title: qsTr("Registries")

    Component.onCompleted: RegistryActions.refresh()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Button {
                objectName: "signInButton"
                icon.source: "qrc:/icons/list-add-symbolic.svg"
                icon.color: palette.buttonText
                text: qsTr("Sign in…")
                onClicked: signInDialog.openFor("", "")
                Accessible.name: qsTr("Sign in to a registry")
            }
            Item { Layout.fillWidth: true }
            TextField {
                id: searchTerm
                objectName: "hubSearchTerm"
                placeholderText: qsTr("Search Docker Hub")
                Layout.preferredWidth: 260
                onAccepted: RegistryActions.searchHub(text)
                Accessible.name: qsTr("Search Docker Hub")
            }
            Button {
                objectName: "hubSearchButton"
                text: qsTr("Search")
                onClicked: RegistryActions.searchHub(searchTerm.text)
                Accessible.name: qsTr("Search Docker Hub through the engine")
            }
        }
    }

    Connections {
        target: RegistryActions
        function onCheckFinished(server: string, ok: bool, message: string) {
            checkResult.text = message
            checkResult.ok = ok
        }
        function onSearchFinished(results: var, message: string) {
            checkResult.text = message.length > 0 ? message
                                                  : qsTr("%n image(s) found on Docker Hub.", "", results.length)
            checkResult.ok = message.length === 0
        }
        function onPullStarted() { root.pullStarted() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        ExplanationPanel {
            title: qsTr("What is a registry?")
            text: qsTr("A registry stores images: Docker Hub, a company's own, GitHub's or GitLab's. Pull takes "
                       + "an image from one, push puts yours there. The sign-ins are the docker CLI's own "
                       + "(%1), so a docker login works here and a sign-in here works for docker.")
                  .arg(RegistryActions.configPath)
            Layout.fillWidth: true
        }
        Label {
            id: checkResult
            property bool ok: true
            objectName: "registryMessage"
            visible: text.length > 0
            text: ""
            color: ok ? palette.windowText : "#c01c28"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "registryList"
            visible: count > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 200)
            clip: true
            model: RegistryActions.registries
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Registries")
            delegate: ItemDelegate {
                id: row
                required property var modelData
                width: ListView.view.width
                objectName: "registryRow-" + modelData.server
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Registry %1").arg(modelData.name)
                contentItem: RowLayout {
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: row.modelData.name
                            font.bold: true
                            elide: Text.ElideMiddle
                            property bool berthElidable: true // a name, path or command of any length
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "registryUser-" + row.modelData.server
                            text: (row.modelData.username.length > 0 ? qsTr("signed in as %1").arg(row.modelData.username)
                                                                     : qsTr("signed in"))
                                  + "  ·  " + (row.modelData.store.length > 0
                                               ? qsTr("kept by docker-credential-%1").arg(row.modelData.store)
                                               : qsTr("kept in config.json"))
                            opacity: 0.7
                            elide: Text.ElideRight
                            property bool berthElidable: true // a name, path or command of any length
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "checkRegistry-" + row.modelData.server
                        text: qsTr("Check")
                        onClicked: {
                            checkResult.text = qsTr("Asking %1…").arg(row.modelData.name)
                            checkResult.ok = true
                            RegistryActions.check(row.modelData.server)
                        }
                        Accessible.name: qsTr("Check the sign-in for %1").arg(row.modelData.name)
                    }
                    Button {
                        objectName: "browseRegistry-" + row.modelData.server
                        text: qsTr("Browse")
                        onClicked: RegistryActions.browse(row.modelData.server)
                        Accessible.name: qsTr("What %1 holds").arg(row.modelData.name)
                    }
                    Button {
                        objectName: "signOut-" + row.modelData.server
                        text: qsTr("Sign out")
                        onClicked: RegistryActions.signOut(row.modelData.server)
                        Accessible.name: qsTr("Sign out of %1").arg(row.modelData.name)
                    }
                }
            }
        }
        Label {
            visible: list.count === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: RegistryActions.registriesError.length > 0 ? RegistryActions.registriesError
                  : qsTr("No sign-in yet. Sign in to a registry to push your images or pull private ones.")
        }
        Label {
            visible: RegistryActions.browsedServer.length > 0
            text: qsTr("In %1").arg(RegistryActions.browsedServer)
                  + (RegistryActions.repository.length > 0 ? " / " + RegistryActions.repository : "")
            font.bold: true
            Layout.fillWidth: true
        }
        Label {
            objectName: "browseMessage"
            visible: RegistryActions.browseMessage.length > 0
            text: RegistryActions.browseMessage
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: RegistryActions.browsedServer.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: repositories
                objectName: "repositoryList"
                Layout.preferredWidth: parent.width * 0.4
                Layout.fillHeight: true
                clip: true
                model: RegistryActions.repositories
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Repositories")
                delegate: ItemDelegate {
                    required property string modelData
                    width: ListView.view.width
                    objectName: "repository-" + modelData
                    text: modelData
                    highlighted: modelData === RegistryActions.repository
                    onClicked: RegistryActions.showTags(modelData)
                    Accessible.name: qsTr("Repository %1").arg(modelData)
                }
            }
            ListView {
                id: tags
                objectName: "tagList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: RegistryActions.tags
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Tags")
                delegate: ItemDelegate {
                    id: tagRow
                    required property var modelData
                    width: ListView.view.width
                    objectName: "tag-" + modelData.name
                    Accessible.name: qsTr("Tag %1").arg(modelData.name)
                    contentItem: RowLayout {
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: tagRow.modelData.name
                                font.bold: true
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "tagDetails-" + tagRow.modelData.name
                                text: tagRow.modelData.digest + "  ·  " + tagRow.modelData.size
                                font.family: "monospace"
                                opacity: 0.7
                                elide: Text.ElideMiddle
                                property bool berthElidable: true // a name, path or command of any length
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "pullTag-" + tagRow.modelData.name
                            text: qsTr("Pull")
                            onClicked: RegistryActions.pullTag(tagRow.modelData.name)
                            Accessible.name: qsTr("Pull %1").arg(tagRow.modelData.name)
                        }
                    }
                }
            }
        }
        Item {
            visible: RegistryActions.browsedServer.length === 0
            Layout.fillHeight: true
        }
    }

    Dialog {
        id: signInDialog
        objectName: "signInDialog"
        property bool plainText: RegistryActions.storesInPlainText(server.text)
        // Re-read when the dialog opens (config.json may have changed since).
        property bool secretStoreOffered: visible && RegistryActions.secretStoreOffered(server.text)
        property bool useSecretStore: secretStoreOffered && secretStore.checked
        property bool waiting: false
        function openFor(address: string, user: string) {
            server.text = address
            username.text = user
            password.text = ""
            allowPlain.checked = false
            secretStore.checked = true
            outcome.text = ""
            waiting = false
            open()
        }
        title: qsTr("Sign in to a registry")
        modal: true
        Overlay.modal: ModalDim {}
        anchors.centerIn: Overlay.overlay
        width: Math.min(Overlay.overlay ? Overlay.overlay.width - 40 : 560, 560)
        // Not a DialogButtonBox: signing in keeps the dialog open until the engine has answered.
        footer: RowLayout {
            Item { Layout.fillWidth: true }
            Button {
                objectName: "signInConfirm"
                text: qsTr("Sign in")
                enabled: !signInDialog.waiting && username.text.length > 0 && password.text.length > 0
                         && (!signInDialog.plainText || allowPlain.checked
                             || signInDialog.useSecretStore)
                onClicked: {
                    signInDialog.waiting = true
                    outcome.text = qsTr("Checking the sign-in through the engine…")
                    RegistryActions.signIn(server.text, username.text, password.text, allowPlain.checked,
                                           signInDialog.useSecretStore)
                }
            }
            Button {
                text: qsTr("Close")
                onClicked: signInDialog.close()
                Layout.rightMargin: 12
                Layout.bottomMargin: 12
            }
        }
        Connections {
            target: RegistryActions
            function onSignInFinished(ok: bool, message: string) {
                signInDialog.waiting = false
                outcome.text = message
                if (ok)
                    signInDialog.close()
            }
        }
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Registry (empty for Docker Hub), such as registry.example.com or localhost:5000") }
            TextField {
                id: server
                objectName: "signInServer"
                Layout.fillWidth: true
                Accessible.name: qsTr("Registry")
            }
            Label { text: qsTr("User") }
            TextField {
                id: username
                objectName: "signInUser"
                Layout.fillWidth: true
                Accessible.name: qsTr("User")
            }
            Label { text: qsTr("Password or access token") }
            TextField {
                id: password
                objectName: "signInPassword"
                echoMode: TextInput.Password
                Layout.fillWidth: true
                Accessible.name: qsTr("Password")
            }
            CheckBox {
                id: secretStore
                objectName: "signInSecretStore"
                visible: signInDialog.secretStoreOffered
                text: qsTr("Keep it in the desktop's secret store (docker uses it too)")
                Accessible.name: qsTr("Keep the password in the desktop's secret store")
                onCheckedChanged: if (checked) allowPlain.checked = false
            }
            Label {
                visible: signInDialog.useSecretStore
                text: qsTr("docker-credential-secretservice keeps the password in the desktop's key ring; "
                           + "%1 gets \"credsStore\": \"secretservice\", so docker login, pull and push use it too.")
                      .arg(RegistryActions.configPath)
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
            Label {
                visible: signInDialog.plainText && !signInDialog.useSecretStore
                text: qsTr("No credential helper is set up (credsStore in %1): the password would be kept "
                           + "there unencrypted, as docker login keeps it.").arg(RegistryActions.configPath)
                color: "#c01c28"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CheckBox {
                id: allowPlain
                objectName: "signInAllowPlain"
                visible: signInDialog.plainText && !signInDialog.useSecretStore
                text: qsTr("Keep it unencrypted in config.json")
                Accessible.name: qsTr("Keep the password unencrypted in config.json")
            }
            CommandBlock {
                objectName: "signInCommand"
                text: RegistryActions.loginCommand(server.text, username.text)
                Layout.fillWidth: true
                Accessible.name: qsTr("The same docker command: %1").arg(text)
            }
            Label {
                id: outcome
                objectName: "signInOutcome"
                visible: text.length > 0
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
