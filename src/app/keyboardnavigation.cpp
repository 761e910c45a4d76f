// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardnavigation.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QKeyEvent>
#include <QQmlEngine>
#include <QTimer>

namespace {

/// The popup's own item (a dialog's, a menu's) that @p item is in, or null.
QQuickItem *enclosingPopupItem(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->inherits("QQuickPopupItem"))
            return i;
    }
    return nullptr;
}

bool isInside(const QQuickItem *item, const QQuickItem *scope)
{
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i == scope)
            return true;
    }
    return false;
}

/// The Popup (Dialog, Menu…) whose item @p popupItem is. Qt keeps that link private; the items a
/// popup's QML declares (its background, its content) have the popup as their QObject parent.
QObject *popupOf(QQuickItem *popupItem)
{
    if (!popupItem)
        return nullptr;
    for (QQuickItem *child : popupItem->childItems()) {
        for (QObject *o = child->parent(); o; o = o->parent()) {
            if (o->inherits("QQuickPopup"))
                return o;
        }
    }
    return nullptr;
}

bool isModalDialog(QObject *popup)
{
    return popup && popup->inherits("QQuickDialog") && popup->property("modal").toBool();
}

/// Something to fill in or choose: a text field (not a read-only one), a choice, a check box.
bool isField(QQuickItem *item)
{
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return !item->property("readOnly").toBool();
    if (item->inherits("QQuickComboBox") || item->inherits("QQuickSpinBox") || item->inherits("QQuickSlider")
        || item->inherits("QQuickItemView"))
        return true;
    return item->inherits("QQuickAbstractButton") && !item->inherits("QQuickTabButton")
        && item->property("checkable").toBool();
}

/// The first visible button under @p item marked as the default (highlighted).
QQuickItem *highlightedButton(QQuickItem *item)
{
    if (!item->isVisible())
        return nullptr;
    if (item->inherits("QQuickButton") && item->property("highlighted").toBool())
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = highlightedButton(child))
            return found;
    }
    return nullptr;
}

/// A dialog's default button: its highlighted one, else the first of its standard buttons
/// that confirms (OK, Save, Open, Yes, Apply).
QQuickItem *defaultButton(QQuickItem *popupItem)
{
    if (QQuickItem *highlighted = highlightedButton(popupItem))
        return highlighted;
    QObject *popup = popupOf(popupItem);
    QJSEngine *engine = popup ? qjsEngine(popup) : nullptr;
    if (!popup || !popup->inherits("QQuickDialog") || !engine)
        return nullptr;
    // Dialog.standardButton() takes a QPlatformDialogHelper::StandardButton: called through the
    // QML engine, which converts the number, rather than through Qt's private types.
    QJSValue dialog = engine->toScriptValue(popup);
    QJSValue standardButton = dialog.property(QStringLiteral("standardButton"));
    if (!standardButton.isCallable())
        return nullptr;
    // Ok, Save, Open, Yes, Apply (QPlatformDialogHelper's values, as Dialog.Ok… are). Not
    // Close: in a dialog with only that, Enter is its fields' own (find next, add).
    for (const uint button : {0x00000400u, 0x00000800u, 0x00002000u, 0x00004000u, 0x02000000u}) {
        auto *found = qobject_cast<QQuickItem *>(
            standardButton.callWithInstance(dialog, {QJSValue(button)}).toQObject());
        if (found && found->isVisible())
            return found;
    }
    return nullptr;
}

/// Presses @p button as Space does (a checkable one toggles, its clicked handlers run).
void press(QQuickItem *button)
{
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QKeyEvent up(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QCoreApplication::sendEvent(button, &down);
    QCoreApplication::sendEvent(button, &up);
}

bool isModifier(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta
        || key == Qt::Key_AltGr || key == Qt::Key_CapsLock;
}

} // namespace

KeyboardNavigation::KeyboardNavigation(QObject *parent)
    : QObject(parent)
{
}

void KeyboardNavigation::setWindow(QQuickWindow *window)
{
    if (window == m_window)
        return;
    if (m_window) {
        m_window->removeEventFilter(this);
        disconnect(m_window, nullptr, this, nullptr);
        disconnect(m_window->contentItem(), nullptr, this, nullptr);
    }
    m_window = window;
    if (m_window) {
        m_window->installEventFilter(this);
        connect(m_window, &QQuickWindow::activeFocusItemChanged, this, &KeyboardNavigation::updateRingTarget);
        // The overlay (where popups show) is made with the first popup.
        connect(
            m_window->contentItem(), &QQuickItem::childrenChanged, this, &KeyboardNavigation::watchOverlay);
        watchOverlay();
    }
    updateRingTarget();
    Q_EMIT windowChanged();
}

