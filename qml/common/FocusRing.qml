// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Berth.Backend

/// The keyboard's focus, one ring for the whole window: round the focused control (or a
/// list's current row), once keys are used; a click hides it again. KeyboardNavigation says
/// where; the ring is put inside that item, so it moves, scrolls and is clipped with it. Two
/// lines: the highlight colour, and inside it a contrasting one, so that it shows on the window's
/// colour in both themes and on a highlighted row or button too.
Rectangle {
    id: ring
    required property KeyboardNavigation navigation
    required property color highlight
    required property color highlightedText
    /// On a highlighted row or button the highlight colour would vanish: the colours swap.
    readonly property bool onHighlight: (ring.parent as AbstractButton)?.highlighted ?? false

    objectName: "focusRing"
    // Put in the item only while keys are used: a click leaves every item as it was.
    parent: navigation.keyboardActive ? navigation.ringTarget : null
    visible: parent !== null
    anchors.fill: parent
    // On a highlighted item a little inside, so that the light line is seen on its colour
    // (at its edge it read as a gap between the item and the window).
    anchors.margins: onHighlight ? 3 : 0
    z: 10000
    radius: 3
    color: "transparent"
    border.width: 2
    border.color: onHighlight ? highlightedText : highlight

    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.border.width
        radius: 2
        color: "transparent"
        border.width: 1
        border.color: ring.onHighlight ? ring.highlight : ring.highlightedText
        opacity: 0.9
    }
}
