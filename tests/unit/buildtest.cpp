// SPDX-License-Identifier: GPL-3.0-or-later
// .dockerignore as docker reads it, and the build context as the tar docker build sends.
#include "build/buildcontext.h"
#include "build/dockerignore.h"
#include "files/hosttardevice.h"
#include "jobs/buildjob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

DockerIgnore ignoreOf(const QByteArray &text)
{
    DockerIgnore ignore;
    QString error;
    EXPECT_TRUE(ignore.parse(text, &error)) << qPrintable(error);
    return ignore;
}

void write(const QString &path, const QByteArray &content = "x")
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

/// The context's tar as GNU tar lists it (tar -tv): "name" per entry, "name -> target" for links.
QStringList listed(HostTarDevice *device)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"),
        {QStringLiteral("--numeric-owner"), QStringLiteral("-tvf"), QStringLiteral("-")});
    EXPECT_TRUE(tar.waitForStarted());
    QByteArray all;
    while (!device->atEnd()) {
        const QByteArray block = device->read(64 * 1024);
        if (block.isEmpty())
            break;
        all += block;
    }
    tar.write(all);
    tar.closeWriteChannel();
    EXPECT_TRUE(tar.waitForFinished());
    EXPECT_EQ(tar.exitCode(), 0) << tar.readAllStandardError().constData();
    QStringList out;
    for (const QByteArray &line : tar.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        // "-rw-r--r-- 0/0 1 2024-01-01 00:00 name[ -> target]"
        const QList<QByteArray> fields = line.simplified().split(' ');
        out << QString::fromUtf8(fields.mid(5).join(' '));
        EXPECT_EQ(fields.at(1), "0/0") << line.constData();
    }
    return out;
}

} // namespace

TEST(DockerIgnore, CommentsBlanksSlashesAndDotsAsDockerReadsThem)
{
    const DockerIgnore ignore = ignoreOf("\xEF\xBB\xBF# a comment\n"
                                         "\n"
                                         "  /secret.txt  \n"
                                         "logs/\n"
                                         "./build/../out\n"
                                         " #notacomment\n");
    EXPECT_EQ(ignore.patterns(),
        (QStringList {QStringLiteral("secret.txt"), QStringLiteral("logs"), QStringLiteral("out"),
            QStringLiteral("#notacomment")}));
    EXPECT_TRUE(ignore.matches(QStringLiteral("secret.txt")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("sub/secret.txt"))) << "a pattern is anchored at the top";
    EXPECT_TRUE(ignore.matches(QStringLiteral("logs/a/b.log"))) << "a folder's pattern covers what it holds";
    EXPECT_TRUE(ignore.matches(QStringLiteral("out")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("build")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("#notacomment")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("# a comment")));
}

TEST(DockerIgnore, StarAndQuestionMarkStayInOneFolder)
{
    // The examples of docker's documentation of .dockerignore.
    const DockerIgnore ignore = ignoreOf("*/temp*\n*/*/temp*\ntemp?\n");
    EXPECT_TRUE(ignore.matches(QStringLiteral("somedir/temporary.txt")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("somedir/temp")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("somedir/subdir/temporary.txt")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("temporary.txt")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("tempa")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("tempab")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("a/b/c/temp1")));
}

TEST(DockerIgnore, DoubleStarCrossesFolders)
{
    const DockerIgnore ignore = ignoreOf("**/*.go\na/**/b\nfoo/**\n**tail\n");
    EXPECT_TRUE(ignore.matches(QStringLiteral("main.go"))) << "**/ matches no folder too";
    EXPECT_TRUE(ignore.matches(QStringLiteral("x/y/z.go")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("x/y/z.gox")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("a/b")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("a/x/y/b")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("a/xb")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("foo/x")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("foo"))) << "foo/** is what foo holds, not foo";
    EXPECT_FALSE(ignore.matches(QStringLiteral("foobar")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("dir/cattail"))) << "**tail is a suffix test";
}

TEST(DockerIgnore, TheLastMatchingLineDecides)
{
    const DockerIgnore some = ignoreOf("*.md\n!README*.md\nREADME-secret.md\n");
    EXPECT_TRUE(some.matches(QStringLiteral("CHANGES.md")));
    EXPECT_FALSE(some.matches(QStringLiteral("README.md")));
    EXPECT_FALSE(some.matches(QStringLiteral("README-en.md")));
    EXPECT_TRUE(some.matches(QStringLiteral("README-secret.md")));
    const DockerIgnore none = ignoreOf("!README*.md\n*.md\n");
    EXPECT_TRUE(none.matches(QStringLiteral("README.md")))
        << "an exception before the exclusion does nothing";
}

TEST(DockerIgnore, AnExceptionInsideAnExcludedFolder)
{
    const DockerIgnore ignore = ignoreOf("docs\n!docs/keep.txt\n");
    EXPECT_TRUE(ignore.matches(QStringLiteral("docs")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("docs/other.txt")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("docs/keep.txt")));
    EXPECT_TRUE(ignore.mayBringBackUnder(QStringLiteral("docs")));
    EXPECT_FALSE(ignore.mayBringBackUnder(QStringLiteral("doc")));
    EXPECT_FALSE(ignore.mayBringBackUnder(QStringLiteral("src")));
    // With the folder's result passed down, as docker walks.
    DockerIgnore::MatchInfo docs, file;
    EXPECT_TRUE(ignore.matches(QStringLiteral("docs"), {}, &docs));
    EXPECT_FALSE(ignore.matches(QStringLiteral("docs/keep.txt"), docs, &file));
    EXPECT_TRUE(ignore.matches(QStringLiteral("docs/x.txt"), docs, &file));
}

