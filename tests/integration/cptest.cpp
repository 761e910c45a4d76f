// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl cp and volume cp next to docker cp on the same engine: what each leaves, listed with
// types, modes, sizes, owners, times, link targets, hard links and sha256s, on this machine and
// in the container.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

/// Lists a folder the same way here and in busybox: path, raw mode, size, uid, gid, mtime,
/// inode, link count, then a link's target or a file's sha256.
const char *const ListScript = R"sh(cd "$1" || exit 1
find . -mindepth 1 | LC_ALL=C sort | while IFS= read -r p; do
  m=$(stat -c '%f %s %u %g %Y %i %h' "$p")
  if [ -L "$p" ]; then x="-> $(readlink "$p")"
  elif [ -f "$p" ]; then x=$(sha256sum < "$p" | cut -d' ' -f1)
  else x=""; fi
  echo "$p|$m|$x"
done)sh";

ProcessResult berthctl(const QStringList &args)
{
    return run(berthctlPath(), QStringList {QStringLiteral("--host"), dockerHost()} + args);
}

/// The docker CLI, whose failure is a result here, not a broken test.
ProcessResult dockerMayFail(const QStringList &args)
{
    return run(QStringLiteral("docker"), QStringList {QStringLiteral("-H"), dockerHost()} + args);
}

/// The raw listing made comparable: folders without size and link count (file systems differ),
/// inodes as "the first path with this inode" for files with several names.
QStringList normalise(const QByteArray &raw, bool withOwners = true)
{
    QStringList out;
    QHash<QString, QString> firstOfInode;
    for (const QString &line : QString::fromUtf8(raw).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 3) {
            out << QStringLiteral("unreadable: ") + line;
            continue;
        }
        const QStringList f = parts[1].split(QLatin1Char(' '));
        if (f.size() != 7) {
            out << QStringLiteral("unreadable: ") + line;
            continue;
        }
        const uint mode = f[0].toUInt(nullptr, 16);
        const bool dir = S_ISDIR(mode);
        QString links;
        if (!dir && f[6].toInt() > 1) {
            const QString first = firstOfInode.value(f[5]);
            if (first.isEmpty())
                firstOfInode.insert(f[5], parts[0]);
            else
                links = QStringLiteral(" same-as ") + first;
        }
        out << parts[0] + QLatin1Char(' ') + QString::number(mode, 8) + QLatin1Char(' ')
                + (dir ? QStringLiteral("-") : f[1]) + QLatin1Char(' ')
                + (withOwners ? f[2] + QLatin1Char(':') + f[3] : QStringLiteral("-")) + QLatin1Char(' ')
                + (dir ? QStringLiteral("-") : f[4]) + links + QLatin1Char(' ')
                + parts.mid(2).join(QLatin1Char('|'));
    }
    return out;
}

QStringList listHere(const QString &dir, bool withOwners = true)
{
    const ProcessResult r = run(QStringLiteral("sh"),
        {QStringLiteral("-c"), QString::fromLatin1(ListScript), QStringLiteral("sh"), dir});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return normalise(r.out, withOwners);
}

QStringList listIn(const QString &container, const QString &dir, bool withOwners = true)
{
    const ProcessResult r = dockerMayFail({QStringLiteral("exec"), container, QStringLiteral("sh"),
        QStringLiteral("-c"), QString::fromLatin1(ListScript), QStringLiteral("sh"), dir});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return normalise(r.out, withOwners);
}

void write(const QString &path, const QByteArray &data, int mode)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    f.write(data);
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

