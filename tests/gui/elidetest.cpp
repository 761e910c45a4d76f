// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing cut short: every page, the details' tabs, the menus and the main dialogs, in English
// and in Russian, fail the test when a text that must be read whole is elided (QML
// Text.truncated). A text meant to be cut (a long name in a narrow cell, a path, a log line)
// says so with `property bool berthElidable: true` on the Text or on the control that shows it
// (docs/ARCHITECTURE.md). ctest runs it once more with QT_SCALE_FACTOR=2 (tests/CMakeLists.txt):
// the scale is read once, before the QGuiApplication exists.
#include "app/berthapp.h"
#include "app/preferences.h"
#include "model/containermodel.h"
#include "quickitems.h"
#include "testsupport.h"
#include "walktest.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtMath>

#include <functional>
#include <memory>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

/// Whether the text @p text may be cut: it, or the control up to two levels above it (a button's
/// label, a delegate's), says so.
bool mayBeCut(QQuickItem *text)
{
    int depth = 0;
    for (QQuickItem *i = text; i && depth < 3; i = i->parentItem(), ++depth) {
        if (i->property("berthElidable").toBool())
            return true;
    }
    return false;
}

/// Every visible Text (Label, a button's or tab's label, a menu item's) under @p item that is
/// elided, or that runs past the side of what clips it (a dialog, a clipping view, the window:
/// a tab beyond the pane's edge, a row wider than its dialog), and is not meant to be cut.
/// @p left and @p right: the sides of the nearest clip, in the scene; @p russian: also a standard
/// button's English word.
void collectCuts(QQuickItem *item, qreal left, qreal right, bool russian, QStringList &cuts)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->inherits("QQuickText") && !mayBeCut(item)) {
        const QString text = item->property("text").toString();
        const bool leftAligned = item->property("horizontalAlignment").toInt() == Qt::AlignLeft;
        const qreal painted
            = leftAligned ? qMin(box.width(), item->property("contentWidth").toReal()) : box.width();
        if (item->property("truncated").toBool()) {
            // With the widths: a pixel short says a layout rounded, half the text says squeezed.
            cuts << text
                    + QStringLiteral(" (%1 of %2 px)")
                          .arg(qRound(item->width()))
                          .arg(qCeil(item->implicitWidth()));
        } else if (!text.trimmed().isEmpty() && painted > 0
            && (box.left() < left - 1 || box.left() + painted > right + 1))
            cuts << text + QStringLiteral(" (past the edge)");
    }
    // In Russian, Qt's own English words on a dialog's standard buttons (Qt's translations are
    // not loaded: the dialogs name their buttons themselves).
    if (russian && item->inherits("QQuickText")) {
        static const QStringList english {QStringLiteral("OK"), QStringLiteral("Cancel"),
            QStringLiteral("Close"), QStringLiteral("Remove"), QStringLiteral("Apply"),
            QStringLiteral("Save"), QStringLiteral("Yes"), QStringLiteral("No")};
        if (english.contains(item->property("text").toString()))
            cuts << item->property("text").toString() + QStringLiteral(" (not translated)");
    }
    if (item->clip() || item->inherits("QQuickPopupItem")) {
        left = qMax(left, box.left());
        right = qMin(right, box.right());
    }
    for (QQuickItem *child : item->childItems())
        collectCuts(child, left, right, russian, cuts);
}

class ElideWalk : public WalkTest
{
protected:
    void SetUp() override
    {
        WalkTest::SetUp();
        const QByteArray factor = qgetenv("QT_SCALE_FACTOR");
        scale = factor.isEmpty() ? QStringLiteral("100") : QString::number(qRound(factor.toDouble() * 100));
    }

    QQuickItem *item(const QString &name)
    {
        QQuickItem *found = nullptr;
        waitUntil(
            [&] { return (found = QuickItems::findShown(window->contentItem(), name)) != nullptr; }, 5000);
        EXPECT_TRUE(found) << "no visible item named " << qPrintable(name) << " (" << qPrintable(language)
                           << ")";
        return found;
    }

