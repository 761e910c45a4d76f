// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineclient.h"
#include "fakeengine.h"
#include "jobs/hostports.h"
#include "jobs/jobsmodel.h"
#include "jobs/pulljob.h"
#include "jobs/pushjob.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>

#include <gtest/gtest.h>

// The progress stream is in the shape the engine sends for `docker pull` (one JSON object per
// line, per-layer "Downloading" with progressDetail); no registry is reachable here to record
// one, so tests/fixtures/pull-progress.jsonl is written after that documented shape.
TEST(PullJob, SumsLayerProgressIntoBytesOfAKnownTotal)
{
    PullJob job(nullptr, QStringLiteral("nginx:1.25"));
    EXPECT_EQ(job.command(), QStringLiteral("docker pull nginx:1.25"));
    QList<double> fractions;
    QObject::connect(&job, &Job::progressChanged, [&] { fractions << job.fraction(); });
    for (const QByteArray &line : TestSupport::fixture(QStringLiteral("pull-progress.jsonl")).split('\n')) {
        if (!line.isEmpty())
            job.applyProgress(QJsonDocument::fromJson(line).object());
    }
    EXPECT_EQ(job.layerCount(), 2);
    EXPECT_EQ(job.total(), 31357311 + 25350007);
    EXPECT_EQ(job.done(), job.total());
    EXPECT_DOUBLE_EQ(job.fraction(), 1.0);
    EXPECT_EQ(fractions.first(), -1.0) << "no total before every layer's size is known";
    for (int i = 1; i < fractions.size(); ++i)
        EXPECT_GE(fractions[i], fractions[i - 1] < 0 ? -1.0 : fractions[i - 1])
            << "progress never goes back, at " << i;
    EXPECT_TRUE(job.detail().startsWith(QLatin1String("Status: Downloaded newer image")));
    // Each layer on its own, in the order the engine named them, finished.
    const QVariantList parts = job.parts();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("a2abf6c4d29d"));
    EXPECT_EQ(parts[1].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("a9edb18cadd1"));
    for (const QVariant &part : parts) {
        EXPECT_EQ(part.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("Pull complete"));
        EXPECT_DOUBLE_EQ(part.toMap().value(QStringLiteral("fraction")).toDouble(), 1.0);
    }
}

TEST(PullJob, ShowsEachLayerAsItGoes)
{
    PullJob job(nullptr, QStringLiteral("nginx:1.25"));
    const QList<QByteArray> lines = TestSupport::fixture(QStringLiteral("pull-progress.jsonl")).split('\n');
    // Up to the first download line: one layer downloading, the other waiting.
    for (const QByteArray &line : lines) {
        job.applyProgress(QJsonDocument::fromJson(line).object());
        if (line.contains("\"Downloading\""))
            break;
    }
    const QVariantList parts = job.parts();
    ASSERT_EQ(parts.size(), 2);
    const QVariantMap first = parts[0].toMap(), second = parts[1].toMap();
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("Downloading"));
    EXPECT_EQ(first.value(QStringLiteral("done")).toLongLong(), 1048576);
    EXPECT_NEAR(first.value(QStringLiteral("fraction")).toDouble(), 1048576.0 / 31357311.0, 1e-9);
    EXPECT_EQ(second.value(QStringLiteral("status")).toString(), QStringLiteral("Waiting"));
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("fraction")).toDouble(), -1.0);
}

