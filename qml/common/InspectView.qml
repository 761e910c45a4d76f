// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth

/// The engine's full description as read-only JSON, with a search that jumps to each match.
ColumnLayout {
    id: root
    property string json

    function findNext() {
        const needle = search.text.toLowerCase()
        if (needle.length === 0)
            return
        const haystack = root.json.toLowerCase()
        let from = area.selectionEnd
        let at = haystack.indexOf(needle, from)
        if (at < 0)
            at = haystack.indexOf(needle, 0)
        matches.text = at < 0 ? qsTr("No match") : ""
        if (at >= 0)
            area.select(at, at + needle.length)
    }

    RowLayout {
        TextField {
            id: search
            objectName: "inspectSearch"
            placeholderText: qsTr("Search the JSON")
            Layout.fillWidth: true
            onAccepted: root.findNext()
            Accessible.name: qsTr("Search the JSON")
        }
        Button {
            text: qsTr("Find next")
            onClicked: root.findNext()
            Accessible.name: text
        }
        Label {
            id: matches
            opacity: 0.7
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        TextArea {
            id: area
            objectName: "inspectText"
            text: root.json
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            wrapMode: TextEdit.NoWrap
            Accessible.name: qsTr("Inspect output")
        }
    }
}
