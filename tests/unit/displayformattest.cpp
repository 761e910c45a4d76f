// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/displayformat.h"
#include "translations.h"

#include <gtest/gtest.h>

using namespace DisplayFormat;

TEST(DisplayFormat, HumanDurationAsGoUnits)
{
    EXPECT_EQ(humanDuration(0), QStringLiteral("Less than a second"));
    EXPECT_EQ(humanDuration(1), QStringLiteral("1 second"));
    EXPECT_EQ(humanDuration(59), QStringLiteral("59 seconds"));
    EXPECT_EQ(humanDuration(60), QStringLiteral("About a minute"));
    EXPECT_EQ(humanDuration(119), QStringLiteral("About a minute"));
    EXPECT_EQ(humanDuration(120), QStringLiteral("2 minutes"));
    EXPECT_EQ(humanDuration(3599), QStringLiteral("59 minutes"));
    EXPECT_EQ(humanDuration(3600), QStringLiteral("About an hour"));
    EXPECT_EQ(humanDuration(5400), QStringLiteral("2 hours")) << "hours round half up";
    EXPECT_EQ(humanDuration(48 * 3600), QStringLiteral("2 days"));
    EXPECT_EQ(humanDuration(15 * 24 * 3600), QStringLiteral("2 weeks"));
    EXPECT_EQ(humanDuration(90 * 24 * 3600), QStringLiteral("3 months"));
    EXPECT_EQ(humanDuration(3 * 365 * 24 * 3600), QStringLiteral("3 years"));
}

TEST(DisplayFormat, HumanSizeDecimalThreeDigits)
{
    EXPECT_EQ(humanSize(0), QStringLiteral("0B"));
    EXPECT_EQ(humanSize(999), QStringLiteral("999B"));
    EXPECT_EQ(humanSize(1000), QStringLiteral("1kB"));
    EXPECT_EQ(humanSize(1981488), QStringLiteral("1.98MB"));
    EXPECT_EQ(humanSize(123456789), QStringLiteral("123MB"));
    EXPECT_EQ(humanSize(4400000000LL), QStringLiteral("4.4GB"));
}

