// SPDX-License-Identifier: GPL-3.0-or-later
// The built berth app, for real, on the X display the test script provides (Xvfb).
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
QString screenshotDir()
{
    const QString dir = qEnvironmentVariable(
        "BERTH_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/berth-screenshots"));
    QDir().mkpath(dir);
    return dir;
}

/// Starts berth, which saves its window once the engine state settles and prints what it shows.
QJsonObject shoot(const QString &host, const QString &file, const QString &lang)
{
    EXPECT_FALSE(qEnvironmentVariableIsEmpty("DISPLAY"))
        << "no DISPLAY: run through tests/run-tests.sh, which starts Xvfb";
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    p.setProcessEnvironment(env);
    const QString path = screenshotDir() + QLatin1Char('/') + file;
    QFile::remove(path);
    p.start(berthPath(),
        { QStringLiteral("--host"), host, QStringLiteral("--lang"), lang, QStringLiteral("--screenshot"),
            path });
    EXPECT_TRUE(p.waitForFinished(60000)) << "berth did not finish";
    const QByteArray out = p.readAllStandardOutput();
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
} // namespace

TEST(Window, ShowsTheConnectedEnginesVersion)
{
    auto client = connect(dockerHost());
    const QJsonObject en
        = shoot(dockerHost(), QStringLiteral("engine-connected-en.png"), QStringLiteral("en"));
    EXPECT_EQ(en.value(QLatin1String("state")).toInt(), 1) << "Connected";
    EXPECT_EQ(en.value(QLatin1String("engineVersion")).toString(), client->info().version);
    EXPECT_EQ(en.value(QLatin1String("engineName")).toString(), QStringLiteral("Docker Engine"));
    EXPECT_EQ(en.value(QLatin1String("apiVersion")).toString(), client->info().api.toString());
    EXPECT_EQ(en.value(QLatin1String("endpoint")).toString(), dockerHost());

    const QJsonObject ru
        = shoot(dockerHost(), QStringLiteral("engine-connected-ru.png"), QStringLiteral("ru"));
    EXPECT_EQ(ru.value(QLatin1String("engineVersion")).toString(), client->info().version);
}

TEST(Window, ExplainsAMissingEngineInBothLanguages)
{
    const QString host = QStringLiteral("unix:///nonexistent/berth/docker.sock");
    const QJsonObject en = shoot(host, QStringLiteral("engine-missing-en.png"), QStringLiteral("en"));
    EXPECT_EQ(en.value(QLatin1String("state")).toInt(), 2) << "Failed";
    EXPECT_TRUE(en.value(QLatin1String("errorMessage")).toString().contains(QLatin1String("not running")));
    EXPECT_TRUE(
        en.value(QLatin1String("errorHint")).toString().contains(QLatin1String("systemctl start docker")));

    const QJsonObject ru = shoot(host, QStringLiteral("engine-missing-ru.png"), QStringLiteral("ru"));
    const QString message = ru.value(QLatin1String("errorMessage")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("не запущен"))) << qPrintable(message);
    EXPECT_TRUE(
        ru.value(QLatin1String("errorHint")).toString().contains(QLatin1String("systemctl start docker")));
}
