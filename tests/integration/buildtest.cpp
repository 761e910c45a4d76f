// SPDX-License-Identifier: GPL-3.0-or-later
// docker build through Berth (BuildJob, berthctl build) on Docker and Podman, compared with the
// docker CLI's classic builder on the same engine. Every image is built FROM the test image, its
// RUN steps without a network.
#include "engine/imagesapi.h"
#include "jobs/buildjob.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

class Build : public ::testing::TestWithParam<const char *>
{
protected:
    bool podman() const { return QLatin1String(GetParam()) == QLatin1String("podman"); }
    /// Podman 5 here: the docker CLI cannot pass it the limits (it sends Docker's form of them).
    bool needsLimits() const { return podman() && currentEngines(); }
    QString host() const { return podman() ? podmanHost() : dockerHost(); }
    void SetUp() override { m_client = connect(host()); }
    void TearDown() override
    {
        for (const QString &image : std::as_const(m_images))
            docker(host(), {QStringLiteral("rmi"), QStringLiteral("-f"), image});
    }
    QString tagged(const QString &what)
    {
        const QString tag = QStringLiteral("berth-test/bld-") + uniqueName(what).toLower();
        m_images << tag;
        return tag;
    }
    /// What every test build sends: no network for RUN, and on Podman 5 this machine's limits
    /// (its buildah raises the open files limit past what a test machine allows otherwise).
    BuildOptions options(const QString &tag) const
    {
        BuildOptions o;
        if (!tag.isEmpty())
            o.tags << tag;
        o.networkMode = QStringLiteral("none");
        if (needsLimits()) {
            rlimit files {}, processes {};
            ::getrlimit(RLIMIT_NOFILE, &files);
            ::getrlimit(RLIMIT_NPROC, &processes);
            o.ulimits << QStringLiteral("nofile=%1:%1").arg(qulonglong(files.rlim_max))
                      << QStringLiteral("nproc=%1:%1").arg(qulonglong(processes.rlim_max));
        }
        return o;
    }
    /// The job run to its end.
    void runToEnd(BuildJob &job, int msecs = 120000)
    {
        job.start();
        EXPECT_TRUE(waitUntil([&job] { return job.isFinished(); }, msecs));
    }
    /// The docker CLI's classic builder on the same engine: its exit code and output.
    ProcessResult cliBuild(const QStringList &args)
    {
        qputenv("DOCKER_BUILDKIT", "0");
        const QStringList all {QStringLiteral("-H"), host(), QStringLiteral("build"),
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--force-rm")};
        const ProcessResult r = run(QStringLiteral("docker"), all + args);
        qunsetenv("DOCKER_BUILDKIT");
        return r;
    }
    /// The files at @p paths in @p image, read without starting a container (Podman 4 cannot
    /// start one here): created, copied out as tars (docker cp ID:PATH -), removed. One line an
    /// entry, sorted: "path/" a folder, "path -> target" a link, "path: content" a file.
    QString imageFiles(const QString &image, const QStringList &paths)
    {
        const QString id
            = trimmed(docker(host(), {QStringLiteral("create"), image, QStringLiteral("true")}).out);
        if (id.isEmpty())
            return QStringLiteral("(no container)");
        QTemporaryDir out;
        for (const QString &path : paths) {
            const ProcessResult tar
                = docker(host(), {QStringLiteral("cp"), id + QLatin1Char(':') + path, QStringLiteral("-")});
            QFile file(out.filePath(QStringLiteral("copy.tar")));
            if (!file.open(QIODevice::WriteOnly))
                break;
            file.write(tar.out);
            file.close();
            const QString root = out.filePath(QStringLiteral("root"));
            QDir().mkpath(root);
            const ProcessResult x = run(
                QStringLiteral("tar"), {QStringLiteral("-xf"), file.fileName(), QStringLiteral("-C"), root});
            EXPECT_EQ(x.exitCode, 0) << x.err.constData();
        }
        docker(host(), {QStringLiteral("rm"), QStringLiteral("-f"), id});
        const QDir root(out.filePath(QStringLiteral("root")));
        QStringList lines;
        QDirIterator it(root.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            const QString name = QLatin1Char('/') + root.relativeFilePath(path);
            if (info.isSymLink()) {
                char target[4096];
                const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
                lines << name + QStringLiteral(" -> ") + QString::fromUtf8(target, n < 0 ? 0 : int(n));
            } else if (info.isDir()) {
                lines << name + QLatin1Char('/');
            } else {
                QFile f(path);
                f.open(QIODevice::ReadOnly);
                lines << name + QStringLiteral(": ") + QString::fromUtf8(f.readAll());
            }
        }
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    }

    std::unique_ptr<EngineClient> m_client;
    QStringList m_images;
};

/// A context with COPY, RUN, ARG, a .dockerignore with an exception, and a link.
void makeAppContext(const QString &root)
{
    write(root + QStringLiteral("/Dockerfile"),
        "FROM " + testImage().toUtf8()
            + "\n"
              "ARG GREETING=hello\n"
              "COPY . /ctx/\n"
              "RUN echo \"$GREETING\" > /greeting\n");
    write(root + QStringLiteral("/app.txt"), "the app\n");
    write(root + QStringLiteral("/debug.log"), "left out\n");
    write(root + QStringLiteral("/sub/deep/trace.log"), "left out\n");
    write(root + QStringLiteral("/sub/deep/keep.txt"), "kept\n");
    write(root + QStringLiteral("/secret/key"), "never sent\n");
    write(root + QStringLiteral("/secret/public.txt"), "brought back\n");
    write(root + QStringLiteral("/.dockerignore"),
        "# not for the image\n**/*.log\n/secret\n!secret/public.txt\n");
    ASSERT_EQ(::symlink("app.txt", QFile::encodeName(root + QStringLiteral("/link")).constData()), 0);
}

} // namespace

