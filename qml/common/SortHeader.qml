// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Berth
import Berth.Backend

/// A column's header that sorts its list: the first click by this column, the next reverses.
/// Shows ▲ or ▼ while it is the list's order. The containers' list sorts by a key
/// (ContainerFilterModel), the other tables by a role's name (TextFilterModel): set one of them.
/// With `widths` and `column` set, its right edge can be dragged to make the column wider or
/// narrower, remembered; a column that fills the rest gives `column` of the next one and
/// `resizeSign` -1 (dragging its edge right makes the next one narrower).
Label {
    id: root
    property int key: -1
    property string role: ""
    required property var model
    required property string title
    /// Ages, sizes and counts sort with the largest first.
    property bool descendingFirst: key === ContainerFilterModel.ByCreated
    property ColumnWidths widths: null
    property string column: ""
    property int resizeSign: 1
    /// A column with neither only names its values.
    readonly property bool sortable: role.length > 0 || key >= 0
    readonly property bool active: !sortable ? false : role.length > 0 ? model.sortRoleName === role : model.sortKey === key
    // The arrow after the title, outside the translated string.
    text: title + (active ? (model.descending ? " ▼" : " ▲") : "")
    font.bold: true
    opacity: active ? 1 : 0.75
    elide: Text.ElideRight
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: title
    Accessible.onPressAction: sort()
    // By keyboard too: a stop of the Tab key, Space or Enter sorts.
    activeFocusOnTab: sortable
    Keys.onSpacePressed: sort()
    Keys.onReturnPressed: sort()
    Keys.onEnterPressed: sort()

    function sort() {
        if (!sortable)
            return
        if (active) {
            model.descending = !model.descending
            return
        }
        if (role.length > 0)
            model.sortRoleName = role
        else
            model.sortKey = key
        model.descending = descendingFirst
    }

    MouseArea {
        anchors.fill: parent
        enabled: root.sortable
        cursorShape: Qt.PointingHandCursor
        onClicked: root.sort()
    }
    // The column's edge, in the gap after it.
    MouseArea {
        id: edge
        property real pressX
        property real pressWidth
        objectName: root.objectName + "Edge"
        visible: root.widths !== null && root.column.length > 0
        x: root.width
        width: 10
        height: root.height
        cursorShape: Qt.SplitHCursor
        onPressed: (mouse) => {
            pressX = mapToItem(null, mouse.x, 0).x
            pressWidth = root.widths.of(root.column)
        }
        onPositionChanged: (mouse) => {
            if (pressed && pressWidth > 0)
                root.widths.set(root.column, pressWidth + root.resizeSign * (mapToItem(null, mouse.x, 0).x - pressX))
        }
        onReleased: root.widths.store(root.column)
    }
}