TEST(JobsModel, ListsJobsAndFollowsTheirState)
{
    class Manual : public Job
    {
    public:
        using Job::Job;
        void start() override { setRunning(); }
        void step(qint64 done) { setProgress(done, 100, QStringLiteral("working")); }
        void finishOk() { succeed(); }
    };
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *job = new Manual(QStringLiteral("Manual"), QStringLiteral("docker something"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.add(job);
    EXPECT_EQ(model.count(), 1);
    EXPECT_EQ(model.runningCount(), 1);
    EXPECT_EQ(job->state(), Job::Running);
    job->step(40);
    EXPECT_DOUBLE_EQ(model.data(model.index(0), JobsModel::FractionRole).toDouble(), 0.4);
    job->cancel();
    EXPECT_EQ(job->state(), Job::Cancelled);
    EXPECT_EQ(model.data(model.index(0), JobsModel::StateRole).toInt(), int(Job::Cancelled));
    EXPECT_EQ(model.runningCount(), 0);
    job->finishOk();
    EXPECT_EQ(job->state(), Job::Cancelled) << "a finished job stays finished";
    EXPECT_GE(changed.count(), 2);
}

TEST(HostPorts, NamesTheContainerOrProgramThatHoldsAPort)
{
    FakeEngine fake;
    fake.setHandler([](const QByteArray &target) -> FakeEngine::Script {
        if (target == "/_ping")
            return {"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK", false};
        if (target == "/version")
            return FakeEngine::json(R"({"Version":"99.0-fake","ApiVersion":"1.41","MinAPIVersion":"1.12"})");
        return FakeEngine::json(R"([
            {"Id":"web-id","Names":["/web"],"Ports":[{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":18097,"Type":"tcp"}]},
            {"Id":"old-id","Names":["/old"],"Ports":[{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":18098,"Type":"tcp"}]}])");
    });
    EngineClient client(EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint);
    ASSERT_TRUE(client.waitForConnected());
    QTcpServer program;
    ASSERT_TRUE(program.listen(QHostAddress::LocalHost, 18099));
    const QJsonObject hostConfig = QJsonDocument::fromJson(R"({"PortBindings":{
        "80/tcp":[{"HostIp":"","HostPort":"18097"}],
        "81/tcp":[{"HostIp":"","HostPort":"18098"}],
        "82/tcp":[{"HostIp":"127.0.0.1","HostPort":"18099"}],
        "83/udp":[{"HostIp":"","HostPort":"18099"}],
        "84/tcp":[{"HostIp":"","HostPort":""}]}})")
                                       .object();
    QStringList taken;
    bool answered = false;
    QObject context;
    HostPorts::check(
        &client, &context, HostPorts::of(hostConfig), QStringLiteral("old-id"), [&](const QStringList &t) {
            taken = t;
            answered = true;
        });
    ASSERT_TRUE(TestSupport::waitUntil([&] { return answered; }));
    EXPECT_EQ(taken,
        QStringList({QStringLiteral("Host port 18097 (tcp) is taken here by the container web."),
            QStringLiteral("Host port 18099 (tcp) is taken here by another program.")}))
        << "18098 belongs to the container being replaced; 18099/udp is free; an empty port is the "
           "engine's choice";
}

// A push stream as Docker writes it: the layers' words, bytes and the digest (LayerProgress is
// shared with the pull), and a stream naming more layers than any image has is not believed.
TEST(PushJob, SumsLayersKeepsTheDigestAndBoundsTheLayers)
{
    PushJob job(nullptr, QStringLiteral("127.0.0.1:5000/berth/app:1"));
    QStringList lines;
    QObject::connect(&job, &PushJob::lineAdded, [&](const QString &line) { lines << line; });
    const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    const QList<QByteArray> stream {
        R"({"status":"The push refers to repository [127.0.0.1:5000/berth/app]"})",
        R"({"status":"Preparing","progressDetail":{},"id":"0048a6d2e9eb"})",
        R"({"status":"Preparing","progressDetail":{},"id":"5f70bf18a086"})",
        R"({"status":"Pushing","progressDetail":{"current":512,"total":2048},"id":"0048a6d2e9eb"})",
        R"({"status":"Layer already exists","progressDetail":{},"id":"5f70bf18a086"})",
        R"({"status":"Pushing","progressDetail":{"current":2048,"total":2048},"id":"0048a6d2e9eb"})",
        R"({"status":"Pushed","progressDetail":{},"id":"0048a6d2e9eb"})",
        R"({"progressDetail":{},"aux":{"Tag":"1","Digest":")" + digest.toLatin1() + R"(","Size":527}})",
    };
    for (const QByteArray &line : stream)
        job.applyProgress(QJsonDocument::fromJson(line).object());
    EXPECT_EQ(job.digest(), digest);
    EXPECT_EQ(job.total(), 2048);
    EXPECT_EQ(job.done(), 2048);
    const QVariantList parts = job.parts();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0].toMap().value(QStringLiteral("status")).toString(), QStringLiteral("Pushed"));
    EXPECT_EQ(
        parts[1].toMap().value(QStringLiteral("status")).toString(), QStringLiteral("Layer already exists"));
    EXPECT_TRUE(lines.contains(QStringLiteral("0048a6d2e9eb: Pushed")))
        << qPrintable(lines.join(QLatin1Char('\n')));
    EXPECT_FALSE(lines.contains(QStringLiteral("0048a6d2e9eb: Pushing")))
        << "bytes go to the progress, not the lines";

    // Docker's containerd store and Podman say the digest only in the last status line.
    PushJob containerd(nullptr, QStringLiteral("127.0.0.1:5000/berth/app:1"));
    containerd.applyProgress(QJsonObject {{QStringLiteral("status"),
        QStringLiteral("1: digest: sha256:%1 size: 405").arg(QString(64, QLatin1Char('b')))}});
    EXPECT_EQ(containerd.digest(), QStringLiteral("sha256:") + QString(64, QLatin1Char('b')));
    PushJob bad(nullptr, QStringLiteral("127.0.0.1:5000/berth/app:1"));
    bad.applyProgress(
        QJsonObject {{QStringLiteral("status"), QStringLiteral("1: digest: sha256:xyz size: 405")}});
    EXPECT_TRUE(bad.digest().isEmpty());

    for (int i = 0; i < LayerProgress::MaxLayers + 5; ++i) {
        job.applyProgress(QJsonObject {{QStringLiteral("status"), QStringLiteral("Preparing")},
            {QStringLiteral("id"), QStringLiteral("layer%1").arg(i)}});
    }
    EXPECT_EQ(job.parts().size(), LayerProgress::MaxLayers);
}