/// The tree every test copies: links of every kind, Cyrillic names, spaces, modes, owners, empty
/// folders and a 300 KB binary. Times are fixed (whole seconds) so that listings compare.
void makeTree(const QString &root)
{
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/sub/deeper")));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/empty")));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/Папка с пробелами/пустая")));
    write(root + QStringLiteral("/hello world.txt"), "hello, world\n", 0644);
    write(root + QStringLiteral("/Привет мир.txt"), QStringLiteral("Привет\n").toUtf8(), 0600);
    write(root + QStringLiteral("/Папка с пробелами/файл"), "inside\n", 0640);
    QByteArray binary(300 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20);
    for (char &c : binary)
        c = char(generator.generate() & 0xff);
    write(root + QStringLiteral("/bin.dat"), binary, 0755);
    write(root + QStringLiteral("/setuid-prog"), "#!/bin/sh\necho hi\n", 04755);
    write(root + QStringLiteral("/sub/deeper/file.txt"), "deep\n", 0640);
    write(root + QStringLiteral("/sub/hard1"), "one inode, two names\n", 0644);
    ASSERT_EQ(::link(QFile::encodeName(root + QStringLiteral("/sub/hard1")).constData(),
                  QFile::encodeName(root + QStringLiteral("/hard2")).constData()),
        0);
    const auto symlink = [&](const char *target, const QString &name) {
        ASSERT_EQ(::symlink(target, QFile::encodeName(root + QLatin1Char('/') + name).constData()), 0);
    };
    symlink("hello world.txt", QStringLiteral("link-rel"));
    symlink("/etc/hostname", QStringLiteral("link-abs"));
    symlink("sub", QStringLiteral("link-dir"));
    symlink("nowhere", QStringLiteral("link-dangling"));
    symlink("Привет мир.txt", QStringLiteral("ссылка"));
    ASSERT_EQ(
        ::chown(QFile::encodeName(root + QStringLiteral("/sub/deeper/file.txt")).constData(), 1234, 5678), 0);
    ASSERT_EQ(::chown(QFile::encodeName(root + QStringLiteral("/empty")).constData(), 4321, 8765), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(root + QStringLiteral("/empty")).constData(), 0700), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(root + QStringLiteral("/sub")).constData(), 0750), 0);
    // Fixed times, folders last (their entries changed them).
    const ProcessResult touched = run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "cd \"$1\" && find . -mindepth 1 -exec touch -h -d @1700000000 {} + && find . -type d "
                "-exec touch -d @1690000000 {} +"),
            QStringLiteral("sh"), root});
    ASSERT_EQ(touched.exitCode, 0) << touched.err.constData();
}

/// A running busybox container (no network) that goes with the test.
class Container
{
public:
    explicit Container(const QStringList &options = {})
        : m_name(uniqueName(QStringLiteral("berth-cp")))
    {
        const ProcessResult r = docker(dockerHost(),
            QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                QStringLiteral("none"), QStringLiteral("--name"), m_name}
                + options + QStringList {testImage(), QStringLiteral("sleep"), QStringLiteral("3600")});
        EXPECT_EQ(r.exitCode, 0);
    }
    ~Container() { dockerMayFail({QStringLiteral("rm"), QStringLiteral("-f"), m_name}); }
    QString name() const { return m_name; }
    QString at(const QString &path) const { return m_name + QLatin1Char(':') + path; }

private:
    QString m_name;
};

/// The helper containers Berth made for @p volumes and left: none, after every command. Only
/// these volumes': other tests on the same engine make helpers of their own meanwhile.
QStringList leftoverHelpers(const QStringList &volumes)
{
    QStringList args {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
        QStringLiteral("label=io.github.berth.helper"), QStringLiteral("--format"),
        QStringLiteral("{{.Names}}")};
    for (const QString &volume : volumes)
        args << QStringLiteral("--filter") << QStringLiteral("volume=") + volume;
    const ProcessResult r = dockerMayFail(args);
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool contains(const QStringList &listing, const QString &fragment)
{
    return std::any_of(
        listing.begin(), listing.end(), [&](const QString &l) { return l.contains(fragment); });
}

/// What no copy must leave: temporary names.
QStringList partFiles(const QString &dir)
{
    const ProcessResult r
        = run(QStringLiteral("find"), {dir, QStringLiteral("-name"), QStringLiteral("*.berth-part-*")});
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST(Cp, UploadLeavesInTheContainerWhatDockerCpLeaves)
{
    QTemporaryDir here;
    const QString tree = here.filePath(QStringLiteral("tree"));
    makeTree(tree);
    Container c;
    // A new name, an existing folder, with and without -a, the contents with "/.".
    for (const QStringList &options : {QStringList {}, QStringList {QStringLiteral("-a")}}) {
        const QString tag = options.isEmpty() ? QStringLiteral("plain") : QStringLiteral("archive");
        ASSERT_EQ(docker(dockerHost(),
                      {QStringLiteral("exec"), c.name(), QStringLiteral("mkdir"), QStringLiteral("-p"),
                          QStringLiteral("/d/") + tag + QStringLiteral("/in"),
                          QStringLiteral("/b/") + tag + QStringLiteral("/in"),
                          QStringLiteral("/d/") + tag + QStringLiteral("/contents"),
                          QStringLiteral("/b/") + tag + QStringLiteral("/contents")})
                      .exitCode,
            0);
        for (const auto &[src, dst] : QList<QPair<QString, QString>> {{tree, QStringLiteral("/new")},
                 {tree, QStringLiteral("/in")}, {tree + QStringLiteral("/."), QStringLiteral("/contents")}}) {
            const ProcessResult d = docker(dockerHost(),
                QStringList {QStringLiteral("cp")} + options
                    + QStringList {src, c.at(QStringLiteral("/d/") + tag + dst)});
            const ProcessResult b = berthctl(QStringList {QStringLiteral("cp")} + options
                + QStringList {src, c.at(QStringLiteral("/b/") + tag + dst)});
            EXPECT_EQ(b.exitCode, 0) << b.err.constData();
        }
    }
    const QStringList byDocker = listIn(c.name(), QStringLiteral("/d"));
    const QStringList byBerth = listIn(c.name(), QStringLiteral("/b"));
    EXPECT_EQ(byBerth, byDocker);
    // What the tree is made of arrived, as docker cp brings it: owners only with -a.
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./plain/new/Привет мир.txt 100600 13 0:0")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./archive/new/sub/deeper/file.txt 100640 5 1234:5678")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./plain/new/setuid-prog 104755")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./plain/new/bin.dat 100755 307200 0:0 1700000000")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./plain/in/tree/ссылка 120777")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("same-as ./plain/contents/hard2")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./plain/contents/Папка с пробелами/пустая 40755 - 0:0")));
    EXPECT_GE(byBerth.size(), 6 * 17);
}