TEST_P(Build, CopyRunArgAndDockerignoreAsTheDockerCli)
{
    QTemporaryDir dir;
    makeAppContext(dir.path());
    const QString tag = tagged(QStringLiteral("app"));
    BuildOptions o = options(tag);
    o.buildArgs.append({QStringLiteral("GREETING"), QStringLiteral("built by berth")});
    BuildJob job(m_client.get(), dir.path(), QString(), o);
    runToEnd(job);
    ASSERT_EQ(job.state(), Job::Succeeded) << qPrintable(job.errorString()) << qPrintable(job.output());
    EXPECT_TRUE(job.output().contains(QStringLiteral("COPY . /ctx/"))) << qPrintable(job.output());
    EXPECT_GT(job.contextSentMs(), -1);
    const QString id = job.imageId();
    ASSERT_TRUE(id.startsWith(QLatin1String("sha256:"))) << qPrintable(id);
    const ProcessResult inspected = docker(host(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Id}}"), tag});
    EXPECT_EQ(trimmed(inspected.out), id);

    // Read from the image, not run: RUN wrote /greeting during the build (buildah on Podman).
    const QStringList paths {QStringLiteral("/ctx"), QStringLiteral("/greeting")};
    const QString files = imageFiles(tag, paths);
    EXPECT_EQ(files,
        QStringLiteral(
            "/ctx/\n/ctx/.dockerignore: # not for the image\n**/*.log\n/secret\n!secret/public.txt\n\n"
            "/ctx/Dockerfile: FROM %1\nARG GREETING=hello\nCOPY . /ctx/\n"
            "RUN echo \"$GREETING\" > /greeting\n\n"
            "/ctx/app.txt: the app\n\n/ctx/link -> app.txt\n/ctx/secret/\n"
            "/ctx/secret/public.txt: brought back\n\n/ctx/sub/\n/ctx/sub/deep/\n"
            "/ctx/sub/deep/keep.txt: kept\n\n/greeting: built by berth\n")
            .arg(testImage()));
    if (needsLimits())
        return;
    // The docker CLI sends the same folder: the same files in its image.
    const QString cliTag = tagged(QStringLiteral("app-cli"));
    const ProcessResult cli = cliBuild({QStringLiteral("-t"), cliTag, QStringLiteral("--build-arg"),
        QStringLiteral("GREETING=built by berth"), dir.path()});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.constData();
    EXPECT_EQ(imageFiles(cliTag, paths), files);
}