TEST(DisplayFormat, PortsGroupedLikeDocker)
{
    EXPECT_EQ(ports({}), QString());
    EXPECT_EQ(ports({{QString(), 80, 0, QStringLiteral("tcp")}}), QStringLiteral("80/tcp"));
    EXPECT_EQ(ports({{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")}}),
        QStringLiteral("0.0.0.0:8080->80/tcp"));
    EXPECT_EQ(ports({{QStringLiteral("0.0.0.0"), 81, 81, QStringLiteral("tcp")},
                  {QStringLiteral("0.0.0.0"), 80, 80, QStringLiteral("tcp")}}),
        QStringLiteral("0.0.0.0:80-81->80-81/tcp"));
    EXPECT_EQ(ports({{QString(), 443, 0, QStringLiteral("tcp")}, {QString(), 53, 0, QStringLiteral("udp")},
                  {QStringLiteral("::"), 80, 8080, QStringLiteral("tcp")}}),
        QStringLiteral("53/udp, 443/tcp, [::]:8080->80/tcp"));
}

TEST(DisplayFormat, CommandColumn)
{
    EXPECT_EQ(goQuote(ellipsis(QStringLiteral("sleep 1000"), 20)), QStringLiteral("\"sleep 1000\""));
    EXPECT_EQ(goQuote(ellipsis(QStringLiteral("sh -c 'echo \"hello \\\"x\\\"\"; sleep 1000'"), 20)),
        QStringLiteral("\"sh -c 'echo \\\"hello …\""));
    EXPECT_EQ(ellipsis(QStringLiteral("привет мир, это длинная строка"), 10), QStringLiteral("привет ми…"));
    EXPECT_EQ(goQuote(QStringLiteral("a\tb\\")), QStringLiteral("\"a\\tb\\\\\""));
}

TEST(DisplayFormat, ImageColumn)
{
    EXPECT_EQ(
        familiarImage(QStringLiteral("docker.io/library/nginx:latest"), {}), QStringLiteral("nginx:latest"));
    EXPECT_EQ(familiarImage(QStringLiteral("sha256:856b8753aa80129f3723"),
                  QStringLiteral("sha256:856b8753aa80129f3723")),
        QStringLiteral("856b8753aa80"));
    EXPECT_EQ(familiarImage(QStringLiteral("berth-test/busybox"), QStringLiteral("sha256:1")),
        QStringLiteral("berth-test/busybox"));
    EXPECT_EQ(familiarImage({}, {}), QStringLiteral("<no image>"));
}

TEST(DisplayFormat, TableAlignsLikeTabwriter)
{
    const QString t = table({{QStringLiteral("DRIVER"), QStringLiteral("VOLUME NAME")},
        {QStringLiteral("local"), QStringLiteral("data")}});
    EXPECT_EQ(t, QStringLiteral("DRIVER    VOLUME NAME\nlocal     data\n"));
    const QString wide = table({{QStringLiteral("CONTAINER ID"), QStringLiteral("X")},
        {QStringLiteral("объём"), QStringLiteral("y")}});
    EXPECT_EQ(wide, QStringLiteral("CONTAINER ID   X\nобъём          y\n"))
        << "widths count characters, not bytes";
}

TEST(DisplayFormat, EngineStatusInTheUsersLanguage)
{
    // Every form the engine writes, with every duration humanDuration() makes.
    const QStringList statuses {QStringLiteral("Up Less than a second"), QStringLiteral("Up 1 second"),
        QStringLiteral("Up 5 seconds"), QStringLiteral("Up About a minute"), QStringLiteral("Up 21 minutes"),
        QStringLiteral("Up About an hour"), QStringLiteral("Up 3 hours (healthy)"),
        QStringLiteral("Up 2 days (unhealthy)"), QStringLiteral("Up 2 weeks (health: starting)"),
        QStringLiteral("Up 5 months (Paused)"), QStringLiteral("Exited (0) 2 years ago"),
        QStringLiteral("Exited (137) 11 minutes ago"), QStringLiteral("Restarting (1) 3 seconds ago"),
        QStringLiteral("Created"), QStringLiteral("Removal In Progress"), QStringLiteral("Dead")};
    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("en"))));
    for (const QString &status : statuses)
        EXPECT_EQ(DisplayFormat::localStatus(status), status) << "English is the engine's own text";
    EXPECT_EQ(DisplayFormat::localStatus(QStringLiteral("Something new 5 minutes")),
        QStringLiteral("Something new 5 minutes"));

    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("ru"))));
    EXPECT_EQ(
        DisplayFormat::localStatus(QStringLiteral("Up 21 minutes")), QStringLiteral("Работает 21 минуту"));
    EXPECT_EQ(
        DisplayFormat::localStatus(QStringLiteral("Up 5 seconds")), QStringLiteral("Работает 5 секунд"));
    EXPECT_EQ(DisplayFormat::localStatus(QStringLiteral("Up Less than a second")),
        QStringLiteral("Работает меньше секунды"));
    EXPECT_EQ(DisplayFormat::localStatus(QStringLiteral("Up 3 hours (healthy)")),
        QStringLiteral("Работает 3 часа (здоров)"));
    EXPECT_EQ(DisplayFormat::localStatus(QStringLiteral("Exited (137) 2 days ago")),
        QStringLiteral("Завершён (137) 2 дня назад"));
    EXPECT_EQ(DisplayFormat::localStatus(QStringLiteral("Created")), QStringLiteral("Создан"));
    EXPECT_EQ(DisplayFormat::localStatus(QStringLiteral("Up 5 months (Paused)")),
        QStringLiteral("Работает 5 месяцев (приостановлен)"));
    Translations::install(QLocale(QStringLiteral("en")));
}

TEST(DisplayFormat, NaturalOrderAsTheDockerCli)
{
    QStringList names {QStringLiteral("vol-17a"), QStringLiteral("vol-4b"), QStringLiteral("bv"),
        QStringLiteral("vol-004a"), QStringLiteral("vol-4a"), QStringLiteral("Vol"), QStringLiteral("vol-")};
    std::sort(names.begin(), names.end(), DisplayFormat::naturalLess);
    EXPECT_EQ(names,
        (QStringList {QStringLiteral("Vol"), QStringLiteral("bv"), QStringLiteral("vol-"),
            QStringLiteral("vol-004a"), QStringLiteral("vol-4a"), QStringLiteral("vol-4b"),
            QStringLiteral("vol-17a")}));
}