TEST(Cp, DownloadLeavesHereWhatDockerCpLeaves)
{
    QTemporaryDir here;
    const QString tree = here.filePath(QStringLiteral("tree"));
    makeTree(tree);
    Container c;
    docker(dockerHost(), {QStringLiteral("cp"), QStringLiteral("-a"), tree, c.at(QStringLiteral("/src"))});
    for (const QString &who : {QStringLiteral("d"), QStringLiteral("b")}) {
        ASSERT_TRUE(QDir().mkpath(here.filePath(who + QStringLiteral("/in"))));
        ASSERT_TRUE(QDir().mkpath(here.filePath(who + QStringLiteral("/contents"))));
    }
    for (const auto &[src, dst] :
        QList<QPair<QString, QString>> {{QStringLiteral("/src"), QStringLiteral("/new")},
            {QStringLiteral("/src"), QStringLiteral("/in")},
            {QStringLiteral("/src/."), QStringLiteral("/contents")},
            {QStringLiteral("/src/bin.dat"), QStringLiteral("/bin-copy")}}) {
        docker(dockerHost(), {QStringLiteral("cp"), c.at(src), here.filePath(QStringLiteral("d")) + dst});
        const ProcessResult b
            = berthctl({QStringLiteral("cp"), c.at(src), here.filePath(QStringLiteral("b")) + dst});
        EXPECT_EQ(b.exitCode, 0) << b.err.constData();
    }
    const QStringList byDocker = listHere(here.filePath(QStringLiteral("d")));
    const QStringList byBerth = listHere(here.filePath(QStringLiteral("b")));
    EXPECT_EQ(byBerth, byDocker);
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./new/Привет мир.txt 100600 13 0:0 1700000000")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./new/setuid-prog 104755")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./in/src/link-abs 120777")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("-> /etc/hostname")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./contents/empty 40700")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./bin-copy 100755 307200")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("same-as ./contents/hard2")));
    EXPECT_GE(byBerth.size(), 3 * 17 + 1);
    EXPECT_TRUE(partFiles(here.path()).isEmpty());
}

