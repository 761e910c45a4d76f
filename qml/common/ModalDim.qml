// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/// What a modal dialog lays over the window behind it (Overlay.modal): dimmed, so that the dialog
/// is plainly what takes the input. Fusion's own barely shows.
Rectangle {
    color: Qt.rgba(0, 0, 0, 0.4)
}