    void click(const QString &name)
    {
        QQuickItem *target = item(name);
        if (!target)
            return;
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        // The pointer off the button: its tooltip would count as an open popup.
        QTest::mouseMove(window, QPoint(window->width() - 2, window->height() - 2));
        QTest::qWait(50);
    }

    /// The popups (dialogs, menus) open now.
    int openPopups() const
    {
        int open = 0;
        for (QQuickItem *child : window->contentItem()->childItems()) {
            if (!child->inherits("QQuickOverlay"))
                continue;
            for (QQuickItem *popup : child->childItems())
                open += popup->isVisible() && popup->inherits("QQuickPopupItem") ? 1 : 0;
        }
        return open;
    }

    /// Opens a popup with @p open, looks at it, closes it with Esc.
    void popup(const QString &where, const std::function<void()> &open)
    {
        open();
        EXPECT_TRUE(waitUntil([&] { return openPopups() > 0; }, 5000))
            << qPrintable(where) << " did not open";
        look(where);
        for (int tries = 0; tries < 3 && openPopups() > 0; ++tries) {
            QTest::keyClick(window, Qt::Key_Escape);
            waitUntil([&] { return openPopups() == 0; }, 2000);
        }
        EXPECT_EQ(openPopups(), 0) << qPrintable(where) << " did not close with Esc";
    }

    /// The cut texts of what is on screen now, as "where: text", and its screenshot.
    void look(const QString &where)
    {
        QTest::qWait(350); // animations (a popup's, a page's) ended, layouts settled
        QStringList cuts;
        collectCuts(
            window->contentItem(), 0, window->contentItem()->width(), language == QLatin1String("ru"), cuts);
        cuts.removeDuplicates();
        for (const QString &cut : cuts)
            found << QStringLiteral("[%1, %2%] %3: \"%4\"").arg(language, scale, where, cut);
        const QString file = QStringLiteral("elide-%1-%2-%3.png").arg(scale, language, where);
        EXPECT_TRUE(window->grabWindow().save(screenshotDir() + QLatin1Char('/') + file)) << qPrintable(file);
    }

    void detailsMenu(const QString &action)
    {
        click(QStringLiteral("detailsMore"));
        QQuickItem *entry = item(action);
        ASSERT_TRUE(entry);
        auto *menu = entry->property("menu").value<QObject *>();
        ASSERT_TRUE(menu);
        ASSERT_TRUE(waitUntil([&] { return menu->property("opened").toBool(); }));
        click(action);
    }

