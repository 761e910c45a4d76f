// SPDX-License-Identifier: GPL-3.0-or-later
import QtQml
import Berth
import Berth.Backend

/// The widths of a table's columns: the default ones until the user drags a header's edge, then
/// the dragged ones, kept by Preferences for the next time.
QtObject {
    id: root
    /// The table's name in the settings ("images", "volumes", …).
    required property string table
    /// The column's name → its default width; each column the table has.
    required property var defaults
    property var dragged: Preferences.columnWidths(table)

    /// The width of @p column now.
    function of(column: string): real {
        const width = dragged[column]
        return width !== undefined ? width : (defaults[column] !== undefined ? defaults[column] : 100)
    }
    function set(column: string, width: real) {
        const next = Object.assign({}, dragged)
        next[column] = Math.round(Math.max(40, Math.min(2000, width)))
        dragged = next
    }
    /// Kept once the drag ends.
    function store(column: string) {
        if (dragged[column] !== undefined)
            Preferences.setColumnWidth(table, column, dragged[column])
    }
}
