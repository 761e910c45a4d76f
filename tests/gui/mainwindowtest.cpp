// SPDX-License-Identifier: GPL-3.0-or-later
// The app's own composition root and QML, in this process, driven by clicks and keys the way
// a person would, against the private engine; a screenshot of every page and dialog.
#include "app/actioncontext.h"
#include "app/actions.h"
#include "app/berthapp.h"
#include "app/containers/containeractions.h"
#include "app/disk/diskactions.h"
#include "app/enginestatus.h"
#include "app/files/filebrowser.h"
#include "app/format.h"
#include "app/migration/exportform.h"
#include "app/migration/importform.h"
#include "app/notifications/desktopnotifier.h"
#include "app/preferences.h"
#include "app/projects/projectactions.h"
#include "app/tray/trayicon.h"
#include "app/volumes/restoreform.h"
#include "app/volumes/volumeactions.h"
#include "compose/projectlogmodel.h"
#include "engine/containersapi.h"
#include "engine/dockercontexts.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/logtime.h"
#include "fakeengine.h"
#include "jobs/job.h"
#include "jobs/jobsmodel.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"
#include "model/displayformat.h"
#include "model/logmodel.h"
#include "privatekeyring.h"
#include "sync/enginesync.h"
#include "sync/usagefeed.h"
#include "testsupport.h"
#include "translations.h"

#include <QAccessible>
#include <QBuffer>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMimeData>
#include <QPalette>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

/// The item named @p name under @p root, shown or not.
QQuickItem *anyItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = anyItem(child, name))
            return found;
    }
    return nullptr;
}

/// Chooses @p code (one of @p codes, in the order the box lists them) in the Settings page's box
/// named @p box, as a user does, and shows again the page that was shown.
void chooseInSettings(QQuickWindow *window, const QString &box, const QStringList &codes, const QString &code)
{
    const int at = codes.indexOf(code);
    ASSERT_GE(at, 0) << qPrintable(code);
    QQuickItem *sidebar = anyItem(window->contentItem(), QStringLiteral("sidebar"));
    QQuickItem *entry = anyItem(window->contentItem(), QStringLiteral("nav-settings"));
    ASSERT_TRUE(sidebar && entry);
    const int shown = sidebar->property("currentIndex").toInt();
    sidebar->setProperty("currentIndex", entry->property("index"));
    QQuickItem *choice = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (choice = anyItem(window->contentItem(), box)) != nullptr; }))
        << qPrintable(box);
    QMetaObject::invokeMethod(choice, "activated", Q_ARG(int, at));
    EXPECT_EQ(choice->property("currentIndex").toInt(), at);
    sidebar->setProperty("currentIndex", shown);
    QTest::qWait(100);
}

/// Switches the language of @p window through its Settings page: "en", "ru", or "" for the
/// system's. In a MainWindow test: setLanguage(QStringLiteral("ru")).
void chooseLanguageInSettings(QQuickWindow *window, const QString &code)
{
    chooseInSettings(window, QStringLiteral("settingsLanguage"),
        {QString(), QStringLiteral("en"), QStringLiteral("ru")}, code);
}

class MainWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear(); // explanations shown, language from the command line
        QSettings().setValue(QStringLiteral("welcomed"), !firstTime()); // the welcome has its own test
        app = std::make_unique<BerthApp>(BerthApp::Options {host(), QStringLiteral("en")});
        QSignalSpy ready(app->sync(), &EngineSync::ready);
        ASSERT_TRUE(app->start());
        window = app->window();
        ASSERT_TRUE(window);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        ASSERT_TRUE(waitUntil([&] { return ready.count() > 0; }, 30000));
        QDir().mkpath(shots());
    }

    /// The engine the app talks to: the private dockerd, unless a test says otherwise.
    virtual QString host() const { return dockerHost(); }
    /// Berth has not been started before: the welcome shows.
    virtual bool firstTime() const { return false; }

    static QString shots() { return TestSupport::screenshotDir(); }

    /// The named item, visible, once it exists (dialogs open on the next frames).
    QQuickItem *item(const QString &name)
    {
        QQuickItem *found = nullptr;
        waitUntil([&] { return (found = findItem(window->contentItem(), name)) != nullptr; }, 5000);
        EXPECT_TRUE(found) << "no visible item named " << qPrintable(name);
        return found;
    }

    void click(const QString &name)
    {
        QQuickItem *target = item(name);
        if (!target)
            return;
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(50);
    }

    /// An action of the details pane's "⋯" menu.
    void detailsAction(const QString &name) { menuAction(QStringLiteral("detailsMore"), name); }

    /// The action @p name of the menu the button @p button opens.
    void menuAction(const QString &button, const QString &name)
    {
        click(button);
        // A click while the menu still opens can fall beside it: the menu open first.
        QQuickItem *entry = item(name);
        ASSERT_TRUE(entry);
        auto *menu = entry->property("menu").value<QObject *>();
        ASSERT_TRUE(menu) << qPrintable(name) << " is not in a menu";
        ASSERT_TRUE(waitUntil([&] { return menu->property("opened").toBool(); }));
        click(name);
    }

    void doubleClick(const QString &name)
    {
        QQuickItem *target = item(name);
        if (!target)
            return;
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseDClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(50);
    }

    void type(const QString &name, const QString &text)
    {
        click(name);
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::qWait(30);
    }

    /// The form of the dialog that shows the item named @p name (the dialogs hold theirs).
    template<class Form> Form *formOf(const QString &name)
    {
        for (QQuickItem *i = item(name); i; i = i->parentItem()) {
            for (QObject *o = i; o; o = o->parent()) {
                if (auto *form = o->findChild<Form *>(QString(), Qt::FindDirectChildrenOnly))
                    return form;
            }
        }
        return nullptr;
    }

    /// Whether one of @p form's problems contains @p words.
    template<class Form> static bool hasProblem(Form *form, const QString &words)
    {
        return form && form->problems().join(QLatin1Char('\n')).contains(words);
    }

    QString textOf(const QString &name)
    {
        return item(name) ? item(name)->property("text").toString() : QString();
    }

    /// Chooses the language as a user does, in the Settings page ("en", "ru", or "" for the
    /// system's), and shows again the page that was shown; the window's texts follow at once.
    void setLanguage(const QString &code) { chooseLanguageInSettings(window, code); }

    /// The same for the colours: "light", "dark", or "" for the system's.
    void setTheme(const QString &code)
    {
        chooseInSettings(window, QStringLiteral("settingsTheme"),
            {QString(), QStringLiteral("light"), QStringLiteral("dark")}, code);
    }

    /// A click on the middle of the item named @p name with keys held (Ctrl, Shift).
    void clickWith(const QString &name, Qt::KeyboardModifiers keys)
    {
        QQuickItem *target = item(name);
        if (!target)
            return;
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, keys, centre.toPoint());
        QTest::qWait(50);
    }

    /// Drags the item named @p name (a column's edge) @p dx pixels sideways, as a pointer does.
    void drag(const QString &name, int dx)
    {
        QQuickItem *target = item(name);
        if (!target)
            return;
        const QPoint from = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QTest::mousePress(window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(window, from + QPoint(dx * step / 6, 0));
        QTest::mouseRelease(window, Qt::LeftButton, {}, from + QPoint(dx, 0));
        QTest::qWait(50);
    }

    /// Closes the window and opens Berth again, as a user starting it the next day would (the
    /// settings kept).
    void restartApp()
    {
        app.reset();
        window = nullptr;
        app = std::make_unique<BerthApp>(BerthApp::Options {host(), QStringLiteral("en")});
        QSignalSpy ready(app->sync(), &EngineSync::ready);
        ASSERT_TRUE(app->start());
        window = app->window();
        ASSERT_TRUE(window);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        ASSERT_TRUE(waitUntil([&] { return ready.count() > 0; }, 30000));
    }

    /// The values of the role @p role of each row the list named @p list shows, in its order.
    QStringList shownRole(const QString &list, const QByteArray &role)
    {
        QStringList values;
        QQuickItem *view = item(list);
        auto *model
            = view ? qobject_cast<QAbstractItemModel *>(view->property("model").value<QObject *>()) : nullptr;
        if (!model)
            return values;
        const int id = model->roleNames().key(role, -1);
        for (int r = 0; r < model->rowCount(); ++r)
            values << model->index(r, 0).data(id).toString();
        return values;
    }

    /// Whether the dialog named @p name (a popup, found among the window's objects) is open, or
    /// opens within a while.
    bool dialogOpens(const QString &name)
    {
        return waitUntil([&] {
            QObject *dialog = window->findChild<QObject *>(name);
            return dialog && dialog->property("opened").toBool();
        });
    }

    /// Whether the dialog named @p name is closed, or closes within a while.
    bool dialogCloses(const QString &name)
    {
        return waitUntil([&] {
            QObject *dialog = window->findChild<QObject *>(name);
            return dialog && !dialog->property("visible").toBool();
        });
    }

    void screenshot(const QString &file)
    {
        QTest::qWait(150); // let the last change reach the screen
        EXPECT_TRUE(window->grabWindow().save(shots() + QLatin1Char('/') + file)) << qPrintable(file);
    }

    const ContainerInfo *containerNamed(const QString &name)
    {
        for (const ContainerInfo &c : app->containers()->rows())
            if (c.name() == name)
                return &c;
        return nullptr;
    }

    /// `docker run -d --network none --name NAME ARGS…` on the private engine, removed (with its
    /// anonymous volumes) when the test ends; true once the window lists it running.
    bool runContainer(const QString &name, const QStringList &args)
    {
        removeAfter(dockerHost(), {name}, {});
        if (TestSupport::docker(dockerHost(),
                QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                    QStringLiteral("none"), QStringLiteral("--name"), name}
                    + args)
                .exitCode
            != 0)
            return false;
        return waitUntil(
            [&] { return containerNamed(name) && containerNamed(name)->state == QLatin1String("running"); },
            20000);
    }
    /// Selects the container @p name once the window lists it and opens its Logs tab: the log view.
    QQuickItem *openLogTab(const QString &name)
    {
        if (!waitUntil([&] { return containerNamed(name) != nullptr; }, 20000))
            return nullptr;
        click(QStringLiteral("containerRow-") + name);
        click(QStringLiteral("logsTab"));
        return item(QStringLiteral("logView"));
    }
    /// Containers and volumes on @p host that go when the test ends, whatever happened.
    /// Waits until no job runs and one has ended; whether the last one succeeded (its error if not).
    ::testing::AssertionResult lastJobSucceeded(int msecs)
    {
        JobsModel *jobs = app->actions()->jobs();
        if (!waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 1; }, msecs))
            return ::testing::AssertionFailure() << "no job ended within " << msecs << " ms";
        const QModelIndex last = jobs->index(jobs->count() - 1);
        if (jobs->data(last, JobsModel::StateRole).toInt() != int(Job::Succeeded))
            return ::testing::AssertionFailure()
                << qPrintable(jobs->data(last, JobsModel::ErrorRole).toString());
        return ::testing::AssertionSuccess();
    }

    /// The image a transfer of @p container committed and loaded on @p host goes when the test ends
    /// (last: after the container).
    void removeMigratedImageAfter(const QString &host, const QString &container)
    {
        m_cleanups.push_back([host, container] {
            run(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                    QStringLiteral("docker -H \"$0\" images -q \"$1\" | xargs -r docker -H \"$0\" rmi"), host,
                    QStringLiteral("berth-migrate/") + container});
        });
    }

    void removeAfter(const QString &host, const QStringList &containers, const QStringList &volumes)
    {
        m_cleanups.push_back([host, containers, volumes] {
            for (const QString &c : containers)
                run(QStringLiteral("docker"),
                    {QStringLiteral("-H"), host, QStringLiteral("rm"), QStringLiteral("-fv"), c});
            if (!volumes.isEmpty())
                run(QStringLiteral("docker"),
                    QStringList {QStringLiteral("-H"), host, QStringLiteral("volume"), QStringLiteral("rm")}
                        + volumes);
        });
    }
    void TearDown() override
    {
        for (auto it = m_cleanups.rbegin(); it != m_cleanups.rend(); ++it)
            (*it)();
    }

    std::vector<std::function<void()>> m_cleanups;
    std::unique_ptr<BerthApp> app;
    QQuickWindow *window = nullptr;
};

} // namespace

TEST_F(MainWindow, IconsLoad)
{
    // The icons are SVG: without Qt's SVG plugin (libqt6svg6) every button would lose its icon
    // without a word.
    for (const QString &name : {QStringLiteral("list-add"), QStringLiteral("media-playback-start"),
             QStringLiteral("package-x-generic")}) {
        const QImage icon(QStringLiteral(":/icons/") + name + QStringLiteral("-symbolic.svg"));
        EXPECT_FALSE(icon.isNull()) << qPrintable(name);
    }
}

TEST_F(MainWindow, RunStopRemoveAndPruneByClicking)
{
    const QString name = uniqueName(QStringLiteral("gui-web"));
    const QString volume = uniqueName(QStringLiteral("gui-data"));
    screenshot(QStringLiteral("containers-en.png"));
    // A modal dialog dims the window behind it: the sidebar's title darkens while it is open.
    const auto behind = [&] { return window->grabWindow().pixelColor(150, 26).lightnessF(); };
    const double undimmed = behind();

    click(QStringLiteral("runButton"));
    EXPECT_TRUE(waitUntil([&] { return behind() < undimmed * 0.75; }))
        << "behind the dialog: " << behind() << ", without it: " << undimmed;
    // The engine's networks fill the network choice without choosing one.
    ASSERT_TRUE(waitUntil([&] { return app->actionContext()->networks().contains(QStringLiteral("none")); }));
    QTest::qWait(100);
    EXPECT_FALSE(textOf(QStringLiteral("runPreview")).contains(QLatin1String("--network")))
        << qPrintable(textOf(QStringLiteral("runPreview")));
    type(QStringLiteral("runImage"), testImage());
    type(QStringLiteral("runName"), name);
    type(QStringLiteral("runCommand"), QStringLiteral("sleep 1000"));
    type(QStringLiteral("runPorts"), QStringLiteral("18090:80"));
    type(QStringLiteral("runVolumes"), volume + QStringLiteral(":/data"));
    type(QStringLiteral("runEnvironment"), QStringLiteral("GREETING=hello world"));
    type(QStringLiteral("runNetwork"), QStringLiteral("none"));
    const QString expected
        = QStringLiteral("docker run -d --name %1 -p 18090:80 -v %2:/data -e 'GREETING=hello world' "
                         "--network none %3 sleep 1000")
              .arg(name, volume, testImage());
    EXPECT_EQ(textOf(QStringLiteral("runPreview")), expected);
    EXPECT_LT(behind(), undimmed * 0.75) << "still dimmed behind once its fields were typed into";
    screenshot(QStringLiteral("run-dialog-en.png"));

    click(QStringLiteral("runConfirm"));
    ASSERT_TRUE(waitUntil(
        [&] { return containerNamed(name) && containerNamed(name)->state == QLatin1String("running"); },
        20000))
        << "the container did not appear running";
    const ContainerInfo *c = containerNamed(name);
    EXPECT_EQ(c->volumeNames(), QStringList {volume});
    auto inspect = connect(dockerHost());
    const auto docker = TestSupport::docker(dockerHost(),
        {QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{json .Config.Env}}"),
            name});
    EXPECT_TRUE(docker.out.contains("GREETING=hello world")) << docker.out.constData();
    ASSERT_GE(app->actions()->history()->count(), 1);
    EXPECT_EQ(app->actions()
                  ->history()
                  ->data(app->actions()->history()->index(0), CommandHistoryModel::CommandRole)
                  .toString(),
        expected)
        << "the history records the same command";
    screenshot(QStringLiteral("containers-running-en.png"));

    // Select it: the details pane renames it in place (its name, selected, becomes a field).
    click(QStringLiteral("containerRow-") + name);
    screenshot(QStringLiteral("container-details-header-en.png"));
    detailsAction(QStringLiteral("renameContainer"));
    EXPECT_EQ(textOf(QStringLiteral("renameField")), name);
    for (const QChar c : name + QStringLiteral("-renamed"))
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    click(QStringLiteral("renameButton"));
    ASSERT_TRUE(waitUntil([&] { return containerNamed(name + QStringLiteral("-renamed")) != nullptr; }))
        << "rename";
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("detailsEnvironment")).contains(QStringLiteral("GREETING=hello world"));
    })) << qPrintable(textOf(QStringLiteral("detailsEnvironment")));
    screenshot(QStringLiteral("container-details-en.png"));

    // Saved as an image from the menu's dialog, which shows the docker command.
    const QString committed = name.toLower() + QStringLiteral("-image:v1");
    m_cleanups.push_back([committed] {
        TestSupport::docker(dockerHost(), {QStringLiteral("rmi"), committed});
    });
    detailsAction(QStringLiteral("commitContainer"));
    type(QStringLiteral("commitField"), committed);
    screenshot(QStringLiteral("commit-dialog-en.png"));
    click(QStringLiteral("commitButton"));
    EXPECT_TRUE(waitUntil(
        [&] {
            return run(QStringLiteral("docker"),
                       {QStringLiteral("-H"), dockerHost(), QStringLiteral("image"),
                           QStringLiteral("inspect"), committed})
                       .exitCode
                == 0;
        },
        20000))
        << "commit";
    TestSupport::docker(dockerHost(), {QStringLiteral("rename"), name + QStringLiteral("-renamed"), name});
    ASSERT_TRUE(waitUntil([&] { return containerNamed(name) != nullptr; }));

    click(QStringLiteral("detailsStartStop"));
    ASSERT_TRUE(waitUntil(
        [&] { return containerNamed(name) && containerNamed(name)->state == QLatin1String("exited"); },
        30000))
        << "stop";

    detailsAction(QStringLiteral("detailsRemove"));
    screenshot(QStringLiteral("remove-dialog-en.png"));
    click(QStringLiteral("confirmAccept"));
    ASSERT_TRUE(waitUntil([&] { return containerNamed(name) == nullptr; }, 20000)) << "remove";

    // The prune confirmation lists exactly what would go and the space that comes back;
    // cancelling changes nothing.
    TestSupport::docker(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("--name"), name + QStringLiteral("-stopped"),
            QStringLiteral("--network"), QStringLiteral("none"), testImage(), QStringLiteral("sh"),
            QStringLiteral("-c"), QStringLiteral("head -c 3000000 /dev/urandom > /written")});
    ASSERT_TRUE(waitUntil([&] {
        return containerNamed(name + QStringLiteral("-stopped"))
            && containerNamed(name + QStringLiteral("-stopped"))->state == QLatin1String("exited");
    }));
    click(QStringLiteral("pruneContainersButton"));
    QQuickItem *list = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(list);
    const QStringList listed = list->property("model").toStringList();
    EXPECT_TRUE(listed.contains(name + QStringLiteral("-stopped"))) << qPrintable(listed.join(u','));
    // What they hold, as the engine tells the docker CLI (docker inspect --size).
    qint64 written = 0;
    for (const QString &one : listed) {
        written += trimmed(TestSupport::docker(dockerHost(),
                               {QStringLiteral("inspect"), QStringLiteral("--size"), QStringLiteral("-f"),
                                   QStringLiteral("{{.SizeRw}}"), one})
                               .out)
                       .toLongLong();
    }
    EXPECT_GE(written, 3000000);
    EXPECT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("confirmFreed"))
                == QStringLiteral("Frees %1.").arg(Format::localSize(written, 4));
        },
        30000))
        << qPrintable(textOf(QStringLiteral("confirmFreed"))) << " for " << written << " bytes";
    screenshot(QStringLiteral("prune-dialog-en.png"));
    click(QStringLiteral("confirmReject"));
    QTest::qWait(500);
    EXPECT_TRUE(containerNamed(name + QStringLiteral("-stopped"))) << "cancel keeps everything";

    // A pull from a registry that is not there (a closed port on this machine) fails as a job
    // with the engine's message, shown in the banner.
    click(QStringLiteral("nav-images"));
    type(QStringLiteral("pullReference"), QStringLiteral("127.0.0.1:1/berth/nothing:1"));
    click(QStringLiteral("pullButton"));
    ASSERT_TRUE(waitUntil(
        [&] { return app->actions()->jobs()->count() == 1 && app->actions()->jobs()->runningCount() == 0; },
        30000));
    const QString jobError
        = app->actions()->jobs()->data(app->actions()->jobs()->index(0), JobsModel::ErrorRole).toString();
    EXPECT_TRUE(jobError.contains(QLatin1String("127.0.0.1:1"))) << qPrintable(jobError);
    EXPECT_TRUE(textOf(QStringLiteral("errorBannerMessage")).contains(QLatin1String("127.0.0.1:1")));
    screenshot(QStringLiteral("jobs-failed-pull-en.png"));
    click(QStringLiteral("errorBannerClose"));

    // Pages, then Russian, without a restart.
    click(QStringLiteral("nav-images"));
    screenshot(QStringLiteral("images-en.png"));
    click(QStringLiteral("nav-volumes"));
    screenshot(QStringLiteral("volumes-en.png"));
    type(QStringLiteral("volumeSearch"), volume); // in view, however many volumes the engine has
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("inspectVolume-") + volume);
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("inspectText")).contains(QLatin1String("\"Mountpoint\""));
    })) << "the volume's inspect JSON";
    EXPECT_TRUE(textOf(QStringLiteral("inspectText")).contains(volume));
    screenshot(QStringLiteral("volume-inspect-en.png"));
    // A backup from the volume page goes to the jobs page and ends as a checked archive (the
    // folder dialog's choice is handed to Actions.backupVolume, as the dialog does).
    QTemporaryDir backups;
    VolumeActions::instance()->backupVolume(volume, QUrl::fromLocalFile(backups.path()));
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 2; }, 30000));
    EXPECT_EQ(jobs->data(jobs->index(jobs->count() - 1), JobsModel::StateRole).toInt(), int(Job::Succeeded))
        << qPrintable(jobs->data(jobs->index(jobs->count() - 1), JobsModel::ErrorRole).toString());
    const QStringList made = QDir(backups.path()).entryList(QDir::Files);
    ASSERT_EQ(made.size(), 2) << qPrintable(made.join(QLatin1Char(' ')));
    EXPECT_TRUE(made[0].startsWith(volume + QLatin1Char('-')) && made[0].endsWith(QLatin1String(".tar.gz")));
    EXPECT_EQ(made[1], made[0] + QStringLiteral(".sha256"));
    QTest::keyClick(window, Qt::Key_Escape);
    click(QStringLiteral("nav-history"));
    screenshot(QStringLiteral("history-en.png"));
    // An image's size in the words of the language, and again once it changes (a retranslation
    // alone evaluates again only the bindings that call qsTr).
    click(QStringLiteral("nav-images"));
    const QString imageSize = QStringLiteral("imageSize-") + testImage();
    EXPECT_TRUE(waitUntil([&] { return textOf(imageSize).endsWith(QStringLiteral("\u00a0MB")); }))
        << qPrintable(textOf(imageSize));
    setLanguage(QStringLiteral("ru"));
    click(QStringLiteral("nav-images"));
    EXPECT_TRUE(waitUntil([&] { return textOf(imageSize).endsWith(QStringLiteral("\u00a0МБ")); }))
        << qPrintable(textOf(imageSize));
    click(QStringLiteral("nav-containers"));
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("runButton")) == QStringLiteral("Запустить…");
    })) << qPrintable(textOf(QStringLiteral("runButton")));
    screenshot(QStringLiteral("containers-ru.png"));
    // Dark colours, chosen the same way.
    setTheme(QStringLiteral("dark"));
    // Dark on screen, not only in a setting: the window's own pixels, and a disabled button's text
    // dimmer than an enabled one's (Qt 6.4 kept the old disabled colours of a palette set in QML).
    ASSERT_TRUE(waitUntil([&] { return window->grabWindow().pixelColor(5, 5).lightnessF() < 0.3; }))
        << "the window did not turn dark";
    screenshot(QStringLiteral("containers-dark-ru.png"));
    const QPalette dark = QGuiApplication::palette();
    EXPECT_LT(dark.color(QPalette::Disabled, QPalette::ButtonText).lightnessF(),
        dark.color(QPalette::Active, QPalette::ButtonText).lightnessF() - 0.3);

    click(QStringLiteral("runButton"));
    type(QStringLiteral("runImage"), QStringLiteral("Not An Image"));
    EXPECT_TRUE(textOf(QStringLiteral("runPreview")).startsWith(QStringLiteral("docker run -d")));
    screenshot(QStringLiteral("run-dialog-invalid-ru.png"));
    QQuickItem *confirm = item(QStringLiteral("runConfirm"));
    EXPECT_FALSE(confirm->isEnabled()) << "an invalid form cannot be run";
    click(QStringLiteral("runCancel"));

    TestSupport::docker(dockerHost(), {QStringLiteral("rm"), name + QStringLiteral("-stopped")});
    TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), volume});
}

TEST_F(MainWindow, LogsFollowSearchFilterAndSave)
{
    // A container that writes to both streams, with colour, and keeps writing.
    const QString name = uniqueName(QStringLiteral("gui-logs"));
    ASSERT_EQ(
        TestSupport::docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--name"), name, testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo starting; printf '\\033[32mgreen ok\\033[0m\\n'; echo 'warning: low "
                               "disk' >&2; seq 1 80; "
                               "i=0; while true; do i=$((i+1)); echo tick $i; if [ $((i % 5)) = 0 ]; then "
                               "echo error $i >&2; fi; sleep 0.1; done")})
            .exitCode,
        0);
    // It writes forever: removed when the test ends, passed or failed.
    const std::unique_ptr<const QString, std::function<void(const QString *)>> removed(
        &name, [](const QString *n) {
            TestSupport::docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), *n});
        });
    QQuickItem *view = openLogTab(name);
    ASSERT_TRUE(view);
    auto *model = qvariant_cast<LogModel *>(view->property("logModel"));
    ASSERT_TRUE(model);
    // Following: lines keep arriving without any click.
    ASSERT_TRUE(waitUntil([&] { return model->lineCount() >= 12; }, 20000)) << model->lineCount();
    const int seen = model->lineCount();
    ASSERT_TRUE(waitUntil([&] { return model->lineCount() >= seen + 5; }, 20000)) << "not following";
    EXPECT_EQ(textOf(QStringLiteral("logState")),
        QStringLiteral("Following: new lines appear as they are written."));
    EXPECT_EQ(textOf(QStringLiteral("logCommand")), QStringLiteral("docker logs -f --tail 1000 ") + name);
    screenshot(QStringLiteral("logs-following-en.png"));

    // Scrolled up by the user, it stays put and counts what arrives; "Jump to end" goes back.
    QQuickItem *list = item(QStringLiteral("logList"));
    ASSERT_TRUE(list);
    const QPointF inList = list->mapToScene(QPointF(list->width() / 2, list->height() / 2));
    // A wheel's flick moves the view from its next frame on. A line that landed just before (its
    // "go to the end" still to come in that frame) must not take the view back to the end and
    // cancel the flick. Ten notches 20 ms apart, as a hand turns a wheel.
    model->append(LogBuffer::Stdout, "a line in the wheel's way\n", QDateTime::currentMSecsSinceEpoch());
    model->commit();
    for (int i = 0; i < 10; ++i) {
        QWheelEvent wheel(inList, window->mapToGlobal(inList), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        wheel.setTimestamp(ulong(1000 + 20 * i));
        QGuiApplication::sendEvent(window, &wheel);
        ASSERT_TRUE(list->property("moving").toBool()) << "the wheel did not move the view";
    }
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("logJumpToEnd")) != nullptr; }, 5000))
        << "no jump button after scrolling up: contentY " << list->property("contentY").toDouble() << " of "
        << list->property("contentHeight").toDouble() << ", moving " << list->property("moving").toBool()
        << ", at the end " << list->property("atYEnd").toBool() << ", following the end "
        << list->property("stuck").toBool();
    ASSERT_TRUE(waitUntil([&] { return view->property("newLines").toInt() > 0; }, 10000));
    EXPECT_TRUE(textOf(QStringLiteral("logJumpToEnd")).contains(QStringLiteral("new)")));
    screenshot(QStringLiteral("logs-scrolled-up-en.png"));
    click(QStringLiteral("logJumpToEnd"));
    EXPECT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("logJumpToEnd")) == nullptr; }));
    EXPECT_EQ(view->property("newLines").toInt(), 0);
    // Held by its scroll bar at the end, the view does not move under the hand as lines come; let
    // go there, it goes on following.
    QQuickItem *bar = nullptr;
    for (QQuickItem *child : list->childItems()) {
        if (child->inherits("QQuickScrollBar") && child->height() > child->width())
            bar = child;
    }
    ASSERT_TRUE(bar);
    ASSERT_TRUE(waitUntil([&] { return list->property("atYEnd").toBool(); }));
    const QPoint onHandle = bar->mapToScene(QPointF(bar->width() / 2, bar->height() - 4)).toPoint();
    QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, onHandle);
    ASSERT_TRUE(bar->property("pressed").toBool());
    const double held = list->property("contentY").toDouble();
    model->append(LogBuffer::Stdout, "one\ntwo\nthree\nfour\n", QDateTime::currentMSecsSinceEpoch());
    model->commit();
    QTest::qWait(300);
    EXPECT_EQ(list->property("contentY").toDouble(), held) << "the view moved under the hand";
    QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, onHandle);
    EXPECT_TRUE(waitUntil([&] { return list->property("atYEnd").toBool(); })) << "not following once let go";
    EXPECT_EQ(findItem(window->contentItem(), QStringLiteral("logJumpToEnd")), nullptr);
    EXPECT_EQ(view->property("newLines").toInt(), 0);

    // Search with a regular expression, then only the matching lines.
    click(QStringLiteral("logRegex"));
    type(QStringLiteral("logSearch"), QStringLiteral("^error [0-9]+$"));
    ASSERT_TRUE(waitUntil([&] { return model->matchCount() >= 2; }));
    EXPECT_TRUE(textOf(QStringLiteral("logMatchCount")).contains(QStringLiteral("match")))
        << qPrintable(textOf(QStringLiteral("logMatchCount")));
    click(QStringLiteral("logNext"));
    const int jumped = view->property("matchRow").toInt();
    EXPECT_TRUE(model->data(model->index(jumped), LogModel::MatchRole).toBool()) << jumped;
    click(QStringLiteral("logNext"));
    EXPECT_GT(view->property("matchRow").toInt(), jumped);
    click(QStringLiteral("logOnlyMatches"));
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() >= 2; }));
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_TRUE(
            model->data(model->index(r), LogModel::TextRole).toString().startsWith(QStringLiteral("error ")));
    screenshot(QStringLiteral("logs-search-en.png"));
    click(QStringLiteral("logOnlyMatches"));
    click(QStringLiteral("logRegex"));
    click(QStringLiteral("logSearch"));
    for (int i = 0; i < 16; ++i)
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_Backspace, QString(), Qt::NoModifier);
    ASSERT_TRUE(waitUntil([&] { return model->searchText().isEmpty(); })) << qPrintable(model->searchText());

    // stderr only: the combo box, by clicking.
    click(QStringLiteral("logStreams"));
    QQuickItem *streams = item(QStringLiteral("logStreams"));
    ASSERT_TRUE(streams);
    // The popup is open: down twice to the third choice, stderr, and take it.
    QTest::sendKeyEvent(QTest::Click, window, Qt::Key_Down, QString(), Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Click, window, Qt::Key_Down, QString(), Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Click, window, Qt::Key_Return, QString(), Qt::NoModifier);
    ASSERT_TRUE(waitUntil([&] { return model->streamFilter() == LogModel::StderrOnly; }))
        << "the stream filter did not change";
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_TRUE(model->data(model->index(r), LogModel::StderrRole).toBool());
    EXPECT_GE(model->rowCount(), 2);
    screenshot(QStringLiteral("logs-stderr-en.png"));

    // Save what is shown: through the view's save (the file dialog's accept calls the same).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stderr.log"));
    click(QStringLiteral("logSaveMarkers"));
    QString error;
    ASSERT_TRUE(
        QMetaObject::invokeMethod(view, "saveTo", Q_RETURN_ARG(QString, error), Q_ARG(QString, path)));
    EXPECT_EQ(error, QString());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    EXPECT_EQ(lines.first(), QByteArray("stderr warning: low disk"));
    EXPECT_TRUE(lines[1].startsWith("stderr error ")) << lines[1].constData();

    // The same log in a window of its own, with its own stream.
    click(QStringLiteral("logOpenWindow"));
    QQuickWindow *logWindow = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if (w->objectName() == QLatin1String("logWindow") && w->isExposed())
                logWindow = qobject_cast<QQuickWindow *>(w);
        }
        return logWindow != nullptr;
    }));
    auto *windowModel = qvariant_cast<LogModel *>(
        findItem(logWindow->contentItem(), QStringLiteral("logView"))->property("logModel"));
    ASSERT_TRUE(windowModel);
    ASSERT_TRUE(waitUntil([&] { return windowModel->lineCount() >= seen; }, 20000));
    EXPECT_NE(windowModel, model);
    QTest::qWait(300);
    EXPECT_TRUE(logWindow->grabWindow().save(shots() + QStringLiteral("/logs-window-en.png")));
    logWindow->close();

    // Stop it: the view says so, and follows again when it starts.
    TestSupport::docker(
        dockerHost(), {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), name});
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("logState")).contains(QStringLiteral("stopped")); }, 20000))
        << qPrintable(textOf(QStringLiteral("logState")));
    screenshot(QStringLiteral("logs-stopped-en.png"));
    const int before = model->lineCount();
    TestSupport::docker(dockerHost(), {QStringLiteral("start"), name});
    ASSERT_TRUE(waitUntil([&] { return model->lineCount() > before + 3; }, 20000))
        << "no lines after the start";
    // The new run's lines once each: its first line twice in all, no line of the first run again.
    int starting = 0;
    for (qsizetype i = 0; i < model->buffer().lineCount(); ++i)
        starting += model->buffer().line(i) == QByteArrayView("starting");
    EXPECT_EQ(starting, 2);
}

