// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI tests look for among a window's items.

#include <QQuickItem>
#include <QString>

namespace QuickItems {

/// The first item named @p name at or under @p root that is shown: it and every item from
/// @p root down to it visible. Null when there is none.
inline QQuickItem *findShown(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findShown(child, name))
            return found;
    }
    return nullptr;
}

} // namespace QuickItems