TEST(DockerIgnore, EscapesAndClasses)
{
    const DockerIgnore ignore = ignoreOf("star\\*\n[ab]c\n[^x]y\nfile.txt\n(paren)\nq[^x]z\n");
    EXPECT_TRUE(ignore.matches(QStringLiteral("star*")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("stars")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("ac")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("cc")));
    EXPECT_TRUE(ignore.matches(QStringLiteral("ay")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("xy")));
    // Docker's classes are regular expression classes: unlike filepath.Match's, they match a /.
    EXPECT_TRUE(ignore.matches(QStringLiteral("q/z")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("fileatxt"))) << ". is a dot, not any character";
    EXPECT_TRUE(ignore.matches(QStringLiteral("(paren)")));
    EXPECT_FALSE(ignore.matches(QStringLiteral("file.txt\n"))) << "the end is the end of the name";
}

TEST(DockerIgnore, MalformedPatternsAreRefused)
{
    for (const QByteArray &bad : {QByteArray("!\n"), QByteArray("[abc\n"), QByteArray("a\\"),
             QByteArray("[]\n"), QByteArray("[a-]\n")}) {
        DockerIgnore ignore;
        QString error;
        EXPECT_FALSE(ignore.parse(bad, &error)) << bad.constData();
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(BuildContext, SendsWhatDockerignoreLeavesWithLinksAsLinks)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    write(root + QStringLiteral("/Dockerfile"), "FROM scratch\n");
    write(root + QStringLiteral("/app/main.c"));
    write(root + QStringLiteral("/app/main.o"));
    write(root + QStringLiteral("/docs/keep.txt"));
    write(root + QStringLiteral("/docs/drop.txt"));
    write(root + QStringLiteral("/node_modules/x/index.js"));
    write(root + QStringLiteral("/.git/HEAD"));
    ASSERT_EQ(::symlink("app/main.c", QFile::encodeName(root + QStringLiteral("/link")).constData()), 0);
    // The Dockerfile and .dockerignore go even when .dockerignore names them.
    write(root + QStringLiteral("/.dockerignore"),
        "**/*.o\ndocs\n!docs/keep.txt\nnode_modules\n.git\nDockerfile\n"
        ".dockerignore\n");
    BuildContext context(root, QString());
    ASSERT_TRUE(context.open(nullptr)) << qPrintable(context.errorString());
    std::unique_ptr<HostTarDevice> device(context.device());
    EXPECT_EQ(context.dockerfileInContext(), QStringLiteral("Dockerfile"));
    EXPECT_EQ(listed(device.get()),
        (QStringList {QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"), QStringLiteral("app/"),
            QStringLiteral("app/main.c"), QStringLiteral("docs/keep.txt"),
            QStringLiteral("link -> app/main.c")}));
}

TEST(BuildContext, RefusesADockerfileOutsideOrMissing)
{
    QTemporaryDir dir;
    write(dir.path() + QStringLiteral("/ctx/a"));
    write(dir.path() + QStringLiteral("/elsewhere/Dockerfile"));
    BuildContext missing(dir.path() + QStringLiteral("/ctx"), QString());
    EXPECT_FALSE(missing.open(nullptr));
    EXPECT_TRUE(missing.errorString().contains(QStringLiteral("no Dockerfile")))
        << qPrintable(missing.errorString());
    BuildContext outside(
        dir.path() + QStringLiteral("/ctx"), dir.path() + QStringLiteral("/elsewhere/Dockerfile"));
    EXPECT_FALSE(outside.open(nullptr));
    EXPECT_TRUE(outside.errorString().contains(QStringLiteral("outside")))
        << qPrintable(outside.errorString());
    write(dir.path() + QStringLiteral("/ctx/sub/Build.df"), "FROM scratch\n");
    BuildContext inside(dir.path() + QStringLiteral("/ctx"), QStringLiteral("sub/Build.df"));
    ASSERT_TRUE(inside.open(nullptr)) << qPrintable(inside.errorString());
    delete inside.device();
    EXPECT_EQ(inside.dockerfileInContext(), QStringLiteral("sub/Build.df"));
}

TEST(BuildJob, NamesTheLineOfAnEngineError)
{
    // As Docker 20.10 and 29 answer a Dockerfile they cannot read.
    EXPECT_EQ(
        BuildJob::lineOfError(QStringLiteral("dockerfile parse error line 6: unknown instruction: FOO")), 6);
    EXPECT_EQ(BuildJob::lineOfError(QStringLiteral("Dockerfile:12  unknown instruction")), 12);
    EXPECT_EQ(BuildJob::lineOfError(QStringLiteral("building at STEP \"RUN false\": exit status 1")), 0);
}
