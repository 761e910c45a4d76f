// SPDX-License-Identifier: GPL-3.0-or-later
// The built berth app, for real, on the X display the test script provides (Xvfb).
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
QString screenshotDir()
{
    return TestSupport::screenshotDir();
}

/// Runs berth, which saves its window once the engine state settles (plus @p delayMs) and
/// prints what it shows. @p whileRunning is called as soon as the first state is on screen.
QJsonObject shoot(const QString &host, const QString &file, const QString &lang, int delayMs = 300,
    const std::function<void()> &whileRunning = {}, const QString &renderer = {})
{
    EXPECT_FALSE(qEnvironmentVariableIsEmpty("DISPLAY"))
        << "no DISPLAY: run through tests/run-tests.sh, which starts Xvfb";
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    if (!renderer.isEmpty())
        env.insert(QStringLiteral("BERTH_RENDERER"), renderer);
    p.setProcessEnvironment(env);
    const QString path = screenshotDir() + QLatin1Char('/') + file;
    QFile::remove(path);
    p.start(berthPath(),
        {QStringLiteral("--host"), host, QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"), path,
            QStringLiteral("--screenshot-delay"), QString::number(delayMs)});
    EXPECT_TRUE(p.waitForStarted());
    QByteArray out;
    EXPECT_TRUE(waitUntil(
        [&] {
            out += p.readAllStandardOutput();
            return out.contains("\"settled\"") || p.state() == QProcess::NotRunning;
        },
        60000));
    if (whileRunning)
        whileRunning();
    EXPECT_TRUE(p.waitForFinished(60000)) << "berth did not finish";
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    const QJsonObject report = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    EXPECT_TRUE(report.value(QLatin1String("saved")).toBool()) << out.constData();
    const QImage image(path);
    EXPECT_FALSE(image.isNull()) << qPrintable(path);
    EXPECT_GE(image.width(), 560);
    // A window that painted text has many colours; a blank one has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 8) << "the screenshot looks blank";
    return report;
}

QString shown(const QJsonObject &report, const char *objectName)
{
    return report.value(QLatin1String("shown")).toObject().value(QLatin1String(objectName)).toString();
}

int countOf(const QByteArray &lines)
{
    return int(lines.split('\n').size()) - (lines.endsWith('\n') ? 1 : 0) - (lines.isEmpty() ? 1 : 0);
}
} // namespace

TEST(Window, ShowsTheConnectedEnginesVersionAndLiveCounts)
{
    auto client = connect(dockerHost());
    const QJsonObject en
        = shoot(dockerHost(), QStringLiteral("engine-connected-en.png"), QStringLiteral("en"));
    EXPECT_EQ(en.value(QLatin1String("state")).toInt(), 1) << "Connected";
    EXPECT_EQ(shown(en, "engineVersion"), client->info().version);
    EXPECT_EQ(shown(en, "engineHeading"), QStringLiteral("Connected to Docker Engine"));
    EXPECT_TRUE(shown(en, "apiVersion").startsWith(client->info().api.toString()));
    EXPECT_TRUE(shown(en, "statusText").contains(dockerHost()));
    const int containers = countOf(docker(dockerHost(), {QStringLiteral("ps"), QStringLiteral("-aq")}).out);
    EXPECT_TRUE(shown(en, "containerCount").startsWith(QStringLiteral("%1 container").arg(containers)))
        << qPrintable(shown(en, "containerCount"));
    const int images = countOf(docker(dockerHost(), {QStringLiteral("images"), QStringLiteral("-q")}).out);
    EXPECT_TRUE(shown(en, "imageCount").startsWith(QStringLiteral("%1 image").arg(images)))
        << qPrintable(shown(en, "imageCount"));

    const QJsonObject ru
        = shoot(dockerHost(), QStringLiteral("engine-connected-ru.png"), QStringLiteral("ru"));
    EXPECT_EQ(shown(ru, "engineVersion"), client->info().version);
    EXPECT_EQ(shown(ru, "engineHeading"), QStringLiteral("Подключено к Docker Engine"));
}