TEST_F(MainWindow, AStoppedContainersWholeLogAndThenItsTimes)
{
    const QString name = uniqueName(QStringLiteral("gui-logs-all"));
    removeAfter(dockerHost(), {name}, {});
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"),
                      QStringLiteral("--name"), name, testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("i=1; while [ $i -le 2500 ]; do echo line $i; i=$((i+1)); done")})
                  .exitCode,
        0);
    QQuickItem *view = openLogTab(name);
    ASSERT_TRUE(view);
    auto *model = qvariant_cast<LogModel *>(view->property("logModel"));
    ASSERT_TRUE(model);
    QQuickItem *loadAll = item(QStringLiteral("logAll"));
    ASSERT_TRUE(loadAll);
    ASSERT_TRUE(waitUntil([&] { return loadAll->isVisible(); }, 20000));
    EXPECT_EQ(model->lineCount(), 1000);

    // "Load all": the 1,500 before them, in order; the time column is hidden, so they may come
    // without their times.
    click(QStringLiteral("logAll"));
    ASSERT_TRUE(waitUntil([&] { return model->lineCount() == 2500; }, 20000)) << model->lineCount();
    EXPECT_TRUE(waitUntil([&] { return !loadAll->isVisible(); }));
    for (int i = 0; i < 2500; ++i)
        ASSERT_EQ(model->buffer().line(i), QByteArray("line ") + QByteArray::number(i + 1)) << i;
    // The command it equals: the whole log, no --tail.
    EXPECT_EQ(textOf(QStringLiteral("logCommand")), QStringLiteral("docker logs -f ") + name);

    // Shown, the times are there for every line, the first one's too.
    click(QStringLiteral("logTimestamps"));
    ASSERT_TRUE(waitUntil([&] { return model->lineCount() == 2500 && model->buffer().timeMs(0) > 0; }, 20000))
        << model->lineCount();
    EXPECT_TRUE(
        model->text(0, 0, true, false).contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d "))))
        << qPrintable(model->text(0, 0, true, false));
    EXPECT_EQ(model->buffer().line(0), QByteArrayView("line 1"));
    EXPECT_EQ(model->buffer().line(2499), QByteArrayView("line 2500"));
    EXPECT_EQ(textOf(QStringLiteral("logCommand")), QStringLiteral("docker logs -f -t ") + name);
    QTest::qWait(200);
    screenshot(QStringLiteral("logs-all-with-times-en.png"));
}

TEST_F(MainWindow, BulkActionsOnTickedContainers)
{
    // Three containers that stop at once when asked; two are ticked, the third must stay as it is.
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        names << uniqueName(QStringLiteral("gui-bulk"));
        ASSERT_EQ(TestSupport::docker(dockerHost(),
                      {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                          QStringLiteral("--name"), names.last(), testImage(), QStringLiteral("sh"),
                          QStringLiteral("-c"),
                          QStringLiteral("trap 'exit 0' TERM; while true; do sleep 0.1; done")})
                      .exitCode,
            0);
    }
    const std::unique_ptr<const QStringList, std::function<void(const QStringList *)>> removed(
        &names, [](const QStringList *all) {
            TestSupport::docker(
                dockerHost(), QStringList {QStringLiteral("rm"), QStringLiteral("-f")} + *all);
        });
    ASSERT_TRUE(waitUntil([&] { return containerNamed(names[2]) != nullptr; }, 20000));
    click(QStringLiteral("check-") + names[0]);
    click(QStringLiteral("check-") + names[1]);
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("2 selected"));
    screenshot(QStringLiteral("containers-bulk-en.png"));

    click(QStringLiteral("bulkStart"));
    auto state
        = [&](int i) { return containerNamed(names[i]) ? containerNamed(names[i])->state : QString(); };
    ASSERT_TRUE(waitUntil(
        [&] { return state(0) == QLatin1String("running") && state(1) == QLatin1String("running"); }, 20000));
    EXPECT_EQ(state(2), QStringLiteral("created"));
    click(QStringLiteral("bulkStop"));
    ASSERT_TRUE(waitUntil(
        [&] { return state(0) == QLatin1String("exited") && state(1) == QLatin1String("exited"); }, 20000));

    // Remove: the confirmation lists exactly the two, and only they go.
    click(QStringLiteral("bulkRemove"));
    QQuickItem *confirmList = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(confirmList);
    QStringList listed = confirmList->property("model").toStringList();
    listed.sort();
    QStringList two {names[0], names[1]};
    two.sort();
    EXPECT_EQ(listed, two);
    screenshot(QStringLiteral("containers-bulk-remove-en.png"));
    click(QStringLiteral("confirmAccept"));
    ASSERT_TRUE(waitUntil([&] { return !containerNamed(names[0]) && !containerNamed(names[1]); }, 20000));
    EXPECT_TRUE(containerNamed(names[2]));
    EXPECT_EQ(findItem(window->contentItem(), QStringLiteral("bulkBar")), nullptr)
        << "the selection is empty again";
}

TEST_F(MainWindow, ColumnHeadersSortAndSelectTheContainers)
{
    // Three containers whose names, states and ages differ: b running, then a and c created.
    const QString stem = uniqueName(QStringLiteral("gui-sort"));
    const QStringList names {
        stem + QStringLiteral("-b"), stem + QStringLiteral("-a"), stem + QStringLiteral("-c")};
    const std::unique_ptr<const QStringList, std::function<void(const QStringList *)>> removed(
        &names, [](const QStringList *all) {
            TestSupport::docker(
                dockerHost(), QStringList {QStringLiteral("rm"), QStringLiteral("-f")} + *all);
        });
    for (const QString &name : names) {
        ASSERT_EQ(TestSupport::docker(dockerHost(),
                      {name.endsWith(QLatin1String("-b")) ? QStringLiteral("run") : QStringLiteral("create"),
                          name.endsWith(QLatin1String("-b")) ? QStringLiteral("-d") : QStringLiteral("-i"),
                          QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"), name,
                          testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
                      .exitCode,
            0);
        QTest::qWait(1100); // a second apart: docker's creation times are in seconds
    }
    ASSERT_TRUE(waitUntil([&] { return containerNamed(names[2]) != nullptr; }, 20000));
    type(QStringLiteral("containerSearch"), stem);
    auto *list = qobject_cast<QAbstractItemModel *>(
        item(QStringLiteral("containerList"))->property("model").value<QObject *>());
    ASSERT_TRUE(list);
    const auto order = [&] {
        QStringList shown;
        for (int r = 0; r < list->rowCount(); ++r)
            shown << list->index(r, 0).data(ContainerModel::NameRole).toString().mid(stem.size() + 1);
        return shown.join(QLatin1Char(' '));
    };
    ASSERT_TRUE(waitUntil([&] { return list->rowCount() == 3; }));
    EXPECT_EQ(order(), QStringLiteral("c a b")) << "newest first, until a header is clicked";
    click(QStringLiteral("sortByName"));
    EXPECT_EQ(order(), QStringLiteral("a b c"));
    EXPECT_TRUE(textOf(QStringLiteral("sortByName")).endsWith(QStringLiteral("▲")));
    click(QStringLiteral("sortByName"));
    EXPECT_EQ(order(), QStringLiteral("c b a")) << "a second click reverses";
    click(QStringLiteral("sortByState"));
    EXPECT_TRUE(order().startsWith(QLatin1String("b"))) << "running first: " << qPrintable(order());
    screenshot(QStringLiteral("containers-headers-en.png"));
    // The row's other actions are in its "⋯" menu: b pauses from there, and resumes.
    const auto stateOf = [&](const QString &name) {
        const ContainerInfo *c = containerNamed(name);
        return c ? c->state : QString();
    };
    menuAction(QStringLiteral("more-") + names[0], QStringLiteral("pause-") + names[0]);
    EXPECT_TRUE(waitUntil([&] { return stateOf(names[0]) == QLatin1String("paused"); }, 20000));
    click(QStringLiteral("more-") + names[0]);
    EXPECT_TRUE(
        waitUntil([&] { return textOf(QStringLiteral("pause-") + names[0]) == QLatin1String("Resume"); }));
    screenshot(QStringLiteral("containers-row-menu-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    // Paused, the row's own button resumes it (the engine would refuse to start it).
    EXPECT_EQ(textOf(QStringLiteral("startStop-") + names[0]), QStringLiteral("Resume"));
    click(QStringLiteral("startStop-") + names[0]);
    EXPECT_TRUE(waitUntil([&] { return stateOf(names[0]) == QLatin1String("running"); }, 20000));
    click(QStringLiteral("sortByCreated"));
    EXPECT_EQ(order(), QStringLiteral("c a b"));

    // The header's box ticks every container shown, and then none.
    click(QStringLiteral("checkAll"));
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("3 selected"));
    click(QStringLiteral("checkAll"));
    EXPECT_EQ(findItem(window->contentItem(), QStringLiteral("bulkBar")), nullptr);

    // By keyboard: the arrows move the selection (and the details), Space ticks, Ctrl+A all.
    click(QStringLiteral("containerRow-") + names[2]);
    EXPECT_EQ(textOf(QStringLiteral("detailsName")), names[2]);
    QTest::keyClick(window, Qt::Key_Down);
    EXPECT_TRUE(waitUntil([&] { return textOf(QStringLiteral("detailsName")) == names[1]; }))
        << qPrintable(textOf(QStringLiteral("detailsName")));
    QTest::keyClick(window, Qt::Key_Space);
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("1 selected"));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("3 selected"));
    click(QStringLiteral("checkAll"));

    // Ctrl-click ticks one row, Shift-click every row from it to another (c a b as listed),
    // Ctrl-click again unticks one.
    ASSERT_EQ(order(), QStringLiteral("c a b"));
    clickWith(QStringLiteral("containerRow-") + names[2], Qt::ControlModifier);
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("1 selected"));
    clickWith(QStringLiteral("containerRow-") + names[0], Qt::ShiftModifier);
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("3 selected"));
    clickWith(QStringLiteral("containerRow-") + names[1], Qt::ControlModifier);
    EXPECT_EQ(textOf(QStringLiteral("bulkCount")), QStringLiteral("2 selected"));
    EXPECT_TRUE(item(QStringLiteral("check-") + names[0])->property("checked").toBool());
    EXPECT_FALSE(item(QStringLiteral("check-") + names[1])->property("checked").toBool());
    screenshot(QStringLiteral("containers-shift-ctrl-en.png"));
    click(QStringLiteral("checkAll"));

    // Enter: the current row's details, with the keyboard in them; Delete asks.
    click(QStringLiteral("containerRow-") + names[1]);
    QTest::keyClick(window, Qt::Key_Return);
    QQuickItem *pane = item(QStringLiteral("containerDetailsPane"));
    ASSERT_TRUE(pane);
    EXPECT_EQ(textOf(QStringLiteral("detailsName")), names[1]);
    bool inDetails = false;
    for (QQuickItem *at = window->activeFocusItem(); at; at = at->parentItem())
        inDetails = inDetails || at == pane;
    EXPECT_TRUE(inDetails) << "the keyboard's focus is in the details";
    click(QStringLiteral("containerRow-") + names[1]);
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(dialogOpens(QStringLiteral("removeContainerDialog")));
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::qWait(300);
    EXPECT_TRUE(containerNamed(names[1])) << "Esc keeps it";
    item(QStringLiteral("containerSearch"))->setProperty("text", QString());
}

// The images, volumes, networks and projects are tables like the containers: a header sorts by its
// column (again to reverse), an edge drags the column wider and Berth keeps it, Enter opens the
// row's main view and Delete asks before anything goes. Screenshots of each table in both
// languages and both themes.
TEST_F(MainWindow, TablesSortResizeAndAnswerTheKeyboard)
{
    const QString stem = uniqueName(QStringLiteral("berth-guitab"));
    const QStringList volumes {stem + QStringLiteral("-va"), stem + QStringLiteral("-vb")};
    const QStringList networks {stem + QStringLiteral("-na"), stem + QStringLiteral("-nb")};
    // Two compose projects as docker compose marks them: p1 with one container, p2 with two.
    const QString p1 = stem + QStringLiteral("-p1");
    const QString p2 = stem + QStringLiteral("-p2");
    const QStringList containers {
        p1 + QStringLiteral("-web"), p2 + QStringLiteral("-web"), p2 + QStringLiteral("-db")};
    removeAfter(dockerHost(), containers, volumes);
    m_cleanups.push_back([networks] {
        TestSupport::docker(
            dockerHost(), QStringList {QStringLiteral("network"), QStringLiteral("rm")} + networks);
    });
    for (const QString &volume : volumes)
        ASSERT_EQ(
            TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), volume})
                .exitCode,
            0);
    for (const QString &network : networks)
        ASSERT_EQ(
            TestSupport::docker(dockerHost(), {QStringLiteral("network"), QStringLiteral("create"), network})
                .exitCode,
            0);
    for (const QString &container : containers) {
        const QString project = container.left(stem.size() + 3);
        ASSERT_EQ(TestSupport::docker(dockerHost(),
                      {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                          QStringLiteral("--name"), container, QStringLiteral("--label"),
                          QStringLiteral("com.docker.compose.project=") + project, QStringLiteral("--label"),
                          QStringLiteral("com.docker.compose.service=") + container.mid(project.size() + 1),
                          testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
                      .exitCode,
            0);
    }
    const auto cli = [&](const QStringList &args) {
        return QString::fromUtf8(TestSupport::docker(dockerHost(), args).out)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };

    // Volumes: by name A to Z, a click on the header reverses; the engine's own list, sorted.
    click(QStringLiteral("nav-volumes"));
    type(QStringLiteral("volumeSearch"), stem);
    ASSERT_TRUE(
        waitUntil([&] { return shownRole(QStringLiteral("volumeList"), "name").size() == 2; }, 20000));
    QStringList listed = cli({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"),
        QStringLiteral("--filter"), QStringLiteral("name=") + stem});
    std::sort(listed.begin(), listed.end());
    EXPECT_EQ(shownRole(QStringLiteral("volumeList"), "name"), listed);
    click(QStringLiteral("volumeSortName"));
    std::reverse(listed.begin(), listed.end());
    EXPECT_EQ(shownRole(QStringLiteral("volumeList"), "name"), listed);
    EXPECT_TRUE(textOf(QStringLiteral("volumeSortName")).endsWith(QStringLiteral("▼")));
    // Delete asks, and Esc keeps the volume.
    click(QStringLiteral("volumeRow-") + volumes[0]);
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(dialogOpens(QStringLiteral("removeVolumeDialog")));
    screenshot(QStringLiteral("table-volume-delete-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(dialogCloses(QStringLiteral("removeVolumeDialog")));
    EXPECT_EQ(
        TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("inspect"), volumes[0]})
            .exitCode,
        0);
    click(QStringLiteral("volumeRow-") + volumes[0]);
    // The arrows move through the rows: from va (listed second) up to vb.
    QTest::keyClick(window, Qt::Key_Up);
    auto *current = item(QStringLiteral("volumeList"))->property("currentItem").value<QQuickItem *>();
    ASSERT_TRUE(current);
    EXPECT_EQ(current->objectName(), QStringLiteral("volumeRow-") + volumes[1]);

    // Networks: the same, and Enter inspects the chosen one.
    click(QStringLiteral("nav-networks"));
    // (the engine's "none" network lists the projects' containers, named after stem too)
    type(QStringLiteral("networkSearch"), stem + QStringLiteral("-n"));
    ASSERT_TRUE(
        waitUntil([&] { return shownRole(QStringLiteral("networkList"), "name").size() == 2; }, 20000))
        << qPrintable(shownRole(QStringLiteral("networkList"), "name").join(u' ')) << " "
        << qPrintable(textOf(QStringLiteral("networkSearch")));
    listed = cli({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("--format"),
        QStringLiteral("{{.Name}}"), QStringLiteral("--filter"), QStringLiteral("name=") + stem});
    std::sort(listed.begin(), listed.end());
    EXPECT_EQ(shownRole(QStringLiteral("networkList"), "name"), listed);
    click(QStringLiteral("networkSortName"));
    std::reverse(listed.begin(), listed.end());
    EXPECT_EQ(shownRole(QStringLiteral("networkList"), "name"), listed);
    click(QStringLiteral("networkRow-") + networks[1]);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(dialogOpens(QStringLiteral("inspectNetworkDialog")));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(dialogCloses(QStringLiteral("inspectNetworkDialog")));
    click(QStringLiteral("networkRow-") + networks[1]);
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(dialogOpens(QStringLiteral("removeNetworkDialog")));
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_EQ(
        TestSupport::docker(dockerHost(), {QStringLiteral("network"), QStringLiteral("inspect"), networks[1]})
            .exitCode,
        0);

    // Projects: by name, then by how many containers (most first, again: fewest).
    click(QStringLiteral("nav-projects"));
    type(QStringLiteral("projectSearch"), stem);
    ASSERT_TRUE(
        waitUntil([&] { return shownRole(QStringLiteral("projectList"), "name").size() == 2; }, 20000));
    EXPECT_EQ(shownRole(QStringLiteral("projectList"), "name"), (QStringList {p1, p2}));
    click(QStringLiteral("projectSortName"));
    EXPECT_EQ(shownRole(QStringLiteral("projectList"), "name"), (QStringList {p2, p1}));
    const QStringList labelled = cli({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
        QStringLiteral("label=com.docker.compose.project=") + p2, QStringLiteral("--format"),
        QStringLiteral("{{.Names}}")});
    ASSERT_EQ(labelled.size(), 2);
    click(QStringLiteral("projectSortName"));
    click(QStringLiteral("projectSortContainers"));
    EXPECT_EQ(shownRole(QStringLiteral("projectList"), "name"), (QStringList {p2, p1}))
        << "the most containers first";
    click(QStringLiteral("projectSortContainers"));
    EXPECT_EQ(shownRole(QStringLiteral("projectList"), "name"), (QStringList {p1, p2}));

    // Images: by size, largest first as `docker image ls` gives them (to its three digits), then
    // smallest first.
    click(QStringLiteral("nav-images"));
    const auto sizes = [&] {
        QHash<QString, double> byId;
        for (const QString &line : cli({QStringLiteral("image"), QStringLiteral("ls"), QStringLiteral("-a"),
                 QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                 QStringLiteral("{{.ID}} {{.Size}}")})) {
            static const QRegularExpression size(QStringLiteral("^(\\S+) ([0-9.]+)([kMGT]?)B$"));
            const QRegularExpressionMatch m = size.match(line);
            if (!m.hasMatch())
                continue;
            const int power = m.captured(3).isEmpty() ? 0 : QStringLiteral("kMGT").indexOf(m.captured(3)) + 1;
            byId.insert(m.captured(1), m.captured(2).toDouble() * std::pow(1000.0, power));
        }
        QList<double> bytes;
        for (const QString &id : shownRole(QStringLiteral("imageList"), "imageId"))
            bytes << byId.value(id, -1);
        return bytes;
    };
    // Each one at least the next, give or take the CLI's rounding.
    const auto descending = [](const QList<double> &bytes) {
        for (int i = 0; i + 1 < bytes.size(); ++i) {
            if (bytes[i] < 0 || bytes[i] < bytes[i + 1] * 0.99)
                return false;
        }
        return true;
    };
    ASSERT_TRUE(
        waitUntil([&] { return !shownRole(QStringLiteral("imageList"), "imageId").isEmpty(); }, 20000));
    click(QStringLiteral("imageSortSize"));
    QList<double> bytes = sizes();
    EXPECT_TRUE(descending(bytes)) << "largest first";
    click(QStringLiteral("imageSortSize"));
    bytes = sizes();
    std::reverse(bytes.begin(), bytes.end());
    EXPECT_TRUE(descending(bytes)) << "smallest first";

    // A column's edge dragged: the header and the rows' cells get wider together, and the next
    // window has it so.
    QQuickItem *sizeHeader = item(QStringLiteral("imageSortSize"));
    ASSERT_TRUE(sizeHeader);
    const qreal before = sizeHeader->width();
    drag(QStringLiteral("imageSortSizeEdge"), 60);
    EXPECT_NEAR(sizeHeader->width(), before + 60, 1.5);
    const QString firstImage = shownRole(QStringLiteral("imageList"), "displayName").value(0);
    QQuickItem *sizeCell = item(QStringLiteral("imageSize-") + firstImage);
    ASSERT_TRUE(sizeCell);
    EXPECT_NEAR(sizeCell->width(), sizeHeader->width(), 0.5);
    EXPECT_NEAR(sizeCell->mapToScene({}).x(), sizeHeader->mapToScene({}).x(), 1.5)
        << "aligned with its header";
    const int dragged = qRound(sizeHeader->width());
    EXPECT_EQ(QSettings().value(QStringLiteral("columns/images/size")).toInt(), dragged);
    // The containers' status column, narrower.
    click(QStringLiteral("nav-containers"));
    type(QStringLiteral("containerSearch"), stem);
    QQuickItem *status = item(QStringLiteral("sortByState"));
    ASSERT_TRUE(status);
    const qreal statusBefore = status->width();
    drag(QStringLiteral("sortByStateEdge"), -40);
    EXPECT_NEAR(status->width(), statusBefore - 40, 1.5);
    const int statusDragged = qRound(status->width());
    // The details pane, dragged wider by the splitter's handle (just before the pane).
    click(QStringLiteral("containerRow-") + containers[0]);
    QQuickItem *pane = item(QStringLiteral("containerDetailsPane"));
    ASSERT_TRUE(pane);
    QTest::qWait(200);
    const qreal paneBefore = pane->width();
    const QPoint handle = pane->mapToScene(QPointF(-2, pane->height() / 2)).toPoint();
    QTest::mousePress(window, Qt::LeftButton, {}, handle);
    for (int step = 1; step <= 8; ++step)
        QTest::mouseMove(window, handle - QPoint(10 * step, 0));
    QTest::mouseRelease(window, Qt::LeftButton, {}, handle - QPoint(80, 0));
    QTest::qWait(100);
    EXPECT_NEAR(pane->width(), paneBefore + 80, 3);
    const int paneDragged = qRound(pane->width());
    EXPECT_EQ(QSettings().value(QStringLiteral("panes/container-details")).toInt(), paneDragged);

    restartApp();
    click(QStringLiteral("nav-images"));
    ASSERT_TRUE(
        waitUntil([&] { return !shownRole(QStringLiteral("imageList"), "imageId").isEmpty(); }, 20000));
    EXPECT_EQ(qRound(item(QStringLiteral("imageSortSize"))->width()), dragged) << "remembered";
    click(QStringLiteral("nav-containers"));
    type(QStringLiteral("containerSearch"), stem);
    ASSERT_TRUE(item(QStringLiteral("sortByState")));
    EXPECT_EQ(qRound(item(QStringLiteral("sortByState"))->width()), statusDragged) << "remembered";
    click(QStringLiteral("containerRow-") + containers[0]);
    ASSERT_TRUE(item(QStringLiteral("containerDetailsPane")));
    QTest::qWait(200);
    EXPECT_NEAR(item(QStringLiteral("containerDetailsPane"))->width(), paneDragged, 1) << "remembered";

    // Each table in English and Russian, light and dark.
    const QStringList pages {QStringLiteral("containers"), QStringLiteral("images"),
        QStringLiteral("volumes"), QStringLiteral("networks"), QStringLiteral("projects")};
    const QStringList searches {QStringLiteral("containerSearch"), QString(), QStringLiteral("volumeSearch"),
        QStringLiteral("networkSearch"), QStringLiteral("projectSearch")};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            setLanguage(language);
            setTheme(theme);
            for (int i = 0; i < pages.size(); ++i) {
                click(QStringLiteral("nav-") + pages[i]);
                if (!searches[i].isEmpty())
                    item(searches[i])->setProperty("text", stem);
                screenshot(QStringLiteral("table-%1-%2-%3.png").arg(pages[i], language, theme));
            }
        }
    }
    setLanguage(QStringLiteral("en"));
    setTheme(QString());
}

// The stored widths come from a file the user (or anything) can edit: out of bounds, not a
// number, or under a name that is not one are left out, and a width set is kept in bounds.
TEST_F(MainWindow, StoredColumnWidthsAreBounded)
{
    Preferences *preferences = Preferences::instance();
    QSettings settings;
    settings.setValue(QStringLiteral("columns/images/size"), 99999);
    settings.setValue(QStringLiteral("columns/images/id"), QStringLiteral("wide"));
    settings.setValue(QStringLiteral("columns/images/created"), 150);
    settings.setValue(QStringLiteral("columns/images/used by"), 80);
    settings.setValue(QStringLiteral("panes/container-details"), -5);
    settings.sync();
    const QVariantMap widths = preferences->columnWidths(QStringLiteral("images"));
    EXPECT_EQ(widths.keys(), QStringList {QStringLiteral("created")});
    EXPECT_EQ(widths.value(QStringLiteral("created")).toInt(), 150);
    EXPECT_TRUE(preferences->columnWidths(QStringLiteral("../images")).isEmpty());
    EXPECT_EQ(preferences->paneWidth(QStringLiteral("container-details")), 0);
    preferences->setColumnWidth(QStringLiteral("images"), QStringLiteral("size"), 3);
    EXPECT_EQ(QSettings().value(QStringLiteral("columns/images/size")).toInt(), Preferences::MinimumWidth);
    preferences->setPaneWidth(QStringLiteral("container-details"), 420);
    EXPECT_EQ(preferences->paneWidth(QStringLiteral("container-details")), 420);
    preferences->setColumnWidth(QStringLiteral("images/../x"), QStringLiteral("size"), 100);
    EXPECT_FALSE(QSettings().contains(QStringLiteral("columns/images/../x/size")));
}

namespace {
/// The app on a recorded engine: empty lists, and a pull whose progress stops half-way, so its
/// layers can be looked at (no registry is reachable here for a real one).
class MainWindowOnRecordedPull : public MainWindow
{
protected:
    MainWindowOnRecordedPull()
    {
        static const QByteArray streamHead
            = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        fake.setHandler([](const QByteArray &target) -> FakeEngine::Script {
            if (target == "/_ping")
                return {"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK", false};
            if (target == "/version")
                return FakeEngine::json(
                    R"({"Version":"99.0-fake","ApiVersion":"1.41","MinAPIVersion":"1.12"})");
            if (target.startsWith("/v1.41/events"))
                return {streamHead, false, 0, true};
            if (target.startsWith("/v1.41/containers/json") || target.startsWith("/v1.41/images/json"))
                return FakeEngine::json("[]");
            if (target.startsWith("/v1.41/volumes"))
                return FakeEngine::json(R"({"Volumes":[],"Warnings":null})");
            if (target.startsWith("/v1.41/networks"))
                return FakeEngine::json("[]");
            if (target.startsWith("/v1.41/system/df"))
                return FakeEngine::json(R"({"Volumes":[],"Images":[],"Containers":[]})");
            if (target.startsWith("/v1.41/images/create")) {
                // The recorded progress up to the middle of the first layer's download.
                QByteArray body;
                for (const QByteArray &line : fixture(QStringLiteral("pull-progress.jsonl")).split('\n')) {
                    const QByteArray chunk = line + '\n';
                    body += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
                    if (line.contains("15.73MB"))
                        break;
                }
                return {streamHead + body, false, 0, true};
            }
            return {"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n"
                    "{\"message\":\"fake\"}\n",
                true};
        });
    }
    QString host() const override { return fake.host(); }
    FakeEngine fake;
};
} // namespace

