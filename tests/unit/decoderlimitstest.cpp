// SPDX-License-Identifier: GPL-3.0-or-later
// The decoders of bytes from outside (the engine's answers, tars, JSON numbers) hold bounded
// memory and have no undefined behaviour, whatever they are sent. Each case is one the fuzzers
// (tests/fuzz/) or a read of the code found.
#include "archive/tardigest.h"
#include "archive/tarnumber.h"
#include "engine/chunkeddecoder.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/httpresponseparser.h"
#include "engine/jsonlinesdecoder.h"
#include "engine/multiplexeddecoder.h"
#include "fakeengine.h"
#include "model/containerinfo.h"
#include "model/containerstats.h"
#include "model/imageinfo.h"
#include "model/volumeinfo.h"
#include "testsupport.h"
#include "util/jsonnumber.h"

#include <QJsonDocument>
#include <QtEndian>

#include <gtest/gtest.h>

#include <limits>

namespace {
constexpr qint64 Max64 = std::numeric_limits<qint64>::max();
constexpr qint64 Min64 = std::numeric_limits<qint64>::min();

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

/// A ustar header of @p type whose 12-byte size field is @p sizeField, with a right checksum.
QByteArray tarHeader(const QByteArray &name, char type, const QByteArray &sizeField)
{
    QByteArray h(512, '\0');
    h.replace(0, name.size(), name);
    h.replace(100, 8, "0000644", 8);
    h.replace(124, 12, sizeField.leftJustified(12, '\0', true));
    h[156] = type;
    h.replace(257, 6, "ustar", 6);
    h.replace(263, 2, "00");
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(h[i]);
    h.replace(148, 8, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    return h;
}

QByteArray octalSize(qint64 size)
{
    return QByteArray::number(size, 8).rightJustified(11, '0');
}

/// "LEN key=value\n", LEN counting itself.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype rest = 1 + key.size() + 1 + value.size() + 1;
    qsizetype length = rest + 1;
    while (QByteArray::number(length).size() + rest != length)
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

QByteArray muxHeader(quint32 length)
{
    QByteArray h(8, '\0');
    h[0] = 1;
    qToBigEndian(length, h.data() + 4);
    return h;
}
} // namespace

// --- bodies held whole ---------------------------------------------------------------------

TEST(DecoderLimits, BufferedBodyLongerThanTheCapIsRefusedBeforeItArrives)
{
    HttpResponseParser p;
    p.setMaxBodyBytes(1024);
    EXPECT_FALSE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n"));
    EXPECT_TRUE(p.hasError());
    EXPECT_TRUE(p.errorString().contains(QLatin1String("larger than"))) << qPrintable(p.errorString());

    HttpResponseParser exact;
    exact.setMaxBodyBytes(1024);
    EXPECT_TRUE(exact.feed("HTTP/1.1 200 OK\r\nContent-Length: 1024\r\n\r\n" + QByteArray(1024, 'x')));
    EXPECT_TRUE(exact.isComplete());
}

TEST(DecoderLimits, BufferedChunkedAndUntilCloseBodiesStopAtTheCap)
{
    HttpResponseParser chunked;
    chunked.setMaxBodyBytes(1024);
    ASSERT_TRUE(chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk = "100\r\n" + QByteArray(256, 'x') + "\r\n";
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(chunked.feed(chunk)) << i;
    EXPECT_FALSE(chunked.feed(chunk));
    EXPECT_TRUE(chunked.hasError());

    HttpResponseParser untilClose;
    untilClose.setMaxBodyBytes(1024);
    ASSERT_TRUE(untilClose.feed("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(1024, 'x')));
    EXPECT_FALSE(untilClose.feed("y"));
}

TEST(DecoderLimits, AnErrorAnswerIsCappedEvenInAStreamedRequest)
{
    // No cap set (a streamed request), but an error answer is held whole.
    HttpResponseParser p;
    EXPECT_FALSE(p.feed("HTTP/1.1 500 Internal Server Error\r\nContent-Length: "
        + QByteArray::number(HttpResponseParser::DefaultMaxBufferedBody + 1) + "\r\n\r\n"));
    HttpResponseParser streamed;
    EXPECT_TRUE(streamed.feed("HTTP/1.1 200 OK\r\nContent-Length: "
        + QByteArray::number(HttpResponseParser::DefaultMaxBufferedBody + 1) + "\r\n\r\n"));
}

TEST(DecoderLimits, ABufferedAnswerOver64MiBIsAProtocolError)
{
    FakeEngine fake;
    fake.setScripts(FakeEngine::engineThen({{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                             "Content-Length: 100000000\r\n\r\n[",
        true}}));
    auto client = std::make_unique<EngineClient>(
        EndpointResolver::parseHost(fake.host(), QStringLiteral("test")).endpoint);
    ASSERT_TRUE(client->waitForConnected());
    EngineReply *reply = TestSupport::wait(ContainersApi(client.get()).list());
    EXPECT_EQ(reply->error().kind(), EngineError::Protocol);
    EXPECT_TRUE(reply->error().message().contains(QLatin1String("64 MiB")))
        << qPrintable(reply->error().message());
}

// --- streams -------------------------------------------------------------------------------

TEST(DecoderLimits, EndlessChunkedTrailersAreAnError)
{
    ChunkedDecoder d;
    QByteArray out;
    ASSERT_GT(d.feed("2\r\nhi\r\n0\r\n", out), 0);
    const QByteArray trailer = "X-Trailer: " + QByteArray(100, 'a') + "\r\n";
    qsizetype used = 0;
    for (int i = 0; i < 1000 && used >= 0; ++i)
        used = d.feed(trailer, out);
    EXPECT_LT(used, 0);
    EXPECT_TRUE(d.hasError());
    EXPECT_TRUE(d.errorString().contains(QLatin1String("trailer"))) << qPrintable(d.errorString());
    EXPECT_EQ(out, "hi");
}

TEST(DecoderLimits, AFewChunkedTrailersAreRead)
{
    ChunkedDecoder d;
    QByteArray out;
    const QByteArray body = "2\r\nhi\r\n0\r\nA: 1\r\nB: 2\r\n\r\nnext";
    EXPECT_EQ(d.feed(body, out), body.size() - 4);
    EXPECT_TRUE(d.isFinished());
}

TEST(DecoderLimits, AMultiplexedFrameOver16MiBIsRefusedAtItsHeader)
{
    MultiplexedDecoder d;
    EXPECT_TRUE(d.feed(muxHeader(0xffffffffu)).isEmpty());
    EXPECT_TRUE(d.hasError());
    EXPECT_TRUE(d.errorString().contains(QLatin1String("16 MiB"))) << qPrintable(d.errorString());

    MultiplexedDecoder big;
    EXPECT_TRUE(big.feed(muxHeader(MultiplexedDecoder::MaxFrame + 1)).isEmpty());
    EXPECT_TRUE(big.hasError());

    // A long line in one frame is still a frame.
    MultiplexedDecoder longLine;
    const auto frames = longLine.feed(muxHeader(1 << 20) + QByteArray(1 << 20, 'x'));
    ASSERT_EQ(frames.size(), 1);
    EXPECT_EQ(frames[0].data.size(), 1 << 20);
    EXPECT_FALSE(longLine.hasError());
}

TEST(DecoderLimits, AJsonLineWithoutNewlineStopsAt16MiB)
{
    JsonLinesDecoder d;
    const QByteArray piece(1 << 20, ' ');
    EXPECT_TRUE(d.feed("{\"status\":\"").isEmpty());
    for (int i = 0; i < 16 && !d.hasError(); ++i)
        d.feed(piece);
    EXPECT_TRUE(d.hasError());
    EXPECT_TRUE(d.errorString().contains(QLatin1String("16 MiB"))) << qPrintable(d.errorString());

    // The same length inside one feed, newline and all.
    JsonLinesDecoder whole;
    whole.feed(QByteArray(JsonLinesDecoder::MaxLine + 1, ' ') + "\n");
    EXPECT_TRUE(whole.hasError());

    JsonLinesDecoder fine;
    const auto objects = fine.feed("{\"status\":\"" + QByteArray(1 << 20, 'a') + "\"}\n{\"id\":\"b\"}\n");
    EXPECT_EQ(objects.size(), 2);
    EXPECT_FALSE(fine.hasError());
}

// --- tar headers ---------------------------------------------------------------------------

TEST(DecoderLimits, TarNumbersOutOfRangeAreNotNumbers)
{
    EXPECT_EQ(tarNumber("00000000644", 12), 0644);
    EXPECT_EQ(tarNumber("     644 \0", 10), 0644);
    EXPECT_EQ(tarNumber("", 1), 0);
    EXPECT_EQ(tarNumber("-0000000001", 12), -1); // toLongLong took the sign
    EXPECT_EQ(tarNumber("0000008", 8), -1);
    EXPECT_EQ(tarNumber("77777777777777777777777", 23), -1); // octal above 2^62
    // Base-256: 2^33 is a size; 2^80 used to shift into the sign bit (undefined), and a
    // negative one (0xff…) made the entry counter step backwards.
    EXPECT_EQ(tarNumber("\x80\0\0\0\0\0\0\x02\0\0\0\0", 12), qint64(1) << 33);
    EXPECT_EQ(tarNumber("\x80\x01\0\0\0\0\0\0\0\0\0\0", 12), -1);
    EXPECT_EQ(tarNumber("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12), -1);
}

TEST(DecoderLimits, TarDigestRefusesAWrappingBase256Size)
{
    // 2^80 in base-256 used to wrap to 0: an entry with no content, and the tar read on.
    TarDigest d;
    d.addData(
        tarHeader("huge", '0', QByteArray("\x80\x01", 2) + QByteArray(10, '\0')) + QByteArray(1024, '\0'));
    EXPECT_TRUE(d.finish().isEmpty());
    EXPECT_TRUE(d.error().contains(QLatin1String("size"))) << qPrintable(d.error());
}

TEST(DecoderLimits, TarDigestRefusesANegativePaxSize)
{
    const QByteArray record = "16 size=-100000\n";
    TarDigest d;
    d.addData(tarHeader("pax", 'x', octalSize(record.size())) + record.leftJustified(512, '\0')
        + tarHeader("file", '0', octalSize(0)) + QByteArray(1024, '\0'));
    EXPECT_TRUE(d.finish().isEmpty());
    EXPECT_TRUE(d.error().contains(QLatin1String("PAX"))) << qPrintable(d.error());
}

TEST(DecoderLimits, TarDigestRefusesAPaxRecordLongerThanItsHeader)
{
    const QByteArray record = "9223372036854775807 path=x\n";
    TarDigest d;
    d.addData(tarHeader("pax", 'x', octalSize(record.size())) + record.leftJustified(512, '\0')
        + tarHeader("file", '0', octalSize(0)) + QByteArray(1024, '\0'));
    EXPECT_TRUE(d.finish().isEmpty());
    EXPECT_FALSE(d.error().isEmpty());
}

TEST(DecoderLimits, TarDigestDoesNotGatherAHugeExtensionHeader)
{
    // A PAX header announcing 8 GiB used to be gathered in memory until it all came.
    TarDigest d;
    d.addData(tarHeader("pax", 'x', octalSize(qint64(8) << 30)));
    EXPECT_TRUE(d.error().contains(QLatin1String("extension"))) << qPrintable(d.error());
    EXPECT_TRUE(d.finish().isEmpty());
}

TEST(DecoderLimits, TarDigestStillReadsPaxPathsAndSizes)
{
    const QByteArray path = "d/" + QByteArray(150, 'p');
    const QByteArray pax = paxRecord("path", path) + paxRecord("size", "3");
    TarDigest d;
    d.addData(tarHeader("pax", 'x', octalSize(pax.size())) + pax.leftJustified(512, '\0')
        + tarHeader("short", '0', octalSize(0)) + QByteArray("abc").leftJustified(512, '\0')
        + QByteArray(1024, '\0'));
    EXPECT_FALSE(d.finish().isEmpty()) << qPrintable(d.error());
    EXPECT_EQ(d.entries(), 1);
    EXPECT_EQ(paxRecord("size", "3"), QByteArray("9 size=3\n"));
    EXPECT_EQ(d.contentBytes(), 3);
}

// --- JSON numbers --------------------------------------------------------------------------

TEST(DecoderLimits, HugeJsonNumbersAreClampedNotUndefined)
{
    EXPECT_EQ(jsonInt64(QJsonValue(1e30)), Max64);
    EXPECT_EQ(jsonInt64(QJsonValue(-1e300)), Min64);
    EXPECT_EQ(jsonInt64(QJsonValue(9223372036854775807.0)), Max64); // 2^63 as a double
    EXPECT_EQ(jsonInt64(QJsonValue(qint64(9007199254740993))), qint64(9007199254740993)); // 2^53 + 1, exact
    EXPECT_EQ(jsonInt64(QJsonValue(12.9)), 12);
    EXPECT_EQ(jsonInt64(QJsonValue(QStringLiteral("12")), -1), -1);
    EXPECT_EQ(jsonInt64(QJsonValue(std::numeric_limits<double>::quiet_NaN()), -1), -1);
    EXPECT_EQ(saturatingAdd(Max64, 1), Max64);
    EXPECT_EQ(saturatingAdd(Min64, -1), Min64);
}

TEST(DecoderLimits, HugeSizesInListingsAreClamped)
{
    const ContainerInfo c
        = ContainerInfo::fromJson(object(R"({"Id":"a","Created":1e300,"SizeRw":-1e30,"SizeRootFs":1e19})"));
    EXPECT_EQ(c.created, Max64);
    EXPECT_EQ(c.sizeRw, Min64);
    EXPECT_EQ(c.sizeRootFs, Max64);
    const ImageInfo i = ImageInfo::fromJson(object(R"({"Id":"sha256:a","Size":1e20,"Created":1700000000})"));
    EXPECT_EQ(i.size, Max64);
    EXPECT_EQ(i.created, 1700000000);
    const VolumeInfo v
        = VolumeInfo::fromJson(object(R"({"Name":"v","UsageData":{"Size":1e40,"RefCount":1}})"));
    EXPECT_EQ(v.size, Max64);
}

TEST(DecoderLimits, HugeStatsCountersSaturate)
{
    const ContainerStats s = ContainerStats::fromJson(object(R"({
        "cpu_stats": {"cpu_usage": {"total_usage": 1e30}, "system_cpu_usage": 1e30, "online_cpus": 2},
        "precpu_stats": {"cpu_usage": {"total_usage": -1e30}, "system_cpu_usage": -1e30},
        "memory_stats": {"usage": 1e30, "limit": 1e30, "stats": {"inactive_file": -1e30}},
        "networks": {"eth0": {"rx_bytes": 1e30, "tx_bytes": 1e30}, "eth1": {"rx_bytes": 1e30, "tx_bytes": 1}},
        "blkio_stats": {"io_service_bytes_recursive": [{"op": "read", "value": 1e30}, {"op": "read", "value": 1e30}]},
        "pids_stats": {"current": 1e30}})"));
    EXPECT_EQ(s.networkRx, Max64);
    EXPECT_EQ(s.networkTx, Max64);
    EXPECT_EQ(s.blockRead, Max64);
    EXPECT_EQ(s.memoryUsed, Max64);
    EXPECT_EQ(s.pids, std::numeric_limits<int>::max());
}
