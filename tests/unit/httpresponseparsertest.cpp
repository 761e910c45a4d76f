// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/httpresponseparser.h"
#include "engine/jsonlinesdecoder.h"
#include "engine/multiplexeddecoder.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace {

struct Parsed
{
    bool ok = false;
    HttpResponseParser::State state {};
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error;
    bool operator==(const Parsed &o) const
    {
        return ok == o.ok && state == o.state && status == o.status && headers == o.headers && body == o.body;
    }
};

/// Feeds @p pieces, then tells the parser the connection closed (fixtures were recorded
/// with Connection: close).
Parsed parse(const QList<QByteArrayView> &pieces, bool head = false)
{
    HttpResponseParser p(head);
    Parsed r;
    r.ok = true;
    for (QByteArrayView piece : pieces) {
        r.ok = p.feed(piece) && r.ok;
        r.body += p.takeBody();
    }
    p.closed();
    r.body += p.takeBody();
    r.ok = r.ok && !p.hasError();
    r.state = p.state();
    r.status = p.statusCode();
    r.headers = p.headers();
    r.error = p.errorString();
    return r;
}

const QStringList Fixtures {
    QStringLiteral("ping.http"),
    QStringLiteral("version.http"),
    QStringLiteral("too-old-400.http"),
    QStringLiteral("notfound-404.http"),
    QStringLiteral("logs-mux.http"),
    QStringLiteral("logs-tty.http"),
    QStringLiteral("archive-get.http"),
    QStringLiteral("containers-json.http"),
    QStringLiteral("start-304.http"),
    QStringLiteral("remove-409.http"),
    QStringLiteral("events.http"),
    QStringLiteral("load-error.http"),
};

} // namespace

TEST(HttpResponseParser, EveryRecordedResponseParsesTheSameAtEverySplitPoint)
{
    for (const QString &name : Fixtures) {
        const QByteArray data = TestSupport::fixture(name);
        ASSERT_FALSE(data.isEmpty()) << qPrintable(name);
        const Parsed whole = parse({data});
        EXPECT_TRUE(whole.ok) << qPrintable(name) << ": " << qPrintable(whole.error);
        EXPECT_EQ(whole.state, HttpResponseParser::State::Complete) << qPrintable(name);
        for (qsizetype i = 0; i <= data.size(); ++i) {
            const QByteArrayView v(data);
            const Parsed split = parse({v.first(i), v.sliced(i)});
            ASSERT_TRUE(split == whole) << qPrintable(name) << " split at " << i;
        }
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < data.size(); ++i)
            bytes.append(QByteArrayView(data).sliced(i, 1));
        EXPECT_TRUE(parse(bytes) == whole) << qPrintable(name) << " byte by byte";
    }
}

TEST(HttpResponseParser, RecordedAnswersHaveTheExpectedShape)
{
    const Parsed ping = parse({TestSupport::fixture(QStringLiteral("ping.http"))});
    EXPECT_EQ(ping.status, 200);
    EXPECT_EQ(ping.body, "OK");

    HttpResponseParser p;
    ASSERT_TRUE(p.feed(TestSupport::fixture(QStringLiteral("ping.http"))));
    EXPECT_EQ(p.header("api-version"), "1.41") << "header names compare case-insensitively";
    EXPECT_EQ(p.header("API-VERSION"), "1.41");

    const Parsed notModified = parse({TestSupport::fixture(QStringLiteral("start-304.http"))});
    EXPECT_EQ(notModified.status, 304);
    EXPECT_TRUE(notModified.body.isEmpty());

    HttpResponseParser logs;
    ASSERT_TRUE(logs.feed(TestSupport::fixture(QStringLiteral("logs-mux.http"))));
    EXPECT_EQ(logs.framing(), HttpResponseParser::Framing::Chunked);
    EXPECT_TRUE(logs.isComplete()) << "the terminating chunk ends the body without a close";

    HttpResponseParser tooOld;
    ASSERT_TRUE(tooOld.feed(TestSupport::fixture(QStringLiteral("too-old-400.http"))));
    EXPECT_EQ(tooOld.statusCode(), 400);
    EXPECT_TRUE(tooOld.header("Content-Type").startsWith("text/plain"));
}

TEST(HttpResponseParser, SkipsInterimAnswersAndKnowsBodilessOnes)
{
    Parsed r
        = parse({"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 4\r\n\r\n{}\r\n"});
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.status, 201);
    EXPECT_EQ(r.body, "{}\r\n");

    HttpResponseParser noContent;
    ASSERT_TRUE(noContent.feed("HTTP/1.1 204 No Content\r\nApi-Version: 1.41\r\n\r\n"));
    EXPECT_TRUE(noContent.isComplete()) << "204 completes at the end of the headers";

    HttpResponseParser head(true);
    ASSERT_TRUE(head.feed("HTTP/1.1 404 Not Found\r\nContent-Length: 76\r\n\r\n"));
    EXPECT_TRUE(head.isComplete()) << "an answer to HEAD never has a body, whatever Content-Length says";
}