TEST_F(MainWindowOnRecordedPull, PullShowsEveryLayer)
{
    click(QStringLiteral("nav-images"));
    type(QStringLiteral("pullReference"), QStringLiteral("nginx:1.25"));
    click(QStringLiteral("pullButton"));
    ASSERT_TRUE(waitUntil([&] { return app->actions()->jobs()->count() == 1; }));
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] {
        return jobs->data(jobs->index(0), JobsModel::PartsRole).toList().size() == 2;
    })) << "the layers";
    click(QStringLiteral("nav-jobs"));
    QQuickItem *parts = item(QStringLiteral("jobParts"));
    ASSERT_TRUE(parts) << "each layer is shown while the pull runs";
    const QVariantList layers = jobs->data(jobs->index(0), JobsModel::PartsRole).toList();
    EXPECT_EQ(layers[0].toMap().value(QStringLiteral("status")).toString(), QStringLiteral("Downloading"));
    EXPECT_GT(layers[0].toMap().value(QStringLiteral("fraction")).toDouble(), 0.0);
    screenshot(QStringLiteral("jobs-pull-layers-en.png"));
    click(QStringLiteral("cancelJob"));
    EXPECT_TRUE(waitUntil([&] { return jobs->runningCount() == 0; }));
}

TEST_F(MainWindow, RunPullsAMissingImageFirst)
{
    // As docker run: an image that is not here is pulled first. No registry answers here (a
    // closed loopback port), so the pull fails, and the run says why in one message.
    click(QStringLiteral("runButton"));
    type(QStringLiteral("runImage"), QStringLiteral("127.0.0.1:1/berth/missing:1"));
    type(QStringLiteral("runName"), uniqueName(QStringLiteral("gui-missing")));
    click(QStringLiteral("runConfirm"));
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] { return jobs->count() == 1 && jobs->runningCount() == 0; }, 30000))
        << "a pull job for the missing image";
    EXPECT_EQ(jobs->data(jobs->index(0), JobsModel::CommandRole).toString(),
        QStringLiteral("docker pull 127.0.0.1:1/berth/missing:1"));
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("errorBannerMessage")).contains(QLatin1String("could not be pulled"));
    })) << qPrintable(textOf(QStringLiteral("errorBannerMessage")));
    EXPECT_TRUE(textOf(QStringLiteral("errorBannerMessage")).contains(QLatin1String("127.0.0.1:1")));
    screenshot(QStringLiteral("run-missing-image-en.png"));
}

TEST_F(MainWindow, BackUpAndRestoreThroughTheWizards)
{
    // A volume a running container writes to: the backup wizard asks what to do with it.
    const QString volume = uniqueName(QStringLiteral("gui-wizard"));
    const QString restored = uniqueName(QStringLiteral("gui-restored"));
    const QString user = uniqueName(QStringLiteral("gui-user"));
    removeAfter(dockerHost(), {}, {volume, restored});
    ASSERT_TRUE(runContainer(user,
        {QStringLiteral("-v"), volume + QStringLiteral(":/data"), testImage(), QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral("echo 'данные' > /data/file && mkdir /data/sub && echo x > /data/sub/x && exec "
                           "sleep 1000")}));
    QTemporaryDir backups;

    click(QStringLiteral("nav-volumes"));
    type(QStringLiteral("volumeSearch"), volume);
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("backupVolume-") + volume);
    ASSERT_TRUE(item(QStringLiteral("backupExplanation")));
    EXPECT_TRUE(textOf(QStringLiteral("backupRunningWarning")).contains(user));
    EXPECT_FALSE(item(QStringLiteral("backupStart"))->isEnabled())
        << "the user chooses what happens to it first";
    EXPECT_TRUE(textOf(QStringLiteral("backupProblem")).contains(user)) << "and is told so";
    click(QStringLiteral("consistencyPause"));
    item(QStringLiteral("backupFolderField"))
        ->setProperty("text", backups.path()); // as the folder chooser does
    EXPECT_TRUE(item(QStringLiteral("backupStart"))->isEnabled());
    screenshot(QStringLiteral("backup-wizard-en.png"));
    click(QStringLiteral("backupStart"));
    ASSERT_TRUE(item(QStringLiteral("jobsPage"))) << "the window shows the job";
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 1; }, 30000));
    EXPECT_EQ(jobs->data(jobs->index(jobs->count() - 1), JobsModel::StateRole).toInt(), int(Job::Succeeded))
        << qPrintable(jobs->data(jobs->index(jobs->count() - 1), JobsModel::ErrorRole).toString());
    screenshot(QStringLiteral("backup-done-en.png"));
    const QStringList files = QDir(backups.path()).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(
        trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), user})
                    .out),
        QStringLiteral("running"))
        << "paused for the copy, running again after";

    // Restore it into a new volume: the file is read first and what it holds is shown.
    click(QStringLiteral("nav-volumes"));
    click(QStringLiteral("restoreVolumeButton"));
    ASSERT_TRUE(item(QStringLiteral("restoreFileField")));
    EXPECT_FALSE(item(QStringLiteral("restoreStart"))->isEnabled());
    type(QStringLiteral("restoreFileField"), backups.filePath(files[0]));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("restoreCheck")).startsWith(QLatin1String("Can be restored"));
    })) << qPrintable(textOf(QStringLiteral("restoreCheck")));
    EXPECT_TRUE(textOf(QStringLiteral("restoreCheck")).contains(QLatin1String("2 files")))
        << qPrintable(textOf(QStringLiteral("restoreCheck")));
    EXPECT_TRUE(textOf(QStringLiteral("restoreCheck")).contains(QLatin1String("checksum matches")));
    EXPECT_EQ(textOf(QStringLiteral("restoreNewName")), volume + QStringLiteral("-2"))
        << "the name the file suggests, made free: the volume backed up is still there";
    item(QStringLiteral("restoreNewName"))->setProperty("text", restored);
    EXPECT_TRUE(item(QStringLiteral("restoreManualCommand")));
    screenshot(QStringLiteral("restore-wizard-en.png"));
    // The file field still has the focus: the click takes it away and must still count.
    click(QStringLiteral("restoreStart"));
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 2; }, 30000))
        << jobs->count() << " jobs; "
        << qPrintable(jobs->data(jobs->index(jobs->count() - 1), JobsModel::DetailRole).toString());
    EXPECT_EQ(jobs->data(jobs->index(jobs->count() - 1), JobsModel::StateRole).toInt(), int(Job::Succeeded))
        << qPrintable(jobs->data(jobs->index(jobs->count() - 1), JobsModel::ErrorRole).toString());
    EXPECT_EQ(
        TestSupport::docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                QStringLiteral("none"), QStringLiteral("-v"), restored + QStringLiteral(":/v"), testImage(),
                QStringLiteral("cat"), QStringLiteral("/v/file"), QStringLiteral("/v/sub/x")})
            .out,
        QByteArray("данные\nx\n"));

    // Only what is ticked in the backup's own tree: sub/x, and not file.
    const QString partial = uniqueName(QStringLiteral("gui-partial"));
    removeAfter(dockerHost(), {}, {partial});
    click(QStringLiteral("nav-volumes"));
    click(QStringLiteral("restoreVolumeButton"));
    type(QStringLiteral("restoreFileField"), backups.filePath(files[0]));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("restoreCheck")).startsWith(QLatin1String("Can be restored"));
    })) << qPrintable(textOf(QStringLiteral("restoreCheck")));
    QTest::qWait(300); // the choices just appeared: laid out on the next frames
    click(QStringLiteral("restoreOnlyChosen"));
    ASSERT_TRUE(item(QStringLiteral("restoreEntry-sub"))) << "the backup's top, read from the file";
    ASSERT_TRUE(item(QStringLiteral("restoreEntry-file")));
    auto *partialForm = formOf<RestoreForm>(QStringLiteral("restoreStart"));
    ASSERT_TRUE(partialForm);
    EXPECT_TRUE(hasProblem(partialForm, QStringLiteral("Tick the files"))) << "nothing ticked yet";
    click(QStringLiteral("restoreEntry-sub"));
    ASSERT_TRUE(item(QStringLiteral("restoreChoose-sub/x"))) << "a click on a folder's name opens it";
    click(QStringLiteral("restoreChoose-sub/x"));
    EXPECT_EQ(partialForm->only(), QStringList {QStringLiteral("sub/x")});
    // A click on a file's name shows its start, read from the backup file.
    click(QStringLiteral("restoreEntry-sub/x"));
    ASSERT_TRUE(waitUntil([&] { return partialForm->previewKind() == QLatin1String("text"); }))
        << qPrintable(partialForm->previewKind() + QLatin1Char(' ') + partialForm->previewNote());
    EXPECT_EQ(partialForm->previewText(), QStringLiteral("x\n"));
    EXPECT_EQ(textOf(QStringLiteral("restorePreviewNote")), QStringLiteral("2\u00a0B, all of it"));
    EXPECT_EQ(partialForm->only(), QStringList {QStringLiteral("sub/x")}) << "showing is not ticking";
    // The new volume's suggested name is one the engine does not have (the backup's own volume
    // is still there), and an existing volume's name is refused as a new one.
    const QString suggested = item(QStringLiteral("restoreNewName"))->property("text").toString();
    EXPECT_TRUE(suggested.startsWith(volume)) << qPrintable(suggested);
    const QList<QByteArray> existing = TestSupport::docker(
        dockerHost(), {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q")})
                                           .out.split('\n');
    EXPECT_FALSE(existing.contains(suggested.toUtf8())) << qPrintable(suggested);
    item(QStringLiteral("restoreNewName"))->setProperty("text", volume);
    EXPECT_TRUE(
        hasProblem(partialForm, QStringLiteral("A volume named ") + volume + QStringLiteral(" exists")))
        << qPrintable(partialForm->problems().join(QLatin1Char('\n')));
    EXPECT_FALSE(item(QStringLiteral("restoreStart"))->isEnabled());
    item(QStringLiteral("restoreNewName"))->setProperty("text", partial);
    EXPECT_TRUE(partialForm->problems().isEmpty())
        << qPrintable(partialForm->problems().join(QLatin1Char('\n')));
    screenshot(QStringLiteral("restore-only-en.png"));
    const int before = jobs->count();
    click(QStringLiteral("restoreStart"));
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() > before; }, 30000));
    EXPECT_EQ(jobs->data(jobs->index(jobs->count() - 1), JobsModel::StateRole).toInt(), int(Job::Succeeded))
        << qPrintable(jobs->data(jobs->index(jobs->count() - 1), JobsModel::ErrorRole).toString());
    EXPECT_EQ(
        TestSupport::docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                QStringLiteral("none"), QStringLiteral("-v"), partial + QStringLiteral(":/v"), testImage(),
                QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("find /v | sort; cat /v/sub/x")})
            .out,
        QByteArray("/v\n/v/sub\n/v/sub/x\nx\n"));

    // From the container: all its volumes, the same wizard.
    click(QStringLiteral("nav-containers"));
    type(QStringLiteral("containerSearch"), user);
    click(QStringLiteral("containerRow-") + user);
    detailsAction(QStringLiteral("backupContainerVolumes"));
    ASSERT_TRUE(item(QStringLiteral("backupExplanation")));
    EXPECT_TRUE(textOf(QStringLiteral("backupRunningWarning")).contains(user));
    screenshot(QStringLiteral("backup-container-wizard-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::qWait(200);

    // Back into the volume it uses: refused while it runs, allowed once it stopped.
    click(QStringLiteral("nav-volumes"));
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("restoreVolume-") + volume);
    type(QStringLiteral("restoreFileField"), backups.filePath(files[0]));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("restoreCheck")).startsWith(QLatin1String("Can be restored"));
    })) << qPrintable(textOf(QStringLiteral("restoreCheck")));
    auto *restore = formOf<RestoreForm>(QStringLiteral("restoreStart"));
    ASSERT_TRUE(restore);
    EXPECT_EQ(restore->target(), volume);
    EXPECT_TRUE(textOf(QStringLiteral("restoreInUse")).contains(user));
    EXPECT_TRUE(hasProblem(restore, user + QStringLiteral(" is running")))
        << qPrintable(restore->problems().join(QLatin1Char('\n')));
    EXPECT_FALSE(item(QStringLiteral("restoreStart"))->isEnabled()) << "nothing is written under it";
    screenshot(QStringLiteral("restore-in-use-en.png"));
    TestSupport::docker(
        dockerHost(), {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), user});
    EXPECT_TRUE(waitUntil([&] { return restore->running().isEmpty(); }, 20000))
        << "the form follows the container list";
    EXPECT_TRUE(restore->problems().isEmpty()) << qPrintable(restore->problems().join(QLatin1Char('\n')));
    EXPECT_FALSE(findItem(window->contentItem(), QStringLiteral("restoreInUse")));
    EXPECT_TRUE(item(QStringLiteral("restoreStart"))->isEnabled());
    QTest::keyClick(window, Qt::Key_Escape);
}

TEST_F(MainWindow, MoveAContainerThroughExportAndImport)
{
    // Export a running container with a volume from its details, import the bundle as a copy
    // (on the same engine here: so the names must change, and the dialog says so).
    const QString name = uniqueName(QStringLiteral("gui-move"));
    const QString volume = uniqueName(QStringLiteral("gui-move-data"));
    const QString copy = name + QStringLiteral("-copy");
    const QString copyVolume = volume + QStringLiteral("-copy");
    removeAfter(dockerHost(), {copy}, {volume, copyVolume});
    QTemporaryDir folders; // a folder of this computer it shows at /cfg
    const QString config = folders.filePath(QStringLiteral("config"));
    QDir().mkpath(config);
    {
        QFile f(config + QStringLiteral("/app.conf"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("mode=moved\n");
    }
    ASSERT_TRUE(runContainer(name,
        {QStringLiteral("-e"), QStringLiteral("WHO=Аня"), QStringLiteral("-p"), QStringLiteral("18101:80"),
            QStringLiteral("-v"), config + QStringLiteral(":/cfg"), QStringLiteral("-v"),
            volume + QStringLiteral(":/data"), testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo 'перенесено' > /data/note; exec sleep 1000")}));
    // A program holds the port it publishes (the private engine publishes nothing itself).
    QTcpServer program;
    ASSERT_TRUE(program.listen(QHostAddress::AnyIPv4, 18101));
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));

    type(QStringLiteral("containerSearch"), name);
    click(QStringLiteral("containerRow-") + name);
    detailsAction(QStringLiteral("migrateContainer"));
    ASSERT_TRUE(item(QStringLiteral("exportExplanation")));
    // A folder with files in it is refused before anything starts.
    auto *exporter = formOf<ExportForm>(QStringLiteral("exportExplanation"));
    ASSERT_TRUE(exporter);
    EXPECT_TRUE(exporter->problems().isEmpty()) << "a new folder in the backup folder at first";
    item(QStringLiteral("exportFolderField"))->setProperty("text", config);
    EXPECT_TRUE(
        textOf(QStringLiteral("exportFolderProblem")).contains(QLatin1String("is not an empty folder")))
        << qPrintable(textOf(QStringLiteral("exportFolderProblem")));
    EXPECT_TRUE(hasProblem(exporter, QStringLiteral("is not an empty folder")));
    EXPECT_FALSE(item(QStringLiteral("exportStart"))->isEnabled());
    item(QStringLiteral("exportFolderField"))->setProperty("text", bundle); // as the folder chooser does
    EXPECT_FALSE(findItem(window->contentItem(), QStringLiteral("exportFolderProblem")));
    EXPECT_TRUE(exporter->problems().isEmpty()) << qPrintable(exporter->problems().join(QLatin1Char('\n')));
    EXPECT_TRUE(item(QStringLiteral("exportStart"))->isEnabled());
    ASSERT_TRUE(item(QStringLiteral("exportBindsWarning")));
    click(QStringLiteral("exportIncludeBinds"));
    screenshot(QStringLiteral("migrate-export-en.png"));
    click(QStringLiteral("exportStart"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    ASSERT_TRUE(QFileInfo::exists(bundle + QStringLiteral("/manifest.json")));

    click(QStringLiteral("nav-containers"));
    click(QStringLiteral("importButton"));
    type(QStringLiteral("importFolderField"), bundle);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return textOf(QStringLiteral("importSummary")).startsWith(name); }))
        << qPrintable(textOf(QStringLiteral("importSummary")));
    EXPECT_FALSE(item(QStringLiteral("importConfirm"))->isEnabled()) << "the volume's name is taken here";
    item(QStringLiteral("importName"))->setProperty("text", copy);
    QQuickItem *volumeField = item(QStringLiteral("importVolume-") + volume);
    ASSERT_TRUE(volumeField);
    volumeField->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_End);
    for (const QChar c : QStringLiteral("-copy"))
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    // The folder goes nowhere by default (the bundle does not choose a path here); a folder in
    // use is refused too (the same machine), and a missing one taken.
    EXPECT_EQ(
        textOf(QStringLiteral("importFolderProblem-0")), QStringLiteral("give a full path, starting with /"));
    QQuickItem *hostFolder = item(QStringLiteral("importFolder-0"));
    ASSERT_TRUE(hostFolder);
    hostFolder->forceActiveFocus();
    for (const QChar c : config)
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    EXPECT_EQ(
        textOf(QStringLiteral("importFolderProblem-0")), QStringLiteral("exists here and is not empty"));
    for (const QChar c : QStringLiteral("-copy"))
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    EXPECT_FALSE(findItem(window->contentItem(), QStringLiteral("importFolderProblem-0")));
    EXPECT_EQ(textOf(QStringLiteral("importPortUse-18101")),
        QStringLiteral("taken here by another program — choose another"));
    QTest::qWait(100);
    EXPECT_FALSE(item(QStringLiteral("importConfirm"))->isEnabled()) << "the host port is taken here";
    auto *importer = formOf<ImportForm>(QStringLiteral("importConfirm"));
    ASSERT_TRUE(importer);
    EXPECT_EQ(importer->problems(),
        QStringList {QStringLiteral("Host port 18101 for 80/tcp: taken here by another program.")})
        << "the only problem left";
    program.close(); // the program lets the port go: the form asks again when anything changes
    importer->setStartAfter(false);
    EXPECT_TRUE(importer->problems().isEmpty()) << qPrintable(importer->problems().join(QLatin1Char('\n')));
    EXPECT_EQ(textOf(QStringLiteral("importPortUse-18101")), QStringLiteral("free"));
    ASSERT_TRUE(program.listen(QHostAddress::AnyIPv4, 18101));
    importer->setStartAfter(true);
    EXPECT_FALSE(importer->problems().isEmpty()) << "and holds it again";
    QQuickItem *portField = item(QStringLiteral("importPort-18101"));
    ASSERT_TRUE(portField);
    portField->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    for (const QChar c : QStringLiteral("18102"))
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    EXPECT_EQ(textOf(QStringLiteral("importPortUse-18101")), QStringLiteral("free"));
    ASSERT_TRUE(waitUntil([&] { return item(QStringLiteral("importConfirm"))->isEnabled(); }));
    screenshot(QStringLiteral("migrate-import-en.png"));
    click(QStringLiteral("importConfirm"));
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 2; }, 60000));
    ASSERT_EQ(jobs->data(jobs->index(jobs->count() - 1), JobsModel::StateRole).toInt(), int(Job::Succeeded))
        << qPrintable(jobs->data(jobs->index(jobs->count() - 1), JobsModel::ErrorRole).toString());
    screenshot(QStringLiteral("migrate-done-en.png"));
    EXPECT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("exec"), copy, QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("cat /data/note; echo $WHO")})
                  .out,
        QByteArray("перенесено\nАня\n"));
    EXPECT_EQ(
        trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("-f"),
                QStringLiteral("{{(index (index .HostConfig.PortBindings \"80/tcp\") 0).HostPort}}"), copy})
                    .out),
        QStringLiteral("18102"))
        << "the copy publishes the port typed in the dialog";
    EXPECT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("exec"), copy, QStringLiteral("cat"), QStringLiteral("/cfg/app.conf")})
                  .out,
        QByteArray("mode=moved\n"))
        << "the folder came along, into the path typed";
    EXPECT_TRUE(QFileInfo::exists(config + QStringLiteral("-copy/app.conf")));
}

TEST_F(MainWindow, TransferAContainerStraightIntoTheSecondEngine)
{
    const QString other = qEnvironmentVariable("BERTH_TEST_DOCKER2_HOST");
    ASSERT_FALSE(other.isEmpty()) << "the test script starts a second dockerd";
    const QString name = uniqueName(QStringLiteral("gui-transfer"));
    const QString volume = uniqueName(QStringLiteral("gui-transfer-data"));
    removeMigratedImageAfter(other, name);
    removeAfter(dockerHost(), {}, {volume});
    removeAfter(other, {name}, {volume});
    ASSERT_TRUE(runContainer(name,
        {QStringLiteral("-v"), volume + QStringLiteral(":/data"), testImage(), QStringLiteral("sh"),
            QStringLiteral("-c"), QStringLiteral("echo moved > /data/note; exec sleep 1000")}));
    // The second engine goes on the window's list first; a wrong path is refused with the reason.
    click(QStringLiteral("manageEngines"));
    type(QStringLiteral("addEngineField"), QStringLiteral("/nowhere/docker.sock"));
    click(QStringLiteral("addEngineButton"));
    EXPECT_TRUE(textOf(QStringLiteral("addEngineError"))
                    .contains(QLatin1String("Nothing is at /nowhere/docker.sock")))
        << qPrintable(textOf(QStringLiteral("addEngineError")));
    QQuickItem *field = item(QStringLiteral("addEngineField"));
    ASSERT_TRUE(field);
    field->setProperty("text", QString());
    type(QStringLiteral("addEngineField"), other);
    click(QStringLiteral("addEngineButton"));
    ASSERT_TRUE(waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("engineEntry-1")); }));
    EXPECT_EQ(textOf(QStringLiteral("engineEntry-1")), other);
    EXPECT_EQ(QSettings().value(QStringLiteral("engines/added")).toStringList(), QStringList {other})
        << "kept for the next start";
    screenshot(QStringLiteral("engines-dialog-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::qWait(200);

    type(QStringLiteral("containerSearch"), name);
    click(QStringLiteral("containerRow-") + name);
    detailsAction(QStringLiteral("migrateContainer"));
    click(QStringLiteral("exportToEngine"));
    // The engine on the list is offered; nothing to type.
    QQuickItem *target = item(QStringLiteral("exportTargetEngine"));
    ASSERT_TRUE(target);
    EXPECT_EQ(target->property("target").toString(), other);
    screenshot(QStringLiteral("migrate-transfer-en.png"));
    click(QStringLiteral("exportStart"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    EXPECT_EQ(TestSupport::docker(
                  other, {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/data/note")})
                  .out,
        QByteArray("moved\n"));
    EXPECT_EQ(
        trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), name})
                    .out),
        QStringLiteral("running"))
        << "it runs on here too, unpaused";
    EXPECT_TRUE(waitUntil([&] { return containerNamed(name)->state == QLatin1String("running"); }, 20000))
        << "and the window shows it so (" << qPrintable(containerNamed(name)->state) << ")";

    // The window switches to the second engine and lists its containers, then back.
    auto idOn = [&](const QString &host) {
        return trimmed(TestSupport::docker(
            host, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name})
                           .out);
    };
    const QString here = idOn(dockerHost());
    const QString there = idOn(other);
    ASSERT_NE(here, there);
    click(QStringLiteral("manageEngines"));
    click(QStringLiteral("useEngine-1"));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil(
        [&] {
            return app->containers()->status() == ResourceListModel::Ready && containerNamed(name)
                && containerNamed(name)->id == there;
        },
        20000))
        << "the second engine's container is listed";
    EXPECT_FALSE(app->containers()->contains(here)) << "and nothing of the first engine's";
    EXPECT_TRUE(waitUntil([&] { return textOf(QStringLiteral("statusText")).contains(other); }))
        << qPrintable(textOf(QStringLiteral("statusText")));
    click(QStringLiteral("nav-containers"));
    screenshot(QStringLiteral("engines-second-en.png"));
    click(QStringLiteral("manageEngines"));
    click(QStringLiteral("useEngine-0"));
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_TRUE(waitUntil(
        [&] {
            return app->containers()->status() == ResourceListModel::Ready && containerNamed(name)
                && containerNamed(name)->id == here;
        },
        20000))
        << "back on the first engine";
}

TEST_F(MainWindow, TransferOfAContainerWithPowersAsksFirst)
{
    // A container with a capability added keeps it on the other engine only with the user's tick.
    const QString other = qEnvironmentVariable("BERTH_TEST_DOCKER2_HOST");
    ASSERT_FALSE(other.isEmpty()) << "the test script starts a second dockerd";
    const QString name = uniqueName(QStringLiteral("gui-transfer-powers"));
    removeMigratedImageAfter(other, name);
    removeAfter(other, {name}, {});
    ASSERT_TRUE(runContainer(name,
        {QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN"), testImage(), QStringLiteral("sleep"),
            QStringLiteral("1000")}));
    type(QStringLiteral("containerSearch"), name);
    click(QStringLiteral("containerRow-") + name);
    detailsAction(QStringLiteral("migrateContainer"));
    click(QStringLiteral("exportToEngine"));
    QQuickItem *target = item(QStringLiteral("exportTargetEngine"));
    ASSERT_TRUE(target);
    target->setProperty("editText", other);
    ASSERT_TRUE(waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("transferPower-2")); }))
        << "the capability is named";
    QQuickItem *capabilities = item(QStringLiteral("transferPower-2"));
    EXPECT_FALSE(capabilities->property("checked").toBool());
    EXPECT_TRUE(capabilities->property("text").toString().contains(QStringLiteral("SYS_ADMIN")))
        << qPrintable(capabilities->property("text").toString());
    EXPECT_FALSE(item(QStringLiteral("exportStart"))->isEnabled()) << "nothing moves without the tick";
    screenshot(QStringLiteral("migrate-transfer-powers-en.png"));
    click(QStringLiteral("transferPower-2"));
    ASSERT_TRUE(item(QStringLiteral("exportStart"))->isEnabled());
    click(QStringLiteral("exportStart"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    // (Docker 28.5 writes it CAP_SYS_ADMIN, 20.10 as given.)
    EXPECT_TRUE(TestSupport::docker(other,
        {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.HostConfig.CapAdd}}"), name})
                    .out.contains("SYS_ADMIN"));
}

TEST_F(MainWindow, AnotherMachineOverSshIsTriedListedAndUsed)
{
    // "Another machine": the second engine, reached over the test's sshd. Added in the window, it
    // is tried, written as a docker context (in a config folder of the test's own), switched to,
    // a shell opened in one of its containers, and a container moved into it.
    QTemporaryDir config;
    const QByteArray oldConfig = qgetenv("DOCKER_CONFIG");
    qputenv("DOCKER_CONFIG", config.path().toLocal8Bit());
    m_cleanups.push_back([oldConfig] {
        if (oldConfig.isEmpty())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", oldConfig);
    });
    const QString other = qEnvironmentVariable("BERTH_TEST_DOCKER2_HOST");
    const QString ssh = QStringLiteral("ssh://root@127.0.0.1:") + qEnvironmentVariable("BERTH_TEST_SSH_PORT")
        + other.mid(QStringLiteral("unix://").size());
    const QString there = uniqueName(QStringLiteral("gui-remote"));
    const QString moved = uniqueName(QStringLiteral("gui-moved"));
    removeAfter(other, {there, moved}, {});
    removeMigratedImageAfter(other, moved);
    TestSupport::docker(other,
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--name"), there, testImage(), QStringLiteral("sleep"), QStringLiteral("1000")});
    ASSERT_TRUE(runContainer(moved, {testImage(), QStringLiteral("sleep"), QStringLiteral("1000")}));

    click(QStringLiteral("manageEngines"));
    type(QStringLiteral("addEngineField"), ssh);
    click(QStringLiteral("addEngineButton"));
    ASSERT_TRUE(
        waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("engineEntry-1")); }, 30000))
        << qPrintable(textOf(QStringLiteral("addEngineError")));
    EXPECT_TRUE(textOf(QStringLiteral("engineEntry-1")).contains(QStringLiteral("(context 127.0.0.1)")))
        << qPrintable(textOf(QStringLiteral("engineEntry-1")));
    DockerContexts::Context written;
    ASSERT_TRUE(DockerContexts().find(QStringLiteral("127.0.0.1"), &written)) << "the docker CLI sees it too";
    EXPECT_EQ(written.host, ssh);
    // The closed switcher says which engine it is, not the end of a socket's path.
    const QString switcher = item(QStringLiteral("engineSwitch"))->property("displayText").toString();
    EXPECT_TRUE(switcher.startsWith(QLatin1String("Docker ")) && !switcher.contains(QLatin1Char('/')))
        << qPrintable(switcher);
    screenshot(QStringLiteral("engines-ssh-en.png"));

    // The same dialog in Russian, with what a machine without the docker command says.
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    m_cleanups.push_back([] { Preferences::instance()->setLanguage(QStringLiteral("en")); });
    item(QStringLiteral("addEngineField"))->setProperty("text", QString());
    type(QStringLiteral("addEngineField"),
        QStringLiteral("ssh://root@127.0.0.1:") + qEnvironmentVariable("BERTH_TEST_SSH_NODOCKER_PORT"));
    click(QStringLiteral("addEngineButton"));
    ASSERT_TRUE(waitUntil([&] { return !textOf(QStringLiteral("addEngineError")).isEmpty(); }, 30000));
    EXPECT_TRUE(textOf(QStringLiteral("addEngineError")).contains(QStringLiteral("нет команды docker")))
        << qPrintable(textOf(QStringLiteral("addEngineError")));
    screenshot(QStringLiteral("engines-ssh-ru.png"));
    Preferences::instance()->setLanguage(QStringLiteral("en"));
    item(QStringLiteral("addEngineField"))->setProperty("text", QString());

    // Switched to: its containers, and a shell in one of them through ssh.
    click(QStringLiteral("useEngine-1"));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil(
        [&] { return app->containers()->status() == ResourceListModel::Ready && containerNamed(there); },
        30000))
        << "the other machine's container is listed";
    EXPECT_EQ(
        item(QStringLiteral("engineSwitch"))->property("displayText").toString(), QStringLiteral("127.0.0.1"))
        << "an engine of a docker context by the context's name";
    type(QStringLiteral("containerSearch"), there);
    click(QStringLiteral("containerRow-") + there);
    click(QStringLiteral("terminalTab"));
    click(QStringLiteral("openTerminal"));
    QQuickItem *screen = item(QStringLiteral("terminalScreen-0"));
    ASSERT_TRUE(screen);
    click(QStringLiteral("terminalScreen-0"));
    const auto shown = [&] {
        QString text;
        QMetaObject::invokeMethod(screen, "screenText", Q_RETURN_ARG(QString, text));
        return text;
    };
    bool answered = false;
    for (int attempt = 0; attempt < 5 && !answered; ++attempt) {
        for (const QChar c : QStringLiteral("echo remote-$((6*7))"))
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(window, Qt::Key_Return);
        answered = waitUntil([&] { return shown().contains(QLatin1String("remote-42")); }, 3000);
    }
    EXPECT_TRUE(answered) << qPrintable(shown());
    screenshot(QStringLiteral("terminal-over-ssh-en.png"));

    // Back on this machine, a container moved to the other one over ssh.
    click(QStringLiteral("manageEngines"));
    click(QStringLiteral("useEngine-0"));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil(
        [&] { return app->containers()->status() == ResourceListModel::Ready && containerNamed(moved); },
        30000));
    item(QStringLiteral("containerSearch"))->setProperty("text", QString());
    type(QStringLiteral("containerSearch"), moved);
    click(QStringLiteral("containerRow-") + moved);
    detailsAction(QStringLiteral("migrateContainer"));
    click(QStringLiteral("exportToEngine"));
    QQuickItem *target = item(QStringLiteral("exportTargetEngine"));
    ASSERT_TRUE(target);
    target->setProperty("editText", ssh);
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    screenshot(QStringLiteral("migrate-transfer-ssh-ru.png"));
    click(QStringLiteral("exportStart"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    screenshot(QStringLiteral("migrate-transfer-ssh-done-ru.png"));
    {
        // The job and the commands it teaches name the container, not its id (docker refuses a
        // 64-digit image name).
        JobsModel *jobs = app->actions()->jobs();
        const QModelIndex last = jobs->index(jobs->count() - 1);
        EXPECT_TRUE(jobs->data(last, JobsModel::TitleRole).toString().contains(moved));
        EXPECT_TRUE(jobs->data(last, JobsModel::CommandRole)
                        .toString()
                        .startsWith(QStringLiteral("docker commit %1 %1-migrated").arg(moved)))
            << qPrintable(jobs->data(last, JobsModel::CommandRole).toString());
    }
    Preferences::instance()->setLanguage(QStringLiteral("en"));
    EXPECT_EQ(
        trimmed(TestSupport::docker(other,
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), moved})
                    .out),
        QStringLiteral("running"));
}