namespace {

struct RuleCase
{
    QString from; ///< the source, with {here} or {c} for the container's name
    QString to;
    QStringList options;
};

QString expand(QString text, const QString &here, const QString &container)
{
    return text.replace(QStringLiteral("{here}"), here).replace(QStringLiteral("{c}"), container);
}

/// The engine's own words in a docker CLI failure.
QString engineMessage(const QByteArray &err)
{
    // The docker CLI may log its own lines first ("Can't add file … to tar" when an upload is cut).
    const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString prefix = QStringLiteral("Error response from daemon: ");
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return lines.value(0).trimmed();
}

ProcessResult runWithInput(const QString &program, const QStringList &args, const QString &input)
{
    QProcess p;
    p.setStandardInputFile(input);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        ADD_FAILURE() << qPrintable(program) << " did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

} // namespace

TEST(Cp, DownloadFollowsDockerCpsRulesForSrcAndDest)
{
    QTemporaryDir here;
    const QString tree = here.filePath(QStringLiteral("tree"));
    makeTree(tree);
    Container c;
    docker(dockerHost(), {QStringLiteral("cp"), tree, c.at(QStringLiteral("/src"))});
    for (const QString &who : {QStringLiteral("d"), QStringLiteral("b")}) {
        ASSERT_TRUE(QDir().mkpath(here.filePath(who + QStringLiteral("/exists-dir"))));
        write(here.filePath(who + QStringLiteral("/exists-file")), "old\n", 0644);
    }
    const QList<RuleCase> cases {
        {QStringLiteral("{c}:/src/."), QStringLiteral("exists-dir"), {}},
        {QStringLiteral("{c}:/src"), QStringLiteral("exists-dir"), {}},
        {QStringLiteral("{c}:/src"), QStringLiteral("new-name"), {}},
        {QStringLiteral("{c}:/src/hello world.txt"), QStringLiteral("exists-dir"), {}},
        {QStringLiteral("{c}:/src/hello world.txt"), QStringLiteral("exists-file"), {}},
        {QStringLiteral("{c}:/src/hello world.txt"), QStringLiteral("new-file"), {}},
        {QStringLiteral("{c}:/src/hello world.txt"), QStringLiteral("no-such-dir/"), {}},
        {QStringLiteral("{c}:/src"), QStringLiteral("exists-file"), {}},
        {QStringLiteral("{c}:/src/nope"), QStringLiteral("nope"), {}},
        {QStringLiteral("{c}:/src/link-dir"), QStringLiteral("link-kept"), {}},
        {QStringLiteral("{c}:/src/link-dir"), QStringLiteral("link-followed"), {QStringLiteral("-L")}},
        {QStringLiteral("{c}:/src/link-rel"), QStringLiteral("exists-dir"), {QStringLiteral("-L")}},
        {QStringLiteral("{c}:/src/link-dir/"), QStringLiteral("link-slash"), {}},
        {QStringLiteral("{c}:/src"), QStringLiteral("missing/parent/x"), {}},
        {QStringLiteral("berth-no-such-container:/src"), QStringLiteral("x"), {}},
    };
    for (const RuleCase &rule : cases) {
        const QString from = expand(rule.from, here.path(), c.name());
        const ProcessResult d = dockerMayFail(QStringList {QStringLiteral("cp")} + rule.options
            + QStringList {from, here.filePath(QStringLiteral("d/")) + rule.to});
        const ProcessResult b = berthctl(QStringList {QStringLiteral("cp")} + rule.options
            + QStringList {from, here.filePath(QStringLiteral("b/")) + rule.to});
        EXPECT_EQ(b.exitCode == 0, d.exitCode == 0)
            << qPrintable(rule.from + QLatin1Char(' ') + rule.to) << ": docker: " << d.err.constData()
            << " berthctl: " << b.err.constData();
        if (d.exitCode != 0
            && (rule.from.contains(QStringLiteral("nope"))
                || rule.from.contains(QStringLiteral("no-such")))) {
            EXPECT_TRUE(QString::fromUtf8(b.err).contains(engineMessage(d.err)))
                << "docker: " << d.err.constData() << " berthctl: " << b.err.constData();
        }
    }
    const QStringList byBerth = listHere(here.filePath(QStringLiteral("b")));
    EXPECT_EQ(byBerth, listHere(here.filePath(QStringLiteral("d"))));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-dir/src/bin.dat")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-dir/bin.dat")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-file 100644 13")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./link-kept 120777")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./link-followed/deeper/file.txt")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-dir/link-rel 100644 13")));
    EXPECT_FALSE(QFile::exists(here.filePath(QStringLiteral("b/missing"))));
    EXPECT_TRUE(partFiles(here.path()).isEmpty());
}

