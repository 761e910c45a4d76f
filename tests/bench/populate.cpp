// SPDX-License-Identifier: GPL-3.0-or-later
// Puts 1,000 containers, 500 images and 200 volumes on an engine (labelled, reused on a rerun).
// Usage: berth_bench_populate --host unix:///path/docker.sock --image IMAGE
#include "benchsupport.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/volumesapi.h"
#include "util/allocator.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

using namespace BenchSupport;

namespace {
/// A one-file tar, different for each @p n, so every import is an image of its own.
QByteArray tinyTar(int n)
{
    QByteArray header(512, '\0');
    const QByteArray name = "file" + QByteArray::number(n);
    memcpy(header.data(), name.constData(), size_t(name.size()));
    memcpy(header.data() + 100, "0000644", 7);
    memcpy(header.data() + 108, "0000000", 7);
    memcpy(header.data() + 116, "0000000", 7);
    memcpy(header.data() + 124, "00000000000", 11);
    memcpy(header.data() + 136, "00000000000", 11);
    header[156] = '0';
    memcpy(header.data() + 257, "ustar\00000", 8);
    memset(header.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : header)
        sum += uchar(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    memcpy(header.data() + 148, checksum.constData(), 6);
    header[154] = '\0';
    return header + QByteArray(1024, '\0');
}
} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    QCoreApplication app(argc, argv);
    EngineClient client(
        EndpointResolver::parseHost(option(QStringLiteral("--host")).mid(7), QStringLiteral("bench"))
            .endpoint);
    if (!client.waitForConnected()) {
        std::fprintf(stderr, "populate: %s\n", qPrintable(client.lastError().toString()));
        return 1;
    }
    ContainersApi containers(&client);
    ensureListContainers(containers, option(QStringLiteral("--image")), 1000);

    ImagesApi images(&client);
    ImageListOptions labelled;
    labelled.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench=image")});
    const int haveImages = int(ImagesApi::parseList(finish(images.list(labelled))->body()).size());
    for (int i = haveImages; i < 500; ++i) {
        ImageImportOptions o;
        o.repo = QStringLiteral("berth-bench/image-%1").arg(i);
        o.tag = QStringLiteral("1");
        o.changes << QStringLiteral("LABEL berth.bench=image");
        finish(images.importTar(tinyTar(i), o))->deleteLater();
    }

    VolumesApi volumes(&client);
    const int haveVolumes = int(VolumesApi::parseList(
        finish(volumes.list({{QStringLiteral("label"), {QStringLiteral("berth.bench=volume")}}}))->body())
                                    .size());
    for (int i = haveVolumes; i < 200; ++i) {
        VolumeCreateOptions o;
        o.labels.insert(QStringLiteral("berth.bench"), QStringLiteral("volume"));
        finish(volumes.create(o))->deleteLater();
    }
    std::printf("populate: 1000 containers, 500 images, 200 volumes labelled berth.bench\n");
    return 0;
}