TEST_P(Build, DockerfileElsewhereInTheContextAndATarget)
{
    QTemporaryDir dir;
    write(dir.path() + QStringLiteral("/docker/Multi.df"),
        "FROM " + testImage().toUtf8()
            + " AS base\n"
              "RUN echo base > /stage\n"
              "FROM base AS first\n"
              "RUN echo first > /stage\n"
              "FROM base AS second\n"
              "RUN echo second > /stage\n");
    const QString tag = tagged(QStringLiteral("target"));
    BuildOptions o = options(tag);
    o.target = QStringLiteral("first");
    BuildJob job(m_client.get(), dir.path(), QStringLiteral("docker/Multi.df"), o);
    runToEnd(job);
    ASSERT_EQ(job.state(), Job::Succeeded) << qPrintable(job.errorString()) << qPrintable(job.output());
    EXPECT_EQ(imageFiles(tag, {QStringLiteral("/stage")}), QStringLiteral("/stage: first\n"));
    EXPECT_TRUE(job.command().contains(QStringLiteral("--target first"))) << qPrintable(job.command());
}

TEST_P(Build, ABadInstructionGivesTheEnginesErrorWithItsLine)
{
    QTemporaryDir dir;
    write(
        dir.path() + QStringLiteral("/Dockerfile"), "FROM " + testImage().toUtf8() + "\nRUN true\nFOO bar\n");
    BuildJob job(m_client.get(), dir.path(), QString(), options(QString()));
    runToEnd(job);
    ASSERT_EQ(job.state(), Job::Failed);
    EXPECT_TRUE(job.errorString().contains(QStringLiteral("FOO"))) << qPrintable(job.errorString());
    if (needsLimits())
        return;
    // What the docker CLI prints for the same Dockerfile.
    const ProcessResult cli = cliBuild({dir.path()});
    EXPECT_NE(cli.exitCode, 0);
    const QString engineSays = job.errorString().section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(QString::fromUtf8(cli.err + cli.out).contains(engineSays)) << qPrintable(engineSays) << "\n"
                                                                           << cli.err.constData();
    if (!podman()) {
        // Docker names the line; Podman names the step ("building at STEP \"FOO \"").
        EXPECT_EQ(job.failedLine(), 3) << qPrintable(job.errorString());
    }
}