TEST(Cp, UploadFollowsDockerCpsRulesForSrcAndDest)
{
    QTemporaryDir here;
    const QString tree = here.filePath(QStringLiteral("tree"));
    makeTree(tree);
    Container c;
    for (const QString &who : {QStringLiteral("/d"), QStringLiteral("/b")}) {
        docker(dockerHost(),
            {QStringLiteral("exec"), c.name(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("mkdir -p %1/exists-dir && echo old > %1/exists-file").arg(who)});
    }
    const QList<RuleCase> cases {
        {QStringLiteral("{here}/tree/."), QStringLiteral("exists-dir"), {}},
        {QStringLiteral("{here}/tree"), QStringLiteral("exists-dir"), {}},
        {QStringLiteral("{here}/tree"), QStringLiteral("new-name"), {}},
        {QStringLiteral("{here}/tree/hello world.txt"), QStringLiteral("exists-dir"), {}},
        {QStringLiteral("{here}/tree/hello world.txt"), QStringLiteral("exists-file"), {}},
        {QStringLiteral("{here}/tree/hello world.txt"), QStringLiteral("new-file"), {}},
        {QStringLiteral("{here}/tree/hello world.txt"), QStringLiteral("no-such-dir/"), {}},
        {QStringLiteral("{here}/tree"), QStringLiteral("exists-file"), {}},
        {QStringLiteral("{here}/tree/nope"), QStringLiteral("nope"), {}},
        {QStringLiteral("{here}/tree/link-dir"), QStringLiteral("link-kept"), {}},
        {QStringLiteral("{here}/tree/link-dir"), QStringLiteral("link-followed"), {QStringLiteral("-L")}},
        {QStringLiteral("{here}/tree/link-rel"), QStringLiteral("exists-dir"), {QStringLiteral("-L")}},
        {QStringLiteral("{here}/tree/link-dir/"), QStringLiteral("link-slash"), {}},
        {QStringLiteral("{here}/tree"), QStringLiteral("missing/parent/x"), {}},
    };
    for (const RuleCase &rule : cases) {
        const QString from = expand(rule.from, here.path(), c.name());
        const ProcessResult d = dockerMayFail(QStringList {QStringLiteral("cp")} + rule.options
            + QStringList {from, c.at(QStringLiteral("/d/") + rule.to)});
        const ProcessResult b = berthctl(QStringList {QStringLiteral("cp")} + rule.options
            + QStringList {from, c.at(QStringLiteral("/b/") + rule.to)});
        EXPECT_EQ(b.exitCode == 0, d.exitCode == 0)
            << qPrintable(rule.from + QLatin1Char(' ') + rule.to) << ": docker: " << d.err.constData()
            << " berthctl: " << b.err.constData();
    }
    const ProcessResult d
        = dockerMayFail({QStringLiteral("cp"), tree, QStringLiteral("berth-no-such-container:/x")});
    const ProcessResult b
        = berthctl({QStringLiteral("cp"), tree, QStringLiteral("berth-no-such-container:/x")});
    EXPECT_NE(d.exitCode, 0);
    EXPECT_NE(b.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(b.err).contains(engineMessage(d.err)))
        << "docker: " << d.err.constData() << " berthctl: " << b.err.constData();
    const QStringList byBerth = listIn(c.name(), QStringLiteral("/b"));
    EXPECT_EQ(byBerth, listIn(c.name(), QStringLiteral("/d")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-dir/tree/bin.dat")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-dir/bin.dat")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-file 100644 13")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./link-kept 120777")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./link-followed/deeper/file.txt")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./exists-dir/link-rel 100644 13")));
}

TEST(Cp, DashIsATarOnStdoutAndStdin)
{
    QTemporaryDir here;
    const QString tree = here.filePath(QStringLiteral("tree"));
    makeTree(tree);
    Container c;
    docker(dockerHost(), {QStringLiteral("cp"), tree, c.at(QStringLiteral("/src"))});
    // Out: the engine's tar as it is.
    const ProcessResult d
        = docker(dockerHost(), {QStringLiteral("cp"), c.at(QStringLiteral("/src")), QStringLiteral("-")});
    const ProcessResult b
        = berthctl({QStringLiteral("cp"), c.at(QStringLiteral("/src")), QStringLiteral("-")});
    EXPECT_EQ(b.exitCode, 0) << b.err.constData();
    EXPECT_GT(d.out.size(), 300 * 1024);
    EXPECT_EQ(b.out.size(), d.out.size());
    EXPECT_TRUE(b.out == d.out);
    // In: a tar made by tar(1), into an existing folder.
    const QString archive = here.filePath(QStringLiteral("tree.tar"));
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-C"), here.path(), QStringLiteral("-cf"), archive, QStringLiteral("tree")})
                  .exitCode,
        0);
    docker(dockerHost(),
        {QStringLiteral("exec"), c.name(), QStringLiteral("mkdir"), QStringLiteral("/d"),
            QStringLiteral("/b")});
    const ProcessResult dIn = runWithInput(QStringLiteral("docker"),
        {QStringLiteral("-H"), dockerHost(), QStringLiteral("cp"), QStringLiteral("-"),
            c.at(QStringLiteral("/d"))},
        archive);
    const ProcessResult bIn = runWithInput(berthctlPath(),
        {QStringLiteral("--host"), dockerHost(), QStringLiteral("cp"), QStringLiteral("-"),
            c.at(QStringLiteral("/b"))},
        archive);
    EXPECT_EQ(dIn.exitCode, 0) << dIn.err.constData();
    EXPECT_EQ(bIn.exitCode, 0) << bIn.err.constData();
    const QStringList byBerth = listIn(c.name(), QStringLiteral("/b"));
    EXPECT_EQ(byBerth, listIn(c.name(), QStringLiteral("/d")));
    EXPECT_TRUE(contains(byBerth, QStringLiteral("./tree/Привет мир.txt 100600 13")));
    // Onto a file: a tar needs a folder, as docker cp says.
    const ProcessResult onFile = runWithInput(berthctlPath(),
        {QStringLiteral("--host"), dockerHost(), QStringLiteral("cp"), QStringLiteral("-"),
            c.at(QStringLiteral("/b/tree/hello world.txt"))},
        archive);
    EXPECT_NE(onFile.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(onFile.err).contains(QStringLiteral("must be a folder")))
        << onFile.err.constData();
}