void KeyboardNavigation::setKeyboardActive(bool active)
{
    if (active == m_keyboardActive)
        return;
    m_keyboardActive = active;
    Q_EMIT keyboardActiveChanged();
    if (active && m_ringTarget)
        ensureVisible(m_ringTarget);
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isModifier(key->key()))
            setKeyboardActive(true);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & ~Qt::KeypadModifier) && pressDefaultButton(key))
            return true;
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && leaveTrap(key))
            return true;
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        setKeyboardActive(false);
        break;
    default:
        break;
    }
    return false;
}

void KeyboardNavigation::updateRingTarget()
{
    QQuickItem *focus = m_window ? m_window->activeFocusItem() : nullptr;
    // A list with the focus: the ring goes round its current row, and follows it.
    if (focus != m_focusView) {
        disconnect(m_currentRow);
        m_focusView = nullptr;
        if (focus && focus->inherits("QQuickItemView")) {
            m_focusView = focus;
            m_currentRow = connect(focus, SIGNAL(currentItemChanged()), this, SLOT(updateRingTarget()));
        }
    }
    QQuickItem *target = focus;
    if (!focus || focus == m_window->contentItem() || focus->inherits("QQuickPopupItem")
        || focus->inherits("QQuickOverlay") || focus->inherits("QQuickContentItem")) {
        target = nullptr;
    } else if (m_focusView) {
        if (auto *row = focus->property("currentItem").value<QQuickItem *>())
            target = row;
    } else if (QQuickItem *control = focus->parentItem();
               control && (control->inherits("QQuickComboBox") || control->inherits("QQuickSpinBox"))) {
        target = control; // an editable box's text field: the ring round the whole box
    }
    if (target && target->property("berthNoFocusRing").toBool())
        target = nullptr;
    if (target != m_ringTarget) {
        disconnect(m_targetGone);
        m_ringTarget = target;
        if (target) {
            m_targetGone = connect(target, &QObject::destroyed, this, &KeyboardNavigation::updateRingTarget,
                Qt::QueuedConnection);
        }
        Q_EMIT ringTargetChanged();
    }
    if (m_keyboardActive && target)
        ensureVisible(target);
}

void KeyboardNavigation::watchOverlay()
{
    if (!m_window || m_overlay)
        return;
    for (QQuickItem *child : m_window->contentItem()->childItems()) {
        if (child->inherits("QQuickOverlay")) {
            m_overlay = child;
            connect(child, &QQuickItem::childrenChanged, this, &KeyboardNavigation::watchPopups);
            watchPopups();
            return;
        }
    }
}

void KeyboardNavigation::watchPopups()
{
    if (!m_overlay)
        return;
    m_watched.removeAll(nullptr);
    for (QQuickItem *child : m_overlay->childItems()) {
        if (!child->inherits("QQuickPopupItem") || m_watched.contains(child))
            continue;
        m_watched.append(child);
        connect(child, &QQuickItem::visibleChanged, this, [this, item = QPointer<QQuickItem>(child)] {
            if (!item)
                return;
            if (item->isVisible())
                popupShown(item);
            else
                popupHidden(item);
        });
        if (child->isVisible())
            popupShown(child);
    }
}

void KeyboardNavigation::popupShown(QQuickItem *popupItem)
{
    if (!m_window)
        return;
    // Where the focus goes back on close: what had it, or — the popup opened from a menu — what
    // had it before the menu.
    QQuickItem *focus = m_window->activeFocusItem();
    QQuickItem *outer = focus ? enclosingPopupItem(focus) : nullptr;
    m_returnFocus.insert(popupItem, outer && outer != popupItem ? m_returnFocus.value(outer).data() : focus);
    if (!isModalDialog(popupOf(popupItem)))
        return;
    // After the dialog's own onOpened, which may have chosen a field itself.
    QTimer::singleShot(0, this, [this, item = QPointer<QQuickItem>(popupItem)] {
        if (!item || !item->isVisible() || !m_window)
            return;
        QQuickItem *now = m_window->activeFocusItem();
        if (now && now != item && isInside(now, item) && !now->inherits("QQuickContentItem")
            && now->activeFocusOnTab())
            return;
        if (QQuickItem *first = firstField(item))
            first->forceActiveFocus(Qt::TabFocusReason);
    });
}