TEST_F(MainWindow, ImportTheManualMethodsFiles)
{
    // docker save's tar and a tar -czf of a volume folder, made by hand, become one container.
    QTemporaryDir dir;
    const QString source = uniqueName(QStringLiteral("gui-loose-src"));
    const QString volume = uniqueName(QStringLiteral("gui-loose-data"));
    const QString name = uniqueName(QStringLiteral("gui-loose"));
    removeAfter(dockerHost(), {name}, {source, volume});
    TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), source});
    const QString data = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("-f"),
            QStringLiteral("{{.Mountpoint}}"), source})
                                     .out);
    QFile note(data + QStringLiteral("/note"));
    ASSERT_TRUE(note.open(QIODevice::WriteOnly));
    note.write("by hand\n");
    note.close();
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-czf"), dir.filePath(QStringLiteral("data.tar.gz")), QStringLiteral("-C"),
                      data, QStringLiteral(".")})
                  .exitCode,
        0);
    TestSupport::docker(dockerHost(),
        {QStringLiteral("save"), QStringLiteral("-o"), dir.filePath(QStringLiteral("image.tar")),
            testImage()});

    click(QStringLiteral("importButton"));
    click(QStringLiteral("importFromFiles"));
    type(QStringLiteral("importImageFile"), dir.filePath(QStringLiteral("image.tar")));
    type(QStringLiteral("importArchiveFile"), dir.filePath(QStringLiteral("data.tar.gz")));
    click(QStringLiteral("importAddVolume"));
    item(QStringLiteral("importLooseName-0"))->setProperty("text", volume);
    QMetaObject::invokeMethod(item(QStringLiteral("importLooseName-0")), "textEdited");
    item(QStringLiteral("importLoosePath-0"))->setProperty("text", QStringLiteral("/data"));
    QMetaObject::invokeMethod(item(QStringLiteral("importLoosePath-0")), "textEdited");
    item(QStringLiteral("importName"))->setProperty("text", name);
    type(QStringLiteral("importRunArgs"), QStringLiteral("--network none -e WHO=hand -- sleep 1000"));
    screenshot(QStringLiteral("migrate-import-files-en.png"));
    click(QStringLiteral("importConfirm"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    EXPECT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("exec"), name, QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("cat /data/note; echo $WHO")})
                  .out,
        QByteArray("by hand\nhand\n"));
}

TEST_F(MainWindow, ImportAsksBeforeGivingPowersOverThisComputer)
{
    // Run options that give the container root over this computer: each is named with an
    // unticked box, and the import waits for every one.
    QTemporaryDir dir;
    TestSupport::docker(dockerHost(),
        {QStringLiteral("save"), QStringLiteral("-o"), dir.filePath(QStringLiteral("image.tar")),
            testImage()});
    click(QStringLiteral("importButton"));
    click(QStringLiteral("importFromFiles"));
    type(QStringLiteral("importImageFile"), dir.filePath(QStringLiteral("image.tar")));
    item(QStringLiteral("importName"))->setProperty("text", uniqueName(QStringLiteral("gui-powers")));
    type(QStringLiteral("importRunArgs"),
        QStringLiteral("--privileged --network none -v /:/host -- sleep 1000"));
    ASSERT_TRUE(waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("importPower-64")); }));
    QQuickItem *privileged = item(QStringLiteral("importPower-1"));
    QQuickItem *folders = item(QStringLiteral("importPower-64"));
    ASSERT_TRUE(privileged && folders);
    EXPECT_FALSE(privileged->property("checked").toBool());
    EXPECT_FALSE(folders->property("checked").toBool());
    EXPECT_TRUE(folders->property("text").toString().contains(QStringLiteral("/:/host")));
    EXPECT_FALSE(item(QStringLiteral("importConfirm"))->isEnabled());
    screenshot(QStringLiteral("migrate-import-powers-en.png"));
    click(QStringLiteral("importPower-1"));
    EXPECT_FALSE(item(QStringLiteral("importConfirm"))->isEnabled()) << "one of two is not enough";
    click(QStringLiteral("importPower-64"));
    EXPECT_TRUE(item(QStringLiteral("importConfirm"))->isEnabled());
    QTest::keyClick(window, Qt::Key_Escape);
}

TEST_F(MainWindow, AShellInARunningContainer)
{
    const QString name = uniqueName(QStringLiteral("gui-shell"));
    ASSERT_TRUE(runContainer(name, {testImage(), QStringLiteral("sleep"), QStringLiteral("1000")}));
    type(QStringLiteral("containerSearch"), name);
    click(QStringLiteral("containerRow-") + name);
    click(QStringLiteral("terminalTab"));
    click(QStringLiteral("openTerminal"));
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("terminalStatus-0"))
            == QStringLiteral("The same in a terminal: docker exec -it %1 sh").arg(name);
    })) << qPrintable(textOf(QStringLiteral("terminalStatus-0")));
    QQuickItem *screen = item(QStringLiteral("terminalScreen-0"));
    ASSERT_TRUE(screen);
    click(QStringLiteral("terminalScreen-0"));
    EXPECT_TRUE(screen->hasActiveFocus());
    auto typeLine = [&](const QString &line) {
        for (const QChar c : line)
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(window, Qt::Key_Return);
    };
    auto shown = [&] {
        QString text;
        QMetaObject::invokeMethod(screen, "screenText", Q_RETURN_ARG(QString, text));
        return text;
    };
    typeLine(QStringLiteral("printf '\\033[1;32mgreen\\033[0m %s\\n' hello-$((40+2))"));
    ASSERT_TRUE(waitUntil([&] { return shown().contains(QLatin1String("green hello-42")); }))
        << qPrintable(shown());
    // A line scrolled off stays reachable; the screen is as wide as the pane.
    EXPECT_GE(screen->property("columns").toInt(), 40);
    const QString size = QStringLiteral("%1 %2")
                             .arg(screen->property("rows").toInt())
                             .arg(screen->property("columns").toInt());
    bool sized = false; // the size is its own request: asked again until it has landed
    for (int attempt = 0; attempt < 10 && !sized; ++attempt) {
        typeLine(QStringLiteral("stty size"));
        sized = waitUntil([&] { return shown().contains(size); }, 500);
    }
    ASSERT_TRUE(sized) << "the engine has the pane's size: " << qPrintable(size) << "\n"
                       << qPrintable(shown());
    screenshot(QStringLiteral("terminal-en.png"));
    typeLine(QStringLiteral("exit 7"));
    EXPECT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("terminalStatus-0")) == QStringLiteral("Ended with exit code 7.");
    })) << qPrintable(textOf(QStringLiteral("terminalStatus-0")));
}

TEST_F(MainWindow, LiveChartsAndTheUsageColumn)
{
    const QString name = uniqueName(QStringLiteral("gui-busy"));
    ASSERT_TRUE(runContainer(name,
        {testImage(), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")}));
    type(QStringLiteral("containerSearch"), name);
    // The row shows what it uses, from its own stream.
    static const QRegularExpression usage(QStringLiteral("^\\d+\\.\\d\\d% · [\\d.]+\u00a0(B|KiB|MiB|GiB)$"));
    ASSERT_TRUE(
        waitUntil([&] { return usage.match(textOf(QStringLiteral("usage-") + name)).hasMatch(); }, 15000))
        << qPrintable(textOf(QStringLiteral("usage-") + name));
    click(QStringLiteral("containerRow-") + name);
    click(QStringLiteral("statsTab"));
    QQuickItem *cpu = item(QStringLiteral("statsCpu"));
    ASSERT_TRUE(cpu);
    ASSERT_TRUE(waitUntil([&] { return cpu->property("values").toList().size() >= 3; }, 15000));
    const qsizetype before = cpu->property("values").toList().size();
    ASSERT_TRUE(waitUntil([&] { return cpu->property("values").toList().size() > before; }, 5000))
        << "the chart grows as samples arrive";
    const double busy = cpu->property("values").toList().last().toDouble();
    EXPECT_GT(busy, 50.0) << "a busy loop";
    EXPECT_TRUE(textOf(QStringLiteral("statsCpu-value")).contains(QLatin1String("%")))
        << qPrintable(textOf(QStringLiteral("statsCpu-value")));
    EXPECT_TRUE(textOf(QStringLiteral("statsMemory-value")).contains(QLatin1String("iB / ")))
        << qPrintable(textOf(QStringLiteral("statsMemory-value")));
    // Axes a reader can use: the scale in the series' unit, the time the width spans.
    // 100% a core: a busy loop may go past 100%, and the scale then goes to the next 50%.
    static const QRegularExpression percentTop(QStringLiteral("^(\\d+)%$"));
    const QRegularExpressionMatch top = percentTop.match(textOf(QStringLiteral("statsCpu-axisTop")));
    ASSERT_TRUE(top.hasMatch()) << qPrintable(textOf(QStringLiteral("statsCpu-axisTop")));
    EXPECT_GE(top.captured(1).toInt(), 100);
    EXPECT_EQ(top.captured(1).toInt() % 50, 0) << qPrintable(top.captured(0));
    EXPECT_GE(top.captured(1).toInt(), busy) << "the scale holds the figure";
    EXPECT_TRUE(textOf(QStringLiteral("statsMemory-axisTop")).endsWith(QLatin1String("iB")))
        << qPrintable(textOf(QStringLiteral("statsMemory-axisTop")));
    EXPECT_EQ(textOf(QStringLiteral("statsCpu-axisSpan")), QStringLiteral("3 minutes ago"));
    // The value under the pointer: at the right edge, a recent sample.
    const QPointF edge = cpu->mapToScene(QPointF(cpu->width() - 3, cpu->height() / 2));
    static const QRegularExpression pointedText(QStringLiteral("^\\d+% · (now|\\d+ seconds? ago)$"));
    QTest::mouseMove(window, edge.toPoint() - QPoint(20, 0));
    QTest::mouseMove(window, edge.toPoint());
    EXPECT_TRUE(waitUntil([&] {
        return pointedText.match(textOf(QStringLiteral("statsCpu-pointed"))).hasMatch();
    })) << qPrintable(textOf(QStringLiteral("statsCpu-pointed")));
    screenshot(QStringLiteral("stats-en.png"));
    EXPECT_EQ(textOf(QStringLiteral("detailsStateBadge")), QStringLiteral("running"));
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    EXPECT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("statsCpu-axisSpan")) == QStringLiteral("3 минуты назад");
    })) << qPrintable(textOf(QStringLiteral("statsCpu-axisSpan")));
    // The figures in the language's units, as the axes: "476 КиБ / 23,54 ГиБ (0,00%)".
    static const QRegularExpression russianMemory(
        QStringLiteral("^[\\d.,]+\u00a0(Б|КиБ|МиБ) / [\\d.,]+\u00a0(МиБ|ГиБ|ТиБ) \\([\\d.,]+%\\)$"));
    EXPECT_TRUE(russianMemory.match(textOf(QStringLiteral("statsMemory-value"))).hasMatch())
        << qPrintable(textOf(QStringLiteral("statsMemory-value")));
    EXPECT_TRUE(textOf(QStringLiteral("statsNetwork-value")).endsWith(QStringLiteral("0\u00a0Б / 0\u00a0Б")))
        << "no network: " << qPrintable(textOf(QStringLiteral("statsNetwork-value")));
    EXPECT_EQ(textOf(QStringLiteral("detailsStateBadge")), QStringLiteral("работает"));
    screenshot(QStringLiteral("stats-ru.png"));
    // Laid out again after the switch: the buttons take their Russian widths, the chart's "now"
    // its own (a layout kept the English ones until the next start: "Перез…", "сейч").
    for (const char *name : {"detailsRestart", "detailsStartStop", "statsCpu-now"}) {
        QQuickItem *shown = item(QString::fromLatin1(name));
        ASSERT_TRUE(shown) << name;
        EXPECT_GE(shown->width(), shown->implicitWidth() - 0.5) << name;
    }
    Preferences::instance()->setLanguage(QStringLiteral("en"));
    // The row's stream is C++'s: one while the row shows a running container, none after.
    EXPECT_EQ(app->usage()->streamCount(), 1);
    docker(dockerHost(), {QStringLiteral("kill"), name});
    EXPECT_TRUE(waitUntil([&] { return app->usage()->streamCount() == 0; }, 15000))
        << "the stream closes when the container stops";
    EXPECT_TRUE(waitUntil([&] { return !findItem(window->contentItem(), QStringLiteral("usage-") + name); }))
        << "the stopped row shows no usage";
}

TEST_F(MainWindow, RunInteractiveOpensItsTerminal)
{
    const QString name = uniqueName(QStringLiteral("gui-it"));
    removeAfter(dockerHost(), {name}, {});
    click(QStringLiteral("runButton"));
    type(QStringLiteral("runImage"), testImage());
    type(QStringLiteral("runName"), name);
    type(QStringLiteral("runCommand"), QStringLiteral("sh"));
    type(QStringLiteral("runNetwork"), QStringLiteral("none"));
    click(QStringLiteral("runInteractive"));
    EXPECT_TRUE(textOf(QStringLiteral("runPreview")).startsWith(QLatin1String("docker run -it --name ")))
        << qPrintable(textOf(QStringLiteral("runPreview")));
    click(QStringLiteral("runConfirm"));
    // As docker run -it would: the new container's own terminal, at once.
    ASSERT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("terminalStatus-0"))
                == QStringLiteral("The same in a terminal: docker attach %1").arg(name);
        },
        20000))
        << qPrintable(textOf(QStringLiteral("terminalStatus-0")));
    QQuickItem *screen = item(QStringLiteral("terminalScreen-0"));
    ASSERT_TRUE(screen);
    click(QStringLiteral("terminalScreen-0"));
    for (const QChar c : QStringLiteral("echo it-$((3*4))"))
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        QString text;
        QMetaObject::invokeMethod(screen, "screenText", Q_RETURN_ARG(QString, text));
        return text.contains(QLatin1String("\nit-12"));
    }));
    screenshot(QStringLiteral("run-interactive-en.png"));
    // Closing the tab detaches; the container runs on.
    click(QStringLiteral("closeTerminal-0"));
    QTest::qWait(500);
    EXPECT_EQ(containerNamed(name)->state, QStringLiteral("running"));
}

TEST_F(MainWindow, TheLearnPageInBothLanguages)
{
    // From a page's "what is this?" panel to the Learn page's section on it.
    click(QStringLiteral("learnMore-container"));
    ASSERT_TRUE(item(QStringLiteral("learnPage")));
    ASSERT_TRUE(item(QStringLiteral("learn-container")));
    EXPECT_TRUE(item(QStringLiteral("learnVmPicture")));
    EXPECT_TRUE(item(QStringLiteral("learnComparison")));
    screenshot(QStringLiteral("learn-en.png"));
    QQuickItem *page = item(QStringLiteral("learnPage"));
    QMetaObject::invokeMethod(page, "show", Q_ARG(QString, QStringLiteral("lifecycle")));
    QTest::qWait(200);
    EXPECT_EQ(textOf(QStringLiteral("lifecycle-exited")), QStringLiteral("exited"));
    screenshot(QStringLiteral("learn-lifecycle-en.png"));
    // A state of the diagram opens the containers page filtered to it.
    click(QStringLiteral("lifecycle-running"));
    QQuickItem *filter = item(QStringLiteral("containerStateFilter"));
    ASSERT_TRUE(filter);
    EXPECT_EQ(filter->property("currentIndex").toInt(), 1) << "running";
    EXPECT_EQ(textOf(QStringLiteral("nav-containers")).left(10), QStringLiteral("Containers"));
    filter->setProperty("currentIndex", 0);

    // In Russian, every word of it.
    setLanguage(QStringLiteral("ru"));
    click(QStringLiteral("nav-learn"));
    QQuickItem *learn = item(QStringLiteral("learnPage"));
    QMetaObject::invokeMethod(learn, "show", Q_ARG(QString, QStringLiteral("docker")));
    QTest::qWait(300);
    EXPECT_EQ(textOf(QStringLiteral("learnTry-container")), QStringLiteral("Посмотреть контейнеры"));
    screenshot(QStringLiteral("learn-ru.png"));
    QMetaObject::invokeMethod(learn, "show", Q_ARG(QString, QStringLiteral("lifecycle")));
    EXPECT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("lifecycle-exited")) == QStringLiteral("остановлен");
    })) << qPrintable(textOf(QStringLiteral("lifecycle-exited")));
    QMetaObject::invokeMethod(learn, "show", Q_ARG(QString, QStringLiteral("vm")));
    QTest::qWait(300);
    screenshot(QStringLiteral("learn-vm-ru.png"));
    setLanguage(QStringLiteral("en"));
}

namespace {
class MainWindowFirstTime : public MainWindow
{
protected:
    bool firstTime() const override { return true; }
};
} // namespace

TEST_F(MainWindowFirstTime, AWelcomeOffersTheLearnPageOnce)
{
    ASSERT_TRUE(item(QStringLiteral("welcome")));
    screenshot(QStringLiteral("welcome-en.png"));
    click(QStringLiteral("welcomeLearn"));
    EXPECT_TRUE(item(QStringLiteral("learn-docker")));
    EXPECT_FALSE(findItem(window->contentItem(), QStringLiteral("welcome"))) << "shown once";
    EXPECT_TRUE(QSettings().value(QStringLiteral("welcomed")).toBool());
}

TEST_F(MainWindow, SettingsAreKeptAndRemovalCanSkipTheQuestion)
{
    click(QStringLiteral("nav-settings"));
    ASSERT_TRUE(item(QStringLiteral("settingsPage")));
    screenshot(QStringLiteral("settings-en.png"));
    click(QStringLiteral("settingsConfirmRemovals"));
    EXPECT_FALSE(QSettings().value(QStringLiteral("confirmRemovals"), true).toBool());
    QTemporaryDir dir;
    QQuickItem *folder = item(QStringLiteral("settingsBackupFolder"));
    ASSERT_TRUE(folder);
    folder->setProperty("text", dir.path());
    QMetaObject::invokeMethod(folder, "editingFinished");
    EXPECT_EQ(QSettings().value(QStringLiteral("backup/folder")).toString(), dir.path());
    EXPECT_EQ(VolumeActions::instance()->backupFolder(), dir.path()) << "the backup wizard starts there";

    // Without the question, Remove removes at once.
    const QString name = uniqueName(QStringLiteral("gui-quick-remove"));
    ASSERT_TRUE(runContainer(name, {testImage(), QStringLiteral("sleep"), QStringLiteral("1000")}));
    click(QStringLiteral("nav-containers"));
    type(QStringLiteral("containerSearch"), name);
    click(QStringLiteral("containerRow-") + name);
    detailsAction(QStringLiteral("detailsRemove"));
    EXPECT_FALSE(findItem(window->contentItem(), QStringLiteral("removeContainerDialog")));
    EXPECT_TRUE(waitUntil([&] { return containerNamed(name) == nullptr; }, 20000));
}

TEST_F(MainWindow, TheWindowComesBackWhereAndAsLargeAsItWas)
{
    const QRect placed(40, 30, 900, 600);
    window->setGeometry(placed);
    ASSERT_TRUE(waitUntil([&] { return window->geometry() == placed; })) << "the test display places it";
    app.reset(); // Berth closes
    app = std::make_unique<BerthApp>(BerthApp::Options {host(), QStringLiteral("en")});
    ASSERT_TRUE(app->start());
    window = app->window();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    EXPECT_TRUE(waitUntil([&] { return window->geometry() == placed; }))
        << window->geometry().x() << "," << window->geometry().y() << " " << window->geometry().width() << "x"
        << window->geometry().height();
}

TEST_F(MainWindow, AScreenReaderSwitchesPagesWithThePressAction)
{
    // What AT-SPI's "press" does to a page tab: its accessible press action, not a mouse click.
    QQuickItem *images = item(QStringLiteral("nav-images"));
    ASSERT_TRUE(images);
    QAccessibleInterface *tab = QAccessible::queryAccessibleInterface(images);
    ASSERT_TRUE(tab && tab->actionInterface());
    ASSERT_TRUE(tab->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
    tab->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_TRUE(
        waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("imagesPage")); }, 5000))
        << "the images page shows";
    QAccessibleInterface *volumes
        = QAccessible::queryAccessibleInterface(item(QStringLiteral("nav-volumes")));
    ASSERT_TRUE(volumes && volumes->actionInterface());
    volumes->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_TRUE(
        waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("volumesPage")); }, 5000));

    // An empty list says so in the middle of the page, not at its foot.
    type(QStringLiteral("volumeSearch"), QStringLiteral("no-volume-is-named-so"));
    QQuickItem *empty = item(QStringLiteral("volumesEmpty"));
    QQuickItem *page = item(QStringLiteral("volumesPage"));
    ASSERT_TRUE(empty && page);
    const QRectF text = empty->mapRectToItem(page,
        QRectF(0, (empty->height() - empty->implicitHeight()) / 2, empty->width(), empty->implicitHeight()));
    EXPECT_NEAR(text.center().y(), page->height() / 2, page->height() / 6)
        << "text at " << text.center().y() << " of a page " << page->height() << " high";
    screenshot(QStringLiteral("volumes-empty-en.png"));
}

TEST_F(MainWindow, RemovingAVolumeAsksFirst)
{
    // A volume holds data: its Remove asks like every other removal, with its size and users.
    const QString volume = uniqueName(QStringLiteral("gui-ask-volume"));
    removeAfter(dockerHost(), {}, {volume});
    TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), volume});
    ASSERT_TRUE(waitUntil([&] { return VolumeActions::instance()->volumeExists(volume); }, 20000));
    click(QStringLiteral("nav-volumes"));
    type(QStringLiteral("volumeSearch"), volume);
    // A dialog is a popup, not an item: found among the window's objects.
    QObject *dialog = window->findChild<QObject *>(QStringLiteral("removeVolumeDialog"));
    ASSERT_TRUE(dialog);
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("removeVolume-") + volume);
    ASSERT_TRUE(waitUntil([&] { return dialog->property("opened").toBool(); }, 5000)) << "it asks";
    const QStringList listed = dialog->property("items").toStringList();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_TRUE(listed[0].startsWith(volume)) << qPrintable(listed[0]);
    EXPECT_TRUE(listed[0].contains(QLatin1String("not used"))) << qPrintable(listed[0]);
    EXPECT_EQ(dialog->property("command").toString(), QStringLiteral("docker volume rm ") + volume);
    screenshot(QStringLiteral("remove-volume-dialog-en.png"));
    click(QStringLiteral("confirmReject"));
    QTest::qWait(300);
    EXPECT_TRUE(VolumeActions::instance()->volumeExists(volume)) << "Cancel keeps it";
    EXPECT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("inspect"), volume})
                  .exitCode,
        0);

    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("removeVolume-") + volume);
    ASSERT_TRUE(waitUntil([&] { return dialog->property("opened").toBool(); }, 5000));
    click(QStringLiteral("confirmAccept"));
    EXPECT_TRUE(waitUntil([&] { return !VolumeActions::instance()->volumeExists(volume); }, 20000))
        << "Remove removes it";
}