TEST_P(Build, CancelMidBuildLeavesNothingBehind)
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-2);
    QTemporaryDir dir;
    const QString marker = uniqueName(QStringLiteral("cancel"));
    write(dir.path() + QStringLiteral("/Dockerfile"),
        "FROM " + testImage().toUtf8() + "\nLABEL berth.test.build=" + marker.toUtf8()
            + "\nRUN echo \"sta\"\"rted\"; sleep 20\n");
    const QString tag = tagged(QStringLiteral("cancel"));
    BuildJob job(m_client.get(), dir.path(), QString(), options(tag));
    job.start();
    ASSERT_TRUE(waitUntil(
        [&job] { return job.output().contains(QStringLiteral("started")) || job.isFinished(); }, 60000))
        << qPrintable(job.output());
    ASSERT_FALSE(job.isFinished()) << qPrintable(job.errorString());
    job.cancel();
    ASSERT_TRUE(waitUntil([&job] { return job.isFinished(); }, 60000));
    EXPECT_EQ(job.state(), Job::Cancelled);
    const QString label = QStringLiteral("label=berth.test.build=") + marker;
    // The engine ends the step's container when the connection closes; give it the time it takes.
    QString containers, images;
    waitUntil(
        [&] {
            containers = trimmed(docker(
                host(), {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), label})
                                     .out);
            images = trimmed(docker(
                host(), {QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--filter"), label})
                                 .out);
            return containers.isEmpty() && images.isEmpty();
        },
        20000);
    EXPECT_EQ(containers, QString());
    EXPECT_EQ(images, QString());
    EXPECT_NE(run(QStringLiteral("docker"),
                  {QStringLiteral("-H"), host(), QStringLiteral("image"), QStringLiteral("inspect"), tag})
                  .exitCode,
        0);
    if (!podman())
        return;
    // Buildah's working containers are not the engine's: only libpod's list with external=true
    // shows them (not docker ps -a). Berth removed the one made from this build's image (the
    // image could not have gone otherwise). The stage's first one, made from the base image and
    // named after it ("busybox-working-container"), cannot be told from another build's: Podman 4
    // keeps it until it has ended the step the cancel interrupted (the sleep), then removes it.
    const QString base = trimmed(docker(host(),
                                     {QStringLiteral("image"), QStringLiteral("inspect"),
                                         QStringLiteral("--format"), QStringLiteral("{{.Id}}"), testImage()})
                                     .out)
                             .remove(QStringLiteral("sha256:"));
    const QString socket = host().mid(QStringLiteral("unix://").size());
    QStringList working;
    const bool gone = waitUntil(
        [&] {
            const ProcessResult r = run(QStringLiteral("curl"),
                {QStringLiteral("-s"), QStringLiteral("--unix-socket"), socket,
                    QStringLiteral("http://d/v4.0.0/libpod/containers/json?all=true&external=true")});
            working.clear();
            const QJsonArray all = QJsonDocument::fromJson(r.out).array();
            for (const QJsonValue &c : all) {
                const QJsonObject o = c.toObject();
                const QString name = o.value(QLatin1String("Names")).toArray().first().toString();
                const QDateTime created
                    = QDateTime::fromString(o.value(QLatin1String("Created")).toString(), Qt::ISODateWithMs);
                if (!name.contains(QLatin1String("-working-container")) || created < started)
                    continue;
                // One from this build's image: Berth should have removed it.
                EXPECT_EQ(o.value(QLatin1String("ImageID")).toString(), base) << qPrintable(name);
                working << name;
            }
            return working.isEmpty();
        },
        45000);
    EXPECT_TRUE(gone) << qPrintable(working.join(u' '));
}

TEST_P(Build, BerthctlPrintsTheOutputAndTheIdOrTheError)
{
    QTemporaryDir dir;
    makeAppContext(dir.path());
    const QString tag = tagged(QStringLiteral("ctl"));
    QStringList args {QStringLiteral("--host"), host(), QStringLiteral("build"), QStringLiteral("-t"), tag,
        QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--build-arg"),
        QStringLiteral("GREETING=ctl")};
    for (const QString &limit : options({}).ulimits)
        args << QStringLiteral("--ulimit") << limit;
    const ProcessResult r = run(berthctlPath(), args + QStringList {dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QStringList lines = trimmed(r.out).split(QLatin1Char('\n'));
    EXPECT_TRUE(lines.first().startsWith(QLatin1String("Sending build context to Docker daemon")))
        << r.out.constData();
    EXPECT_TRUE(r.out.contains(podman() ? "STEP 3/4: COPY . /ctx/" : "Step 3/4 : COPY . /ctx/"))
        << r.out.constData();
    const ProcessResult inspected = docker(host(),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Id}}"), tag});
    EXPECT_EQ(lines.last(), trimmed(inspected.out));

    write(dir.path() + QStringLiteral("/Dockerfile"), "FROM " + testImage().toUtf8() + "\nNOPE\n");
    const ProcessResult bad = run(berthctlPath(), args + QStringList {dir.path()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains("NOPE")) << bad.err.constData();
}

INSTANTIATE_TEST_SUITE_P(Engines, Build, ::testing::Values("docker", "podman"));