void KeyboardNavigation::popupHidden(QQuickItem *popupItem)
{
    const QPointer<QQuickItem> back = m_returnFocus.take(popupItem);
    if (!back)
        return;
    // Once Qt has moved the focus itself; only when it has nowhere better to be.
    QTimer::singleShot(0, this, [this, back, item = QPointer<QQuickItem>(popupItem)] {
        if (!back || !m_window || !back->isVisible() || !back->isEnabled())
            return;
        QQuickItem *now = m_window->activeFocusItem();
        const bool lost = !now || now == m_window->contentItem() || now->inherits("QQuickContentItem")
            || now->inherits("QQuickRootItem") || (item && isInside(now, item));
        if (lost)
            back->forceActiveFocus(Qt::PopupFocusReason);
    });
}

QQuickItem *KeyboardNavigation::firstField(QQuickItem *scope)
{
    if (!scope)
        return nullptr;
    QQuickItem *first = nullptr;
    QQuickItem *item = scope;
    for (int step = 0; step < 2000; ++step) {
        item = item->nextItemInFocusChain(true);
        if (!item || item == scope || item == first || !isInside(item, scope))
            break;
        if (!item->isVisible() || !item->isEnabled())
            continue;
        if (isField(item))
            return item;
        if (!first)
            first = item;
    }
    QQuickItem *button = defaultButton(scope);
    return button && button->isEnabled() ? button : first;
}

bool KeyboardNavigation::pressDefaultButton(QKeyEvent *key)
{
    QQuickItem *focus = m_window ? m_window->activeFocusItem() : nullptr;
    // In a multi-line field, Enter is a new line.
    if (!focus || focus->inherits("QQuickTextEdit"))
        return false;
    QQuickItem *popupItem = enclosingPopupItem(focus);
    if (!popupItem || !isModalDialog(popupOf(popupItem)))
        return false;
    // On a button of its own (Cancel, Copy…), Enter presses that one, as Space does.
    if (focus->inherits("QQuickAbstractButton") && !focus->property("checkable").toBool()) {
        if (focus->isEnabled())
            press(focus);
        return true;
    }
    // The focused item's own Enter first (a field that reads a file, a combo box's open list),
    // handed up as Qt does but not to the dialog itself (a modal one takes every key); then,
    // unless one took it or the dialog closed, the default button.
    bool taken = false;
    for (QQuickItem *i = focus; i && i != popupItem && !taken; i = i->parentItem()) {
        QKeyEvent copy(
            key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count());
        QCoreApplication::sendEvent(i, &copy);
        taken = copy.isAccepted();
    }
    if (taken || !popupItem->isVisible())
        return true;
    QQuickItem *button = defaultButton(popupItem);
    if (button && button->isEnabled())
        press(button);
    return true;
}

bool KeyboardNavigation::leaveTrap(QKeyEvent *key)
{
    QQuickItem *focus = m_window ? m_window->activeFocusItem() : nullptr;
    // A multi-line field would take Tab as a character, a terminal for its shell: Tab leaves the
    // field (as in a form), Ctrl+Tab leaves anything (the terminal too).
    const bool control = key->modifiers() & Qt::ControlModifier;
    if (!focus || (!control && !focus->inherits("QQuickTextEdit")))
        return false;
    const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
    QQuickItem *next = focus->nextItemInFocusChain(forward);
    if (!next || next == focus)
        return false;
    next->forceActiveFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void KeyboardNavigation::ensureVisible(QQuickItem *item)
{
    for (QQuickItem *view = item->parentItem(); view; view = view->parentItem()) {
        if (!view->inherits("QQuickFlickable"))
            continue;
        auto *content = view->property("contentItem").value<QQuickItem *>();
        if (!content || !isInside(item, content))
            continue;
        const QRectF box = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal top = view->property("contentY").toReal();
        const qreal height = view->height();
        qreal y = top;
        if (box.height() > height || box.top() < top)
            y = box.top() - 4;
        else if (box.bottom() > top + height)
            y = box.bottom() - height + 4;
        const qreal origin = view->property("originY").toReal();
        const qreal last = origin + qMax<qreal>(0, view->property("contentHeight").toReal() - height);
        y = qBound(origin, y, last);
        if (!qFuzzyCompare(y + 1, top + 1))
            view->setProperty("contentY", y);
    }
}