TEST_F(MainWindow, TheFilesOfAVolumeAndOfAContainer)
{
    // A volume with a Cyrillic folder, a text file, a link, a 300 KB binary and a picture.
    const QString volume = uniqueName(QStringLiteral("gui-files"));
    const QString filler = uniqueName(QStringLiteral("gui-files-filler"));
    removeAfter(dockerHost(), {filler}, {volume});
    ASSERT_EQ(
        TestSupport::docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--name"), filler, QStringLiteral("-v"), volume + QStringLiteral(":/v"),
                testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("mkdir /v/папка && echo 'привет, мир' > /v/папка/файл.txt && "
                               "ln -s папка/файл.txt /v/link && head -c 300000 /dev/urandom > /v/big.bin "
                               "&& touch /v/.hidden \"/v/$(printf 'bad\\377name')\"")})
            .exitCode,
        0);
    QTemporaryDir dir;
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::red);
    ASSERT_TRUE(picture.save(dir.filePath(QStringLiteral("pic.png"))));
    ASSERT_EQ(
        TestSupport::docker(dockerHost(),
            {QStringLiteral("cp"), dir.filePath(QStringLiteral("pic.png")), filler + QStringLiteral(":/v/")})
            .exitCode,
        0);
    ASSERT_TRUE(waitUntil([&] { return VolumeActions::instance()->volumeExists(volume); }, 20000));
    const auto helpers = [] {
        return TestSupport::docker(dockerHost(),
            {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                QStringLiteral("label=io.github.berth.helper=files")})
            .out.trimmed();
    };

    click(QStringLiteral("nav-volumes"));
    type(QStringLiteral("volumeSearch"), volume);
    click(QStringLiteral("filesVolume-") + volume);
    ASSERT_TRUE(item(QStringLiteral("file-папка")));
    QPointer<FileBrowser> browser = formOf<FileBrowser>(QStringLiteral("filesList"));
    ASSERT_TRUE(browser);
    ASSERT_TRUE(waitUntil([&] { return !browser->loading(); }));
    EXPECT_EQ(browser->entries()->rowCount(), 6) << "папка, link, big.bin, .hidden, pic.png, bad\\xffname";
    EXPECT_EQ(textOf(QStringLiteral("filesStatus")), QStringLiteral("6 items"));
    // A name that is not UTF-8 shows its bytes, and is not asked for by a name that is not its own.
    click(QStringLiteral("file-bad\\xffname"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("error"); }));
    EXPECT_TRUE(browser->previewNote().contains(QLatin1String("not UTF-8")))
        << qPrintable(browser->previewNote());
    EXPECT_EQ(helpers().split('\n').size(), 1) << "one helper reads the volume: " << helpers().constData();
    screenshot(QStringLiteral("files-volume-en.png"));

    // Into the folder, and a preview of its text file.
    doubleClick(QStringLiteral("file-папка"));
    ASSERT_TRUE(item(QStringLiteral("file-файл.txt")));
    EXPECT_EQ(browser->path(), QStringLiteral("/папка"));
    click(QStringLiteral("file-файл.txt"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("text"); }))
        << qPrintable(browser->previewKind() + QLatin1Char(' ') + browser->previewNote());
    EXPECT_EQ(browser->previewText(), QStringLiteral("привет, мир\n"));
    EXPECT_EQ(textOf(QStringLiteral("filesPreviewNote")), QStringLiteral("21\u00a0B, all of it"));
    screenshot(QStringLiteral("files-preview-en.png"));
    ASSERT_TRUE(item(QStringLiteral("filesDownload")));

    // Downloads, as the save dialog starts them: the file as it is, a folder as a .tar.gz. An
    // existing file is replaced only when the user agreed (the view asks).
    QTemporaryDir downloads;
    const auto contentOf = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString text = downloads.filePath(QStringLiteral("файл.txt"));
    ASSERT_TRUE(browser->download(browser->previewPath(), false, QUrl::fromLocalFile(text).toString()));
    ASSERT_TRUE(lastJobSucceeded(20000));
    EXPECT_EQ(contentOf(text), QStringLiteral("привет, мир\n").toUtf8());
    EXPECT_FALSE(browser->download(browser->previewPath(), false, text)) << "it exists: the view asks first";
    {
        QFile mine(text);
        ASSERT_TRUE(mine.open(QIODevice::WriteOnly | QIODevice::Truncate));
        mine.write("mine");
    }
    ASSERT_TRUE(browser->download(browser->previewPath(), false, text, true));
    ASSERT_TRUE(lastJobSucceeded(20000));
    EXPECT_EQ(contentOf(text), QStringLiteral("привет, мир\n").toUtf8()) << "replaced when agreed";
    const QString big = downloads.filePath(QStringLiteral("big.bin"));
    ASSERT_TRUE(browser->download(QStringLiteral("/big.bin"), false, big));
    ASSERT_TRUE(lastJobSucceeded(20000));
    EXPECT_EQ(trimmed(run(QStringLiteral("sha256sum"), {big}).out).left(64),
        trimmed(TestSupport::docker(dockerHost(),
                    {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                        QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/v"),
                        testImage(), QStringLiteral("sha256sum"), QStringLiteral("/v/big.bin")})
                    .out)
            .left(64));
    const QString archive = downloads.filePath(QStringLiteral("папка.tar.gz"));
    ASSERT_TRUE(browser->download(QStringLiteral("/папка"), true, archive));
    ASSERT_TRUE(lastJobSucceeded(20000));
    EXPECT_EQ(trimmed(run(QStringLiteral("tar"), {QStringLiteral("-tzf"), archive}).out),
        QStringLiteral("папка/\nпапка/файл.txt"));
    EXPECT_EQ(QDir(downloads.path()).entryList(QDir::Files).size(), 3) << "no .part left";
    // A folder as files, as docker cp …/. copies it: into a folder named as it is. One that exists
    // is copied into only when the user agreed: files of the same name replaced, the rest kept.
    const QString into = QUrl::fromLocalFile(downloads.path()).toString();
    EXPECT_EQ(
        browser->filesTarget(QStringLiteral("/папка"), into), downloads.filePath(QStringLiteral("папка")));
    ASSERT_TRUE(browser->downloadFiles(QStringLiteral("/папка"), into));
    ASSERT_TRUE(lastJobSucceeded(20000));
    const QString copied = downloads.filePath(QStringLiteral("папка/файл.txt"));
    EXPECT_EQ(contentOf(copied), QStringLiteral("привет, мир\n").toUtf8());
    EXPECT_FALSE(browser->downloadFiles(QStringLiteral("/папка"), into)) << "it exists: the view asks first";
    for (const auto &[path, data] : {std::pair {copied, QByteArray("old")},
             std::pair {downloads.filePath(QStringLiteral("папка/mine.txt")), QByteArray("mine")}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    ASSERT_TRUE(browser->downloadFiles(QStringLiteral("/папка"), into, true));
    ASSERT_TRUE(lastJobSucceeded(20000));
    EXPECT_EQ(contentOf(copied), QStringLiteral("привет, мир\n").toUtf8()) << "replaced when agreed";
    EXPECT_EQ(QDir(downloads.filePath(QStringLiteral("папка")))
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
        QStringList({QStringLiteral("mine.txt"), QStringLiteral("файл.txt")}))
        << "the user's own file stays; no temporary names left";

    // Uploads: a file and a folder of this computer into the folder shown, as docker cp copies
    // them; a name taken there is asked about first.
    QTemporaryDir mine;
    ASSERT_TRUE(QDir(mine.path()).mkpath(QStringLiteral("sub")));
    for (const auto &[name, data] : {std::pair {QStringLiteral("новый.txt"), QByteArray("свежий\n")},
             std::pair {QStringLiteral("sub/inner"), QByteArray("inner\n")}}) {
        QFile f(mine.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    const QString fresh = QUrl::fromLocalFile(mine.filePath(QStringLiteral("новый.txt"))).toString();
    EXPECT_TRUE(browser->upload({fresh, QUrl::fromLocalFile(mine.filePath(QStringLiteral("sub"))).toString()})
                    .isEmpty());
    ASSERT_TRUE(lastJobSucceeded(20000));
    ASSERT_TRUE(item(QStringLiteral("file-новый.txt"))) << "the folder is read again";
    ASSERT_TRUE(item(QStringLiteral("file-sub")));
    const auto inVolume = [&](const QString &script) {
        return TestSupport::docker(dockerHost(),
            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/v"), testImage(),
                QStringLiteral("sh"), QStringLiteral("-c"), script})
            .out;
    };
    EXPECT_EQ(
        inVolume(QStringLiteral("cat /v/папка/новый.txt /v/папка/sub/inner")), QByteArray("свежий\ninner\n"));
    EXPECT_EQ(browser->upload({fresh}), QStringList {QStringLiteral("новый.txt")}) << "taken: the view asks";
    EXPECT_TRUE(browser->upload({fresh}, true).isEmpty());
    ASSERT_TRUE(lastJobSucceeded(20000));

    // A file dropped from the desktop onto the list, as the window system delivers a drag: enter,
    // move and drop events carrying its URL, sent to the window over the list.
    {
        const QString droppedPath = mine.filePath(QStringLiteral("брошенный.txt"));
        QFile dropped(droppedPath);
        ASSERT_TRUE(dropped.open(QIODevice::WriteOnly));
        dropped.write("dropped here\n");
        dropped.close();
        QQuickItem *list = item(QStringLiteral("filesList"));
        ASSERT_TRUE(list);
        const QPointF at = list->mapToScene(QPointF(list->width() / 2, list->height() / 2));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(droppedPath)});
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &enter);
        EXPECT_TRUE(enter.isAccepted()) << "the list takes a drag of files";
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &move);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &drop);
        EXPECT_TRUE(drop.isAccepted()) << "the drop was taken";
        ASSERT_TRUE(lastJobSucceeded(20000));
        EXPECT_EQ(inVolume(QStringLiteral("cat /v/папка/брошенный.txt")), QByteArray("dropped here\n"))
            << "read back through the docker CLI";
        ASSERT_TRUE(item(QStringLiteral("file-брошенный.txt"))) << "the folder is read again";
    }

    // The folder's Download offers both ways.
    click(QStringLiteral("filesDownloadFolder"));
    QQuickItem *asFiles = item(QStringLiteral("filesDownloadFolderFiles"));
    ASSERT_TRUE(asFiles);
    auto *downloadMenu = asFiles->property("menu").value<QObject *>();
    ASSERT_TRUE(downloadMenu);
    ASSERT_TRUE(waitUntil([&] { return downloadMenu->property("opened").toBool(); }));
    ASSERT_TRUE(item(QStringLiteral("filesDownloadFolderArchive")));
    screenshot(QStringLiteral("files-download-menu-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return !downloadMenu->property("visible").toBool(); }));
    ASSERT_TRUE(item(QStringLiteral("filesList"))) << "Escape closed the menu only";

    // Back by the breadcrumb; the binary is shown in hex, the picture drawn, the link named.
    click(QStringLiteral("crumb-/"));
    ASSERT_TRUE(item(QStringLiteral("file-big.bin")));
    click(QStringLiteral("file-big.bin"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("binary"); }));
    EXPECT_EQ(textOf(QStringLiteral("filesPreviewNote")),
        QStringLiteral("Not text: the first 4.1\u00a0kB of 300\u00a0kB, in hex"));
    EXPECT_TRUE(browser->previewText().startsWith(QLatin1String("00000000  ")))
        << qPrintable(browser->previewText().left(80));
    click(QStringLiteral("file-pic.png"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("image"); }));
    ASSERT_TRUE(waitUntil([&] {
        return item(QStringLiteral("filesPreviewImage"))->property("status").toInt() == 1;
    })) << "Image.Ready: the picture was drawn";
    EXPECT_EQ(item(QStringLiteral("filesPreviewImage"))->property("sourceSize").toSize(), QSize(40, 30));
    screenshot(QStringLiteral("files-picture-en.png"));
    click(QStringLiteral("file-link"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("link"); }));
    EXPECT_EQ(browser->previewNote(), QStringLiteral("A link to папка/файл.txt"));

    // Filter and hidden files.
    type(QStringLiteral("filesFilter"), QStringLiteral("BIG"));
    EXPECT_EQ(browser->entries()->rowCount(), 1);
    EXPECT_EQ(textOf(QStringLiteral("filesStatus")), QStringLiteral("1 of 6 items"));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(window, Qt::Key_Backspace);
    click(QStringLiteral("filesHidden"));
    EXPECT_EQ(browser->entries()->rowCount(), 5) << ".hidden is hidden";
    EXPECT_FALSE(browser->changeBlocker().isEmpty())
        << "a volume has no program running to delete or rename with";
    EXPECT_FALSE(item(QStringLiteral("filesNewFolder"))->isEnabled());

    // Text of the days before UTF-8: a Windows-1251 file (its bytes written by printf in the
    // volume) is read as Windows-1251, a guess the view names, and read again as the encoding
    // the user picks in the box.
    inVolume(
        QStringLiteral("printf '\\321\\372\\345\\370\\374 \\346\\345 \\345\\371\\270 \\375\\362\\350\\365 "
                       "\\354\\377\\343\\352\\350\\365 "
                       "\\364\\360\\340\\355\\366\\363\\347\\361\\352\\350\\365 \\341\\363\\353\\356\\352, "
                       "\\344\\340 \\342\\373\\357\\345\\351 \\367\\340\\376.\\n' > /v/cp1251.txt"));
    browser->refresh();
    ASSERT_TRUE(item(QStringLiteral("file-cp1251.txt")));
    click(QStringLiteral("file-cp1251.txt"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("text"); }))
        << qPrintable(browser->previewKind() + QLatin1Char(' ') + browser->previewNote());
    const QString russianText = QStringLiteral("Съешь же ещё этих мягких французских булок, да выпей чаю.\n");
    EXPECT_EQ(browser->previewText(), russianText);
    QQuickItem *encodingBox = item(QStringLiteral("filesPreviewEncoding"));
    ASSERT_TRUE(encodingBox);
    ASSERT_TRUE(waitUntil([&] { return encodingBox->isVisible(); }));
    EXPECT_EQ(encodingBox->property("currentText").toString(), QStringLiteral("Windows-1251 (Cyrillic)"));
    EXPECT_TRUE(textOf(QStringLiteral("filesPreviewNote")).contains(QLatin1String("read as Windows-1251")))
        << qPrintable(textOf(QStringLiteral("filesPreviewNote")));
    screenshot(QStringLiteral("files-preview-cp1251-en.png"));
    // The box's choice, as a click on its list gives it: KOI8-R reads the same bytes otherwise.
    QMetaObject::invokeMethod(encodingBox, "activated", Q_ARG(int, 2));
    EXPECT_EQ(encodingBox->property("currentText").toString(), QStringLiteral("KOI8-R (Cyrillic)"));
    const QByteArray cp1251 = QStringEncoder("windows-1251").encode(russianText);
    ASSERT_EQ(cp1251.size(), russianText.size());
    EXPECT_EQ(browser->previewText(), QStringDecoder("KOI8-R").decode(cp1251).operator QString());
    EXPECT_NE(browser->previewText(), russianText);
    QMetaObject::invokeMethod(encodingBox, "activated", Q_ARG(int, 1));
    EXPECT_EQ(browser->previewText(), russianText);
    // In Russian: the file read again, its note and the box's words in the language.
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    m_cleanups.push_back([] { Preferences::instance()->setLanguage(QStringLiteral("en")); });
    browser->preview(QStringLiteral("/cp1251.txt"));
    ASSERT_TRUE(waitUntil([&] { return browser->previewKind() == QLatin1String("text"); }));
    ASSERT_TRUE(waitUntil([&] { return encodingBox->isVisible(); }));
    EXPECT_EQ(browser->previewText(), russianText);
    screenshot(QStringLiteral("files-preview-cp1251-ru.png"));
    Preferences::instance()->setLanguage(QStringLiteral("en"));

    // Closing the window removes the helper that read the volume.
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_TRUE(waitUntil([&] { return helpers().isEmpty(); }, 10000)) << helpers().constData();

    // A running container's files: its /etc/hostname holds its id's start.
    const QString name = uniqueName(QStringLiteral("gui-files-c"));
    ASSERT_TRUE(runContainer(name, {testImage(), QStringLiteral("sleep"), QStringLiteral("1000")}));
    click(QStringLiteral("nav-containers"));
    type(QStringLiteral("containerSearch"), name);
    click(QStringLiteral("containerRow-") + name);
    click(QStringLiteral("filesTab"));
    ASSERT_TRUE(item(QStringLiteral("file-etc")));
    click(QStringLiteral("file-etc"));
    EXPECT_EQ(formOf<FileBrowser>(QStringLiteral("filesList"))->path(), QStringLiteral("/"))
        << "a click chooses";
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(item(QStringLiteral("file-hostname"))) << "Enter opens";
    click(QStringLiteral("file-hostname"));
    auto *containerBrowser = formOf<FileBrowser>(QStringLiteral("filesList"));
    ASSERT_TRUE(containerBrowser);
    ASSERT_TRUE(waitUntil([&] { return containerBrowser->previewKind() == QLatin1String("text"); }));
    EXPECT_EQ(containerBrowser->previewText().trimmed(), containerNamed(name)->id.left(12));
    screenshot(QStringLiteral("files-container-en.png"));

    // A running container's own tools make, rename and delete (a volume's files are only read).
    EXPECT_FALSE(browser) << "the volume's view went with its window";
    EXPECT_TRUE(containerBrowser->changeBlocker().isEmpty());
    click(QStringLiteral("crumb-/"));
    ASSERT_TRUE(item(QStringLiteral("file-etc")));
    EXPECT_EQ(
        containerBrowser->nameProblem(QStringLiteral("etc")), QStringLiteral("etc exists already here."));
    EXPECT_FALSE(containerBrowser->nameProblem(QStringLiteral("a/b")).isEmpty());
    click(QStringLiteral("filesNewFolder"));
    type(QStringLiteral("filesNameField"), QStringLiteral("новая папка"));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(item(QStringLiteral("file-новая папка")));
    const auto inContainer = [&](const QString &script) {
        return run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("exec"), name, QStringLiteral("sh"),
                QStringLiteral("-c"), script})
            .exitCode;
    };
    EXPECT_EQ(inContainer(QStringLiteral("test -d '/новая папка'")), 0);
    const auto rowMenu = [&](const QString &row, const QString &action) {
        QQuickItem *target = item(row);
        ASSERT_TRUE(target);
        QTest::mouseClick(window, Qt::RightButton, {},
            target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint());
        ASSERT_TRUE(item(action));
        click(action);
    };
    rowMenu(QStringLiteral("file-новая папка"), QStringLiteral("filesMenuRename"));
    ASSERT_TRUE(item(QStringLiteral("filesNameField")));
    EXPECT_EQ(containerBrowser->path(), QStringLiteral("/")) << "the menu does not open the folder";
    EXPECT_EQ(textOf(QStringLiteral("filesNameField")), QStringLiteral("новая папка")) << "the name to edit";
    item(QStringLiteral("filesNameField"))->setProperty("text", QString());
    type(QStringLiteral("filesNameField"), QStringLiteral("renamed"));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(item(QStringLiteral("file-renamed"))) << qPrintable(containerBrowser->changeError());
    EXPECT_EQ(inContainer(QStringLiteral("test -d /renamed && ! test -e '/новая папка'")), 0);
    rowMenu(QStringLiteral("file-renamed"), QStringLiteral("filesMenuDelete"));
    QObject *removeDialog = window->findChild<QObject *>(QStringLiteral("filesRemoveDialog"));
    ASSERT_TRUE(removeDialog);
    ASSERT_TRUE(waitUntil([&] { return removeDialog->property("opened").toBool(); }));
    EXPECT_EQ(removeDialog->property("command").toString(),
        QStringLiteral("docker exec %1 rm -rf -- /renamed").arg(name));
    screenshot(QStringLiteral("files-delete-en.png"));
    click(QStringLiteral("confirmAccept"));
    EXPECT_TRUE(waitUntil([&] { return inContainer(QStringLiteral("test -e /renamed")) == 1; }));
    EXPECT_TRUE(waitUntil([&] { return !findItem(window->contentItem(), QStringLiteral("file-renamed")); }));
    containerBrowser->makeFolder(QStringLiteral("sub/x"));
    EXPECT_EQ(containerBrowser->changeError(), QStringLiteral("A name cannot be . or .. or hold a /."))
        << "refused before anything runs";
    // Stopped, the container has no tools running: its files are still read, not changed.
    TestSupport::docker(dockerHost(), {QStringLiteral("kill"), name});
    EXPECT_TRUE(waitUntil([&] { return !containerBrowser->changeBlocker().isEmpty(); }, 20000));
    EXPECT_FALSE(item(QStringLiteral("filesNewFolder"))->isEnabled());
    containerBrowser->refresh();
    ASSERT_TRUE(item(QStringLiteral("file-etc"))) << "a stopped container's files are listed too";

    // Removed meanwhile: the details close, and the Files view with them (a read still under
    // way then finds no container, and says that rather than a missing folder).
    QPointer<FileBrowser> gone(containerBrowser);
    ASSERT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("rm"), name}).exitCode, 0);
    if (gone)
        gone->refresh();
    EXPECT_TRUE(waitUntil([&] { return !gone; }, 20000)) << "the view of a removed container stays";

    // A read-only container: a copy into it fails and says why; its files are still read.
    const QString locked = uniqueName(QStringLiteral("gui-files-ro"));
    ASSERT_TRUE(runContainer(locked,
        {QStringLiteral("--read-only"), testImage(), QStringLiteral("sleep"), QStringLiteral("1000")}));
    type(QStringLiteral("containerSearch"), QString());
    item(QStringLiteral("containerSearch"))->setProperty("text", locked);
    click(QStringLiteral("containerRow-") + locked);
    click(QStringLiteral("filesTab"));
    ASSERT_TRUE(item(QStringLiteral("file-etc")));
    auto *lockedBrowser = formOf<FileBrowser>(QStringLiteral("filesList"));
    ASSERT_TRUE(lockedBrowser);
    EXPECT_TRUE(lockedBrowser->upload({fresh}).isEmpty());
    const ::testing::AssertionResult refused = lastJobSucceeded(20000);
    EXPECT_FALSE(refused);
    EXPECT_TRUE(QString::fromUtf8(refused.message()).contains(QLatin1String("read-only")))
        << refused.message();
    screenshot(QStringLiteral("files-read-only-en.png"));

    // A folder with a 5 GB file (sparse) in a running container is listed through the
    // container's own stat, at once: its rows as the docker CLI's stat gives them, and the
    // archive, which would carry the 5 GB, not asked for.
    const QString bigName = uniqueName(QStringLiteral("gui-files-big"));
    ASSERT_TRUE(runContainer(bigName, {testImage(), QStringLiteral("sleep"), QStringLiteral("1000")}));
    const auto inBig = [&](const QString &script) {
        return run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("exec"), bigName, QStringLiteral("sh"),
                QStringLiteral("-c"), script});
    };
    ASSERT_EQ(inBig(QStringLiteral("mkdir /data && truncate -s 5G /data/big.bin && echo hi > '/data/a b' "
                                   "&& echo я > /data/тест && ln -s 'a b' /data/link"))
                  .exitCode,
        0);
    item(QStringLiteral("containerSearch"))->setProperty("text", bigName);
    click(QStringLiteral("containerRow-") + bigName);
    click(QStringLiteral("filesTab"));
    ASSERT_TRUE(item(QStringLiteral("file-etc")));
    QPointer<FileBrowser> bigBrowser = formOf<FileBrowser>(QStringLiteral("filesList"));
    ASSERT_TRUE(bigBrowser);
    QStringList requests;
    const auto watch = QObject::connect(VolumeActions::instance()->context()->client(),
        &EngineClient::requestSent, [&](const QByteArray &method, const QString &path) {
            requests << QString::fromLatin1(method) + QLatin1Char(' ') + path;
        });
    bigBrowser->open(QStringLiteral("/data"));
    ASSERT_TRUE(item(QStringLiteral("file-big.bin")));
    ASSERT_TRUE(waitUntil([&] { return !bigBrowser->loading(); }));
    QObject::disconnect(watch);
    EXPECT_FALSE(requests.join(QLatin1Char('\n')).contains(QLatin1String("/archive")))
        << qPrintable(requests.join(QLatin1Char('\n')));
    // What the CLI's stat says of each file: path and size.
    QStringList cliSizes
        = QString::fromUtf8(inBig(QStringLiteral("cd /data && stat -c '/data/%n %s' 'a b' big.bin тест")).out)
              .trimmed()
              .split(QLatin1Char('\n'));
    cliSizes.sort();
    FileListModel *rows = bigBrowser->entries();
    QStringList listed;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex at = rows->index(row);
        if (rows->data(at, FileListModel::KindRole).toString() == QLatin1String("file"))
            listed << rows->data(at, FileListModel::PathRole).toString() + QLatin1Char(' ')
                    + QString::number(rows->data(at, FileListModel::SizeRole).toLongLong());
    }
    listed.sort();
    EXPECT_EQ(listed, cliSizes);
    EXPECT_EQ(cliSizes.size(), 3);
    EXPECT_EQ(textOf(QStringLiteral("filesStatus")), QStringLiteral("4 items"));
    screenshot(QStringLiteral("files-container-big-en.png"));

    // Stopped, the folder comes from the archive stream: the rows before the big file show, the
    // status says which file the stream is reading past and how far, and Stop ends the read.
    TestSupport::docker(dockerHost(), {QStringLiteral("kill"), bigName});
    ASSERT_TRUE(waitUntil([&] { return !bigBrowser->changeBlocker().isEmpty(); }, 20000));
    bigBrowser->refresh(); // read again: the folder shown was read whole while running
    ASSERT_TRUE(waitUntil(
        [&] { return bigBrowser->progressText().startsWith(QLatin1String("Reading past big.bin (")); },
        30000))
        << qPrintable(bigBrowser->progressText());
    ASSERT_TRUE(item(QStringLiteral("file-a b"))) << "the row before big.bin is shown while it passes";
    QQuickItem *stop = item(QStringLiteral("filesStopListing"));
    ASSERT_TRUE(stop);
    screenshot(QStringLiteral("files-container-passing-en.png"));
    click(QStringLiteral("filesStopListing"));
    EXPECT_FALSE(bigBrowser->loading());
    EXPECT_TRUE(textOf(QStringLiteral("filesStatus")).contains(QLatin1String("stopped before the end")))
        << qPrintable(textOf(QStringLiteral("filesStatus")));
    EXPECT_FALSE(stop->isVisible());
    screenshot(QStringLiteral("files-container-stopped-en.png"));
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    bigBrowser->refresh(); // read again: the folder shown was read whole while running
    ASSERT_TRUE(
        waitUntil([&] { return bigBrowser->progressText().contains(QLatin1String("big.bin (")); }, 30000))
        << qPrintable(bigBrowser->progressText());
    screenshot(QStringLiteral("files-container-passing-ru.png"));
    click(QStringLiteral("filesStopListing"));
    Preferences::instance()->setLanguage(QStringLiteral("en"));
}

TEST(FilePreview, TextInItsEncodingPicturesWholeAndAnythingElseInHex)
{
    QString kind, text, image;
    const QByteArray russian = QStringLiteral("привет\n").toUtf8();
    FileBrowser::describe(russian, russian.size(), &kind, &text, &image);
    EXPECT_EQ(kind, QStringLiteral("text"));
    EXPECT_EQ(text, QStringLiteral("привет\n"));
    // The first 5 bytes of a longer file cut "и" in two: the half is left out, not a reason for hex.
    FileBrowser::describe(russian.left(5), 1000, &kind, &text, &image);
    EXPECT_EQ(kind, QStringLiteral("text"));
    EXPECT_EQ(text, QStringLiteral("пр"));
    QByteArray utf16("\xff\xfe", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(u"hé"), 4);
    FileBrowser::describe(utf16, utf16.size(), &kind, &text, &image);
    EXPECT_EQ(kind, QStringLiteral("text"));
    EXPECT_EQ(text, QStringLiteral("hé"));
    // Latin-1 bytes are not UTF-8: text in an 8-bit encoding, guessed; the one the user picks
    // reads them otherwise. Control bytes and NUL bytes are not text.
    const QByteArray latin1("caf\xe9 ", 5);
    QString encoding;
    FileBrowser::describe(latin1, latin1.size(), &kind, &text, &image, &encoding);
    EXPECT_EQ(kind, QStringLiteral("text"));
    EXPECT_EQ(text, QStringLiteral("café "));
    EXPECT_EQ(encoding, QStringLiteral("windows-1252"));
    FileBrowser::describe(
        latin1, latin1.size(), &kind, &text, &image, &encoding, QStringLiteral("windows-1251"));
    EXPECT_EQ(text, QStringLiteral("cafй "));
    EXPECT_EQ(encoding, QStringLiteral("windows-1251"));
    FileBrowser::describe(russian, russian.size(), &kind, &text, &image, &encoding);
    EXPECT_EQ(encoding, QStringLiteral("UTF-8"));
    const QByteArray controls("caf\xe9\x01\x02\x03\x04", 8);
    FileBrowser::describe(controls, controls.size(), &kind, &text, &image, &encoding);
    EXPECT_EQ(kind, QStringLiteral("binary"));
    EXPECT_TRUE(encoding.isEmpty());
    EXPECT_TRUE(text.startsWith(QLatin1String("00000000  63 61 66 e9 01"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("|caf.....|"))) << qPrintable(text);
    FileBrowser::describe(QByteArray("ab\0cd", 5), 5, &kind, &text, &image);
    EXPECT_EQ(kind, QStringLiteral("binary"));
    // A picture only when whole; its start alone is shown in hex.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImage(4, 4, QImage::Format_RGB32).save(&buffer, "PNG");
    FileBrowser::describe(png, png.size(), &kind, &text, &image);
    EXPECT_EQ(kind, QStringLiteral("image"));
    EXPECT_TRUE(image.startsWith(QLatin1String("data:image/png;base64,")));
    FileBrowser::describe(png.left(20), png.size(), &kind, &text, &image);
    EXPECT_EQ(kind, QStringLiteral("binary"));
    EXPECT_TRUE(image.isEmpty());
    // Names with controls are shown escaped; modes as ls -l writes them.
    EXPECT_EQ(FileListModel::shownName(QStringLiteral("two\nlines\x01")), QStringLiteral("two\\nlines\\x01"));
    TarEntry tool;
    tool.mode = 04750;
    EXPECT_EQ(FileListModel::modeText(tool), QStringLiteral("-rwsr-x---"));
    TarEntry tmp;
    tmp.type = TarEntry::Type::Directory;
    tmp.mode = 01777;
    EXPECT_EQ(FileListModel::modeText(tmp), QStringLiteral("drwxrwxrwt"));
}

TEST(FirstRun, WithoutAnEngineItSaysWhatToDoAndConnectsWhenOneAppears)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("docker.sock"));
    BerthApp app({QStringLiteral("unix://") + socket, QStringLiteral("en")});
    ASSERT_TRUE(app.start());
    QQuickWindow *window = app.window();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    auto find = [&](const QString &name) { return findItem(window->contentItem(), name); };
    ASSERT_TRUE(waitUntil([&] { return find(QStringLiteral("firstRunPage")) != nullptr; }, 15000));
    EXPECT_TRUE(find(QStringLiteral("firstRunLinux")));
    EXPECT_TRUE(find(QStringLiteral("firstRunReason"))->property("text").toString().contains(socket));
    const QString shots = TestSupport::screenshotDir();
    QTest::qWait(200);
    EXPECT_TRUE(window->grabWindow().save(shots + QStringLiteral("/first-run-en.png")));
    chooseLanguageInSettings(window, QStringLiteral("ru"));
    QTest::qWait(300);
    EXPECT_EQ(find(QStringLiteral("firstRunTitle"))->property("text").toString(),
        QStringLiteral("Berth нужен движок контейнеров"));
    EXPECT_TRUE(window->grabWindow().save(shots + QStringLiteral("/first-run-ru.png")));
    chooseLanguageInSettings(window, QStringLiteral("en"));

    // The engine appears where Berth looks: it notices by itself and the page goes.
    const QString real = dockerHost().mid(QStringLiteral("unix://").size());
    ASSERT_TRUE(QFile::link(real, socket));
    EXPECT_TRUE(waitUntil([&] { return app.status()->state() == EngineStatus::Connected; }, 40000));
    EXPECT_TRUE(waitUntil([&] { return find(QStringLiteral("firstRunPage")) == nullptr; }));
    EXPECT_TRUE(find(QStringLiteral("containersPage")));
}

TEST_F(MainWindow, TheWebServerTryItFlowToTheEndInRussian)
{
    removeAfter(dockerHost(), {QStringLiteral("berth-try-web")}, {});
    setLanguage(QStringLiteral("ru"));
    auto learn = [&] {
        click(QStringLiteral("nav-learn"));
        QMetaObject::invokeMethod(
            item(QStringLiteral("learnPage")), "show", Q_ARG(QString, QStringLiteral("tryweb")));
        QTest::qWait(200);
    };
    learn();
    click(QStringLiteral("tryRun"));
    // The private engine has busybox, not nginx, and no bridge network: the page says so.
    ASSERT_TRUE(waitUntil(
        [&] {
            return containerNamed(QStringLiteral("berth-try-web"))
                && containerNamed(QStringLiteral("berth-try-web"))->state == QLatin1String("running");
        },
        20000));
    EXPECT_TRUE(textOf(QStringLiteral("tryReason")).contains(QLatin1String("busybox")))
        << qPrintable(textOf(QStringLiteral("tryReason")));
    screenshot(QStringLiteral("try-web-ru.png"));

    click(QStringLiteral("tryLogs"));
    QQuickItem *logs = item(QStringLiteral("logsTab"));
    ASSERT_TRUE(logs);
    EXPECT_TRUE(logs->property("checked").toBool()) << "its log is shown";

    learn();
    click(QStringLiteral("tryShell"));
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("terminalStatus-0"))
            .endsWith(QLatin1String("docker exec -it berth-try-web sh"));
    })) << qPrintable(textOf(QStringLiteral("terminalStatus-0")));
    screenshot(QStringLiteral("try-web-shell-ru.png"));

    learn();
    click(QStringLiteral("tryRemove"));
    EXPECT_TRUE(waitUntil([&] { return containerNamed(QStringLiteral("berth-try-web")) == nullptr; }, 20000));
    ASSERT_TRUE(item(QStringLiteral("tryDone")));
    EXPECT_EQ(QSettings().value(QStringLiteral("learn/web")).toInt(), 4) << "remembered for the next start";
    screenshot(QStringLiteral("try-web-done-ru.png"));
    setLanguage(QStringLiteral("en"));
}

