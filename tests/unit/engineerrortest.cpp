// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineerror.h"
#include "engine/httpresponseparser.h"
#include "testsupport.h"

#include <gtest/gtest.h>

TEST(EngineError, KindComesFromTheStatusCode)
{
    EXPECT_EQ(
        EngineError::fromHttp(404, R"({"message":"No such container: x"})").kind(), EngineError::NotFound);
    EXPECT_EQ(EngineError::fromHttp(409, R"({"message":"conflict"})").kind(), EngineError::Conflict);
    EXPECT_EQ(EngineError::fromHttp(400, R"({"message":"bad"})").kind(), EngineError::InvalidArgument);
    EXPECT_EQ(EngineError::fromHttp(500, R"({"message":"boom"})").kind(), EngineError::Server);
    EXPECT_EQ(EngineError::fromHttp(404, R"({"message":"x"})").httpStatus(), 404);
}

TEST(EngineError, MessageIsTheEnginesOwn)
{
    HttpResponseParser p;
    ASSERT_TRUE(p.feed(TestSupport::fixture(QStringLiteral("notfound-404.http"))));
    const EngineError notFound = EngineError::fromHttp(p.statusCode(), p.takeBody());
    EXPECT_EQ(notFound.message(), QStringLiteral("No such container: no-such-container"));

    HttpResponseParser q;
    ASSERT_TRUE(q.feed(TestSupport::fixture(QStringLiteral("remove-409.http"))));
    const EngineError conflict = EngineError::fromHttp(q.statusCode(), q.takeBody());
    EXPECT_EQ(conflict.kind(), EngineError::Conflict);
    EXPECT_TRUE(conflict.message().contains(QLatin1String("running container")))
        << qPrintable(conflict.message());

    // Docker's "too old" answer is text/plain, not JSON.
    HttpResponseParser r;
    ASSERT_TRUE(r.feed(TestSupport::fixture(QStringLiteral("too-old-400.http"))));
    const EngineError tooOld = EngineError::fromHttp(r.statusCode(), r.takeBody());
    EXPECT_TRUE(tooOld.message().startsWith(QLatin1String("client version 1.11 is too old")))
        << qPrintable(tooOld.message());

    // Podman: {"cause","message","response"}.
    const EngineError podman
        = EngineError::fromHttp(500, R"({"cause":"x","message":"container is running","response":500})");
    EXPECT_EQ(podman.message(), QStringLiteral("container is running"));
    EXPECT_EQ(EngineError::fromHttp(404, "Not Found\n").message(), QStringLiteral("Not Found"));
    EXPECT_FALSE(EngineError::fromHttp(502, "").message().isEmpty());
}

TEST(EngineError, ConnectionFailuresSayWhatToDo)
{
    const auto missing
        = EngineError::connection(EngineError::SocketMissing, QStringLiteral("unix:///x.sock"), {});
    EXPECT_EQ(missing.kind(), EngineError::ConnectionFailed);
    EXPECT_TRUE(missing.message().contains(QLatin1String("not running")));
    EXPECT_TRUE(missing.hint().contains(QLatin1String("systemctl start docker")));

    const auto denied
        = EngineError::connection(EngineError::PermissionDenied, QStringLiteral("unix:///x.sock"), {});
    EXPECT_TRUE(denied.hint().contains(QLatin1String("docker group")));
    EXPECT_TRUE(denied.hint().contains(QLatin1String("new login")));
    EXPECT_TRUE(denied.toString().startsWith(denied.message()));
}