// Where OpenGL would be drawn by the processor (no render node under /dev/dri, as under Xvfb
// here) the window is drawn by Qt Quick's software renderer; BERTH_RENDERER chooses either way,
// and both paint the window whole.
TEST(Window, DrawnInSoftwareWithoutAGraphicsCardUnlessAsked)
{
    const bool renderNode
        = !QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System).isEmpty();
    const bool softwareAsked
        = qgetenv("LIBGL_ALWAYS_SOFTWARE") == "1" || qgetenv("GALLIUM_DRIVER") == "llvmpipe";
    const QJsonObject chosen
        = shoot(dockerHost(), QStringLiteral("renderer-chosen-en.png"), QStringLiteral("en"));
    EXPECT_EQ(chosen.value(QLatin1String("renderer")).toString(),
        !renderNode || softwareAsked ? QStringLiteral("software") : QStringLiteral("graphics"));
    EXPECT_EQ(shown(chosen, "engineHeading"), QStringLiteral("Connected to Docker Engine"));
    for (const QString &asked : {QStringLiteral("graphics"), QStringLiteral("software")}) {
        const QJsonObject report = shoot(dockerHost(), QStringLiteral("renderer-%1-en.png").arg(asked),
            QStringLiteral("en"), 300, {}, asked);
        EXPECT_EQ(report.value(QLatin1String("renderer")).toString(), asked);
        EXPECT_EQ(shown(report, "engineHeading"), QStringLiteral("Connected to Docker Engine"));
    }
}

TEST(Window, CountsFollowContainersAsTheyComeAndGo)
{
    const int before = countOf(docker(dockerHost(), {QStringLiteral("ps"), QStringLiteral("-aq")}).out);
    QString id;
    const QJsonObject report = shoot(
        dockerHost(), QStringLiteral("engine-live-count-en.png"), QStringLiteral("en"), 3000, [&] {
            id = QString::fromUtf8(
                docker(dockerHost(),
                    {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                        QStringLiteral("none"), testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
                    .out)
                     .trimmed();
        });
    EXPECT_TRUE(shown(report, "containerCount").startsWith(QStringLiteral("%1 container").arg(before + 1)))
        << qPrintable(shown(report, "containerCount"));
    EXPECT_TRUE(shown(report, "containerCount").contains(QLatin1String("running")));
    docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), id});
}

TEST(Window, ExplainsAMissingEngineInBothLanguages)
{
    const QString host = QStringLiteral("unix:///nonexistent/berth/docker.sock");
    const QJsonObject en = shoot(host, QStringLiteral("engine-missing-en.png"), QStringLiteral("en"));
    EXPECT_EQ(en.value(QLatin1String("state")).toInt(), 2) << "Failed";
    EXPECT_TRUE(shown(en, "errorMessage").contains(QLatin1String("not running")))
        << qPrintable(shown(en, "errorMessage"));
    EXPECT_TRUE(shown(en, "errorHint").contains(QLatin1String("systemctl start docker")));

    const QJsonObject ru = shoot(host, QStringLiteral("engine-missing-ru.png"), QStringLiteral("ru"));
    EXPECT_TRUE(shown(ru, "errorMessage").contains(QStringLiteral("не запущен")))
        << qPrintable(shown(ru, "errorMessage"));
    EXPECT_TRUE(shown(ru, "errorHint").contains(QLatin1String("systemctl start docker")));
}

TEST(Window, VersionAndHelpAnswerInATerminalWithoutADisplay)
{
    // berth --version in an ssh session or a bare terminal: no display, no abort.
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(berthPath(), {option});
        ASSERT_TRUE(p.waitForFinished(30000)) << qPrintable(option);
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << qPrintable(option);
        EXPECT_EQ(p.exitCode(), 0) << qPrintable(option) << p.readAllStandardError().constData();
        const QByteArray out = p.readAllStandardOutput();
        if (option == QStringLiteral("--version"))
            EXPECT_EQ(out, QByteArray("berth " BERTH_VERSION "\n"));
        else
            EXPECT_TRUE(out.contains("--host")) << out.constData();
    }
}