TEST_F(MainWindow, TheVolumeTryItFlowToTheEnd)
{
    const QString volume = QStringLiteral("berth-try-data");
    const QString restored = QStringLiteral("berth-try-data-restored");
    removeAfter(dockerHost(), {}, {volume, restored});
    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("backup/folder"), dir.path());
    click(QStringLiteral("nav-learn"));
    QMetaObject::invokeMethod(
        item(QStringLiteral("learnPage")), "show", Q_ARG(QString, QStringLiteral("tryvolume")));
    QTest::qWait(200);
    auto volumeHas = [&](const QString &name) {
        return run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("run"), QStringLiteral("--rm"),
                QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                name + QStringLiteral(":/v"), testImage(), QStringLiteral("cat"),
                QStringLiteral("/v/hello.txt")})
            .out;
    };
    click(QStringLiteral("tryMakeVolume"));
    ASSERT_TRUE(waitUntil([&] { return volumeHas(volume) == "Hello from Berth\n"; }, 20000));
    click(QStringLiteral("tryBackup"));
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 1; }, 30000));
    const QString backup = VolumeActions::instance()->latestBackupOf(volume);
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(backup.startsWith(dir.path())) << qPrintable(backup);
    EXPECT_TRUE(QFile::exists(backup + QStringLiteral(".sha256")));
    click(QStringLiteral("nav-learn"));
    click(QStringLiteral("tryRestore"));
    ASSERT_TRUE(waitUntil([&] { return jobs->runningCount() == 0 && jobs->count() >= 2; }, 30000));
    EXPECT_EQ(volumeHas(restored), QByteArray("Hello from Berth\n")) << "the copy holds the file";
    click(QStringLiteral("nav-learn"));
    screenshot(QStringLiteral("try-volume-en.png"));
    click(QStringLiteral("tryRemoveVolumes"));
    EXPECT_TRUE(waitUntil(
        [&] {
            return !VolumeActions::instance()->volumeExists(volume)
                && !VolumeActions::instance()->volumeExists(restored);
        },
        20000));
    EXPECT_TRUE(item(QStringLiteral("tryVolumeDone")));
    EXPECT_EQ(QSettings().value(QStringLiteral("learn/volume")).toInt(), 4);
}

TEST_F(MainWindow, NetworksCreateConnectRefuseAndRemoveByClicking)
{
    // A container of this test's on an internal network of its own (no way out), running, to be
    // connected to the network the dialog makes.
    const QString network = uniqueName(QStringLiteral("berth-guinet"));
    const QString home = network + QStringLiteral("-home");
    const QString container = uniqueName(QStringLiteral("berth-guinetc"));
    m_cleanups.push_back([network, home] {
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("network"), QStringLiteral("rm"), network,
                home});
    });
    removeAfter(dockerHost(), {container}, {});
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"), home})
                  .exitCode,
        0);
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), home,
                      QStringLiteral("--name"), container, testImage(), QStringLiteral("sleep"),
                      QStringLiteral("600")})
                  .exitCode,
        0);
    ASSERT_TRUE(waitUntil([&] { return containerNamed(container) != nullptr; }, 20000));

    click(QStringLiteral("nav-networks"));
    ASSERT_TRUE(item(QStringLiteral("networksPage")));
    click(QStringLiteral("createNetworkButton"));
    type(QStringLiteral("networkName"), network);
    type(QStringLiteral("networkSubnet"), QStringLiteral("10.214.9.0/24"));
    type(QStringLiteral("networkGateway"), QStringLiteral("10.214.9.1"));
    click(QStringLiteral("networkInternal"));
    type(QStringLiteral("networkLabels"), QStringLiteral("berth.test=gui"));
    EXPECT_EQ(textOf(QStringLiteral("createNetworkCommand")),
        QStringLiteral("docker network create --subnet 10.214.9.0/24 --gateway 10.214.9.1 --internal "
                       "--label berth.test=gui ")
            + network);
    screenshot(QStringLiteral("network-create-en.png"));
    click(QStringLiteral("createNetworkAccept"));

    // Listed from the engine's event, as docker sees it.
    ASSERT_TRUE(waitUntil([&] { return app->networks()->findByName(network) != nullptr; }, 20000));
    const auto inspect = [&](const QString &format) {
        return trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("--format"), format,
                network})
                           .out);
    };
    EXPECT_EQ(inspect(QStringLiteral("{{.Internal}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}")),
        QStringLiteral("true 10.214.9.0/24 10.214.9.1"));
    type(QStringLiteral("networkSearch"), network); // in view, however many networks the engine has
    EXPECT_TRUE(textOf(QStringLiteral("networkDetails-") + network).contains(QLatin1String("10.214.9.0/24")));
    EXPECT_EQ(textOf(QStringLiteral("networkUsers-") + network), QStringLiteral("none"));
    screenshot(QStringLiteral("networks-en.png"));

    // Connect the container with an alias.
    menuAction(QStringLiteral("moreNetwork-") + network, QStringLiteral("connectNetwork-") + network);
    QQuickItem *choice = item(QStringLiteral("connectContainerChoice"));
    ASSERT_TRUE(choice);
    const int at = choice->property("model").toStringList().indexOf(container);
    ASSERT_GE(at, 0) << qPrintable(choice->property("model").toStringList().join(u','));
    choice->setProperty("currentIndex", at);
    type(QStringLiteral("connectAliases"), QStringLiteral("db"));
    EXPECT_EQ(textOf(QStringLiteral("connectNetworkCommand")),
        QStringLiteral("docker network connect --alias db %1 %2").arg(network, container));
    screenshot(QStringLiteral("network-connect-en.png"));
    click(QStringLiteral("connectNetworkAccept"));
    ASSERT_TRUE(
        waitUntil([&] { return textOf(QStringLiteral("networkUsers-") + network) == container; }, 20000))
        << qPrintable(textOf(QStringLiteral("networkUsers-") + network));
    const QJsonObject attached
        = QJsonDocument::fromJson(TestSupport::docker(dockerHost(),
                                      {QStringLiteral("inspect"), QStringLiteral("--format"),
                                          QStringLiteral("{{json .NetworkSettings.Networks}}"), container})
                                      .out)
              .object();
    EXPECT_TRUE(attached.value(network)
                    .toObject()
                    .value(QLatin1String("Aliases"))
                    .toArray()
                    .contains(QStringLiteral("db")))
        << qPrintable(QJsonDocument(attached).toJson());

    // Removal asks first; the engine refuses while the running container is attached, and the
    // banner names it.
    menuAction(QStringLiteral("moreNetwork-") + network, QStringLiteral("removeNetwork-") + network);
    QQuickItem *listed = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->property("model").toStringList().value(0).contains(container));
    screenshot(QStringLiteral("network-remove-en.png"));
    click(QStringLiteral("confirmAccept"));
    ASSERT_TRUE(
        waitUntil([&] { return textOf(QStringLiteral("errorBannerMessage")).contains(container); }, 20000))
        << qPrintable(textOf(QStringLiteral("errorBannerMessage")));
    EXPECT_TRUE(textOf(QStringLiteral("errorBannerMessage")).contains(network));
    screenshot(QStringLiteral("network-remove-refused-en.png"));
    click(QStringLiteral("errorBannerClose"));
    EXPECT_EQ(inspect(QStringLiteral("{{.Name}}")), network) << "refused: still there";

    // Disconnected, it goes, after the question.
    menuAction(QStringLiteral("moreNetwork-") + network, QStringLiteral("disconnectNetwork-") + network);
    ASSERT_EQ(
        item(QStringLiteral("disconnectContainerChoice"))->property("currentText").toString(), container);
    click(QStringLiteral("disconnectNetworkAccept"));
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("networkUsers-") + network) == QStringLiteral("none"); }, 20000));
    menuAction(QStringLiteral("moreNetwork-") + network, QStringLiteral("removeNetwork-") + network);
    click(QStringLiteral("confirmAccept"));
    ASSERT_TRUE(waitUntil([&] { return app->networks()->findByName(network) == nullptr; }, 20000));
    EXPECT_NE(run(QStringLiteral("docker"),
                  {QStringLiteral("-H"), dockerHost(), QStringLiteral("network"), QStringLiteral("inspect"),
                      network})
                  .exitCode,
        0);

    // Every action is in the history with its docker command.
    QStringList commands;
    CommandHistoryModel *history = app->actions()->history();
    for (int row = 0; row < history->rowCount(); ++row)
        commands << history->data(history->index(row), CommandHistoryModel::CommandRole).toString();
    const QString all = commands.join(u'\n');
    EXPECT_TRUE(
        all.contains(QStringLiteral("docker network connect --alias db %1 %2").arg(network, container)))
        << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("docker network disconnect %1 %2").arg(network, container)));
    EXPECT_EQ(all.count(QStringLiteral("docker network rm ") + network), 2);

    // In Russian: the page and the dialog.
    setLanguage(QStringLiteral("ru"));
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("createNetworkButton")) == QStringLiteral("Создать…");
    })) << qPrintable(textOf(QStringLiteral("createNetworkButton")));
    QQuickItem *search = item(QStringLiteral("networkSearch"));
    search->setProperty("text", home);
    screenshot(QStringLiteral("networks-ru.png"));
    click(QStringLiteral("createNetworkButton"));
    type(QStringLiteral("networkName"), QStringLiteral("mynet"));
    screenshot(QStringLiteral("network-create-ru.png"));
    QTest::keyClick(window, Qt::Key_Escape);
}

TEST_F(MainWindow, BuildFromTheDialogShowsTheOutputAndChoosesTheNewImage)
{
    const QString tag = QStringLiteral("berth-test/bld-gui-") + uniqueName(QStringLiteral("t")).toLower();
    QTemporaryDir dir;
    {
        QFile df(dir.path() + QStringLiteral("/Dockerfile"));
        ASSERT_TRUE(df.open(QIODevice::WriteOnly));
        df.write("FROM " + testImage().toUtf8() + "\nCOPY note.txt /note.txt\nRUN cat /note.txt\n");
        QFile note(dir.path() + QStringLiteral("/note.txt"));
        ASSERT_TRUE(note.open(QIODevice::WriteOnly));
        note.write("built from the dialog as " + tag.toUtf8() + '\n'); // its own: no cache hit
    }
    click(QStringLiteral("nav-images"));
    click(QStringLiteral("buildImageButton"));
    ASSERT_TRUE(item(QStringLiteral("buildFolderField")));
    EXPECT_FALSE(item(QStringLiteral("buildStart"))->isEnabled()) << "no folder yet";
    item(QStringLiteral("buildFolderField"))->setProperty("text", dir.path()); // as the folder chooser does
    item(QStringLiteral("buildTagField"))->setProperty("text", tag);
    EXPECT_TRUE(item(QStringLiteral("buildStart"))->isEnabled());
    EXPECT_TRUE(textOf(QStringLiteral("buildCommand"))
                    .startsWith(QStringLiteral("DOCKER_BUILDKIT=0 docker build -t ")))
        << qPrintable(textOf(QStringLiteral("buildCommand")));
    screenshot(QStringLiteral("build-dialog-en.png"));
    click(QStringLiteral("buildStart"));
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("buildStatus")).startsWith(QStringLiteral("Built")); }, 60000))
        << qPrintable(textOf(QStringLiteral("buildStatus")));
    const QString output = textOf(QStringLiteral("buildOutput"));
    EXPECT_TRUE(output.contains(QStringLiteral("built from the dialog as ") + tag))
        << "the RUN step's output: " << qPrintable(output);
    const QString id = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Id}}"), tag})
                                   .out);
    ASSERT_TRUE(id.startsWith(QLatin1String("sha256:")));
    EXPECT_TRUE(textOf(QStringLiteral("buildStatus")).contains(id));
    screenshot(QStringLiteral("build-done-en.png"));

    // A bad line: the engine's error, with its line.
    {
        QFile df(dir.path() + QStringLiteral("/Dockerfile"));
        ASSERT_TRUE(df.open(QIODevice::WriteOnly | QIODevice::Truncate));
        df.write("FROM " + testImage().toUtf8() + "\nCOPY note.txt /note.txt\nRUNN true\n");
    }
    click(QStringLiteral("buildStart"));
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("buildStatus")).startsWith(QStringLiteral("The build failed")); },
        60000));
    EXPECT_TRUE(textOf(QStringLiteral("buildStatus")).contains(QStringLiteral("line 3")))
        << qPrintable(textOf(QStringLiteral("buildStatus")));
    screenshot(QStringLiteral("build-error-en.png"));
    click(QStringLiteral("buildCancel")); // Close

    // The new image is the chosen row of the list.
    QQuickItem *list = item(QStringLiteral("imageList"));
    ASSERT_TRUE(list);
    ASSERT_TRUE(waitUntil([&] { return list->property("currentIndex").toInt() >= 0; }, 10000));
    auto *current = list->property("currentItem").value<QQuickItem *>();
    ASSERT_TRUE(current);
    EXPECT_EQ(current->property("imageId").toString(), id);
    screenshot(QStringLiteral("build-selected-en.png"));
    TestSupport::docker(dockerHost(), {QStringLiteral("rmi"), tag});
}

// A container that stops without being asked is said by the desktop's notification service (dunst,
// on the test command's private session bus); a click on it (dunst's default action) brings the
// window to that container. Berth's own stop of another container says nothing.
TEST_F(MainWindow, ANotificationSaysAContainerStoppedUnaskedAndAClickOpensIt)
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    ASSERT_TRUE(bus && bus->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")).value())
        << "the test command starts dunst on a private session bus (tests/engines.sh: berth_desktop_start)";
    run(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
    QSignalSpy sent(app->notifier(), &DesktopNotifier::sent);

    const QString own = uniqueName(QStringLiteral("berth-gui-own"));
    const QString failing = uniqueName(QStringLiteral("berth-gui-fails"));
    const auto cleanup = qScopeGuard([&] {
        TestSupport::docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), own, failing});
    });
    const ProcessResult started = TestSupport::docker(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), own,
            QStringLiteral("--network"), QStringLiteral("none"), testImage(), QStringLiteral("sleep"),
            QStringLiteral("600")});
    ASSERT_EQ(started.exitCode, 0) << qPrintable(started.err);
    ASSERT_TRUE(waitUntil([&] { return app->containers()->contains(trimmed(started.out)); }));
    EngineReply *stopped = wait(ContainersApi(app->client()).stop(own, 1));
    ASSERT_FALSE(stopped->error().isError()) << qPrintable(stopped->error().toString());

    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, QStringLiteral("images")));
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), failing,
                      QStringLiteral("--network"), QStringLiteral("none"), testImage(), QStringLiteral("sh"),
                      QStringLiteral("-c"), QStringLiteral("sleep 1; exit 3")})
                  .exitCode,
        0);
    // Only what concerns this test's containers (the engine is shared with the other tests).
    const auto about = [&](const QString &name) {
        QList<QList<QVariant>> found;
        for (const QList<QVariant> &one : sent) {
            if (one[1].toString().contains(name) || one[2].toString().contains(name))
                found << one;
        }
        return found;
    };
    ASSERT_TRUE(waitUntil([&] { return !about(failing).isEmpty(); }, 30000)) << "no notification went out";
    QTest::qWait(DesktopNotifier::GroupMs + 500); // anything said with it has gone out too
    EXPECT_TRUE(about(own).isEmpty()) << "Berth's own stop of " << qPrintable(own) << " is not said";
    ASSERT_EQ(about(failing).size(), 1);
    EXPECT_EQ(about(failing)[0][1].toString(), QStringLiteral("Container %1 stopped").arg(failing));
    EXPECT_EQ(about(failing)[0][2].toString(), QStringLiteral("%1 stopped with exit code 3.").arg(failing));
    EXPECT_EQ(
        trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.ExitCode}}"), failing})
                    .out),
        QStringLiteral("3"));

    // dunst shows it on the display: the whole screen, dunst's window with it.
    ASSERT_TRUE(waitUntil([] {
        return trimmed(run(QStringLiteral("dunstctl"), {QStringLiteral("count"), QStringLiteral("displayed")})
                           .out)
            == QStringLiteral("1");
    }));
    QTest::qWait(300);
    EXPECT_TRUE(QGuiApplication::primaryScreen()->grabWindow(0).save(
        shots() + QStringLiteral("/notification-en.png")));
    // The click: dunst's default action on the notification it shows.
    ASSERT_EQ(run(QStringLiteral("dunstctl"), {QStringLiteral("action"), QStringLiteral("0")}).exitCode, 0);
    EXPECT_TRUE(waitUntil([&] { return textOf(QStringLiteral("detailsName")) == failing; }, 10000))
        << qPrintable(textOf(QStringLiteral("detailsName")));
    screenshot(QStringLiteral("notification-opened-en.png"));
    run(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});

    // A job that ends while the window is hidden is said (any job, for the test), and its click
    // shows the window again on the jobs page; with its switch off in Settings, nothing is said.
    app->notifier()->setLongJobMs(0);
    const QString volume = uniqueName(QStringLiteral("berth-gui-notify"));
    const auto removeVolume = qScopeGuard([&] {
        TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), volume});
    });
    ASSERT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), volume})
                  .exitCode,
        0);
    QTemporaryDir backups;
    JobsModel *jobs = app->actions()->jobs();
    const auto backUpHidden = [&] {
        const int before = jobs->count();
        window->hide();
        VolumeActions::instance()->backupVolume(volume, QUrl::fromLocalFile(backups.path()));
        EXPECT_TRUE(waitUntil([&] { return jobs->count() > before && jobs->runningCount() == 0; }, 30000));
        QTest::qWait(DesktopNotifier::GroupMs + 500);
    };
    // Containers' switches off, so only the jobs can speak now (the engine is shared).
    click(QStringLiteral("nav-settings"));
    for (const char *kind : {"Stopped", "Unhealthy", "Restarting", "Jobs"})
        click(QStringLiteral("settingsNotify") + QLatin1String(kind));
    for (const char *kind : {"stopped", "unhealthy", "restarting", "jobs"})
        ASSERT_FALSE(
            QSettings().value(QStringLiteral("notifications/") + QLatin1String(kind), true).toBool());
    screenshot(QStringLiteral("settings-notifications-en.png"));
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    EXPECT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("settingsNotifyJobs")).startsWith(QStringLiteral("Долгая")); }));
    screenshot(QStringLiteral("settings-notifications-ru.png"));
    Preferences::instance()->setLanguage(QStringLiteral("en"));
    sent.clear();
    backUpHidden();
    const auto said = [&] {
        QStringList all;
        for (const QList<QVariant> &one : sent)
            all << one[1].toString() + QStringLiteral(": ") + one[2].toString();
        return all.join(QLatin1Char('\n'));
    };
    EXPECT_EQ(sent.count(), 0) << "the jobs switch is off; said: " << qPrintable(said());
    window->show();
    click(QStringLiteral("settingsNotifyJobs"));
    ASSERT_TRUE(QSettings().value(QStringLiteral("notifications/jobs"), false).toBool());
    backUpHidden();
    ASSERT_EQ(sent.count(), 1) << qPrintable(said());
    EXPECT_EQ(
        sent[0][1].toString(), jobs->data(jobs->index(jobs->count() - 1), JobsModel::TitleRole).toString());
    EXPECT_EQ(sent[0][2].toString(), QStringLiteral("Finished."));
    ASSERT_TRUE(waitUntil([] {
        return trimmed(run(QStringLiteral("dunstctl"), {QStringLiteral("count"), QStringLiteral("displayed")})
                           .out)
            == QStringLiteral("1");
    }));
    ASSERT_EQ(run(QStringLiteral("dunstctl"), {QStringLiteral("action"), QStringLiteral("0")}).exitCode, 0);
    EXPECT_TRUE(waitUntil(
        [&] { return window->isVisible() && findItem(window->contentItem(), QStringLiteral("jobsPage")); }));
    screenshot(QStringLiteral("notification-job-opened-en.png"));
    run(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
}

TEST_F(MainWindow, RegistrySignInPushBrowseAndPullByClicking)
{
    const QString registry = qEnvironmentVariable("BERTH_TEST_REGISTRY");
    const QString user = qEnvironmentVariable("BERTH_TEST_REGISTRY_USER");
    const QString password = qEnvironmentVariable("BERTH_TEST_REGISTRY_PASSWORD");
    ASSERT_FALSE(registry.isEmpty())
        << "BERTH_TEST_REGISTRY is not set: tests/engines.sh starts the registry";
    // A docker config of the test's own, and no credential helper on PATH (only the docker CLI):
    // the window must ask before keeping the password in config.json.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("bin")));
    const QString dockerCli = QStandardPaths::findExecutable(QStringLiteral("docker"));
    ASSERT_FALSE(dockerCli.isEmpty());
    ASSERT_TRUE(QFile::link(dockerCli, dir.filePath(QStringLiteral("bin/docker"))));
    const QByteArray oldPath = qgetenv("PATH");
    const QByteArray oldConfig = qgetenv("DOCKER_CONFIG");
    qputenv("PATH", dir.filePath(QStringLiteral("bin")).toUtf8());
    qputenv("DOCKER_CONFIG", dir.filePath(QStringLiteral("docker")).toUtf8());
    const QString image = registry + QStringLiteral("/berth-test/") + uniqueName(QStringLiteral("gui"))
        + QStringLiteral(":1");
    const QString repository = image.section(QLatin1Char('/'), 1).section(QLatin1Char(':'), 0, 0);
    m_cleanups.push_back([oldPath, oldConfig, image] {
        qputenv("PATH", oldPath);
        run(QStringLiteral("docker"), {QStringLiteral("-H"), dockerHost(), QStringLiteral("rmi"), image});
        if (oldConfig.isEmpty())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", oldConfig);
    });
    ASSERT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("tag"), testImage(), image}).exitCode, 0);
    const QString configPath = dir.filePath(QStringLiteral("docker/config.json"));
    const auto config = [&] {
        QFile f(configPath);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };

    click(QStringLiteral("nav-registries"));
    ASSERT_TRUE(item(QStringLiteral("registriesPage")));
    click(QStringLiteral("signInButton"));
    type(QStringLiteral("signInServer"), registry);
    type(QStringLiteral("signInUser"), user);
    type(QStringLiteral("signInPassword"), QStringLiteral("wrong"));
    // No helper: no sign-in until the user says the password may go into config.json as it is.
    EXPECT_FALSE(item(QStringLiteral("signInConfirm"))->isEnabled());
    click(QStringLiteral("signInAllowPlain"));
    ASSERT_TRUE(item(QStringLiteral("signInConfirm"))->isEnabled());
    click(QStringLiteral("signInConfirm"));
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("signInOutcome")).contains(QLatin1String("401")); }, 30000))
        << qPrintable(textOf(QStringLiteral("signInOutcome")));
    EXPECT_FALSE(QFile::exists(configPath));
    screenshot(QStringLiteral("registry-signin-refused-en.png"));
    item(QStringLiteral("signInPassword"))->setProperty("text", QString());
    type(QStringLiteral("signInPassword"), password);
    click(QStringLiteral("signInConfirm"));
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("registryRow-") + registry); }, 30000));
    EXPECT_EQ(QByteArray::fromBase64(config()
                                         .value(QStringLiteral("auths"))
                                         .toObject()
                                         .value(registry)
                                         .toObject()
                                         .value(QStringLiteral("auth"))
                                         .toString()
                                         .toLatin1()),
        (user + QLatin1Char(':') + password).toUtf8());
    EXPECT_EQ(textOf(QStringLiteral("registryUser-") + registry),
        QStringLiteral("signed in as %1  ·  kept in config.json").arg(user));
    // The dialog closes by itself once signed in.
    ASSERT_TRUE(
        waitUntil([&] { return !findItem(window->contentItem(), QStringLiteral("signInPassword")); }, 10000));
    screenshot(QStringLiteral("registry-signed-in-en.png"));
    click(QStringLiteral("checkRegistry-") + registry);
    ASSERT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("registryMessage")).contains(QLatin1String("takes the sign-in"));
        },
        30000))
        << qPrintable(textOf(QStringLiteral("registryMessage")));
    screenshot(QStringLiteral("registries-en.png"));

    // Push from the images page, as a job with its layers.
    const QString imageIdBefore = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Id}}"), image})
                                              .out);
    click(QStringLiteral("nav-images"));
    type(QStringLiteral("imageSearch"), repository);
    // The Tag dialog offers a name in each registry signed in to.
    menuAction(QStringLiteral("moreImage-") + imageIdBefore, QStringLiteral("tagImage-") + imageIdBefore);
    click(QStringLiteral("tagForRegistry-") + registry);
    const QString offered = textOf(QStringLiteral("tagTarget"));
    EXPECT_TRUE(offered.startsWith(registry + QLatin1Char('/'))) << qPrintable(offered);
    EXPECT_EQ(offered.count(registry), 1) << qPrintable(offered);
    screenshot(QStringLiteral("registry-tag-dialog-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return !findItem(window->contentItem(), QStringLiteral("tagTarget")); }));
    menuAction(QStringLiteral("moreImage-") + imageIdBefore, QStringLiteral("pushImage-") + imageIdBefore);
    QQuickItem *pushTag = item(QStringLiteral("pushTag"));
    ASSERT_TRUE(pushTag);
    // A name in a registry is chosen (the image has other names: the test image's own, and more).
    EXPECT_TRUE(pushTag->property("currentText").toString().startsWith(registry + QLatin1Char('/')));
    int index = -1;
    ASSERT_TRUE(QMetaObject::invokeMethod(pushTag, "find", Q_RETURN_ARG(int, index), Q_ARG(QString, image)));
    ASSERT_GE(index, 0);
    pushTag->setProperty("currentIndex", index);
    EXPECT_EQ(pushTag->property("currentText").toString(), image);
    screenshot(QStringLiteral("registry-push-dialog-en.png"));
    click(QStringLiteral("pushConfirm"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    screenshot(QStringLiteral("registry-push-job-en.png"));
    const QString repoDigests = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{json .RepoDigests}}"), image})
                                            .out);
    const qsizetype at = repoDigests.indexOf(QLatin1String("@sha256:"));
    ASSERT_GT(at, 0) << qPrintable(repoDigests);
    const QString digest = repoDigests.mid(at + 1, 71);

    // What the registry holds: the repository, its tag with the digest docker sees; pull it back.
    click(QStringLiteral("nav-registries"));
    click(QStringLiteral("browseRegistry-") + registry);
    // The registry holds every test run's repositories: this one brought into view first.
    QQuickItem *repositoryList = item(QStringLiteral("repositoryList"));
    ASSERT_TRUE(repositoryList);
    ASSERT_TRUE(waitUntil(
        [&] { return repositoryList->property("model").toStringList().contains(repository); }, 30000));
    const int listed = int(repositoryList->property("model").toStringList().indexOf(repository));
    ASSERT_TRUE(
        QMetaObject::invokeMethod(repositoryList, "positionViewAtIndex", Q_ARG(int, listed), Q_ARG(int, 1)));
    click(QStringLiteral("repository-") + repository);
    ASSERT_TRUE(waitUntil([&] { return textOf(QStringLiteral("tagDetails-1")).contains(digest); }, 30000))
        << qPrintable(textOf(QStringLiteral("tagDetails-1")));
    screenshot(QStringLiteral("registry-tags-en.png"));
    const QString id = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Id}}"), image})
                                   .out);
    ASSERT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("rmi"), image}).exitCode, 0);
    click(QStringLiteral("pullTag-1"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    EXPECT_EQ(trimmed(TestSupport::docker(dockerHost(),
                  {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                      QStringLiteral("{{.Id}}"), image})
                          .out),
        id);

    // Docker Hub search through the engine: not reachable here, and the page says so.
    click(QStringLiteral("nav-registries"));
    type(QStringLiteral("hubSearchTerm"), QStringLiteral("busybox"));
    click(QStringLiteral("hubSearchButton"));
    ASSERT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("registryMessage"))
                .contains(QLatin1String("cannot search Docker Hub"));
        },
        40000))
        << qPrintable(textOf(QStringLiteral("registryMessage")));
    screenshot(QStringLiteral("registry-search-en.png"));

    // In Russian.
    setLanguage(QStringLiteral("ru"));
    ASSERT_TRUE(
        waitUntil([&] { return textOf(QStringLiteral("signInButton")) != QStringLiteral("Sign in…"); }));
    screenshot(QStringLiteral("registries-ru.png"));

    // Signing out removes it from config.json and the page.
    click(QStringLiteral("signOut-") + registry);
    ASSERT_TRUE(waitUntil(
        [&] { return !findItem(window->contentItem(), QStringLiteral("registryRow-") + registry); }, 10000));
    EXPECT_FALSE(config().value(QStringLiteral("auths")).toObject().contains(registry));
}