TEST(Cp, VolumeCopyBothWaysMatchesDockerCpThroughAContainer)
{
    QTemporaryDir here;
    const QString tree = here.filePath(QStringLiteral("tree"));
    makeTree(tree);
    const QString berthVolume = uniqueName(QStringLiteral("berth-cp-b"));
    const QString dockerVolume = uniqueName(QStringLiteral("berth-cp-d"));
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), berthVolume});
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("create"), dockerVolume});
    const QString reference = uniqueName(QStringLiteral("berth-cp-ref"));
    docker(dockerHost(),
        {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--name"), reference, QStringLiteral("-v"), dockerVolume + QStringLiteral(":/v"),
            testImage()});
    const auto cleanup = qScopeGuard([&] {
        dockerMayFail({QStringLiteral("rm"), QStringLiteral("-f"), reference});
        dockerMayFail({QStringLiteral("volume"), QStringLiteral("rm"), berthVolume, dockerVolume});
    });
    const auto listVolume = [](const QString &volume) {
        const ProcessResult r = dockerMayFail({QStringLiteral("run"), QStringLiteral("--rm"),
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
            volume + QStringLiteral(":/v"), testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
            QString::fromLatin1(ListScript), QStringLiteral("sh"), QStringLiteral("/v")});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return normalise(r.out);
    };
    // In: a folder under a new name, a file into the volume's top, a folder's contents.
    for (const auto &[src, dst] : QList<QPair<QString, QString>> {{tree, QStringLiteral("/data")},
             {tree + QStringLiteral("/hello world.txt"), QStringLiteral("/")},
             {tree + QStringLiteral("/sub/."), QStringLiteral("/")}}) {
        docker(dockerHost(), {QStringLiteral("cp"), src, reference + QStringLiteral(":/v") + dst});
        const ProcessResult b = berthctl(
            {QStringLiteral("volume"), QStringLiteral("cp"), src, berthVolume + QLatin1Char(':') + dst});
        EXPECT_EQ(b.exitCode, 0) << b.err.constData();
    }
    const QStringList inBerth = listVolume(berthVolume);
    EXPECT_EQ(inBerth, listVolume(dockerVolume));
    EXPECT_TRUE(contains(inBerth, QStringLiteral("./data/Привет мир.txt 100600 13 0:0")));
    EXPECT_TRUE(contains(inBerth, QStringLiteral("./hello world.txt 100644 13")));
    EXPECT_TRUE(contains(inBerth, QStringLiteral("./deeper/file.txt")));
    // Out: a folder, a file, the contents of the volume.
    for (const QString &who : {QStringLiteral("d"), QStringLiteral("b")})
        ASSERT_TRUE(QDir().mkpath(here.filePath(who + QStringLiteral("/all"))));
    for (const auto &[src, dst] :
        QList<QPair<QString, QString>> {{QStringLiteral("/data"), QStringLiteral("/data")},
            {QStringLiteral("/hello world.txt"), QStringLiteral("/file")},
            {QStringLiteral("/."), QStringLiteral("/all")}}) {
        docker(dockerHost(),
            {QStringLiteral("cp"), reference + QStringLiteral(":/v") + src,
                here.filePath(QStringLiteral("d")) + dst});
        const ProcessResult b = berthctl({QStringLiteral("volume"), QStringLiteral("cp"),
            berthVolume + QLatin1Char(':') + src, here.filePath(QStringLiteral("b")) + dst});
        EXPECT_EQ(b.exitCode, 0) << b.err.constData();
    }
    const QStringList outBerth = listHere(here.filePath(QStringLiteral("b")));
    EXPECT_EQ(outBerth, listHere(here.filePath(QStringLiteral("d"))));
    EXPECT_TRUE(contains(outBerth, QStringLiteral("./data/bin.dat 100755 307200")));
    EXPECT_TRUE(contains(outBerth, QStringLiteral("./all/data/setuid-prog 104755")));
    // The volume itself by its name: VOLUME:/ into a folder gives the folder VOLUME.
    const ProcessResult whole = berthctl(
        {QStringLiteral("volume"), QStringLiteral("cp"), berthVolume + QStringLiteral(":/"), here.path()});
    EXPECT_EQ(whole.exitCode, 0) << whole.err.constData();
    EXPECT_TRUE(QFile::exists(here.filePath(berthVolume + QStringLiteral("/data/hello world.txt"))));
    // A volume that does not exist is not made.
    const QString missing = uniqueName(QStringLiteral("berth-cp-missing"));
    const ProcessResult none
        = berthctl({QStringLiteral("volume"), QStringLiteral("cp"), tree, missing + QStringLiteral(":/x")});
    EXPECT_NE(none.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(none.err).contains(missing)) << none.err.constData();
    EXPECT_NE(dockerMayFail({QStringLiteral("volume"), QStringLiteral("inspect"), missing}).exitCode, 0);
    // A path the volume does not hold fails once the helper is there; the helper goes too.
    const ProcessResult nope = berthctl({QStringLiteral("volume"), QStringLiteral("cp"),
        berthVolume + QStringLiteral(":/nope"), here.filePath(QStringLiteral("nope"))});
    EXPECT_NE(nope.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(nope.err).contains(
        QStringLiteral("There is no /nope in the volume ") + berthVolume))
        << nope.err.constData();
    EXPECT_TRUE(leftoverHelpers({berthVolume, missing}).isEmpty())
        << qPrintable(leftoverHelpers({berthVolume, missing}).join(u' '));
    EXPECT_TRUE(partFiles(here.path()).isEmpty());
}

