// SPDX-License-Identifier: GPL-3.0-or-later
// The window by keys alone: the walk sends no mouse event. Every sidebar page is walked with
// Tab, each stop a visible, enabled item with the focus ring round it, until Tab comes back
// round; dialogs opened by keys (the run dialog from its button, a confirmation by Delete on a
// row, a volume's backup through the row's menu by the Menu key) take the focus into their first
// field, keep Tab inside, close with Esc leaving the engine as it was, and Enter confirms (the
// docker CLI says what changed). Screenshots of the ring in the light and dark themes and in
// Russian. A click hides the ring (its own test).
#include "app/berthapp.h"
#include "app/preferences.h"
#include "model/containermodel.h"
#include "quickitems.h"
#include "testsupport.h"
#include "walktest.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

bool isInside(const QQuickItem *item, const QQuickItem *scope)
{
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i == scope)
            return true;
    }
    return false;
}

/// The popup's item (a dialog's, a menu's) that @p item is in, or null.
QQuickItem *popupItemOf(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->inherits("QQuickPopupItem"))
            return i;
    }
    return nullptr;
}

QRectF sceneBox(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

/// A short name for messages: its object name, else its class.
QString nameOf(const QQuickItem *item)
{
    if (!item)
        return QStringLiteral("(nothing)");
    return item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                        : item->objectName();
}

QStringList lines(const QByteArray &out)
{
    QStringList all = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::sort(all.begin(), all.end());
    return all;
}

class KeyboardWalk : public WalkTest
{
protected:
    void SetUp() override
    {
        WalkTest::SetUp();
        if (HasFatalFailure())
            return;
        window->requestActivate();
    }

    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window, Qt::Key(k), modifiers);
        QTest::qWait(40);
    }

    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::qWait(40);
    }

    QQuickItem *focused() const { return window->activeFocusItem(); }

    /// Whether the focus is on the item named @p name or inside it (a list's current row has
    /// it when the list has).
    bool focusIn(const QString &name) const
    {
        for (QQuickItem *i = focused(); i; i = i->parentItem()) {
            if (i->objectName() == name)
                return true;
        }
        return false;
    }

    QQuickItem *ring() const { return window->findChild<QQuickItem *>(QStringLiteral("focusRing")); }

    /// The engine's containers and volumes, to compare before and after a dialog.
    QStringList engineState() const
    {
        return lines(docker(dockerHost(), {QStringLiteral("ps"), QStringLiteral("-aq")}).out)
            + lines(
                docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q")})
                    .out);
    }

    /// The focus is on a visible, enabled item, and the ring is shown round it (or round the
    /// current row of the list that has it), inside its bounds and on the screen.
    ::testing::AssertionResult ringIsRoundTheFocus()
    {
        QQuickItem *focus = focused();
        if (!focus)
            return ::testing::AssertionFailure() << "nothing has the keyboard's focus";
        if (!focus->isVisible() || !focus->isEnabled())
            return ::testing::AssertionFailure()
                << qPrintable(nameOf(focus)) << " has the focus, hidden or disabled";
        QQuickItem *shown = ring();
        if (!shown || !shown->isVisible() || !shown->parentItem())
            return ::testing::AssertionFailure() << "no focus ring shown on " << qPrintable(nameOf(focus));
        QQuickItem *target = shown->parentItem();
        const auto *current = focus->property("currentItem").value<QQuickItem *>();
        const bool round = target == focus || (current && target == current)
            || (target == focus->parentItem() && focus->parentItem()->inherits("QQuickComboBox"));
        if (!round)
            return ::testing::AssertionFailure() << "the ring is round " << qPrintable(nameOf(target))
                                                 << ", the focus on " << qPrintable(nameOf(focus));
        const QRectF ringBox = sceneBox(shown);
        const QRectF targetBox = sceneBox(target);
        if (ringBox.width() < 4 || ringBox.height() < 4
            || !targetBox.adjusted(-0.5, -0.5, 0.5, 0.5).contains(ringBox))
            return ::testing::AssertionFailure()
                << "the ring (" << ringBox.x() << "," << ringBox.y() << " " << ringBox.width() << "×"
                << ringBox.height() << ") is not within " << qPrintable(nameOf(target));
        const QRectF screen(0, 0, window->width(), window->height());
        if (!screen.contains(targetBox.center()))
            return ::testing::AssertionFailure() << qPrintable(nameOf(target)) << " is off the window";
        return ::testing::AssertionSuccess();
    }

    /// Presses Tab until the focus is on the item named @p name (at most @p steps times).
    ::testing::AssertionResult tabTo(const QString &name, int steps = 80)
    {
        QStringList path;
        for (int i = 0; i < steps; ++i) {
            if (focusIn(name))
                return ::testing::AssertionSuccess();
            key(Qt::Key_Tab);
            path << nameOf(focused());
        }
        if (focusIn(name))
            return ::testing::AssertionSuccess();
        path.removeDuplicates();
        return ::testing::AssertionFailure() << "Tab did not reach " << qPrintable(name) << "; it went to "
                                             << qPrintable(path.join(QStringLiteral(", ")));
    }

    /// Tab from where the focus is until it comes back there, checking every stop; then
    /// Shift+Tab goes back to the stop before. @p inside: every stop within it (a dialog).
    void tabRound(const QString &where, QQuickItem *inside = nullptr, int most = 150)
    {
        QQuickItem *start = focused();
        ASSERT_TRUE(start) << qPrintable(where);
        QQuickItem *previous = start;
        QQuickItem *beforeStart = nullptr;
        int stops = 0;
        for (; stops < most; ++stops) {
            key(Qt::Key_Tab);
            QQuickItem *now = focused();
            ASSERT_NE(now, previous) << qPrintable(where) << ": Tab is stuck on " << qPrintable(nameOf(now));
            EXPECT_TRUE(ringIsRoundTheFocus()) << qPrintable(where) << ", stop " << stops + 1;
            if (inside) {
                EXPECT_TRUE(isInside(now, inside))
                    << qPrintable(where) << ": Tab left the dialog for " << qPrintable(nameOf(now));
            }
            if (now == start)
                break;
            beforeStart = now;
            previous = now;
        }
        ASSERT_LT(stops, most) << qPrintable(where) << ": Tab did not come back round";
        EXPECT_GE(stops, 1) << qPrintable(where);
        if (beforeStart) {
            key(Qt::Key_Tab, Qt::ShiftModifier);
            EXPECT_EQ(focused(), beforeStart)
                << qPrintable(where) << ": Shift+Tab went to " << qPrintable(nameOf(focused()));
            key(Qt::Key_Tab);
            EXPECT_EQ(focused(), start) << qPrintable(where);
        }
    }

    /// The popup item of the open dialog named @p name, once open.
    QQuickItem *openDialog(const QString &name)
    {
        QObject *dialog = nullptr;
        if (!waitUntil([&] {
                for (QObject *each : window->findChildren<QObject *>(name)) {
                    if (each->property("opened").toBool())
                        dialog = each;
                }
                return dialog != nullptr;
            }))
            return nullptr;
        auto *content = dialog->property("contentItem").value<QQuickItem *>();
        QTest::qWait(100); // the focus moves in once it opened
        return content ? popupItemOf(content) : nullptr;
    }

    bool dialogClosed(const QString &name)
    {
        return waitUntil([&] {
            const QList<QObject *> all = window->findChildren<QObject *>(name);
            return !all.isEmpty() && std::none_of(all.begin(), all.end(), [](QObject *d) {
                return d->property("visible").toBool();
            });
        });
    }

    /// Focus in @p popup's first field: one of the objects named in @p fields (or inside it).
    void expectFocusIn(QQuickItem *popup, const QStringList &fields, const QString &where)
    {
        QQuickItem *focus = focused();
        ASSERT_TRUE(focus) << qPrintable(where);
        EXPECT_TRUE(isInside(focus, popup))
            << qPrintable(where) << ": the focus is on " << qPrintable(nameOf(focus));
        bool inField = false;
        for (QQuickItem *i = focus; i && i != popup; i = i->parentItem())
            inField = inField || fields.contains(i->objectName());
        EXPECT_TRUE(inField) << qPrintable(where) << ": the focus is on " << qPrintable(nameOf(focus));
    }

    void screenshot(const QString &file)
    {
        QTest::qWait(200);
        EXPECT_TRUE(window->grabWindow().save(screenshotDir() + QLatin1Char('/') + file)) << qPrintable(file);
    }

    /// Shows the sidebar's page @p index by the arrows (the sidebar has the focus).
    void sidebarTo(int index)
    {
        QQuickItem *sidebar = QuickItems::findShown(window->contentItem(), QStringLiteral("sidebar"));
        ASSERT_TRUE(sidebar);
        for (int i = 0; i < 20 && sidebar->property("currentIndex").toInt() != index; ++i)
            key(sidebar->property("currentIndex").toInt() < index ? Qt::Key_Down : Qt::Key_Up);
        ASSERT_EQ(sidebar->property("currentIndex").toInt(), index);
        QTest::qWait(250); // the page made and laid out
    }
};

} // namespace