// A registry with a self-signed TLS certificate: the Registries page's check says the exact file
// the engine (and Berth) read its authority from; with the authority there, it takes the
// sign-in. In English and in Russian.
TEST_F(MainWindow, RegistryCheckSaysWhereATlsAuthorityGoes)
{
    const QString server = qEnvironmentVariable("BERTH_TEST_TLS_REGISTRY");
    const QString ca = qEnvironmentVariable("BERTH_TEST_TLS_REGISTRY_CA");
    ASSERT_FALSE(server.isEmpty()) << "BERTH_TEST_TLS_REGISTRY is not set: tests/engines.sh starts it";
    const QString user = qEnvironmentVariable("BERTH_TEST_REGISTRY_USER");
    const QString password = qEnvironmentVariable("BERTH_TEST_REGISTRY_PASSWORD");
    const QString named = QStringLiteral("/etc/docker/certs.d/") + server + QStringLiteral("/ca.crt");
    ASSERT_FALSE(QFile::exists(QFileInfo(named).path())) << "left from before: " << qPrintable(named);
    // A sign-in kept in a docker config of the test's own (as docker login keeps it, no helper).
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("docker")));
    QDir().mkpath(dir.filePath(QStringLiteral("bin")));
    {
        QFile f(dir.filePath(QStringLiteral("docker/config.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
            QJsonObject {{QStringLiteral("auths"),
                QJsonObject {{server,
                    QJsonObject {{QStringLiteral("auth"),
                        QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64())}}}}}})
                    .toJson());
    }
    const QByteArray oldPath = qgetenv("PATH");
    const QByteArray oldConfig = qgetenv("DOCKER_CONFIG");
    qputenv("PATH", dir.filePath(QStringLiteral("bin")).toUtf8());
    qputenv("DOCKER_CONFIG", dir.filePath(QStringLiteral("docker")).toUtf8());
    const bool certsDirExisted = QDir(QStringLiteral("/etc/docker/certs.d")).exists();
    m_cleanups.push_back([oldPath, oldConfig, named, certsDirExisted] {
        qputenv("PATH", oldPath);
        if (oldConfig.isEmpty())
            qunsetenv("DOCKER_CONFIG");
        else
            qputenv("DOCKER_CONFIG", oldConfig);
        QFile::remove(named);
        QDir().rmdir(QFileInfo(named).path());
        if (!certsDirExisted)
            QDir().rmdir(QStringLiteral("/etc/docker/certs.d"));
    });

    click(QStringLiteral("nav-registries"));
    ASSERT_TRUE(item(QStringLiteral("registriesPage")));
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("checkRegistry-") + server); }, 30000));
    click(QStringLiteral("checkRegistry-") + server);
    ASSERT_TRUE(waitUntil([&] { return textOf(QStringLiteral("registryMessage")).contains(named); }, 30000))
        << qPrintable(textOf(QStringLiteral("registryMessage")));
    EXPECT_TRUE(textOf(QStringLiteral("registryMessage")).contains(QLatin1String("not trusted")));
    screenshot(QStringLiteral("registry-tls-untrusted-en.png"));

    QDir().mkpath(QFileInfo(named).path());
    ASSERT_TRUE(QFile::copy(ca, named));
    click(QStringLiteral("checkRegistry-") + server);
    ASSERT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("registryMessage"))
                == QStringLiteral("%1 takes the sign-in of %2.").arg(server, user);
        },
        30000))
        << qPrintable(textOf(QStringLiteral("registryMessage")));
    screenshot(QStringLiteral("registry-tls-trusted-en.png"));

    // In Russian, without the authority again.
    QFile::remove(named);
    setLanguage(QStringLiteral("ru"));
    ASSERT_TRUE(
        waitUntil([&] { return textOf(QStringLiteral("signInButton")) != QStringLiteral("Sign in…"); }));
    click(QStringLiteral("checkRegistry-") + server);
    ASSERT_TRUE(waitUntil(
        [&] {
            const QString text = textOf(QStringLiteral("registryMessage"));
            return text.contains(named) && !text.contains(QLatin1String("not trusted"));
        },
        30000))
        << qPrintable(textOf(QStringLiteral("registryMessage")));
    screenshot(QStringLiteral("registry-tls-untrusted-ru.png"));
}

// The sign-in offers the desktop's secret store where docker would pick another store (pass,
// not set up here): chosen, the password goes to GNOME Keyring (a real one on a session bus of
// the test's own) through docker-credential-secretservice and config.json names it, for docker
// too; signing out takes it out of the key ring. The dialog in English and Russian.
TEST_F(MainWindow, RegistrySignInOffersTheDesktopSecretStore)
{
    const QString registry = qEnvironmentVariable("BERTH_TEST_REGISTRY");
    const QString user = qEnvironmentVariable("BERTH_TEST_REGISTRY_USER");
    const QString password = qEnvironmentVariable("BERTH_TEST_REGISTRY_PASSWORD");
    ASSERT_FALSE(registry.isEmpty())
        << "BERTH_TEST_REGISTRY is not set: tests/engines.sh starts the registry";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("bin")));
    for (const char *tool : {"docker", "pass", "docker-credential-pass", "docker-credential-secretservice"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(tool));
        ASSERT_FALSE(found.isEmpty()) << tool << " is not installed";
        ASSERT_TRUE(QFile::link(found, dir.filePath(QStringLiteral("bin/") + QLatin1String(tool))));
    }
    PrivateKeyring keyring;
    ASSERT_TRUE(keyring.ready());
    const char *names[]
        = {"PATH", "DOCKER_CONFIG", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS"};
    std::vector<std::pair<QByteArray, QByteArray>> old;
    for (const char *name : names)
        old.emplace_back(name, qgetenv(name));
    m_cleanups.push_back([old] {
        for (const auto &[name, value] : old) {
            if (value.isEmpty())
                qunsetenv(name.constData());
            else
                qputenv(name.constData(), value);
        }
    });
    // Only Berth's helpers see the key ring's bus: the window's own connection is made already.
    qputenv("PATH", dir.filePath(QStringLiteral("bin")).toUtf8());
    qputenv("DOCKER_CONFIG", dir.filePath(QStringLiteral("docker")).toUtf8());
    for (const char *name : {"XDG_DATA_HOME", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS"})
        qputenv(name, keyring.env().value(QLatin1String(name)).toUtf8());
    const QString configPath = dir.filePath(QStringLiteral("docker/config.json"));
    const auto config = [&] {
        QFile f(configPath);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    const auto keyringGet = [&] {
        QProcess get;
        get.start(
            dir.filePath(QStringLiteral("bin/docker-credential-secretservice")), {QStringLiteral("get")});
        get.write(registry.toUtf8());
        get.closeWriteChannel();
        get.waitForFinished(20000);
        return QJsonDocument::fromJson(get.readAllStandardOutput()).object();
    };

    click(QStringLiteral("nav-registries"));
    ASSERT_TRUE(item(QStringLiteral("registriesPage")));
    click(QStringLiteral("signInButton"));
    type(QStringLiteral("signInServer"), registry);
    type(QStringLiteral("signInUser"), user);
    type(QStringLiteral("signInPassword"), password);
    QQuickItem *secretStore = item(QStringLiteral("signInSecretStore"));
    ASSERT_TRUE(secretStore);
    EXPECT_TRUE(secretStore->isVisible());
    EXPECT_TRUE(secretStore->property("checked").toBool());
    // Not the unencrypted choice: findItem finds only what is shown.
    EXPECT_FALSE(findItem(window->contentItem(), QStringLiteral("signInAllowPlain")));
    EXPECT_TRUE(item(QStringLiteral("signInConfirm"))->isEnabled());
    screenshot(QStringLiteral("registry-signin-secretstore-en.png"));
    click(QStringLiteral("signInConfirm"));
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("registryRow-") + registry); }, 30000));
    EXPECT_EQ(config().value(QStringLiteral("credsStore")).toString(), QStringLiteral("secretservice"));
    EXPECT_EQ(config().value(QStringLiteral("auths")).toObject().value(registry).toObject(), QJsonObject());
    const QJsonObject kept = keyringGet();
    EXPECT_EQ(kept.value(QStringLiteral("Username")).toString(), user);
    EXPECT_EQ(kept.value(QStringLiteral("Secret")).toString(), password);
    EXPECT_TRUE(textOf(QStringLiteral("registryUser-") + registry).contains(user))
        << qPrintable(textOf(QStringLiteral("registryUser-") + registry));
    screenshot(QStringLiteral("registry-signed-in-secretstore-en.png"));

    // The dialog in Russian, for another registry (the store is named now: docker's own choice,
    // so nothing is offered for it; with a fresh config the offer is back).
    QFile::rename(configPath, configPath + QStringLiteral(".kept"));
    setLanguage(QStringLiteral("ru"));
    ASSERT_TRUE(
        waitUntil([&] { return textOf(QStringLiteral("signInButton")) != QStringLiteral("Sign in…"); }));
    click(QStringLiteral("signInButton"));
    type(QStringLiteral("signInServer"), QStringLiteral("registry.example.invalid"));
    type(QStringLiteral("signInUser"), user);
    ASSERT_TRUE(
        waitUntil([&] { return findItem(window->contentItem(), QStringLiteral("signInSecretStore")); }));
    screenshot(QStringLiteral("registry-signin-secretstore-ru.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    QFile::rename(configPath + QStringLiteral(".kept"), configPath);

    // Signing out takes it out of the key ring.
    click(QStringLiteral("signOut-") + registry);
    ASSERT_TRUE(waitUntil(
        [&] { return !findItem(window->contentItem(), QStringLiteral("registryRow-") + registry); }, 20000));
    EXPECT_TRUE(keyringGet().value(QStringLiteral("Secret")).toString().isEmpty());
}

TEST_F(MainWindow, DiskUsePageListsWhatACleanUpRemoves)
{
    // A volume of 300 kB no container uses, and an exited container that wrote 45678 bytes.
    const QString volume = uniqueName(QStringLiteral("berth-guidisk"));
    const QString exited = uniqueName(QStringLiteral("berth-guidisk-exited"));
    removeAfter(dockerHost(), {exited}, {volume});
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                      QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/d"),
                      testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("head -c 300000 /dev/zero > /d/f")})
                  .exitCode,
        0);
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"),
                      QStringLiteral("--name"), exited, testImage(), QStringLiteral("sh"),
                      QStringLiteral("-c"), QStringLiteral("head -c 45678 /dev/zero > /x")})
                  .exitCode,
        0);

    click(QStringLiteral("nav-disk"));
    ASSERT_TRUE(item(QStringLiteral("diskPage")));
    // The figures are docker system df's, for the same engine at the same moment.
    const auto dfLine = [&](const char *type) {
        const QString out = QString::fromUtf8(TestSupport::docker(dockerHost(),
            {QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("--format"),
                QStringLiteral("{{.Type}}|{{.TotalCount}}|{{.Size}}|{{.Reclaimable}}")})
                                                  .out);
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String(type) + QLatin1Char('|')))
                return line;
        }
        return QString();
    };
    const auto shown = [&](const QString &key) {
        return textOf(QStringLiteral("diskTotal_") + key) + QLatin1Char('|')
            + textOf(QStringLiteral("diskReclaimable_") + key);
    };
    bool same = false;
    QString ours, theirs;
    for (int attempt = 0; attempt < 6 && !same; ++attempt) {
        click(QStringLiteral("diskRefreshButton"));
        ASSERT_TRUE(
            waitUntil([&] { return DiskActions::instance()->status() == DiskActions::Ready; }, 60000));
        QTest::qWait(100);
        ours = shown(QStringLiteral("volumes"));
        const QStringList parts = dfLine("Local Volumes").split(QLatin1Char('|'));
        // The CLI's "300kB" as the window writes it: "300 kB" (Format::localSize).
        theirs = QStringLiteral("%1 · %2|%3")
                     .arg(parts.value(1), parts.value(2), parts.value(3))
                     .replace(QRegularExpression(QStringLiteral("(\\d)([kMGT]?B)")),
                         QStringLiteral("\\1\u00a0\\2"));
        same = ours == theirs;
    }
    EXPECT_EQ(ours, theirs);
    screenshot(QStringLiteral("disk-page-en.png"));

    // The volumes' clean-up lists this test's volume with its size, the space freed and the
    // docker command; cancelled, nothing goes.
    click(QStringLiteral("diskCleanup_volumes"));
    QQuickItem *list = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(list);
    const QStringList listed = list->property("model").toStringList();
    EXPECT_TRUE(listed.contains(volume + QStringLiteral(" — 300\u00a0kB"))) << qPrintable(listed.join(u'\n'));
    EXPECT_FALSE(textOf(QStringLiteral("confirmFreed")).isEmpty());
    screenshot(QStringLiteral("disk-cleanup-volumes-en.png"));
    click(QStringLiteral("confirmReject"));
    QTest::qWait(500);
    EXPECT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("inspect"), volume})
                  .exitCode,
        0)
        << "cancel keeps everything";

    // The containers' clean-up lists the exited one with what it wrote, as docker inspect --size
    // counts it (45678 bytes and, on Docker 28.5's snapshotter, a few folders).
    const qint64 written = trimmed(TestSupport::docker(dockerHost(),
                                       {QStringLiteral("inspect"), QStringLiteral("--size"),
                                           QStringLiteral("--format"), QStringLiteral("{{.SizeRw}}"), exited})
                                       .out)
                               .toLongLong();
    EXPECT_GE(written, 45678);
    click(QStringLiteral("diskCleanup_containers"));
    list = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->property("model").toStringList().contains(
        exited + QStringLiteral(" — ") + Format::localSize(written, 4)))
        << qPrintable(list->property("model").toStringList().join(u'\n'));
    click(QStringLiteral("confirmReject"));
    QTest::qWait(300);
    EXPECT_TRUE(containerNamed(exited)) << "cancel keeps everything";

    // The Volumes page's prune is the same dialog, with the space it frees (once measured).
    click(QStringLiteral("nav-volumes"));
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const VolumeInfo &v : app->volumes()->rows()) {
                if (v.name == volume)
                    return v.size >= 300000; // and a folder or two on Docker 28.5
            }
            return false;
        },
        30000));
    click(QStringLiteral("pruneVolumesButton"));
    list = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->property("model").toStringList().contains(volume));
    EXPECT_TRUE(textOf(QStringLiteral("confirmFreed")).startsWith(QStringLiteral("Frees ")))
        << qPrintable(textOf(QStringLiteral("confirmFreed")));
    screenshot(QStringLiteral("volumes-prune-freed-en.png"));
    click(QStringLiteral("confirmReject"));
    QTest::qWait(300);
    click(QStringLiteral("nav-disk"));

    // The page in Russian.
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    QTest::qWait(500);
    EXPECT_EQ(textOf(QStringLiteral("nav-disk")), QStringLiteral("Место на диске"));
    EXPECT_EQ(item(QStringLiteral("diskCard_volumes"))
                  ->property("modelData")
                  .toMap()
                  .value(QStringLiteral("title")),
        QStringLiteral("Тома"));
    screenshot(QStringLiteral("disk-page-ru.png"));
}

TEST_F(MainWindow, HealthInTheListTheDetailsAndTheRunDialog)
{
    const QString bad = uniqueName(QStringLiteral("berth-guihealth-bad"));
    ASSERT_TRUE(runContainer(bad,
        {QStringLiteral("--health-cmd"), QStringLiteral("echo database not ready; exit 3"),
            QStringLiteral("--health-interval"), QStringLiteral("500ms"), QStringLiteral("--health-retries"),
            QStringLiteral("1"), testImage(), QStringLiteral("sleep"), QStringLiteral("600")}));
    ASSERT_TRUE(waitUntil(
        [&] { return containerNamed(bad) && containerNamed(bad)->health() == QLatin1String("unhealthy"); },
        30000));
    EXPECT_EQ(textOf(QStringLiteral("healthText-") + bad), QStringLiteral("unhealthy"));

    // The Unhealthy filter shows it (and hides the healthy).
    QQuickItem *filter = item(QStringLiteral("containerStateFilter"));
    ASSERT_TRUE(filter);
    filter->setProperty("currentIndex", 4);
    QTest::qWait(300);
    EXPECT_TRUE(findItem(window->contentItem(), QStringLiteral("containerRow-") + bad));
    screenshot(QStringLiteral("containers-unhealthy-en.png"));

    // Its details: the health and the last results with their exit code and output, as docker
    // inspect has them.
    click(QStringLiteral("containerRow-") + bad);
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("detailsHealth")).startsWith(QLatin1String("unhealthy")); },
        10000))
        << qPrintable(textOf(QStringLiteral("detailsHealth")));
    QQuickItem *log = item(QStringLiteral("detailsHealthLog"));
    ASSERT_TRUE(log);
    const QString dockerOutput = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{(index .State.Health.Log 0).ExitCode}} {{(index .State.Health.Log 0).Output}}"),
            bad})
                                             .out);
    EXPECT_EQ(dockerOutput, QStringLiteral("3 database not ready"));
    screenshot(QStringLiteral("container-details-health-en.png"));
    EXPECT_TRUE(textOf(QStringLiteral("detailsState")).startsWith(QStringLiteral("running — ")))
        << qPrintable(textOf(QStringLiteral("detailsState")));
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    QTest::qWait(500);
    // The state as the badge names it, not the engine's word.
    EXPECT_TRUE(textOf(QStringLiteral("detailsState")).startsWith(QStringLiteral("работает — ")))
        << qPrintable(textOf(QStringLiteral("detailsState")));
    screenshot(QStringLiteral("container-details-health-ru.png"));
    Preferences::instance()->setLanguage(QStringLiteral("en"));
    QTest::qWait(300);
    filter->setProperty("currentIndex", 0);

    // The run dialog's health check fields make docker run's flags.
    click(QStringLiteral("runButton"));
    type(QStringLiteral("runImage"), testImage());
    // The fields at the dialog's foot may be scrolled out of sight: focused, then typed into.
    const auto typeInto = [&](const QString &name, const QString &text) {
        QQuickItem *field = item(name);
        ASSERT_TRUE(field);
        field->forceActiveFocus();
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::qWait(30);
    };
    typeInto(QStringLiteral("runHealthCmd"), QStringLiteral("test -e /bin/sh"));
    typeInto(QStringLiteral("runHealthInterval"), QStringLiteral("2s"));
    typeInto(QStringLiteral("runHealthRetries"), QStringLiteral("4"));
    EXPECT_EQ(textOf(QStringLiteral("runPreview")),
        QStringLiteral(
            "docker run -d --health-cmd 'test -e /bin/sh' --health-interval 2s --health-retries 4 %1")
            .arg(testImage()));
    typeInto(QStringLiteral("runHealthTimeout"), QStringLiteral("5x"));
    EXPECT_TRUE(textOf(QStringLiteral("healthCmdFieldProblem")).contains(QStringLiteral("--health-timeout")))
        << qPrintable(textOf(QStringLiteral("healthCmdFieldProblem")));
    screenshot(QStringLiteral("run-dialog-health-en.png"));
}

TEST_F(MainWindow, AComposeProjectStartedLoggedStoppedAndRemovedAsOne)
{
    // A project as docker compose v2 labels it: db; cache after db; web after both (by name the
    // order would be cache, db, web). Each service says two lines and waits.
    const QString project = uniqueName(QStringLiteral("berthguiproj"));
    const QString volume = project + QStringLiteral("_data");
    QStringList names;
    m_cleanups.push_back([volume] {
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("volume"), QStringLiteral("rm"), volume});
    });
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"),
                      QStringLiteral("com.docker.compose.project=") + project, volume})
                  .exitCode,
        0);
    for (const auto &[service, dependsOn] : QList<QPair<QString, QString>> {{QStringLiteral("db"), QString()},
             {QStringLiteral("cache"), QStringLiteral("db:service_started:false")},
             {QStringLiteral("web"),
                 QStringLiteral("db:service_started:false,cache:service_started:false")}}) {
        const QString name = project + QLatin1Char('-') + service + QStringLiteral("-1");
        names << name;
        removeAfter(dockerHost(), {name}, {});
        QStringList args {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--name"), name, QStringLiteral("--label"),
            QStringLiteral("com.docker.compose.project=") + project, QStringLiteral("--label"),
            QStringLiteral("com.docker.compose.service=") + service, QStringLiteral("--label"),
            QStringLiteral("com.docker.compose.container-number=1"), QStringLiteral("--label"),
            QStringLiteral("com.docker.compose.project.working_dir=/srv/") + project,
            QStringLiteral("--label"),
            QStringLiteral("com.docker.compose.project.config_files=/srv/%1/compose.yaml").arg(project)};
        if (!dependsOn.isEmpty())
            args << QStringLiteral("--label") << QStringLiteral("com.docker.compose.depends_on=") + dependsOn;
        if (service == QLatin1String("db"))
            args << QStringLiteral("-v") << volume + QStringLiteral(":/data");
        args << testImage() << QStringLiteral("sh") << QStringLiteral("-c")
             << QStringLiteral(
                    "echo '%1 says hello'; echo '%1 is ready'; trap 'exit 0' TERM; sleep 600 & wait")
                    .arg(service);
        ASSERT_EQ(TestSupport::docker(dockerHost(), args).exitCode, 0);
    }
    const QString db = names.at(0), cache = names.at(1), web = names.at(2);
    ASSERT_TRUE(waitUntil([&] { return containerNamed(web) != nullptr; }, 20000));
    const auto stateOf = [&](const QString &c, const QString &field) {
        return trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("--format"),
                QStringLiteral("{{.State.%1}}").arg(field), c})
                           .out);
    };
    const auto timeOf = [&](const QString &c, const QString &field) {
        return LogTime::parseTimestamp(stateOf(c, field).toUtf8());
    };

    click(QStringLiteral("nav-projects"));
    ASSERT_TRUE(item(QStringLiteral("projectsPage")));
    type(QStringLiteral("projectSearch"), project);
    EXPECT_EQ(textOf(QStringLiteral("projectStatus-") + project), QStringLiteral("created(3)"));
    EXPECT_EQ(textOf(QStringLiteral("projectServices-") + project),
        QStringLiteral("services: cache, db, web  ·  started in this order: %1 → %2 → %3")
            .arg(db, cache, web));
    EXPECT_EQ(textOf(QStringLiteral("projectFolder-") + project), QStringLiteral("/srv/%1").arg(project));
    EXPECT_EQ(textOf(QStringLiteral("projectFiles-") + project),
        QStringLiteral("files: /srv/%1/compose.yaml").arg(project));
    screenshot(QStringLiteral("projects-en.png"));

    // Start: each container after the ones it depends on, as the engine's start times show.
    click(QStringLiteral("startProject-") + project);
    ASSERT_TRUE(lastJobSucceeded(60000));
    for (const QString &c : names)
        ASSERT_EQ(stateOf(c, QStringLiteral("Status")), QStringLiteral("running")) << qPrintable(c);
    EXPECT_LT(timeOf(db, QStringLiteral("StartedAt")), timeOf(cache, QStringLiteral("StartedAt")));
    EXPECT_LT(timeOf(cache, QStringLiteral("StartedAt")), timeOf(web, QStringLiteral("StartedAt")));
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("projectStatus-") + project) == QLatin1String("running(3)"); },
        20000))
        << qPrintable(textOf(QStringLiteral("projectStatus-") + project));

    // The merged logs, each line after its container's name, as docker logs has them.
    for (const QString &c : names) {
        ASSERT_TRUE(waitUntil(
            [&] {
                return TestSupport::docker(dockerHost(), {QStringLiteral("logs"), c}).out.count('\n') >= 2;
            },
            20000));
    }
    click(QStringLiteral("logsProject-") + project);
    QQuickWindow *logWindow = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if (w->objectName() == QLatin1String("projectLogWindow") && w->isExposed())
                logWindow = qobject_cast<QQuickWindow *>(w);
        }
        return logWindow != nullptr;
    }));
    QQuickItem *lines = findItem(logWindow->contentItem(), QStringLiteral("projectLogLines"));
    ASSERT_TRUE(lines);
    auto *logs = qobject_cast<ProjectLogModel *>(lines->property("model").value<QObject *>());
    ASSERT_TRUE(logs);
    ASSERT_TRUE(waitUntil([&] { return logs->rowCount() >= 6; }, 20000)) << logs->rowCount();
    const QString text = logs->text();
    for (const QString &c : names) {
        const QString shown = c.mid(project.size() + 1); // "db-1", as docker compose logs names it
        for (const QString &l :
            QString::fromUtf8(TestSupport::docker(dockerHost(), {QStringLiteral("logs"), c}).out)
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            EXPECT_TRUE(text.contains(shown.leftJustified(8) + QStringLiteral(" | ") + l + QLatin1Char('\n')))
                << qPrintable(l) << "\n"
                << qPrintable(text);
    }
    EXPECT_TRUE(logs->following());
    QTest::qWait(300);
    EXPECT_TRUE(logWindow->grabWindow().save(shots() + QStringLiteral("/project-logs-en.png")));

    // Stop: the other way round; the log window says its streams ended.
    click(QStringLiteral("stopProject-") + project);
    ASSERT_TRUE(lastJobSucceeded(60000));
    for (const QString &c : names)
        ASSERT_EQ(stateOf(c, QStringLiteral("Status")), QStringLiteral("exited")) << qPrintable(c);
    EXPECT_GT(timeOf(db, QStringLiteral("FinishedAt")), timeOf(cache, QStringLiteral("FinishedAt")));
    EXPECT_GT(timeOf(cache, QStringLiteral("FinishedAt")), timeOf(web, QStringLiteral("FinishedAt")));
    EXPECT_TRUE(waitUntil([&] { return !logs->following(); }, 20000));
    logWindow->close();

    // Removal asks first, listing what goes; the volume stays unless ticked.
    ASSERT_TRUE(waitUntil(
        [&] { return textOf(QStringLiteral("projectStatus-") + project) == QLatin1String("exited(3)"); },
        20000));
    menuAction(QStringLiteral("moreProject-") + project, QStringLiteral("removeProject-") + project);
    QQuickItem *listed = item(QStringLiteral("confirmItems"));
    ASSERT_TRUE(listed);
    const QStringList items = listed->property("model").toStringList();
    EXPECT_EQ(items,
        (QStringList {QStringLiteral("container ") + web, QStringLiteral("container ") + cache,
            QStringLiteral("container ") + db}));
    screenshot(QStringLiteral("project-remove-en.png"));
    click(QStringLiteral("confirmAccept"));
    ASSERT_TRUE(lastJobSucceeded(60000));
    EXPECT_EQ(trimmed(TestSupport::docker(dockerHost(),
                  {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                      QStringLiteral("label=com.docker.compose.project=") + project})
                          .out),
        QString());
    EXPECT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("inspect"), volume})
                  .exitCode,
        0);
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("projectsEmpty")) != nullptr; }, 20000));

    // Every action is in the history with its docker compose command.
    QStringList commands;
    CommandHistoryModel *history = app->actions()->history();
    for (int row = 0; row < history->rowCount(); ++row)
        commands << history->data(history->index(row), CommandHistoryModel::CommandRole).toString();
    const QString all = commands.join(u'\n');
    for (const QString &verb : {QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("down")})
        EXPECT_TRUE(all.contains(QStringLiteral("docker compose -p %1 %2").arg(project, verb)))
            << qPrintable(all);
}

TEST_F(MainWindow, ComposeUpFromTheWindowOrSaysWhatToInstall)
{
    // No compose tool: the button says so, and the dialog what to install.
    qputenv("BERTH_COMPOSE", "/nonexistent/docker-compose");
    m_cleanups.push_back([] { qunsetenv("BERTH_COMPOSE"); });
    click(QStringLiteral("nav-projects"));
    ASSERT_TRUE(item(QStringLiteral("projectsPage")));
    ProjectActions::instance()->findComposeTool();
    EXPECT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("composeUpButton")) == QStringLiteral("Compose is not installed…");
        },
        20000))
        << qPrintable(textOf(QStringLiteral("composeUpButton")));
    click(QStringLiteral("composeUpButton"));
    EXPECT_TRUE(textOf(QStringLiteral("composeInstallHint"))
                    .contains(QLatin1String("sudo apt install docker-compose")))
        << qPrintable(textOf(QStringLiteral("composeInstallHint")));
    screenshot(QStringLiteral("compose-missing-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::qWait(200);

    // Debian's docker-compose: up from a file, against the engine the window shows.
    qunsetenv("BERTH_COMPOSE");
    ProjectActions::instance()->findComposeTool();
    EXPECT_TRUE(waitUntil(
        [&] {
            return textOf(QStringLiteral("composeUpButton")) == QStringLiteral("Up from a compose file…");
        },
        20000))
        << qPrintable(textOf(QStringLiteral("composeUpButton")));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = uniqueName(QStringLiteral("berthguiup"));
    m_cleanups.push_back([project] {
        const ProcessResult made = run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("ps"), QStringLiteral("-aq"),
                QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project=") + project});
        for (const QString &id : QString::fromUtf8(made.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            run(QStringLiteral("docker"),
                {QStringLiteral("-H"), dockerHost(), QStringLiteral("rm"), QStringLiteral("-f"), id});
    });
    QFile file(dir.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("version: \"3.7\"\nservices:\n"
                              "  db:\n    image: %1\n    network_mode: none\n"
                              "    command: sh -c \"echo db is up; trap 'exit 0' TERM; sleep 600 & wait\"\n"
                              "  web:\n    image: %1\n    network_mode: none\n    depends_on: [db]\n"
                              "    command: sh -c \"echo web is up; trap 'exit 0' TERM; sleep 600 & wait\"\n")
                   .arg(testImage())
                   .toUtf8());
    file.close();
    click(QStringLiteral("composeUpButton"));
    type(QStringLiteral("composeUpFile"), file.fileName());
    EXPECT_EQ(textOf(QStringLiteral("composeUpName")), QFileInfo(dir.path()).fileName().toLower());
    item(QStringLiteral("composeUpName"))->setProperty("text", QString());
    type(QStringLiteral("composeUpName"), project);
    EXPECT_EQ(textOf(QStringLiteral("composeUpCommand")),
        QStringLiteral("DOCKER_HOST=%1 docker-compose -f %2 -p %3 up -d")
            .arg(dockerHost(), file.fileName(), project));
    screenshot(QStringLiteral("compose-up-en.png"));
    click(QStringLiteral("composeUpAccept"));
    ASSERT_TRUE(lastJobSucceeded(120000));
    const QStringList running = trimmed(TestSupport::docker(dockerHost(),
                                            {QStringLiteral("ps"), QStringLiteral("--filter"),
                                                QStringLiteral("label=com.docker.compose.project=") + project,
                                                QStringLiteral("--format"), QStringLiteral("{{.Names}}")})
                                            .out)
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(running.size(), 2) << qPrintable(running.join(u','));
    // The new project is listed and selected.
    QQuickItem *list = item(QStringLiteral("projectList"));
    ASSERT_TRUE(list);
    ASSERT_TRUE(waitUntil(
        [&] {
            auto *current = list->property("currentItem").value<QQuickItem *>();
            return current && current->objectName() == QStringLiteral("projectRow-") + project;
        },
        20000));
    EXPECT_EQ(textOf(QStringLiteral("projectFolder-") + project), dir.path());
    EXPECT_EQ(textOf(QStringLiteral("projectFiles-") + project), QStringLiteral("files: ") + file.fileName());
    EXPECT_EQ(textOf(QStringLiteral("projectStatus-") + project), QStringLiteral("running(2)"))
        << "as docker compose ls writes it";
    screenshot(QStringLiteral("compose-up-done-en.png"));
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    m_cleanups.push_back([] { Preferences::instance()->setLanguage(QStringLiteral("en")); });
    EXPECT_EQ(textOf(QStringLiteral("projectStatus-") + project), QStringLiteral("работает: 2"));
    screenshot(QStringLiteral("projects-ru.png"));
}

TEST_F(MainWindow, ConnectAndDisconnectANetworkFromAContainersDetails)
{
    // Two internal networks of this test's; a running container on the first.
    const QString home = uniqueName(QStringLiteral("berth-guidethome"));
    const QString other = uniqueName(QStringLiteral("berth-guidetother"));
    const QString container = uniqueName(QStringLiteral("berth-guidetc"));
    m_cleanups.push_back([home, other] {
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("network"), QStringLiteral("rm"), home,
                other});
    });
    removeAfter(dockerHost(), {container}, {});
    for (const QString &n : {home, other})
        ASSERT_EQ(TestSupport::docker(dockerHost(),
                      {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"), n})
                      .exitCode,
            0);
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), home,
                      QStringLiteral("--name"), container, testImage(), QStringLiteral("sleep"),
                      QStringLiteral("600")})
                  .exitCode,
        0);
    ASSERT_TRUE(waitUntil([&] { return containerNamed(container) != nullptr; }, 20000));
    ASSERT_TRUE(waitUntil([&] { return app->networks()->findByName(other) != nullptr; }, 20000));
    type(QStringLiteral("containerSearch"), container);
    click(QStringLiteral("containerRow-") + container);
    ASSERT_TRUE(item(QStringLiteral("detailsNetwork-") + home));
    QQuickItem *choice = item(QStringLiteral("detailsConnectChoice"));
    ASSERT_TRUE(choice);
    const int at = choice->property("model").toStringList().indexOf(other);
    ASSERT_GE(at, 0) << qPrintable(choice->property("model").toStringList().join(u','));
    choice->setProperty("currentIndex", at);
    click(QStringLiteral("detailsConnect"));
    const auto attached = [&] {
        return QJsonDocument::fromJson(
            TestSupport::docker(dockerHost(),
                {QStringLiteral("inspect"), QStringLiteral("--format"),
                    QStringLiteral("{{json .NetworkSettings.Networks}}"), container})
                .out)
            .object()
            .keys();
    };
    ASSERT_TRUE(waitUntil([&] { return attached().contains(other); }, 20000));
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("detailsNetwork-") + other) != nullptr; },
        20000));
    screenshot(QStringLiteral("details-networks-en.png"));
    click(QStringLiteral("detailsDisconnect-") + home);
    ASSERT_TRUE(waitUntil([&] { return !attached().contains(home); }, 20000));
    EXPECT_EQ(attached(), QStringList {other});
    ASSERT_TRUE(waitUntil(
        [&] { return findItem(window->contentItem(), QStringLiteral("detailsNetwork-") + home) == nullptr; },
        20000));
    QStringList commands;
    CommandHistoryModel *history = app->actions()->history();
    for (int row = 0; row < history->rowCount(); ++row)
        commands << history->data(history->index(row), CommandHistoryModel::CommandRole).toString();
    const QString all = commands.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("docker network connect %1 %2").arg(other, container)))
        << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("docker network disconnect %1 %2").arg(home, container)))
        << qPrintable(all);
}

