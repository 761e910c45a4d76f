// SPDX-License-Identifier: GPL-3.0-or-later
// The engine client against a scripted fake, for what a real engine will not do on demand.
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/systemapi.h"
#include "engine/volumesapi.h"
#include "fakeengine.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace {
ContainerListOptions allContainers()
{
    ContainerListOptions o;
    o.all = true;
    return o;
}

std::unique_ptr<EngineClient> clientFor(const FakeEngine &fake)
{
    return std::make_unique<EngineClient>(
        EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint);
}

QByteArray json(int status, const char *reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}
} // namespace

TEST(Transport, SocketMissingSaysTheEngineIsNotRunning)
{
    EngineClient client(
        EndpointResolver::parseHost(QStringLiteral("/nonexistent/berth/docker.sock"), QStringLiteral("test"))
            .endpoint);
    EXPECT_FALSE(client.waitForConnected());
    const EngineError e = client.lastError();
    EXPECT_EQ(e.kind(), EngineError::ConnectionFailed);
    EXPECT_EQ(e.transport(), EngineError::SocketMissing);
    EXPECT_TRUE(e.message().contains(QLatin1String("not running"))) << qPrintable(e.message());
    EXPECT_FALSE(e.hint().isEmpty());
}

TEST(Transport, HttpServerWithoutApiVersionIsNotAnEngine)
{
    FakeEngine fake;
    fake.setScripts({{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", true}});
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::NotAnEngine);
    EXPECT_TRUE(client->lastError().message().contains(QLatin1String("not a Docker or Podman engine")));
}

TEST(Transport, SomethingThatIsNotHttpIsNotAnEngine)
{
    FakeEngine fake;
    fake.setScripts({{"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", true}});
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::NotAnEngine);
}

TEST(Transport, SilentCloseIsAConnectionFailure)
{
    FakeEngine fake;
    fake.setScripts({{QByteArray(), true}});
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::ConnectionFailed);
    EXPECT_EQ(client->lastError().transport(), EngineError::Closed);
}

TEST(Transport, EngineOlderThanTheFloorIsRefusedAndTheEngineIsToBeUpdated)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({}, "1.24"));
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::UnsupportedApiVersion);
    EXPECT_EQ(client->lastError().versionGap(), EngineError::EngineTooOld);
    EXPECT_TRUE(client->lastError().message().contains(QLatin1String("1.24")));
    EXPECT_TRUE(client->lastError().hint().contains(QLatin1String("Update the engine")));
}

TEST(Transport, Docker29WhichRefusesApiBelow144IsSpokenToAtItsNewest)
{
    // Docker 29 answers every request below 1.44 with "client version 1.41 is too old".
    FakeEngine fake;
    const QByteArray version
        = R"({"Version":"29.0.0","ApiVersion":"1.52","MinAPIVersion":"1.44","Os":"linux"})";
    fake.setScripts({{"HTTP/1.1 200 OK\r\nApi-Version: 1.52\r\nContent-Length: 2\r\n\r\nOK", true},
        {json(200, "OK", version), true}, {json(200, "OK", "[]"), true}});
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected()) << qPrintable(client->lastError().toString());
    EXPECT_EQ(client->info().api, (ApiVersion {1, 52}));
    EXPECT_EQ(client->info().minApi, (ApiVersion {1, 44}));
    TestSupport::wait(ContainersApi(client.get()).list(allContainers()));
    ASSERT_EQ(fake.requests().size(), 3);
    EXPECT_TRUE(fake.requests()[2].startsWith("GET /v1.52/containers/json?all=1 HTTP/1.1\r\n"))
        << fake.requests()[2].constData();
}

TEST(Transport, EngineWhoseMinimumIsAboveBerthsNewestSaysToUpdateBerthNotTheEngine)
{
    FakeEngine fake;
    const QByteArray version
        = R"({"Version":"35.0.0","ApiVersion":"1.60","MinAPIVersion":"1.53","Os":"linux"})";
    fake.setScripts({{"HTTP/1.1 200 OK\r\nApi-Version: 1.60\r\nContent-Length: 2\r\n\r\nOK", true},
        {json(200, "OK", version), true}});
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::UnsupportedApiVersion);
    EXPECT_EQ(client->lastError().versionGap(), EngineError::BerthTooOld);
    EXPECT_TRUE(client->lastError().message().contains(QLatin1String("1.53")));
    EXPECT_TRUE(client->lastError().hint().contains(QLatin1String("update Berth")));
    EXPECT_FALSE(client->lastError().toString().contains(QLatin1String("Update the engine")));
}