    void walk()
    {
        // The pages, each as it opens.
        for (const char *page : {"overview", "containers", "projects", "images", "volumes", "networks",
                 "registries", "disk", "jobs", "history", "learn", "settings"}) {
            click(QStringLiteral("nav-") + QLatin1String(page));
            look(QLatin1String(page));
        }
        // A container's details, every tab, its menu and its dialogs.
        click(QStringLiteral("nav-containers"));
        // In view, however many containers the engine has.
        if (QQuickItem *search = item(QStringLiteral("containerSearch")))
            search->setProperty("text", container);
        // Nothing selected: the list as wide as it opens (the second language's walk had it).
        if (QQuickItem *list = item(QStringLiteral("containerList")))
            list->setProperty("currentIndex", -1);
        // The row's menu while the list is wide (the details make it narrow, without it).
        popup(QStringLiteral("row-menu"), [&] { click(QStringLiteral("more-") + container); });
        click(QStringLiteral("containerRow-") + container);
        for (const char *tab :
            {"overviewTab", "inspectTab", "logsTab", "terminalTab", "statsTab", "filesTab"}) {
            click(QLatin1String(tab));
            look(QStringLiteral("details-") + QLatin1String(tab));
        }
        click(QStringLiteral("overviewTab"));
        popup(QStringLiteral("details-menu"), [&] { click(QStringLiteral("detailsMore")); });
        popup(QStringLiteral("run-dialog"), [&] { click(QStringLiteral("runButton")); });
        popup(QStringLiteral("commit-dialog"), [&] { detailsMenu(QStringLiteral("commitContainer")); });
        popup(QStringLiteral("remove-confirmation"), [&] { detailsMenu(QStringLiteral("detailsRemove")); });
        popup(QStringLiteral("container-backup-dialog"),
            [&] { detailsMenu(QStringLiteral("backupContainerVolumes")); });
        popup(QStringLiteral("export-dialog"), [&] { detailsMenu(QStringLiteral("migrateContainer")); });
        popup(QStringLiteral("import-dialog"), [&] { click(QStringLiteral("importButton")); });
        popup(QStringLiteral("engines-dialog"), [&] { click(QStringLiteral("manageEngines")); });
        popup(QStringLiteral("prune-confirmation"), [&] { click(QStringLiteral("pruneContainersButton")); });
        // The other pages' dialogs.
        click(QStringLiteral("nav-volumes"));
        if (QQuickItem *search = item(QStringLiteral("volumeSearch")))
            search->setProperty("text", volume);
        popup(QStringLiteral("volume-backup-dialog"), [&] {
            // In the row's "⋯" menu.
            click(QStringLiteral("moreVolume-") + volume);
            waitUntil([&] { return openPopups() > 0; }, 5000);
            click(QStringLiteral("backupVolume-") + volume);
        });
        popup(QStringLiteral("restore-dialog"), [&] { click(QStringLiteral("restoreVolumeButton")); });
        click(QStringLiteral("nav-images"));
        popup(QStringLiteral("build-dialog"), [&] { click(QStringLiteral("buildImageButton")); });
        click(QStringLiteral("nav-networks"));
        popup(QStringLiteral("network-create-dialog"), [&] { click(QStringLiteral("createNetworkButton")); });
        click(QStringLiteral("nav-registries"));
        popup(QStringLiteral("sign-in-dialog"), [&] { click(QStringLiteral("signInButton")); });
        click(QStringLiteral("nav-projects"));
        popup(QStringLiteral("compose-up-dialog"), [&] { click(QStringLiteral("composeUpButton")); });
        click(QStringLiteral("nav-containers"));
    }

    QString scale, language = QStringLiteral("en");
    QString container, volume;
    QStringList found;
};

} // namespace

TEST_F(ElideWalk, NothingThatMustBeReadWholeIsCutShort)
{
    // Objects to show: a container with a long-ish name using a volume, an image of its own.
    container = uniqueName(QStringLiteral("gui-elide-a-rather-long-container-name"));
    volume = uniqueName(QStringLiteral("gui-elide-data"));
    const QString image = uniqueName(QStringLiteral("berth-elide")).toLower() + QStringLiteral(":v1");
    cleanups.push_back([c = container, v = volume, image] {
        docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-fv"), c});
        docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), v});
        docker(dockerHost(), {QStringLiteral("rmi"), image});
    });
    ASSERT_EQ(docker(dockerHost(), {QStringLiteral("tag"), testImage(), image}).exitCode, 0);
    ASSERT_EQ(
        docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--name"), container, QStringLiteral("-v"), volume + QStringLiteral(":/data"),
                testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
            .exitCode,
        0);
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const ContainerInfo &c : app->containers()->rows())
                if (c.name() == container && c.state == QLatin1String("running"))
                    return true;
            return false;
        },
        20000));

    for (const QString &code : {QStringLiteral("en"), QStringLiteral("ru")}) {
        language = code;
        Preferences::instance()->setLanguage(code);
        const QString containers
            = code == QLatin1String("ru") ? QStringLiteral("Контейнеры") : QStringLiteral("Containers");
        ASSERT_TRUE(waitUntil([&] {
            QQuickItem *nav = QuickItems::findShown(window->contentItem(), QStringLiteral("nav-containers"));
            return nav && nav->property("text").toString().startsWith(containers);
        })) << qPrintable(code);
        walk();
    }
    EXPECT_TRUE(found.isEmpty()) << "cut short (" << found.size() << "):\n"
                                 << qPrintable(found.join(QLatin1Char('\n')));
}