TEST(HttpResponseParser, BodyUntilCloseAndUpgrade)
{
    HttpResponseParser raw;
    ASSERT_TRUE(raw.feed("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nabc"));
    EXPECT_EQ(raw.framing(), HttpResponseParser::Framing::UntilClose);
    EXPECT_FALSE(raw.isComplete());
    EXPECT_FALSE(raw.keepAlive());
    raw.closed();
    EXPECT_TRUE(raw.isComplete());
    EXPECT_EQ(raw.takeBody(), "abc");

    HttpResponseParser up;
    QByteArray answer("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
                      "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
    answer.append("\x01\x00\x00", 3);
    ASSERT_TRUE(up.feed(answer));
    EXPECT_TRUE(up.isUpgraded());
    EXPECT_EQ(up.takeBody(), QByteArray("\x01\x00\x00", 3)) << "bytes after the 101 are the raw stream";
    ASSERT_TRUE(up.feed("\r\n\r\nmore"));
    EXPECT_EQ(up.takeBody(), "\r\n\r\nmore");
}

TEST(HttpResponseParser, MalformedAnswersAreProtocolErrors)
{
    EXPECT_FALSE(parse({"SSH-2.0-OpenSSH_9.2\r\n"}).ok) << "bad status line";
    EXPECT_FALSE(parse({"HTTP/1.1 2x0 OK\r\n\r\n"}).ok) << "bad status code";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"}).ok) << "bad header line";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"}).ok)
        << "bad chunk size";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n"}).ok)
        << "chunk longer than announced";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"}).ok)
        << "body shorter than announced";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly a bit"}).ok)
        << "closed mid-chunk";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"}).ok) << "negative length";
    EXPECT_FALSE(parse({"HTTP/1.1 200 OK\r\nContent-Le"}).ok) << "closed inside the headers";

    HttpResponseParser p;
    const QByteArray longHeader = "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
    EXPECT_FALSE(p.feed(longHeader));
    EXPECT_TRUE(p.errorString().contains(QLatin1String("longer than"))) << qPrintable(p.errorString());
}

TEST(MultiplexedDecoder, RecordedLogsSplitAnywhereGiveTheSameFrames)
{
    HttpResponseParser http;
    ASSERT_TRUE(http.feed(TestSupport::fixture(QStringLiteral("logs-mux.http"))));
    const QByteArray stream = http.takeBody();
    ASSERT_FALSE(stream.isEmpty());

    auto decode = [](const QList<QByteArrayView> &pieces) {
        MultiplexedDecoder d;
        QByteArray out, err;
        for (QByteArrayView p : pieces) {
            for (const auto &f : d.feed(p))
                (f.stream == MultiplexedDecoder::Stderr ? err : out) += f.data;
        }
        EXPECT_TRUE(d.atFrameBoundary());
        return std::make_pair(out, err);
    };
    const auto whole = decode({stream});
    EXPECT_TRUE(whole.first.contains("out line 39: привет\n"));
    EXPECT_TRUE(whole.first.endsWith("no newline at end"));
    EXPECT_TRUE(whole.second.contains("err line 0\n"));
    EXPECT_EQ(whole.first.count("out line"), 40);
    EXPECT_EQ(whole.second.count("err line"), 40);
    for (qsizetype i = 0; i <= stream.size(); ++i) {
        const QByteArrayView v(stream);
        ASSERT_EQ(decode({v.first(i), v.sliced(i)}), whole) << "split at " << i;
    }
}

TEST(MultiplexedDecoder, FrameSplitInsideAUtf8CharacterKeepsTheBytes)
{
    const QByteArray payload = "привет\n";
    QByteArray frame("\x01\x00\x00\x00", 4);
    frame += char(0), frame += char(0), frame += char(0), frame += char(payload.size());
    frame += payload;
    MultiplexedDecoder d;
    EXPECT_TRUE(d.feed(QByteArrayView(frame).first(9)).isEmpty()); // header + first byte of 'п'
    const auto frames = d.feed(QByteArrayView(frame).sliced(9));
    ASSERT_EQ(frames.size(), 1);
    EXPECT_EQ(frames[0].data, payload);
    EXPECT_EQ(frames[0].stream, MultiplexedDecoder::Stdout);
}

TEST(MultiplexedDecoder, RawTtyBytesAreRefused)
{
    MultiplexedDecoder d;
    d.feed("tty output, not frames\n");
    EXPECT_TRUE(d.hasError());
}

TEST(JsonLinesDecoder, RecordedEventsSplitAnywhere)
{
    HttpResponseParser http;
    ASSERT_TRUE(http.feed(TestSupport::fixture(QStringLiteral("events.http"))));
    const QByteArray stream = http.takeBody();
    JsonLinesDecoder whole;
    const auto all = whole.feed(stream) + whole.finish();
    ASSERT_GE(all.size(), 10);
    int destroys = 0;
    for (const auto &e : all)
        destroys += e.value(QLatin1String("Action")).toString() == QLatin1String("destroy");
    EXPECT_EQ(destroys, 3) << "the capture removed three containers";
    for (qsizetype i = 0; i <= stream.size(); ++i) {
        JsonLinesDecoder d;
        const QByteArrayView v(stream);
        auto got = d.feed(v.first(i));
        got += d.feed(v.sliced(i));
        got += d.finish();
        ASSERT_EQ(got, all) << "split at " << i;
        ASSERT_FALSE(d.hasError());
    }
}

TEST(JsonLinesDecoder, CrLfAndAMissingFinalNewline)
{
    JsonLinesDecoder d;
    auto got = d.feed("{\"status\":\"a\"}\r\n\r\n{\"status\":\"b\"}");
    ASSERT_EQ(got.size(), 1);
    got += d.finish();
    ASSERT_EQ(got.size(), 2) << "Podman's load answer has no newline";
    EXPECT_EQ(got[1].value(QLatin1String("status")).toString(), QLatin1String("b"));
    JsonLinesDecoder bad;
    bad.feed("{not json}\n");
    EXPECT_TRUE(bad.hasError());
}
