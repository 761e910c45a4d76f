// SPDX-License-Identifier: GPL-3.0-or-later
// Health checks: docker run's --health-* options both ways, the create body the docker CLI would
// send for them, what is refused before anything is sent, and inspect's health log.
#include "learn/runoptions.h"
#include "model/healthresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

TEST(HealthCheck, GoDurations)
{
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("30s")), 30000000000LL);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("1m30s")), 90000000000LL);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("1.5h")), 5400000000000LL);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("500ms")), 500000000LL);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("0")), 0);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("10")), -1) << "a number needs its unit";
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("5x")), -1);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("-1s")), -1);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("")), -1);
    EXPECT_EQ(RunOptions::parseDuration(QStringLiteral("99999999999h")), -1);
}

TEST(HealthCheck, FlagsBothWaysAndTheCreateBody)
{
    QString error;
    const RunOptions o = RunOptions::fromArguments(
        {QStringLiteral("-d"), QStringLiteral("--health-cmd"),
            QStringLiteral("curl -f http://localhost/ || exit 1"), QStringLiteral("--health-interval=10s"),
            QStringLiteral("--health-timeout"), QStringLiteral("3s"), QStringLiteral("--health-retries"),
            QStringLiteral("5"), QStringLiteral("--health-start-period"), QStringLiteral("1m"),
            QStringLiteral("nginx")},
        true, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_TRUE(o.validate().isEmpty());
    EXPECT_EQ(o.dockerCommand(),
        QStringLiteral(
            "docker run -d --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 10s "
            "--health-timeout 3s --health-retries 5 --health-start-period 1m nginx"));
    const QJsonObject check = o.toCreateBody().value(QLatin1String("Healthcheck")).toObject();
    EXPECT_EQ(QJsonDocument(check).toJson(QJsonDocument::Compact),
        QByteArray(R"({"Interval":10000000000,"Retries":5,"StartPeriod":60000000000,)"
                   R"("Test":["CMD-SHELL","curl -f http://localhost/ || exit 1"],"Timeout":3000000000})"));

    // Only an interval: the image's command stays (no Test), as the docker CLI sends it.
    RunOptions interval;
    interval.image = QStringLiteral("nginx");
    interval.healthInterval = QStringLiteral("5s");
    EXPECT_EQ(QJsonDocument(interval.toCreateBody().value(QLatin1String("Healthcheck")).toObject())
                  .toJson(QJsonDocument::Compact),
        QByteArray(R"({"Interval":5000000000})"));

    const RunOptions none = RunOptions::fromArguments(
        {QStringLiteral("--no-healthcheck"), QStringLiteral("nginx")}, true, &error);
    EXPECT_EQ(none.dockerCommand(), QStringLiteral("docker run -d --no-healthcheck nginx"));
    EXPECT_EQ(none.toCreateBody()
                  .value(QLatin1String("Healthcheck"))
                  .toObject()
                  .value(QLatin1String("Test"))
                  .toArray(),
        QJsonArray {QStringLiteral("NONE")});
    // Nothing asked: no Healthcheck at all, the image's applies.
    RunOptions plain;
    plain.image = QStringLiteral("nginx");
    EXPECT_FALSE(plain.toCreateBody().contains(QLatin1String("Healthcheck")));
}

TEST(HealthCheck, RefusedBeforeAnythingIsSent)
{
    const auto problems = [](const RunOptions &o) {
        QStringList fields;
        for (const RunOptions::Problem &p : o.validate())
            fields << p.field + QLatin1Char(':') + p.message;
        return fields.join(QLatin1Char('\n'));
    };
    RunOptions o;
    o.image = QStringLiteral("nginx");
    o.noHealthcheck = true;
    o.healthCmd = QStringLiteral("true");
    EXPECT_TRUE(problems(o).contains(QStringLiteral("health:"))) << qPrintable(problems(o));
    o.noHealthcheck = false;
    o.healthInterval = QStringLiteral("10us");
    EXPECT_TRUE(problems(o).contains(QStringLiteral("--health-interval"))) << qPrintable(problems(o));
    o.healthInterval = QStringLiteral("1ms");
    o.healthTimeout = QStringLiteral("soon");
    EXPECT_TRUE(problems(o).contains(QStringLiteral("--health-timeout"))) << qPrintable(problems(o));
    EXPECT_FALSE(problems(o).contains(QStringLiteral("--health-interval")));
    o.healthTimeout.clear();
    o.healthRetries = QStringLiteral("-2");
    EXPECT_TRUE(problems(o).contains(QStringLiteral("--health-retries"))) << qPrintable(problems(o));
    o.healthRetries = QStringLiteral("0");
    EXPECT_TRUE(o.validate().isEmpty()) << qPrintable(problems(o));
}

TEST(HealthCheck, LogFromInspect)
{
    // Docker 20.10's State, as docker inspect printed it for a check that fails.
    const QJsonObject state = QJsonDocument::fromJson(R"({"Status":"running","Health":{"Status":"unhealthy",
        "FailingStreak":5,"Log":[
        {"Start":"2026-12-05T23:21:51.072953606Z","End":"2026-12-05T23:21:51.123453126Z","ExitCode":3,"Output":"oops\n"},
        {"Start":"2026-12-05T23:21:52.126754858Z","End":"2026-12-05T23:21:52.189070033Z","ExitCode":0,"Output":""}]}})")
                                  .object();
    EXPECT_EQ(HealthResult::status(state), QStringLiteral("unhealthy"));
    EXPECT_EQ(HealthResult::failingStreak(state), 5);
    const QList<HealthResult> log = HealthResult::parseLog(state);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].exitCode, 3);
    EXPECT_EQ(log[0].output, QStringLiteral("oops\n"));
    EXPECT_EQ(log[0].start.toUTC().toString(Qt::ISODateWithMs), QStringLiteral("2026-12-05T23:21:51.072Z"));
    EXPECT_EQ(log[0].start.msecsTo(log[0].end), 51);
    EXPECT_EQ(log[1].exitCode, 0);
    // No check: nothing, and a broken log is no crash.
    EXPECT_TRUE(HealthResult::parseLog(QJsonObject {{QStringLiteral("Status"), QStringLiteral("running")}})
                    .isEmpty());
    EXPECT_TRUE(HealthResult::status(QJsonObject {}).isEmpty());
    const QJsonObject broken
        = QJsonDocument::fromJson(R"({"Health":{"Log":[1,"x",{"ExitCode":"no"}]}})").object();
    EXPECT_EQ(HealthResult::parseLog(broken).size(), 3);
}