TEST(Cp, UploadIntoAReadOnlyContainerSaysSo)
{
    QTemporaryDir here;
    write(here.filePath(QStringLiteral("file")), "data\n", 0644);
    Container c({QStringLiteral("--read-only")});
    const ProcessResult d = dockerMayFail(
        {QStringLiteral("cp"), here.filePath(QStringLiteral("file")), c.at(QStringLiteral("/"))});
    const ProcessResult b
        = berthctl({QStringLiteral("cp"), here.filePath(QStringLiteral("file")), c.at(QStringLiteral("/"))});
    EXPECT_NE(d.exitCode, 0);
    EXPECT_NE(b.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(b.err).contains(QStringLiteral("read-only"))) << b.err.constData();
    EXPECT_TRUE(QString::fromUtf8(b.err).contains(QStringLiteral("nothing was copied"))) << b.err.constData();
    const ProcessResult ls
        = dockerMayFail({QStringLiteral("exec"), c.name(), QStringLiteral("ls"), QStringLiteral("/")});
    EXPECT_TRUE(ls.out.contains("etc"));
    EXPECT_FALSE(ls.out.contains("file"));
}

TEST(Cp, FileCapabilitiesTravelAsWithDockerCp)
{
    QTemporaryDir here;
    const QString file = here.filePath(QStringLiteral("ping"));
    write(file, "#!/bin/sh\n", 0755);
    // Revision 2, effective, CAP_NET_RAW permitted: what setcap cap_net_raw+ep writes.
    const QByteArray capability = QByteArray::fromHex("0100000200200000000000000000000000000000");
    ASSERT_EQ(::lsetxattr(QFile::encodeName(file).constData(), "security.capability", capability.constData(),
                  size_t(capability.size()), 0),
        0);
    const auto capabilityOf = [](const QString &path) {
        QByteArray value(64, '\0');
        const ssize_t n = ::lgetxattr(
            QFile::encodeName(path).constData(), "security.capability", value.data(), size_t(value.size()));
        return n < 0 ? QByteArray() : value.left(n);
    };
    Container c;
    docker(dockerHost(), {QStringLiteral("cp"), file, c.at(QStringLiteral("/by-docker"))});
    const ProcessResult up = berthctl({QStringLiteral("cp"), file, c.at(QStringLiteral("/by-berth"))});
    EXPECT_EQ(up.exitCode, 0) << up.err.constData();
    // Back out by the reference tool, and by berthctl.
    docker(dockerHost(),
        {QStringLiteral("cp"), c.at(QStringLiteral("/by-docker")), here.filePath(QStringLiteral("d"))});
    docker(dockerHost(),
        {QStringLiteral("cp"), c.at(QStringLiteral("/by-berth")), here.filePath(QStringLiteral("b"))});
    EXPECT_EQ(berthctl({QStringLiteral("cp"), c.at(QStringLiteral("/by-docker")),
                           here.filePath(QStringLiteral("bb"))})
                  .exitCode,
        0);
    EXPECT_EQ(capabilityOf(here.filePath(QStringLiteral("d"))).toHex(), capability.toHex());
    EXPECT_EQ(capabilityOf(here.filePath(QStringLiteral("b"))).toHex(), capability.toHex());
    EXPECT_EQ(capabilityOf(here.filePath(QStringLiteral("bb"))).toHex(), capability.toHex());
}

