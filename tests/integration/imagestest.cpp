// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarbuilder.h"
#include "engine/imagesapi.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace TestSupport;

TEST(Images, ImportTagSaveRemoveLoad)
{
    auto client = connect(dockerHost());
    ImagesApi api(client.get());
    TarBuilder rootfs;
    rootfs.addDirectory(QStringLiteral("data"));
    rootfs.addFile(QStringLiteral("data/readme.txt"), "made by the Berth tests\n");
    const QString repo = QStringLiteral("berth-test/imported");
    const QString tag = uniqueName(QStringLiteral("t")).toLower();

    ImageImportOptions options;
    options.repo = repo;
    options.tag = tag;
    options.changes << QStringLiteral("CMD [\"/bin/sh\"]") << QStringLiteral("LABEL berth.test=1");
    EngineReply *imported = api.importTar(rootfs.finish(), options);
    QList<QJsonObject> progress;
    QObject::connect(imported, &EngineReply::jsonReceived, [&](const QJsonObject &o) { progress << o; });
    wait(imported);
    ASSERT_FALSE(imported->error().isError()) << qPrintable(imported->error().message());
    ASSERT_FALSE(progress.isEmpty());
    const QString id = progress.last().value(QLatin1String("status")).toString();
    EXPECT_TRUE(id.startsWith(QLatin1String("sha256:"))) << qPrintable(id);

    const QString reference = repo + QLatin1Char(':') + tag;
    const QJsonObject inspected = wait(api.inspect(reference))->json().object();
    EXPECT_EQ(inspected.value(QLatin1String("Id")).toString(), id);
    EXPECT_EQ(inspected.value(QLatin1String("Config"))
                  .toObject()
                  .value(QLatin1String("Labels"))
                  .toObject()
                  .value(QLatin1String("berth.test"))
                  .toString(),
        QStringLiteral("1"));

    const QString second = reference + QStringLiteral("-second");
    EXPECT_FALSE(wait(api.tag(reference, repo, tag + QStringLiteral("-second")))->error().isError());
    ImageListOptions listOptions;
    listOptions.filters.insert(QStringLiteral("reference"), {repo});
    const auto listed = ImagesApi::parseList(wait(api.list(listOptions))->body());
    bool found = false;
    for (const ImageInfo &i : listed) {
        if (i.id == id) {
            found = true;
            EXPECT_TRUE(i.repoTags.contains(reference));
            EXPECT_TRUE(i.repoTags.contains(second));
        }
    }
    EXPECT_TRUE(found);

    EngineReply *history = wait(api.history(reference));
    EXPECT_FALSE(history->json().array().isEmpty());

    EngineReply *save = api.save({reference});
    QByteArray saved;
    QObject::connect(save, &EngineReply::dataReceived, [&](const QByteArray &d) { saved += d; });
    wait(save);
    ASSERT_FALSE(save->error().isError()) << qPrintable(save->error().message());
    EXPECT_TRUE(saved.contains("manifest.json"));

    // Untag both names: the image is gone.
    EXPECT_FALSE(wait(api.remove(second))->error().isError());
    EngineReply *removed = wait(api.remove(reference));
    ASSERT_FALSE(removed->error().isError()) << qPrintable(removed->error().message());
    EXPECT_EQ(wait(api.inspect(reference))->error().kind(), EngineError::NotFound);

    QBuffer buffer(&saved);
    buffer.open(QIODevice::ReadOnly);
    EngineReply *load = api.load(&buffer);
    QStringList streamed;
    QObject::connect(load, &EngineReply::jsonReceived,
        [&](const QJsonObject &o) { streamed << o.value(QLatin1String("stream")).toString(); });
    wait(load);
    ASSERT_FALSE(load->error().isError()) << qPrintable(load->error().message());
    EXPECT_TRUE(streamed.join(QString()).contains(reference)) << qPrintable(streamed.join(QString()));
    EXPECT_EQ(wait(api.inspect(reference))->json().object().value(QLatin1String("Id")).toString(), id);
    EXPECT_FALSE(wait(api.remove(reference, true))->error().isError());
}

TEST(Images, LoadOfGarbageFailsInsideTheStream)
{
    auto client = connect(dockerHost());
    QByteArray garbage(4096, 'x');
    QBuffer buffer(&garbage);
    buffer.open(QIODevice::ReadOnly);
    EngineReply *load = wait(ImagesApi(client.get()).load(&buffer));
    EXPECT_EQ(load->statusCode(), 200) << "the engine reports this error inside a 200 stream";
    EXPECT_EQ(load->error().kind(), EngineError::Server);
    EXPECT_FALSE(load->error().message().isEmpty());
}

TEST(Images, PruneDanglingAndRemoveErrors)
{
    auto client = connect(dockerHost());
    ImagesApi api(client.get());
    TarBuilder rootfs;
    rootfs.addFile(QStringLiteral("dangling"), uniqueName(QStringLiteral("x")).toUtf8());
    ImageImportOptions options;
    options.changes << QStringLiteral("LABEL berth.test.prune=1");
    EngineReply *imported = api.importTar(rootfs.finish(), options);
    QString importedId;
    QObject::connect(imported, &EngineReply::jsonReceived,
        [&](const QJsonObject &o) { importedId = o.value(QLatin1String("status")).toString(); });
    wait(imported);
    ASSERT_FALSE(imported->error().isError());
    QMap<QString, QStringList> filters {{QStringLiteral("label"), {QStringLiteral("berth.test.prune=1")}},
        {QStringLiteral("dangling"), {QStringLiteral("true")}}};
    EngineReply *pruned = wait(api.prune(filters));
    ASSERT_FALSE(pruned->error().isError()) << qPrintable(pruned->error().message());
    bool deleted = false;
    for (const QJsonValue &v : pruned->json().object().value(QLatin1String("ImagesDeleted")).toArray())
        deleted = deleted || v.toObject().value(QLatin1String("Deleted")).toString() == importedId;
    EXPECT_TRUE(deleted) << pruned->body().constData();

    EXPECT_EQ(
        wait(api.remove(QStringLiteral("berth-test/none:none")))->error().kind(), EngineError::NotFound);
    EXPECT_EQ(wait(api.tag(QString(), QStringLiteral("x")))->error().kind(), EngineError::InvalidArgument);
}

TEST(Images, PullFromAnUnreachableRegistryIsAClearError)
{
    // A registry on a closed loopback port: the engine tries and fails without leaving the machine.
    auto client = connect(dockerHost());
    EngineReply *pull
        = ImagesApi(client.get()).pull(QStringLiteral("127.0.0.1:1/berth/nothing"), QStringLiteral("1"));
    QList<QJsonObject> progress;
    QObject::connect(pull, &EngineReply::jsonReceived, [&](const QJsonObject &o) { progress << o; });
    wait(pull);
    ASSERT_TRUE(pull->error().isError());
    EXPECT_TRUE(pull->error().message().contains(QLatin1String("127.0.0.1:1")))
        << qPrintable(pull->error().message());
    EXPECT_TRUE(pull->error().message().contains(QLatin1String("connection refused")))
        << qPrintable(pull->error().message());
}