TEST(Transport, NegotiatesTheEnginesVersionCappedAtBerthsNewestAndPrefixesPaths)
{
    for (const auto &[engine, expected] : {std::pair {"1.45", "1.45"}, std::pair {"1.41", "1.41"},
             std::pair {"1.40", "1.40"}, std::pair {"1.60", "1.52"}}) {
        FakeEngine fake;
        QList<FakeEngine::Script> after;
        if (ApiVersion::parse(QString::fromLatin1(engine)) > EngineClient::NewestApi) // asks /version first
            after << FakeEngine::Script {
                json(200, "OK", R"({"Version":"35.0.0","ApiVersion":"1.60","MinAPIVersion":"1.24"})"), true};
        after << FakeEngine::Script {json(200, "OK", "[]"), true};
        fake.setScripts(FakeEngine::engineThen(after, engine));
        auto client = clientFor(fake);
        ASSERT_TRUE(client->waitForConnected()) << engine;
        EXPECT_EQ(client->info().api.toString(), QLatin1String(expected));
        EXPECT_EQ(client->info().engineApi.toString(), QLatin1String(engine));
        EngineReply *reply = TestSupport::wait(ContainersApi(client.get()).list(allContainers()));
        EXPECT_FALSE(reply->error().isError()) << qPrintable(reply->error().message());
        EXPECT_TRUE(fake.requests().constFirst().startsWith("GET /_ping HTTP/1.1\r\n"));
        EXPECT_TRUE(fake.requests().constLast().startsWith(
            "GET /v" + QByteArray(expected) + "/containers/json?all=1 HTTP/1.1\r\n"))
            << fake.requests().constLast().constData();
    }
}

TEST(Transport, ConnectsOnThePingAloneAndAsksTheDetailsWhenTold)
{
    // /version slows Docker's first listings down; it waits until someone asks for it.
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({}));
    auto client = clientFor(fake);
    QSignalSpy connected(client.get(), &EngineClient::connected);
    QSignalSpy details(client.get(), &EngineClient::infoChanged);
    client->connectToEngine();
    ASSERT_TRUE(connected.wait(5000));
    EXPECT_EQ(client->info().api, (ApiVersion {1, 41}));
    QTest::qWait(100);
    EXPECT_EQ(fake.requests().size(), 1);
    EXPECT_FALSE(client->detailsKnown());

    client->fetchDetails();
    client->fetchDetails(); // asked twice while in flight: still one request
    ASSERT_TRUE(details.wait(5000));
    EXPECT_TRUE(client->detailsKnown());
    EXPECT_EQ(client->info().version, QStringLiteral("99.0-fake"));
    client->fetchDetails(); // known: nothing more to ask
    QTest::qWait(50);
    ASSERT_EQ(fake.requests().size(), 2);
    EXPECT_TRUE(fake.requests()[1].startsWith("GET /version HTTP/1.1\r\n"));
}