namespace {
/// Starts @p args, waits until a temporary name appears in @p folder, interrupts it as Ctrl+C
/// does, and returns its exit code.
int interruptWhenWriting(const QStringList &args, const QString &folder)
{
    QProcess p;
    p.start(berthctlPath(), QStringList {QStringLiteral("--host"), dockerHost()} + args);
    EXPECT_TRUE(p.waitForStarted());
    bool seen = false;
    for (int i = 0; i < 60000 && !seen && p.state() == QProcess::Running; ++i) {
        const QStringList names
            = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        seen = std::any_of(names.begin(), names.end(),
            [](const QString &n) { return n.contains(QStringLiteral(".berth-part-")); });
        if (!seen)
            QThread::usleep(500);
    }
    EXPECT_TRUE(seen) << "berthctl never wrote: " << p.readAllStandardError().constData();
    ::kill(pid_t(p.processId()), SIGINT);
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_TRUE(p.readAllStandardError().contains("Cancelled"));
    return p.exitCode();
}
} // namespace

TEST(Cp, InterruptedDownloadLeavesNothing)
{
    QTemporaryDir here;
    Container c;
    docker(dockerHost(),
        {QStringLiteral("exec"), c.name(), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mkdir /big && dd if=/dev/zero of=/big/zeros bs=1M count=1024 2>/dev/null")});
    ASSERT_TRUE(QDir().mkpath(here.filePath(QStringLiteral("dest"))));
    EXPECT_NE(interruptWhenWriting(
                  {QStringLiteral("cp"), c.at(QStringLiteral("/big")), here.filePath(QStringLiteral("dest"))},
                  here.filePath(QStringLiteral("dest"))),
        0);
    EXPECT_TRUE(QDir(here.filePath(QStringLiteral("dest")))
                    .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    const QString volume = uniqueName(QStringLiteral("berth-cp-big"));
    docker(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("-v"), volume + QStringLiteral(":/v"), testImage(), QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral("dd if=/dev/zero of=/v/zeros bs=1M count=1024 2>/dev/null")});
    const auto cleanup = qScopeGuard([&] {
        dockerMayFail({QStringLiteral("volume"), QStringLiteral("rm"), volume});
    });
    EXPECT_NE(interruptWhenWriting(
                  {QStringLiteral("volume"), QStringLiteral("cp"), volume + QStringLiteral(":/zeros"),
                      here.filePath(QStringLiteral("dest/zeros"))},
                  here.filePath(QStringLiteral("dest"))),
        0);
    EXPECT_TRUE(QDir(here.filePath(QStringLiteral("dest")))
                    .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    EXPECT_TRUE(leftoverHelpers({volume}).isEmpty()) << qPrintable(leftoverHelpers({volume}).join(u' '));

    // Into a volume: interrupted while the helper is there, which then goes.
    QFile big(here.filePath(QStringLiteral("big")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(qint64(2) << 30));
    big.close();
    QProcess upload;
    upload.start(berthctlPath(),
        {QStringLiteral("--host"), dockerHost(), QStringLiteral("volume"), QStringLiteral("cp"),
            big.fileName(), volume + QStringLiteral(":/")});
    ASSERT_TRUE(upload.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return !leftoverHelpers({volume}).isEmpty(); }, 30000))
        << upload.readAllStandardError().constData();
    QThread::msleep(200);
    ::kill(pid_t(upload.processId()), SIGINT);
    EXPECT_TRUE(upload.waitForFinished(30000));
    EXPECT_NE(upload.exitCode(), 0);
    EXPECT_TRUE(upload.readAllStandardError().contains("Cancelled"));
    EXPECT_TRUE(leftoverHelpers({volume}).isEmpty()) << qPrintable(leftoverHelpers({volume}).join(u' '));
}