TEST_F(KeyboardWalk, EveryPageAndDialogByKeysAloneWithAVisibleFocusRing)
{
    const QString container = uniqueName(QStringLiteral("gui-keys"));
    const QString volume = uniqueName(QStringLiteral("gui-keys-data"));
    cleanups.push_back([container, volume] {
        // The test removes the container itself: whatever is left.
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("rm"), QStringLiteral("-fv"), container});
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("volume"), QStringLiteral("rm"), volume});
    });
    // Whether the engine has the container, as `docker ps -a` lists it.
    const auto exists = [container] {
        return !docker(dockerHost(),
            {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                QStringLiteral("name=^") + container + QLatin1Char('$')})
                    .out.trimmed()
                    .isEmpty();
    };
    ASSERT_EQ(docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), volume}).exitCode, 0);
    ASSERT_EQ(
        docker(dockerHost(),
            {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--name"), container, QStringLiteral("-v"), volume + QStringLiteral(":/data"),
                testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
            .exitCode,
        0);
    ASSERT_TRUE(waitUntil([&] {
        for (const ContainerInfo &c : app->containers()->rows())
            if (c.name() == container)
                return true;
        return false;
    }));

    // From the window's start, Tab reaches the sidebar; it is one stop, its arrows choose pages.
    ASSERT_TRUE(tabTo(QStringLiteral("sidebar")));
    EXPECT_TRUE(ringIsRoundTheFocus());
    QQuickItem *sidebar = QuickItems::findShown(window->contentItem(), QStringLiteral("sidebar"));
    ASSERT_TRUE(sidebar);
    const int pages = sidebar->property("count").toInt();
    ASSERT_GE(pages, 10);
    for (int page = 0; page < pages; ++page) {
        sidebarTo(page);
        const auto *entry = sidebar->property("currentItem").value<QQuickItem *>();
        ASSERT_TRUE(entry);
        const QString where = entry->objectName();
        EXPECT_TRUE(ringIsRoundTheFocus()) << qPrintable(where);
        if (page == 1)
            screenshot(QStringLiteral("keys-sidebar-light-en.png"));
        // Round the page (its toolbar, table, panels) and the window's other stops, back to the
        // sidebar.
        tabRound(where);
        ASSERT_TRUE(isInside(focused(), sidebar)) << qPrintable(where);
    }

    // The containers page: Enter from the sidebar goes into the page.
    sidebarTo(1);
    key(Qt::Key_Return);
    EXPECT_FALSE(isInside(focused(), sidebar)) << "Enter on the sidebar went into the page";
    EXPECT_TRUE(ringIsRoundTheFocus());

    // The run dialog from its button (Space presses it): the focus in the image field, Tab
    // round inside it, Esc closes it and nothing was made.
    QStringList before = engineState();
    ASSERT_TRUE(tabTo(QStringLiteral("runButton")));
    screenshot(QStringLiteral("keys-button-light-en.png"));
    key(Qt::Key_Space);
    QQuickItem *run = openDialog(QStringLiteral("runDialog"));
    ASSERT_TRUE(run) << "Space on Run… did not open the run dialog";
    expectFocusIn(run, {QStringLiteral("runImage")}, QStringLiteral("run dialog"));
    screenshot(QStringLiteral("keys-run-dialog-light-en.png"));
    tabRound(QStringLiteral("run dialog"), run, 80);
    key(Qt::Key_Escape);
    ASSERT_TRUE(dialogClosed(QStringLiteral("runDialog"))) << "Esc did not close the run dialog";
    EXPECT_EQ(engineState(), before) << "the run dialog changed the engine";
    EXPECT_EQ(focused() ? focused()->objectName() : QString(), QStringLiteral("runButton"))
        << "the focus went back to the button that opened it";

    // A confirmation by Delete on the row: focus in its field (the volumes' check box), Esc
    // keeps the container, Enter removes it.
    key(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(nameOf(focused()), QStringLiteral("containerSearch"));
    typeText(container);
    ASSERT_TRUE(tabTo(QStringLiteral("containerList")));
    key(Qt::Key_Down);
    QQuickItem *list = QuickItems::findShown(window->contentItem(), QStringLiteral("containerList"));
    ASSERT_TRUE(list);
    const auto *row = list->property("currentItem").value<QQuickItem *>();
    ASSERT_TRUE(row);
    ASSERT_EQ(row->objectName(), QStringLiteral("containerRow-") + container);
    EXPECT_TRUE(ringIsRoundTheFocus());
    screenshot(QStringLiteral("keys-row-light-en.png"));
    // The details opened beside: Enter goes into them (their first control), Tab goes round
    // them (their actions, tabs, menu) and the rest of the window.
    key(Qt::Key_Return);
    EXPECT_TRUE(focusIn(QStringLiteral("containerDetailsPane"))) << qPrintable(nameOf(focused()));
    EXPECT_TRUE(ringIsRoundTheFocus());
    screenshot(QStringLiteral("keys-details-light-en.png"));
    tabRound(QStringLiteral("details"));
    ASSERT_TRUE(tabTo(QStringLiteral("containerList")));
    key(Qt::Key_Delete);
    QQuickItem *confirm = openDialog(QStringLiteral("removeContainerDialog"));
    ASSERT_TRUE(confirm) << "Delete did not ask";
    expectFocusIn(confirm, {QStringLiteral("confirmOption")}, QStringLiteral("remove confirmation"));
    EXPECT_TRUE(ringIsRoundTheFocus());
    screenshot(QStringLiteral("keys-confirm-light-en.png"));
    tabRound(QStringLiteral("remove confirmation"), confirm, 20);
    key(Qt::Key_Escape);
    ASSERT_TRUE(dialogClosed(QStringLiteral("removeContainerDialog")));
    EXPECT_TRUE(exists()) << "Esc kept it";
    EXPECT_TRUE(isInside(focused(), list)) << "back on the list: " << qPrintable(nameOf(focused()));

    // The volume's backup through the row's menu (the Menu key), chosen by the arrows.
    before = engineState();
    key(Qt::Key_Tab, Qt::ShiftModifier); // off the list, then to the sidebar and the volumes
    ASSERT_TRUE(tabTo(QStringLiteral("sidebar")));
    sidebarTo(4);
    ASSERT_EQ(nameOf(sidebar->property("currentItem").value<QQuickItem *>()), QStringLiteral("nav-volumes"));
    key(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(nameOf(focused()), QStringLiteral("volumeSearch"));
    typeText(volume);
    ASSERT_TRUE(tabTo(QStringLiteral("volumeList")));
    key(Qt::Key_Down);
    ASSERT_EQ(nameOf(focused()), QStringLiteral("volumeRow-") + volume);
    key(Qt::Key_Menu);
    QQuickItem *menuItem = nullptr;
    for (int i = 0; i < 6; ++i) {
        key(Qt::Key_Down);
        if (nameOf(focused()) == QStringLiteral("backupVolume-") + volume) {
            menuItem = focused();
            break;
        }
    }
    ASSERT_TRUE(menuItem) << "the arrows in the row's menu did not reach Back up…: "
                          << qPrintable(nameOf(focused()));
    EXPECT_TRUE(ringIsRoundTheFocus());
    screenshot(QStringLiteral("keys-menu-light-en.png"));
    key(Qt::Key_Return);
    QQuickItem *backup = openDialog(QStringLiteral("backupDialog"));
    ASSERT_TRUE(backup) << "Enter on Back up… did not open the backup dialog";
    expectFocusIn(backup, {QStringLiteral("backupFolderField")}, QStringLiteral("backup dialog"));
    tabRound(QStringLiteral("backup dialog"), backup, 40);
    key(Qt::Key_Escape);
    ASSERT_TRUE(dialogClosed(QStringLiteral("backupDialog")));
    EXPECT_EQ(engineState(), before) << "the backup dialog changed the engine";

    // The dark theme and Russian: the ring on a row, a button, a dialog.
    Preferences::instance()->setTheme(QStringLiteral("dark"));
    QTest::qWait(300);
    key(Qt::Key_Up);
    key(Qt::Key_Down);
    EXPECT_TRUE(ringIsRoundTheFocus());
    screenshot(QStringLiteral("keys-row-dark-en.png"));
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    ASSERT_TRUE(waitUntil([&] {
        QQuickItem *nav = QuickItems::findShown(window->contentItem(), QStringLiteral("nav-containers"));
        return nav && nav->property("text").toString().startsWith(QStringLiteral("Контейнеры"));
    }));
    ASSERT_TRUE(tabTo(QStringLiteral("sidebar")));
    screenshot(QStringLiteral("keys-sidebar-dark-ru.png"));
    sidebarTo(1);
    ASSERT_TRUE(tabTo(QStringLiteral("containerList")));
    ASSERT_EQ(nameOf(focused()), QStringLiteral("containerRow-") + container);
    key(Qt::Key_Delete);
    confirm = openDialog(QStringLiteral("removeContainerDialog"));
    ASSERT_TRUE(confirm);
    EXPECT_TRUE(ringIsRoundTheFocus());
    screenshot(QStringLiteral("keys-confirm-dark-ru.png"));
    // Enter confirms the default button: the container goes.
    key(Qt::Key_Return);
    ASSERT_TRUE(dialogClosed(QStringLiteral("removeContainerDialog")));
    EXPECT_TRUE(waitUntil([&] { return !exists(); }, 20000))
        << "Enter in the confirmation did not remove the container";
    Preferences::instance()->setTheme(QStringLiteral("light"));
    ASSERT_TRUE(tabTo(QStringLiteral("sidebar")));
    screenshot(QStringLiteral("keys-sidebar-light-ru.png"));
}

TEST_F(KeyboardWalk, AClickHidesTheRingAndAKeyShowsItAgain)
{
    ASSERT_TRUE(tabTo(QStringLiteral("sidebar")));
    ASSERT_TRUE(ring());
    EXPECT_TRUE(ring()->isVisible()) << "Tab shows the ring";
    // A click on the search field: the focus moves there, the ring does not show.
    QQuickItem *search = QuickItems::findShown(window->contentItem(), QStringLiteral("containerSearch"));
    ASSERT_TRUE(search);
    QTest::mouseClick(window, Qt::LeftButton, {},
        search->mapToScene(QPointF(search->width() / 2, search->height() / 2)).toPoint());
    ASSERT_TRUE(waitUntil([&] { return focusIn(QStringLiteral("containerSearch")); }));
    EXPECT_FALSE(ring()->isVisible()) << "a click hid the ring";
    key(Qt::Key_Tab);
    EXPECT_TRUE(ringIsRoundTheFocus()) << "a key shows it again";
}