TEST(Transport, TruncatedBodyIsAClosedConnection)
{
    FakeEngine fake;
    fake.setScripts(
        FakeEngine::engineThen({{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"Id\":", true}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EngineReply *reply = TestSupport::wait(ContainersApi(client.get()).list());
    // The engine stopped mid-answer: the hint says so, not "check that this is an engine".
    EXPECT_EQ(reply->error().kind(), EngineError::ConnectionFailed);
    EXPECT_EQ(reply->error().transport(), EngineError::Closed);
    EXPECT_TRUE(reply->error().message().contains(QLatin1String("before the announced end")))
        << qPrintable(reply->error().message());
}

TEST(Transport, ConnectionClosedMidChunkIsAClosedConnection)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen(
        {{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n{\"status\":\"create\"", true}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EngineReply *reply = TestSupport::wait(SystemApi(client.get()).events());
    EXPECT_EQ(reply->error().kind(), EngineError::ConnectionFailed);
    EXPECT_EQ(reply->error().transport(), EngineError::Closed);
    EXPECT_TRUE(reply->error().message().contains(QLatin1String("middle of the engine's answer")));
}

TEST(Transport, BadChunkSizeAndLongHeadersAreProtocolErrors)
{
    FakeEngine fake;
    fake.setScripts(
        FakeEngine::engineThen({{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n", true},
            {"HTTP/1.1 200 OK\r\nX-Huge: " + QByteArray(100 * 1024, 'h') + "\r\n\r\n", true}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EngineReply *chunk = TestSupport::wait(ContainersApi(client.get()).list());
    EXPECT_EQ(chunk->error().kind(), EngineError::Protocol);
    EXPECT_TRUE(chunk->error().message().contains(QLatin1String("chunk size")));
    EngineReply *header = TestSupport::wait(ContainersApi(client.get()).list());
    EXPECT_EQ(header->error().kind(), EngineError::Protocol);
}

TEST(Transport, ErrorInsideA200StreamFailsTheReply)
{
    FakeEngine fake;
    fake.setScripts(
        FakeEngine::engineThen({{TestSupport::fixture(QStringLiteral("load-error.http")), true}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    QByteArray notATar("not a tar");
    QBuffer buffer(&notATar);
    buffer.open(QIODevice::ReadOnly);
    EngineReply *reply = ImagesApi(client.get()).load(&buffer);
    QSignalSpy json(reply, &EngineReply::jsonReceived);
    QSignalSpy failed(reply, &EngineReply::failed);
    TestSupport::wait(reply);
    EXPECT_EQ(reply->statusCode(), 200);
    EXPECT_EQ(json.count(), 1);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(reply->error().kind(), EngineError::Server);
    EXPECT_TRUE(reply->error().message().contains(QLatin1String("invalid tar header")));
}

TEST(Transport, EmptyIdIsRefusedBeforeAnyIo)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    const int before = int(fake.requests().size());
    EngineReply *reply = TestSupport::wait(ContainersApi(client.get()).remove(QString()));
    EXPECT_EQ(reply->error().kind(), EngineError::InvalidArgument);
    EXPECT_EQ(fake.requests().size(), before);
}

TEST(Transport, PathSegmentsArePercentEncoded)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen(
        {{json(404, "Not Found", R"({"message":"No such container: a/b c"})"), true}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EngineReply *reply = TestSupport::wait(ContainersApi(client.get()).inspect(QStringLiteral("a/b c?")));
    EXPECT_EQ(reply->error().kind(), EngineError::NotFound);
    EXPECT_EQ(reply->error().message(), QStringLiteral("No such container: a/b c"));
    EXPECT_TRUE(fake.requests().last().startsWith("GET /v1.41/containers/a%2Fb%20c%3F/json HTTP/1.1"));
}

TEST(Transport, AbortCancelsAStreamAndClosesItsConnection)
{
    FakeEngine fake;
    fake.setScripts(
        FakeEngine::engineThen({{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", false}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EngineReply *reply = SystemApi(client.get()).events();
    QSignalSpy headers(reply, &EngineReply::headersReceived);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return headers.count() == 1; }));
    QSignalSpy finished(reply, &EngineReply::finished);
    reply->abort();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(reply->error().kind(), EngineError::Cancelled);
    reply->abort();
    EXPECT_EQ(finished.count(), 1) << "finished is emitted once";
}

TEST(Transport, TimeoutWhenNothingAnswers)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({{QByteArray(), false}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EngineRequest request = EngineRequest::get(QStringLiteral("/info"));
    request.timeoutMs = 300;
    EngineReply *reply = TestSupport::wait(client->send(request));
    EXPECT_EQ(reply->error().kind(), EngineError::Timeout);
}

namespace {
/// A sequential upload source whose data and end are announced before any request could
/// start, as a source decompressing on a thread of its own does with a small file.
class EndsAtOnce : public QIODevice
{
public:
    QByteArray data = "hello";
    bool open(OpenMode mode) override
    {
        QIODevice::open(mode);
        QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
        QMetaObject::invokeMethod(this, &QIODevice::readChannelFinished, Qt::QueuedConnection);
        return true;
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *to, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(data.size()));
        memcpy(to, data.constData(), size_t(n));
        data.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};
} // namespace

TEST(Transport, AnUploadSourceThatEndedBeforeTheRequestStartedIsSentWhole)
{
    FakeEngine fake;
    // The answer waits, so the whole chunked body has time to arrive.
    fake.setScripts(FakeEngine::engineThen({{"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", true, 500}}));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EndsAtOnce source;
    source.open(QIODevice::ReadOnly);
    EngineReply *reply = TestSupport::wait(
        ContainersApi(client.get()).archivePut(QStringLiteral("c"), QStringLiteral("/vol"), &source));
    EXPECT_FALSE(reply->error().isError()) << qPrintable(reply->error().message());
    const QByteArray sent = fake.requests().join();
    EXPECT_TRUE(sent.contains("5\r\nhello\r\n")) << sent.constData();
    EXPECT_TRUE(sent.endsWith("0\r\n\r\n"))
        << "the last chunk, after the source had already ended: " << sent.constData();
}

namespace {
/// An engine whose newest API is @p api (Podman's compat API when @p podman names its version),
/// answering {} to everything after the handshake.
FakeEngine::Handler speaking(const QByteArray &api, const QByteArray &podman = {})
{
    return [api, podman](const QByteArray &target) -> FakeEngine::Script {
        if (target == "/_ping")
            return {"HTTP/1.1 200 OK\r\nApi-Version: " + api
                    + (podman.isEmpty() ? QByteArray() : "\r\nLibpod-Api-Version: " + podman)
                    + "\r\nContent-Length: 2\r\n\r\nOK",
                false};
        if (target == "/version")
            return FakeEngine::json(R"({"Version":")" + (podman.isEmpty() ? QByteArray("99.0-fake") : podman)
                + R"(","ApiVersion":")" + api + R"(","MinAPIVersion":"1.24"})");
        return FakeEngine::json("{}");
    };
}

/// The method and path of the last request sent, and its query decoded.
struct SentRequest
{
    QByteArray line; ///< "POST /v1.44/volumes/prune"
    QUrlQuery query;
};

SentRequest lastRequest(const FakeEngine &fake)
{
    const QByteArray request = fake.requests().value(fake.requests().size() - 1);
    const QByteArray target = request.left(request.indexOf(" HTTP/1.1"));
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return {target, {}};
    return {target.left(question), QUrlQuery(QString::fromLatin1(target.mid(question + 1)))};
}

/// Runs @p call against an engine at @p api and returns what it sent.
SentRequest sentAt(
    const QByteArray &api, const QByteArray &podman, const std::function<EngineReply *(EngineClient *)> &call)
{
    FakeEngine fake;
    fake.setHandler(speaking(api, podman));
    auto client = clientFor(fake);
    if (!client->waitForConnected()) {
        ADD_FAILURE() << qPrintable(client->lastError().message());
        return {};
    }
    EngineReply *reply = TestSupport::wait(call(client.get()));
    EXPECT_FALSE(reply->error().isError()) << qPrintable(reply->error().message());
    return lastRequest(fake);
}

QString filtersOf(const SentRequest &sent)
{
    return sent.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
}
} // namespace

TEST(ApiVersions, VolumePruneAsksForNamedVolumesWhereTheEngineWouldSpareThem)
{
    // API 1.42 made Docker's prune spare named volumes unless all=true; Berth's confirmation lists
    // every unused volume, so both must go at every version.
    const auto prune = [](EngineClient *c) { return VolumesApi(c).prune(); };
    const SentRequest at141 = sentAt("1.41", {}, prune);
    EXPECT_EQ(at141.line, QByteArray("POST /v1.41/volumes/prune"));
    EXPECT_TRUE(at141.query.isEmpty()) << qPrintable(at141.query.toString());
    for (const QByteArray &api : {QByteArray("1.42"), QByteArray("1.44"), QByteArray("1.52")}) {
        const SentRequest sent = sentAt(api, {}, prune);
        EXPECT_EQ(sent.line, "POST /v" + api + "/volumes/prune");
        EXPECT_EQ(filtersOf(sent), QStringLiteral(R"({"all":["true"]})")) << api.constData();
    }
    // The caller's filters stay, with all=true beside them.
    const SentRequest labelled = sentAt("1.52", {}, [](EngineClient *c) {
        return VolumesApi(c).prune({{QStringLiteral("label"), {QStringLiteral("a=b")}}});
    });
    EXPECT_EQ(filtersOf(labelled), QStringLiteral(R"({"all":["true"],"label":["a=b"]})"));
}

TEST(ApiVersions, VolumePruneOnPodmanAsksForAllFromPodman6Only)
{
    // Podman 5 (API 1.44) removes named volumes anyway and answers 500 to an "all" filter;
    // Podman 6 spares them as Docker does, unless asked.
    const auto prune = [](EngineClient *c) { return VolumesApi(c).prune(); };
    const SentRequest podman5 = sentAt("1.44", "5.8.6", prune);
    EXPECT_EQ(podman5.line, QByteArray("POST /v1.44/volumes/prune"));
    EXPECT_TRUE(podman5.query.isEmpty()) << qPrintable(podman5.query.toString());
    const SentRequest podman4 = sentAt("1.41", "4.3.1", prune);
    EXPECT_TRUE(podman4.query.isEmpty()) << qPrintable(podman4.query.toString());
    EXPECT_EQ(filtersOf(sentAt("1.44", "6.0.1", prune)), QStringLiteral(R"({"all":["true"]})"));
}

TEST(ApiVersions, DataUsageAsksOnlyForVolumesFrom142AndForTheItemsFrom152)
{
    const auto df = [](EngineClient *c) {
        DataUsageOptions options;
        options.types = QStringList {QStringLiteral("volume")};
        return SystemApi(c).dataUsage(options);
    };
    const SentRequest at141 = sentAt("1.41", {}, df);
    EXPECT_EQ(at141.line, QByteArray("GET /v1.41/system/df"));
    EXPECT_TRUE(at141.query.isEmpty()) << qPrintable(at141.query.toString());
    const SentRequest at144 = sentAt("1.44", {}, df);
    EXPECT_EQ(at144.line, QByteArray("GET /v1.44/system/df"));
    EXPECT_EQ(at144.query.toString(), QStringLiteral("type=volume"));
    const SentRequest at152 = sentAt("1.52", {}, df);
    EXPECT_EQ(at152.line, QByteArray("GET /v1.52/system/df"));
    EXPECT_EQ(at152.query.toString(), QStringLiteral("type=volume&verbose=1"));
}
