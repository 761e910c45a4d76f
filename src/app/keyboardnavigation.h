// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

class QKeyEvent;

/**
 * The window used by keys alone. It follows the keyboard's focus for the one focus ring
 * (FocusRing.qml): where it goes (the focused control, or a list's current row), and whether
 * keys were used last (a click hides the ring, as a browser's :focus-visible does). It scrolls
 * a focused item into view, and gives every modal dialog the behaviour of a desktop dialog
 * without each dialog saying so: the focus in its first field when it opens (and back where it
 * was when it closes), Enter presses its default button (the highlighted one, else OK, Save…)
 * after the focused field had it and did not take it, except in a multi-line field or on a
 * button of its own (which Enter presses). Tab stays inside an open dialog: Qt's popups fence
 * the tab chain once the focus is in them. Tab leaves a multi-line field, Ctrl+Tab anything
 * (a terminal, which keeps Tab for its shell).
 */
class KeyboardNavigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    /// The last input was a key, not a click or a touch.
    Q_PROPERTY(bool keyboardActive READ keyboardActive NOTIFY keyboardActiveChanged)
    /// The item the ring goes round (null: none).
    Q_PROPERTY(QQuickItem *ringTarget READ ringTarget NOTIFY ringTargetChanged)

public:
    explicit KeyboardNavigation(QObject *parent = nullptr);

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    bool keyboardActive() const { return m_keyboardActive; }
    QQuickItem *ringTarget() const { return m_ringTarget; }

    /// The first field (text, choice, check box) in the tab chain inside @p scope, else its
    /// default button, else the first item that takes the focus; null when none does.
    static QQuickItem *firstField(QQuickItem *scope);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void windowChanged();
    void keyboardActiveChanged();
    void ringTargetChanged();

private Q_SLOTS:
    void updateRingTarget();

private:
    void setKeyboardActive(bool active);
    void watchOverlay();
    void watchPopups();
    void popupShown(QQuickItem *popupItem);
    void popupHidden(QQuickItem *popupItem);
    bool pressDefaultButton(QKeyEvent *key);
    bool leaveTrap(QKeyEvent *key);
    void ensureVisible(QQuickItem *item);

    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_overlay;
    QPointer<QQuickItem> m_ringTarget;
    QPointer<QQuickItem> m_focusView; // a list with the focus: its current row is followed
    QMetaObject::Connection m_currentRow;
    QMetaObject::Connection m_targetGone;
    QList<QPointer<QQuickItem>> m_watched;
    /// Where the focus goes back when a dialog (its popup item) closes.
    QHash<QQuickItem *, QPointer<QQuickItem>> m_returnFocus;
    bool m_keyboardActive = false;
};