namespace {
/// A real click of the pointer at @p at (global, device pixels) through the X server: what a
/// user does to the tray's icon, which lives in the tray's window, not Berth's.
void pointerClick(const QPoint &at, int button)
{
    // Without a window manager nothing keeps the tray's panel above the windows mapped after it
    // (this window covers the whole screen): raised as a desktop keeps its panels.
    run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral("for w in $(xdotool search --class trayer); do xdotool windowraise $w; done")});
    const ProcessResult clicked = run(QStringLiteral("xdotool"),
        {QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
            QStringLiteral("click"), QString::number(button)});
    ASSERT_EQ(clicked.exitCode, 0) << qPrintable(clicked.err);
}
} // namespace

TEST_F(MainWindow, TheTrayIconCountsRunningContainersStopsTheOneUsedLastAndKeepsBerthWhenClosed)
{
    ASSERT_TRUE(QSystemTrayIcon::isSystemTrayAvailable())
        << "the test command starts trayer, a tray, on the display (tests/engines.sh: berth_desktop_start)";
    TrayIcon *tray = app->tray();
    const auto trayOff = qScopeGuard([] { Preferences::instance()->setKeepInTray(false); });
    const QString name = uniqueName(QStringLiteral("berth-gui-tray"));
    const auto cleanup = qScopeGuard([&] {
        TestSupport::docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), name});
    });
    const ProcessResult started = TestSupport::docker(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
            QStringLiteral("--network"), QStringLiteral("none"), testImage(), QStringLiteral("sh"),
            QStringLiteral("-c"), QStringLiteral("trap 'exit 0' TERM; sleep 600 & wait")});
    ASSERT_EQ(started.exitCode, 0) << qPrintable(started.err);
    const QString id = trimmed(started.out);
    const auto state = [&] {
        return trimmed(TestSupport::docker(dockerHost(),
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), name})
                           .out);
    };
    // What the window's list says of it (the menu is made from it).
    const auto listed = [&] {
        for (int row = 0; row < app->containers()->rowCount(); ++row) {
            const QModelIndex index = app->containers()->index(row);
            if (index.data(ContainerModel::IdRole).toString() == id)
                return index.data(ContainerModel::StateRole).toString();
        }
        return QString();
    };
    const auto menuAction = [&](const QString &text) -> QAction * {
        for (QAction *action : tray->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    };
    ASSERT_TRUE(waitUntil([&] { return app->containers()->contains(id); }));

    // The icon sits in trayer's window: its place on the screen is inside the tray's.
    ASSERT_TRUE(waitUntil([&] { return tray->icon()->isVisible() && !tray->icon()->geometry().isEmpty(); }));
    const ProcessResult trayWindow = run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral("xdotool getwindowgeometry --shell $(xdotool search --onlyvisible --class trayer "
                           "| head -n1)")});
    ASSERT_EQ(trayWindow.exitCode, 0) << qPrintable(trayWindow.err);
    QHash<QString, int> geometry;
    for (const QString &line : QString::fromUtf8(trayWindow.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        geometry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1).toInt());
    const QRect trayRect(geometry.value(QStringLiteral("X")), geometry.value(QStringLiteral("Y")),
        geometry.value(QStringLiteral("WIDTH")), geometry.value(QStringLiteral("HEIGHT")));
    const QRect iconRect = tray->icon()->geometry();
    EXPECT_TRUE(trayRect.contains(iconRect.center())) << "icon at " << iconRect.x() << "," << iconRect.y()
                                                      << ", tray at " << trayRect.x() << "," << trayRect.y();

    // The tooltip counts what runs, as docker ps does (the engine is shared: asked until both agree).
    const auto dockerRunning = [&] {
        return int(
            trimmed(TestSupport::docker(dockerHost(), {QStringLiteral("ps"), QStringLiteral("-q")}).out)
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .size());
    };
    EXPECT_TRUE(waitUntil([&] {
        const int running = dockerRunning();
        return tray->icon()->toolTip()
            == (running == 1 ? QStringLiteral("Berth: 1 container running")
                             : QStringLiteral("Berth: %1 containers running").arg(running));
    })) << qPrintable(tray->icon()->toolTip());

    // Used through Berth (paused here), it comes first in the menu, with Resume.
    ContainerActions::instance()->pauseContainer(id, name);
    ASSERT_TRUE(waitUntil(
        [&] { return state() == QStringLiteral("paused") && listed() == QStringLiteral("paused"); }));
    ASSERT_TRUE(waitUntil([&] { return tray->menuContainers().value(0) == id; }))
        << qPrintable(tray->menuContainers().join(QLatin1Char(' ')));
    // A right click on the icon opens its menu; a click on an item acts. (The icon's place is
    // asked again before each click: other programs' icons come and go in the tray.)
    pointerClick(tray->icon()->geometry().center(), 3);
    ASSERT_TRUE(waitUntil([&] { return tray->menu()->isVisible(); })) << "the tray's menu did not open";
    QStringList texts;
    for (QAction *action : tray->menu()->actions())
        texts << action->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Show Berth"))) << qPrintable(texts.join(QLatin1Char('|')));
    EXPECT_TRUE(texts.contains(QStringLiteral("Quit Berth")));
    QAction *resume = menuAction(QStringLiteral("Resume %1").arg(name));
    ASSERT_TRUE(resume) << qPrintable(texts.join(QLatin1Char('|')));
    pointerClick(tray->menu()->mapToGlobal(tray->menu()->actionGeometry(resume).center()), 1);
    ASSERT_TRUE(waitUntil([&] { return state() == QStringLiteral("running"); }))
        << "the menu's Resume did not resume " << qPrintable(name);
    // Running now: Stop.
    ASSERT_TRUE(
        waitUntil([&] { return listed() == QStringLiteral("running") && !tray->menu()->isVisible(); }));
    pointerClick(tray->icon()->geometry().center(), 3);
    ASSERT_TRUE(waitUntil([&] { return tray->menu()->isVisible(); })) << "the tray's menu did not open";
    QAction *stop = menuAction(QStringLiteral("Stop %1").arg(name));
    ASSERT_TRUE(stop);
    QTest::qWait(200);
    EXPECT_TRUE(
        QGuiApplication::primaryScreen()->grabWindow(0).save(shots() + QStringLiteral("/tray-menu-en.png")));
    pointerClick(tray->menu()->mapToGlobal(tray->menu()->actionGeometry(stop).center()), 1);
    EXPECT_TRUE(waitUntil([&] { return state() == QStringLiteral("exited"); }, 20000))
        << "the menu's Stop did not stop " << qPrintable(name);
    ASSERT_TRUE(waitUntil([&] { return listed() == QStringLiteral("exited"); }));
    // The docker command it equals went into the history, as for any action in Berth.
    EXPECT_TRUE(waitUntil([&] {
        for (int row = 0; row < app->actionContext()->history()->rowCount(); ++row) {
            if (app->actionContext()->history()->index(row).data(CommandHistoryModel::CommandRole).toString()
                == QStringLiteral("docker stop %1").arg(name))
                return true;
        }
        return false;
    }));

    // A click on the icon hides the window, another shows it again.
    ASSERT_TRUE(window->isVisible());
    pointerClick(tray->icon()->geometry().center(), 1);
    EXPECT_TRUE(waitUntil([&] { return !window->isVisible(); }));
    pointerClick(tray->icon()->geometry().center(), 1);
    EXPECT_TRUE(waitUntil([&] { return window->isVisible(); }));

    // Off by default, closing closes; turned on in Settings, closing hides into the tray and
    // says so once.
    EXPECT_FALSE(Preferences::instance()->keepInTray());
    click(QStringLiteral("nav-settings"));
    click(QStringLiteral("settingsKeepInTray"));
    ASSERT_TRUE(Preferences::instance()->keepInTray());
    screenshot(QStringLiteral("settings-tray-en.png"));
    QSignalSpy told(tray, &TrayIcon::toldKeepsRunning);
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    window->close();
    EXPECT_TRUE(waitUntil([&] { return !window->isVisible(); }));
    QTest::qWait(300);
    EXPECT_EQ(quitting.count(), 0);
    ASSERT_EQ(told.count(), 1);
    EXPECT_EQ(told[0][0].toString(),
        QStringLiteral("Closing the window leaves Berth in the tray. Its menu shows it again or quits."));
    // "Show Berth" from the menu brings it back; a second close says nothing more.
    pointerClick(tray->icon()->geometry().center(), 3);
    ASSERT_TRUE(waitUntil([&] { return tray->menu()->isVisible(); }));
    QAction *show = menuAction(QStringLiteral("Show Berth"));
    ASSERT_TRUE(show);
    pointerClick(tray->menu()->mapToGlobal(tray->menu()->actionGeometry(show).center()), 1);
    EXPECT_TRUE(waitUntil([&] { return window->isVisible(); }));
    window->close();
    EXPECT_TRUE(waitUntil([&] { return !window->isVisible(); }));
    EXPECT_EQ(told.count(), 1) << "said once only";
    window->show();

    // In Russian: the menu and the setting.
    Preferences::instance()->setLanguage(QStringLiteral("ru"));
    pointerClick(tray->icon()->geometry().center(), 3);
    ASSERT_TRUE(waitUntil([&] { return tray->menu()->isVisible(); }));
    EXPECT_TRUE(menuAction(QStringLiteral("Показать Berth")));
    EXPECT_TRUE(menuAction(QStringLiteral("Запустить %1").arg(name))) << "stopped, it is offered to start";
    QTest::qWait(200);
    EXPECT_TRUE(
        QGuiApplication::primaryScreen()->grabWindow(0).save(shots() + QStringLiteral("/tray-menu-ru.png")));
    tray->menu()->hide();
    screenshot(QStringLiteral("settings-tray-ru.png"));
    Preferences::instance()->setLanguage(QStringLiteral("en"));
}

TEST_F(MainWindow, TheDockerfileTryItBuildsTheExample)
{
    const auto cleanup = qScopeGuard([&] {
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), dockerHost(), QStringLiteral("rmi"), QStringLiteral("-f"),
                QStringLiteral("berth-try-build")});
    });
    click(QStringLiteral("nav-learn"));
    QMetaObject::invokeMethod(
        item(QStringLiteral("learnPage")), "show", Q_ARG(QString, QStringLiteral("dockerfile")));
    QTest::qWait(200);
    click(QStringLiteral("tryBuild"));
    // The example's Dockerfile is shown, and its build's output as it goes.
    ASSERT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("tryBuildDockerfile")).contains(QStringLiteral("FROM "));
    })) << qPrintable(textOf(QStringLiteral("tryBuildError")));
    JobsModel *jobs = app->actions()->jobs();
    ASSERT_TRUE(waitUntil([&] { return jobs->count() >= 1 && jobs->runningCount() == 0; }, 60000));
    EXPECT_TRUE(waitUntil([&] {
        return textOf(QStringLiteral("tryBuildOutput")).contains(QStringLiteral("Successfully built"));
    })) << qPrintable(textOf(QStringLiteral("tryBuildOutput")));
    // The image is there as the docker CLI sees it, and holds the example's file.
    const ProcessResult file = run(QStringLiteral("docker"),
        {QStringLiteral("-H"), dockerHost(), QStringLiteral("run"), QStringLiteral("--rm"),
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("berth-try-build"),
            QStringLiteral("cat"), QStringLiteral("/hello.txt")});
    EXPECT_EQ(file.exitCode, 0) << qPrintable(file.err);
    EXPECT_FALSE(file.out.isEmpty());
    screenshot(QStringLiteral("try-build-en.png"));
}

TEST_F(MainWindow, AnImageRemovalCanBeConfirmedAndAnEmptyPruneCannot)
{
    // An image of its own (a commit of a never-started container): an id no other row has.
    const QString container = uniqueName(QStringLiteral("gui-rmi-source"));
    const QString tag = uniqueName(QStringLiteral("berth-gui-rmi")) + QStringLiteral(":1");
    removeAfter(dockerHost(), {container}, {});
    const auto removeImage = qScopeGuard([&] {
        TestSupport::docker(dockerHost(), {QStringLiteral("rmi"), QStringLiteral("-f"), tag});
    });
    ASSERT_EQ(TestSupport::docker(dockerHost(),
                  {QStringLiteral("create"), QStringLiteral("--name"), container, testImage(),
                      QStringLiteral("true")})
                  .exitCode,
        0);
    const ProcessResult committed
        = TestSupport::docker(dockerHost(), {QStringLiteral("commit"), container, tag});
    ASSERT_EQ(committed.exitCode, 0) << qPrintable(committed.err);
    TestSupport::docker(dockerHost(), {QStringLiteral("rm"), container});
    const QString id = trimmed(TestSupport::docker(dockerHost(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"),
            tag})
                                   .out);
    ASSERT_FALSE(id.isEmpty());
    click(QStringLiteral("nav-images"));
    type(QStringLiteral("imageSearch"), tag.section(QLatin1Char(':'), 0, 0));
    QObject *dialog = window->findChild<QObject *>(QStringLiteral("removeImageDialog"));
    ASSERT_TRUE(dialog);
    menuAction(QStringLiteral("moreImage-") + id, QStringLiteral("removeImage-") + id);
    ASSERT_TRUE(waitUntil([&] { return dialog->property("opened").toBool(); }, 5000)) << "it asks";
    // A question, not a list: it can be confirmed, and says nothing of "nothing to remove".
    EXPECT_TRUE(item(QStringLiteral("confirmAccept"))->isEnabled());
    EXPECT_EQ(dialog->property("command").toString(), QStringLiteral("docker rmi ") + tag);
    screenshot(QStringLiteral("remove-image-dialog-en.png"));
    click(QStringLiteral("confirmAccept"));
    EXPECT_TRUE(waitUntil(
        [&] {
            return run(QStringLiteral("docker"),
                       {QStringLiteral("-H"), dockerHost(), QStringLiteral("image"),
                           QStringLiteral("inspect"), tag})
                       .exitCode
                != 0;
        },
        20000))
        << "the image is gone for the docker CLI too";

    // A prune confirmation can be confirmed exactly when it lists something (the engine is
    // shared: whichever it is now).
    click(QStringLiteral("nav-containers"));
    QObject *prune = window->findChild<QObject *>(QStringLiteral("pruneContainersDialog"));
    ASSERT_TRUE(prune);
    click(QStringLiteral("pruneContainersButton"));
    ASSERT_TRUE(waitUntil([&] { return prune->property("opened").toBool(); }, 5000));
    const bool empty = prune->property("items").toStringList().isEmpty();
    EXPECT_EQ(item(QStringLiteral("confirmAccept"))->isEnabled(), !empty);
    click(QStringLiteral("confirmReject"));
}

TEST(CommandBlockText, TheProgramItsVerbOptionsAndValuesEachInTheirColour)
{
    const Format format;
    const QString program = QStringLiteral("color:#1a5fb4;font-weight:bold\">");
    const QString option = QStringLiteral("color:#813d9c\">");
    const QString value = QStringLiteral("color:#26734d\">");
    // A verb, then a name: the name is a value, not part of the command.
    const QString stop = format.commandHtml(QStringLiteral("docker stop web"), false);
    EXPECT_TRUE(stop.contains(program + QStringLiteral("stop<"))) << qPrintable(stop);
    EXPECT_TRUE(stop.contains(value + QStringLiteral("web<"))) << qPrintable(stop);
    // A group and its verb; an option with its value after '='; a quoted word stays whole.
    const QString prune
        = format.commandHtml(QStringLiteral("docker container prune --filter=until=1h 'a b'"), false);
    EXPECT_TRUE(prune.contains(program + QStringLiteral("container<"))) << qPrintable(prune);
    EXPECT_TRUE(prune.contains(program + QStringLiteral("prune<"))) << qPrintable(prune);
    EXPECT_TRUE(prune.contains(option + QStringLiteral("--filter=<"))) << qPrintable(prune);
    EXPECT_TRUE(prune.contains(value + QStringLiteral("until=1h<"))) << qPrintable(prune);
    EXPECT_TRUE(prune.contains(value + QStringLiteral("&#x27;a b&#x27;<"))
        || prune.contains(value + QStringLiteral("'a b'<")))
        << qPrintable(prune);
    // Markup in a command is shown, never read.
    const QString html = format.commandHtml(QStringLiteral("echo '<h1>'"), false);
    EXPECT_FALSE(html.contains(QStringLiteral("<h1>"))) << qPrintable(html);
    // After &&, a new command starts with its program.
    const QString two
        = format.commandHtml(QStringLiteral("docker volume create v && docker run --rm busybox"), false);
    EXPECT_TRUE(two.contains(value + QStringLiteral("v<"))) << qPrintable(two);
    EXPECT_TRUE(two.contains(program + QStringLiteral("run<"))) << qPrintable(two);
    EXPECT_TRUE(two.contains(value + QStringLiteral("busybox<"))) << qPrintable(two);
}

TEST(FormatAge, InTheUsersLanguageWithItsPlurals)
{
    // As the app does: the English translation loaded too (it holds the English plurals).
    const Format format;
    const QDateTime now = QDateTime::currentDateTime();
    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("en"))));
    EXPECT_EQ(format.age(now.addSecs(-20)), QStringLiteral("just now"));
    EXPECT_EQ(format.age(now.addSecs(-65)), QStringLiteral("1 minute ago"));
    EXPECT_EQ(format.age(now.addSecs(-150)), QStringLiteral("2 minutes ago"));
    EXPECT_EQ(format.age(now.addSecs(-(21 * 60 + 5))), QStringLiteral("21 minutes ago"));
    EXPECT_EQ(format.age(now.addSecs(-(3600 + 5))), QStringLiteral("1 hour ago"));
    EXPECT_EQ(format.age(now.addSecs(-(3 * 3600 + 5))), QStringLiteral("3 hours ago"));
    EXPECT_EQ(format.age(now.addDays(-5)), QStringLiteral("5 days ago"));
    EXPECT_EQ(format.age(QDateTime()), QStringLiteral("unknown age"));

    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("ru"))));
    EXPECT_EQ(format.age(now.addSecs(-20)), QStringLiteral("только что"));
    EXPECT_EQ(format.age(now.addSecs(-65)), QStringLiteral("1 минуту назад"));
    EXPECT_EQ(format.age(now.addSecs(-150)), QStringLiteral("2 минуты назад"));
    EXPECT_EQ(format.age(now.addSecs(-(5 * 60 + 5))), QStringLiteral("5 минут назад"));
    EXPECT_EQ(format.age(now.addSecs(-(21 * 60 + 5))), QStringLiteral("21 минуту назад"));
    EXPECT_EQ(format.age(now.addSecs(-(3 * 3600 + 5))), QStringLiteral("3 часа назад"));
    EXPECT_EQ(format.age(now.addDays(-5)), QStringLiteral("5 дней назад"));
    Translations::install(QLocale(QStringLiteral("en")));
}

TEST(FormatSize, InTheUsersLanguage)
{
    const Format format;
    const QLocale before;
    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("en"))));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    EXPECT_EQ(format.size(1981488), QStringLiteral("1.98\u00a0MB"));
    EXPECT_EQ(format.size(999), QStringLiteral("999\u00a0B"));
    EXPECT_EQ(Format::localSize(1984000000, 4), QStringLiteral("1.984\u00a0GB"));
    EXPECT_EQ(format.binarySize(532480), QStringLiteral("520\u00a0KiB"));
    EXPECT_EQ(format.size(-1), QStringLiteral("unknown size"));
    EXPECT_EQ(format.percent(100.289), QStringLiteral("100.29%"));
    EXPECT_EQ(format.percent(-1), QStringLiteral("--")) << "not known yet, as docker stats writes it";
    EXPECT_EQ(format.stateName(QStringLiteral("exited")), QStringLiteral("exited"));
    EXPECT_EQ(format.stateName(QStringLiteral("stopped")), QStringLiteral("exited")) << "Podman's word";
    // As ProjectModel's stateCounts holds them: state to count.
    const QVariantMap counts {{QStringLiteral("running"), 2}, {QStringLiteral("exited"), 1}};
    EXPECT_EQ(format.composeStates(counts), QStringLiteral("exited(1), running(2)"));

    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("ru"))));
    QLocale::setDefault(QLocale(QStringLiteral("ru")));
    EXPECT_EQ(format.size(1981488), QStringLiteral("1,98\u00a0МБ"));
    EXPECT_EQ(format.size(999), QStringLiteral("999\u00a0Б"));
    EXPECT_EQ(Format::localSize(4400000000LL), QStringLiteral("4,4\u00a0ГБ"));
    EXPECT_EQ(format.binarySize(25273974784.0), QStringLiteral("23,54\u00a0ГиБ"));
    EXPECT_EQ(Format::localSize(1000), QStringLiteral("1\u00a0кБ"));
    EXPECT_EQ(format.percent(8), QStringLiteral("8,00%"));
    EXPECT_EQ(format.stateName(QStringLiteral("paused")), QStringLiteral("приостановлен"));
    EXPECT_EQ(format.composeStates(counts), QStringLiteral("остановлен: 1, работает: 2"));
    EXPECT_EQ(format.composeStates({}), QString());
    EXPECT_EQ(format.stateName(QStringLiteral("something new")), QStringLiteral("something new"))
        << "a state Berth does not know yet, as the engine wrote it";
    QLocale::setDefault(before);
    Translations::install(QLocale(QStringLiteral("en")));
}

TEST_F(MainWindow, WizardStepsAndTheCommandTheBackupRuns)
{
    const QString volume = uniqueName(QStringLiteral("gui-steps"));
    const QString restored = uniqueName(QStringLiteral("gui-steps-back"));
    removeAfter(dockerHost(), {}, {volume, restored});
    ASSERT_EQ(TestSupport::docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), volume})
                  .exitCode,
        0);
    ASSERT_TRUE(waitUntil([&] { return VolumeActions::instance()->volumeExists(volume); }, 20000));
    QTemporaryDir backups;

    // The backup dialog: its command block holds the command the backup runs.
    click(QStringLiteral("nav-volumes"));
    type(QStringLiteral("volumeSearch"), volume);
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("backupVolume-") + volume);
    item(QStringLiteral("backupFolderField"))->setProperty("text", backups.path());
    ASSERT_TRUE(item(QStringLiteral("backupStart")) && item(QStringLiteral("backupStart"))->isEnabled());
    const QString shown = textOf(QStringLiteral("backupCommand"));
    EXPECT_TRUE(shown.startsWith(QLatin1String("docker run"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(volume)) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(backups.path())) << qPrintable(shown);
    // Wrapped, not wider than the dialog: the block fits inside the window.
    QQuickItem *block = item(QStringLiteral("backupCommand"));
    ASSERT_TRUE(block);
    EXPECT_LE(block->mapToScene(QPointF(block->width(), 0)).x(), window->width());
    screenshot(QStringLiteral("backup-command-en.png"));
    click(QStringLiteral("backupStart"));
    ASSERT_TRUE(lastJobSucceeded(30000));
    // What the history records, and the file on disk: the same as the block said.
    CommandHistoryModel *history = app->actions()->history();
    ASSERT_GE(history->count(), 1);
    const QString recorded
        = history->data(history->index(history->count() - 1), CommandHistoryModel::CommandRole).toString();
    EXPECT_EQ(recorded, shown) << "the dialog showed the command it then ran";
    const QStringList files = QDir(backups.path()).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(shown.contains(files[0])) << qPrintable(shown) << " " << qPrintable(files[0]);
    click(QStringLiteral("nav-history"));
    screenshot(QStringLiteral("history-command-en.png"));

    // The restore wizard's steps follow what is given: the file, its check, the target.
    click(QStringLiteral("nav-volumes"));
    click(QStringLiteral("restoreVolumeButton"));
    QQuickItem *steps = item(QStringLiteral("restoreSteps"));
    ASSERT_TRUE(steps);
    EXPECT_EQ(steps->property("current").toInt(), 0);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(steps)->text(QAccessible::Name),
        QStringLiteral("Step 1 of 5: Backup file"));
    screenshot(QStringLiteral("restore-steps-1-en.png"));
    type(QStringLiteral("restoreFileField"), backups.filePath(files[0]));
    QTest::keyClick(window, Qt::Key_Return);
    auto *form = formOf<RestoreForm>(QStringLiteral("restoreStart"));
    ASSERT_TRUE(form);
    ASSERT_TRUE(waitUntil([&] { return form->checkOk(); }, 20000)) << qPrintable(form->checkText());
    // With no name for the new volume, the target step is where it stands; with one, it is ready.
    item(QStringLiteral("restoreNewName"))->setProperty("text", QString());
    ASSERT_TRUE(waitUntil([&] { return steps->property("current").toInt() == 3; }))
        << steps->property("current").toInt() << " " << qPrintable(form->problems().join(u'\n'));
    EXPECT_EQ(QAccessible::queryAccessibleInterface(steps)->text(QAccessible::Name),
        QStringLiteral("Step 4 of 5: Target"));
    screenshot(QStringLiteral("restore-steps-4-en.png"));
    item(QStringLiteral("restoreNewName"))->setProperty("text", restored);
    ASSERT_TRUE(waitUntil([&] { return steps->property("current").toInt() == 4; }))
        << qPrintable(form->problems().join(u'\n'));
    EXPECT_EQ(QAccessible::queryAccessibleInterface(steps)->text(QAccessible::Name),
        QStringLiteral("Step 5 of 5: Restore"));
    screenshot(QStringLiteral("restore-steps-5-en.png"));

    // In Russian and dark: the same wizard, looked at.
    QTest::keyClick(window, Qt::Key_Escape);
    setLanguage(QStringLiteral("ru"));
    setTheme(QStringLiteral("dark"));
    click(QStringLiteral("nav-volumes"));
    click(QStringLiteral("restoreVolumeButton"));
    type(QStringLiteral("restoreFileField"), backups.filePath(files[0]));
    QTest::keyClick(window, Qt::Key_Return);
    form = formOf<RestoreForm>(QStringLiteral("restoreStart"));
    ASSERT_TRUE(form);
    ASSERT_TRUE(waitUntil([&] { return form->checkOk(); }, 20000)) << qPrintable(form->checkText());
    steps = item(QStringLiteral("restoreSteps"));
    ASSERT_TRUE(steps);
    item(QStringLiteral("restoreNewName"))->setProperty("text", QString());
    ASSERT_TRUE(waitUntil([&] { return steps->property("current").toInt() == 3; }));
    EXPECT_EQ(QAccessible::queryAccessibleInterface(steps)->text(QAccessible::Name),
        QStringLiteral("Шаг 4 из 5: Куда"));
    screenshot(QStringLiteral("restore-steps-dark-ru.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("backupVolume-") + volume);
    ASSERT_TRUE(item(QStringLiteral("backupCommand")));
    screenshot(QStringLiteral("backup-command-dark-ru.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    setTheme(QStringLiteral("light"));
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("backupVolume-") + volume);
    ASSERT_TRUE(item(QStringLiteral("backupCommand")));
    screenshot(QStringLiteral("backup-command-light-ru.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    click(QStringLiteral("nav-history"));
    screenshot(QStringLiteral("history-command-light-ru.png"));
    setTheme(QStringLiteral("dark"));
    setLanguage(QStringLiteral("en"));
    click(QStringLiteral("nav-volumes"));
    menuAction(QStringLiteral("moreVolume-") + volume, QStringLiteral("backupVolume-") + volume);
    ASSERT_TRUE(item(QStringLiteral("backupCommand")));
    screenshot(QStringLiteral("backup-command-dark-en.png"));
    QTest::keyClick(window, Qt::Key_Escape);
}
