// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Berth
import Berth.Backend

/// A column's header that sorts its list: the first click by this column, the next reverses.
/// Shows ▲ or ▼ while it is the list's order.
Label {
    id: root
    required property int key
    required property var model
    required property string title
    readonly property bool active: model.sortKey === key
    // The arrow after the title, outside the translated string.
    text: title + (active ? (model.descending ? " ▼" : " ▲") : "")
    font.bold: true
    opacity: active ? 1 : 0.75
    elide: Text.ElideRight
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: title
    Accessible.onPressAction: sort()

    function sort() {
        if (active) {
            model.descending = !model.descending
        } else {
            model.sortKey = key
            // Names A to Z; states and ages with what matters now first.
            model.descending = key === ContainerFilterModel.ByCreated
        }
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        onClicked: root.sort()
    }
}
