// SPDX-License-Identifier: GPL-3.0-or-later
// The engine client against a scripted fake, for what a real engine will not do on demand.
#include "containersapi.h"
#include "engineclient.h"
#include "enginereply.h"
#include "fakeengine.h"
#include "imagesapi.h"
#include "systemapi.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

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
    EngineClient client({QStringLiteral("/nonexistent/berth/docker.sock"), QStringLiteral("test")});
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

TEST(Transport, EngineOlderThanTheFloorIsRefused)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({}, "1.24"));
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::UnsupportedApiVersion);
    EXPECT_TRUE(client->lastError().message().contains(QLatin1String("1.24")));
}

TEST(Transport, EngineThatDroppedOurVersionIsRefused)
{
    // Docker 29.0 accepts API 1.44 and newer only.
    FakeEngine fake;
    const QByteArray version
        = R"({"Version":"29.0.0","ApiVersion":"1.52","MinAPIVersion":"1.44","Os":"linux"})";
    fake.setScripts({{"HTTP/1.1 200 OK\r\nApi-Version: 1.52\r\nContent-Length: 2\r\n\r\nOK", true},
        {json(200, "OK", version), true}});
    auto client = clientFor(fake);
    EXPECT_FALSE(client->waitForConnected());
    EXPECT_EQ(client->lastError().kind(), EngineError::UnsupportedApiVersion);
    EXPECT_TRUE(client->lastError().message().contains(QLatin1String("1.44")));
}

TEST(Transport, NegotiatesTheLowerVersionAndPrefixesPaths)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({{json(200, "OK", "[]"), true}}, "1.45"));
    auto client = clientFor(fake);
    ASSERT_TRUE(client->waitForConnected());
    EXPECT_EQ(client->info().api, (ApiVersion {1, 41}));
    EXPECT_EQ(client->info().engineApi, (ApiVersion {1, 45}));
    EngineReply *reply = TestSupport::wait(ContainersApi(client.get()).list(allContainers()));
    EXPECT_FALSE(reply->error().isError()) << qPrintable(reply->error().message());
    ASSERT_EQ(fake.requests().size(), 3);
    EXPECT_TRUE(fake.requests()[0].startsWith("GET /_ping HTTP/1.1\r\n"));
    EXPECT_TRUE(fake.requests()[2].startsWith("GET /v1.41/containers/json?all=1 HTTP/1.1\r\n"))
        << fake.requests()[2].constData();
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
