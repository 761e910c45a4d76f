// SPDX-License-Identifier: GPL-3.0-or-later
// Migration between the two private engines: export on one, import on the other, compared field
// by field and file by file; tampered bundles and conflicts change nothing on the target.
#include "jobs/enginesource.h"
#include "jobs/migrationexportjob.h"
#include "jobs/migrationimportjob.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>

using namespace TestSupport;
using namespace VolumeFixtures;

namespace {

QString source()
{
    return dockerHost();
}

QString target()
{
    return qEnvironmentVariable("BERTH_TEST_DOCKER2_HOST");
}

QJsonObject inspect(const QString &host, const QString &container)
{
    return QJsonDocument::fromJson(docker(host, {QStringLiteral("inspect"), container}).out)
        .array()
        .at(0)
        .toObject();
}

/// What the target engine holds: containers, volumes and images, to compare before and after.
/// Sorted: the containerd image store lists images created in the same second in any order.
/// Containers the engine named (adjective_name) are left out: other suites share these engines
/// and make them by the hundred, while everything an import makes has a name of its own.
QByteArray state(const QString &host)
{
    const auto sorted = [](const QByteArray &lines) {
        static const QRegularExpression engineNamed(QStringLiteral("^[a-z]+_[a-z]+[0-9]*$"));
        QList<QByteArray> list = lines.split('\n');
        list.removeIf(
            [](const QByteArray &line) { return engineNamed.match(QString::fromUtf8(line)).hasMatch(); });
        std::sort(list.begin(), list.end());
        return list.join('\n');
    };
    return sorted(docker(host,
               {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                   QStringLiteral("{{.Names}}")})
                      .out)
        + "--\n"
        + sorted(docker(host, {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q")}).out)
        + "--\n" + sorted(docker(host, {QStringLiteral("images"), QStringLiteral("-q")}).out);
}

/// A running container with what a migration must carry: a named volume with tricky content, an
/// anonymous volume, env, a published port, a restart policy, labels and its own command.
struct Source
{
    QString name = uniqueName(QStringLiteral("berth-mig"));
    QString volume;
    /// @p bigMegabytes: the size of the volume's random file.
    explicit Source(int bigMegabytes = 4)
    {
        volume = trickyVolume(source(), bigMegabytes);
        docker(source(),
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-p"),
                QStringLiteral("127.0.0.1:18093:80"), QStringLiteral("--restart"),
                QStringLiteral("unless-stopped"), QStringLiteral("-e"),
                QStringLiteral("GREETING=hello world"), QStringLiteral("-l"), QStringLiteral("owner=Аня"),
                QStringLiteral("-v"), volume + QStringLiteral(":/data"), QStringLiteral("-v"),
                QStringLiteral("/anon"), testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo anonymous > /anon/a; exec sleep 1000")});
        waitUntil([&] { return inVolume(source(), volume, QStringLiteral("ls /v")).contains("big"); });
    }
    ~Source()
    {
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), source(), QStringLiteral("rm"), QStringLiteral("-fv"), name});
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), source(), QStringLiteral("volume"), QStringLiteral("rm"), volume});
    }
};

ProcessResult exportTo(const QString &container, const QString &dir)
{
    return berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("export"), container, QStringLiteral("-o"), dir});
}

ProcessResult importFrom(const QString &dir, const QStringList &extra = {})
{
    QStringList args {QStringLiteral("migrate"), QStringLiteral("import")};
    if (!dir.isEmpty())
        args << dir;
    return berthctl(target(), args + extra);
}

void removeOnTarget(const QString &container)
{
    const QJsonObject i = inspect(target(), container);
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("rm"), QStringLiteral("-f"), container});
    for (const QJsonValue &m : i.value(QLatin1String("Mounts")).toArray())
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), target(), QStringLiteral("volume"), QStringLiteral("rm"),
                m.toObject().value(QLatin1String("Name")).toString()});
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("rmi"),
            i.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString()});
}

/// A copy of the bundle @p good at @p to, its manifest changed by @p edit and its checksum
/// computed again: what somebody who edits a bundle on purpose makes.
QString craft(const QString &good, const QString &to, const std::function<void(QJsonObject &)> &edit)
{
    EXPECT_EQ(run(QStringLiteral("cp"), {QStringLiteral("-a"), good, to}).exitCode, 0);
    QFile f(to + QStringLiteral("/manifest.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    edit(root);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    EXPECT_EQ(run(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                      QStringLiteral("cd \"$0\" && sha256sum manifest.json > manifest.json.sha256"), to})
                  .exitCode,
        0);
    return to;
}

/// The manifest's entry for @p path, with the file's size and sha256 now.
void relist(QJsonObject &root, const QString &bundle, const QString &path)
{
    QFile f(bundle + QLatin1Char('/') + path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QJsonArray files = root.value(QLatin1String("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject o = files[i].toObject();
        if (o.value(QLatin1String("path")).toString() == path) {
            o.insert(QLatin1String("size"), double(data.size()));
            o.insert(QLatin1String("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
            files[i] = o;
        }
    }
    root.insert(QLatin1String("files"), files);
}

/// Sets HostConfig.KEY of a manifest's create body.
std::function<void(QJsonObject &)> withHostConfig(const QJsonObject &values)
{
    return [values](QJsonObject &root) {
        QJsonObject container = root.value(QLatin1String("container")).toObject();
        QJsonObject body = container.value(QLatin1String("createBody")).toObject();
        QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            host.insert(it.key(), it.value());
        body.insert(QLatin1String("HostConfig"), host);
        container.insert(QLatin1String("createBody"), body);
        root.insert(QLatin1String("container"), container);
    };
}

/// Starts @p job, cancels it when its detail first starts with @p step, and waits for its end.
void cancelAt(Job &job, const QString &step)
{
    bool cancelled = false;
    QObject::connect(&job, &Job::progressChanged, &job, [&] {
        if (!cancelled && job.detail().startsWith(step)) {
            cancelled = true;
            job.cancel();
        }
    });
    job.start();
    ASSERT_TRUE(waitUntil([&] { return job.isFinished(); }, 120000)) << "the job did not end";
    EXPECT_TRUE(cancelled) << "never reached: " << job.detail().toStdString();
    EXPECT_EQ(job.state(), Job::Cancelled) << job.errorString().toStdString();
}

/// The container's State.Status on @p host ("running", "paused", …).
QString status(const QString &host, const QString &container)
{
    return trimmed(docker(host,
        {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), container})
                       .out);
}

} // namespace

TEST(Migrate, ExportOnOneEngineImportOnTheOther)
{
    ASSERT_FALSE(target().isEmpty()) << "the test script starts a second dockerd";
    Source src;
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    ProcessResult r = exportTo(src.name, bundle);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(QFileInfo::exists(bundle + QStringLiteral("/manifest.json")));
    EXPECT_EQ(
        run(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && sha256sum -c manifest.json.sha256"), bundle})
            .exitCode,
        0);
    EXPECT_EQ(status(source(), src.name), QStringLiteral("running"))
        << "paused for the commit, running again";
    EXPECT_TRUE(docker(source(),
        {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("berth-migrate/") + src.name})
                    .out.trimmed()
                    .isEmpty())
        << "the committed image leaves the source engine again";

    r = importFrom(bundle, {QStringLiteral("--start")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject before = inspect(source(), src.name);
    const QJsonObject after = inspect(target(), src.name);
    for (const char *key :
        {"Cmd", "Entrypoint", "Env", "WorkingDir", "User", "ExposedPorts", "Labels", "Tty", "OpenStdin"})
        EXPECT_EQ(after.value(QLatin1String("Config")).toObject().value(QLatin1String(key)),
            before.value(QLatin1String("Config")).toObject().value(QLatin1String(key)))
            << key;
    for (const char *key : {"PortBindings", "RestartPolicy", "NetworkMode", "Memory", "NanoCpus"})
        EXPECT_EQ(after.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(key)),
            before.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(key)))
            << key;
    EXPECT_TRUE(after.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool());
    // Every volume's tree, at the same mount points, and the program inside sees its data.
    QMap<QString, QString> volumesBefore, volumesAfter;
    for (const QJsonValue &m : before.value(QLatin1String("Mounts")).toArray())
        volumesBefore.insert(m.toObject().value(QLatin1String("Destination")).toString(),
            m.toObject().value(QLatin1String("Name")).toString());
    for (const QJsonValue &m : after.value(QLatin1String("Mounts")).toArray())
        volumesAfter.insert(m.toObject().value(QLatin1String("Destination")).toString(),
            m.toObject().value(QLatin1String("Name")).toString());
    ASSERT_EQ(volumesAfter.keys(), volumesBefore.keys());
    EXPECT_EQ(volumesAfter.value(QStringLiteral("/data")), src.volume) << "a named volume keeps its name";
    for (const QString &destination : volumesBefore.keys())
        EXPECT_EQ(
            volumeTree(target(), volumesAfter[destination]), volumeTree(source(), volumesBefore[destination]))
            << qPrintable(destination);
    EXPECT_EQ(docker(target(),
                  {QStringLiteral("exec"), src.name, QStringLiteral("cat"), QStringLiteral("/anon/a"),
                      QStringLiteral("/data/папка с пробелом/файл")})
                  .out,
        QByteArray("anonymous\nпривет\n"));

    // Importing again: the name and the volume are taken, and nothing is overwritten unasked.
    const QByteArray settled = state(target());
    r = importFrom(bundle);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--on-conflict")) << r.err.constData();
    r = importFrom(bundle, {QStringLiteral("--on-conflict"), QStringLiteral("rename")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--volume-map")) << r.err.constData();
    EXPECT_EQ(state(target()), settled);
    const QString copyVolume = uniqueName(QStringLiteral("berth-mig-copy"));
    r = importFrom(bundle,
        {QStringLiteral("--on-conflict"), QStringLiteral("rename"), QStringLiteral("--volume-map"),
            src.volume + QLatin1Char('=') + copyVolume, QStringLiteral("--port-map"),
            QStringLiteral("18093=18095")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(trimmed(docker(target(),
                  {QStringLiteral("inspect"), QStringLiteral("-f"),
                      QStringLiteral("{{(index (index .HostConfig.PortBindings \"80/tcp\") 0).HostPort}}"),
                      src.name + QStringLiteral("-2")})
                          .out),
        QStringLiteral("18095"))
        << "the copy publishes the port it was given";
    EXPECT_EQ(trimmed(docker(target(),
                  {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Name}}"),
                      src.name + QStringLiteral("-2")})
                          .out),
        QLatin1Char('/') + src.name + QStringLiteral("-2"));
    EXPECT_EQ(volumeTree(target(), copyVolume), volumeTree(source(), src.volume));
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("rm"), QStringLiteral("-fv"),
            src.name + QStringLiteral("-2")});
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("volume"), QStringLiteral("rm"), copyVolume});
    removeOnTarget(src.name);
}

TEST(Migrate, ATamperedBundleIsRefusedBeforeAnythingChanges)
{
    Source src;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    ASSERT_EQ(exportTo(src.name, good).exitCode, 0);
    const QByteArray before = state(target());
    auto copy = [&](const QString &name) {
        const QString to = dir.filePath(name);
        EXPECT_EQ(run(QStringLiteral("cp"), {QStringLiteral("-a"), good, to}).exitCode, 0);
        return to;
    };
    const QString archive = QStringLiteral("/volumes/") + src.volume + QStringLiteral(".tar.gz");
    const QString flipped = copy(QStringLiteral("flipped"));
    {
        QFile f(flipped + archive);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c = f.peek(1).at(0);
        f.write(QByteArray(1, char(c ^ 0x01)));
    }
    const QString edited = copy(QStringLiteral("edited"));
    {
        QFile f(edited + QStringLiteral("/manifest.json"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll().replace("hello world", "hello there");
        f.close();
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }
    const QString missing = copy(QStringLiteral("missing"));
    QFile::remove(missing + archive);
    const QString extra = copy(QStringLiteral("extra"));
    {
        QFile f(extra + QStringLiteral("/volumes/surprise.tar.gz"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not from the export");
    }
    const QList<QPair<QString, QByteArray>> cases {{flipped, "sha256"},
        {edited, "manifest.json does not match"}, {missing, "lacks"}, {extra, "surprise.tar.gz"}};
    for (const auto &[bundle, message] : cases) {
        SCOPED_TRACE(bundle.toStdString());
        const ProcessResult r = importFrom(bundle, {QStringLiteral("--start")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(message)) << r.err.constData();
        EXPECT_EQ(state(target()), before) << "nothing was made on the target";
    }
    // A bundle whose export did not finish (no manifest) is refused too.
    const QString unfinished = copy(QStringLiteral("unfinished"));
    QFile::remove(unfinished + QStringLiteral("/manifest.json"));
    const ProcessResult r = importFrom(unfinished);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("manifest.json")) << r.err.constData();
    EXPECT_EQ(state(target()), before);
}

TEST(Migrate, AHostPortTakenOnTheTargetIsRefusedBeforeAnythingChanges)
{
    // The private engines publish nothing (no network), so a program holds the port: the engine
    // would only say so when the container starts, after the image and volumes were made.
    Source src;
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    ASSERT_EQ(exportTo(src.name, bundle).exitCode, 0);
    QTcpServer holder;
    ASSERT_TRUE(holder.listen(QHostAddress::LocalHost, 18093)) << "the port the source publishes";
    const QByteArray before = state(target());
    ProcessResult r = importFrom(bundle, {QStringLiteral("--start")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Host port 18093 (tcp) is taken here by another program"))
        << r.err.constData();
    EXPECT_TRUE(r.err.contains("--port-map")) << "and says what to do: " << r.err.constData();
    EXPECT_EQ(state(target()), before) << "nothing was made on the target";
    // Held on every address, it is taken for 127.0.0.1 too; another port is free.
    holder.close();
    ASSERT_TRUE(holder.listen(QHostAddress::AnyIPv4, 18093));
    r = importFrom(bundle, {QStringLiteral("--port-map"), QStringLiteral("18093=18096")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(trimmed(docker(target(),
                  {QStringLiteral("inspect"), QStringLiteral("-f"),
                      QStringLiteral("{{(index (index .HostConfig.PortBindings \"80/tcp\") 0).HostPort}}"),
                      src.name})
                          .out),
        QStringLiteral("18096"));
    removeOnTarget(src.name);
}

TEST(Migrate, IncludeBindsCarriesTheFoldersOfThisMachine)
{
    // Two folders of this machine bind-mounted; both engines run here, so the import puts them
    // elsewhere with --bind-map.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config dir"));
    const QString site = dir.filePath(QStringLiteral("site"));
    QDir().mkpath(config + QStringLiteral("/conf.d"));
    QDir().mkpath(site);
    auto write = [](const QString &path, const QByteArray &data, QFile::Permissions mode) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.setPermissions(mode);
    };
    write(config + QStringLiteral("/app.conf"), "port=80\n", QFile::ReadOwner | QFile::WriteOwner);
    write(config + QStringLiteral("/conf.d/extra"), "x\n",
        QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    write(site + QStringLiteral("/index.html"), "<h1>привет</h1>\n",
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const QString name = uniqueName(QStringLiteral("berth-binds"));
    ASSERT_EQ(docker(source(),
                  {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                      QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                      config + QStringLiteral(":/etc/app:ro"), QStringLiteral("-v"),
                      site + QStringLiteral(":/site"), testImage(), QStringLiteral("sleep"),
                      QStringLiteral("1000")})
                  .exitCode,
        0);
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    ProcessResult r = berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("export"), name, QStringLiteral("-o"), bundle,
            QStringLiteral("--include-binds")});
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), source(), QStringLiteral("rm"), QStringLiteral("-f"), name});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QFile manifestFile(bundle + QStringLiteral("/manifest.json"));
    ASSERT_TRUE(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray binds
        = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("binds")).toArray();
    ASSERT_EQ(binds.size(), 2);
    QStringList sources;
    for (const QJsonValue &b : binds) {
        EXPECT_TRUE(b.toObject().value(QLatin1String("migrated")).toBool());
        EXPECT_TRUE(QFileInfo::exists(
            bundle + QLatin1Char('/') + b.toObject().value(QLatin1String("file")).toString()));
        sources << b.toObject().value(QLatin1String("source")).toString();
    }

    // No folder goes where the manifest says by default: each needs the user's --bind-map, even
    // to a path that is missing here (a missing /root/.ssh would have qualified).
    const QByteArray before = state(target());
    r = importFrom(bundle);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("say which folder of this machine it goes to")) << r.err.constData();
    EXPECT_TRUE(r.err.contains(QString(QStringLiteral("--bind-map ") + sources[0]).toUtf8()))
        << r.err.constData();
    EXPECT_EQ(state(target()), before);
    const QString moved = dir.filePath(QStringLiteral("site-away"));
    ASSERT_TRUE(QDir().rename(site, moved)); // missing here now
    r = importFrom(bundle,
        {QStringLiteral("--bind-map"), config + QLatin1Char('=') + dir.filePath(QStringLiteral("new/c"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QString(QStringLiteral("--bind-map ") + site).toUtf8())) << r.err.constData();
    EXPECT_FALSE(QFileInfo::exists(site)) << "the manifest's path was not made";
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
    EXPECT_EQ(state(target()), before);
    ASSERT_TRUE(QDir().rename(moved, site));
    // The same paths exist here and hold data: refused before anything changes.
    r = importFrom(bundle,
        {QStringLiteral("--bind-map"), sources[0] + QLatin1Char('=') + sources[0],
            QStringLiteral("--bind-map"), sources[1] + QLatin1Char('=') + sources[1]});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("is not empty")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("--bind-map")) << r.err.constData();
    EXPECT_EQ(state(target()), before);

    // An archive for a host folder holding what only a volume may: a device node, a FIFO, a
    // setuid file, a link out of the folder. Each is refused before anything changes.
    const QString archive = binds.at(0).toObject().value(QLatin1String("file")).toString();
    const char *script = R"(
import io, sys, tarfile
path, kind = sys.argv[1], sys.argv[2]
out = tarfile.open(path, 'w:gz')
def add(info, data=None):
    out.addfile(info, io.BytesIO(data) if data is not None else None)
ok = tarfile.TarInfo('app.conf'); ok.size = 8; add(ok, b'port=80\n')
bad = tarfile.TarInfo('bad')
if kind == 'device': bad.type = tarfile.CHRTYPE; bad.devmajor, bad.devminor = 1, 3
elif kind == 'fifo': bad.type = tarfile.FIFOTYPE
elif kind == 'setuid': bad.mode = 0o4755; bad.size = 2
elif kind == 'link': bad.type = tarfile.SYMTYPE; bad.linkname = '../../../../etc/shadow'
elif kind == 'absolute': bad.type = tarfile.SYMTYPE; bad.linkname = '/root/.ssh/authorized_keys'
add(bad, b'x\n' if kind == 'setuid' else None)
out.close()
)";
    const QList<QPair<QString, QByteArray>> kinds {{QStringLiteral("device"), "a device node"},
        {QStringLiteral("fifo"), "a FIFO"}, {QStringLiteral("setuid"), "a setuid or setgid file"},
        {QStringLiteral("link"), "a link to ../../../../etc/shadow, outside the folder"},
        {QStringLiteral("absolute"), "a link to /root/.ssh/authorized_keys, outside the folder"}};
    for (const auto &[kind, said] : kinds) {
        SCOPED_TRACE(kind.toStdString());
        const QString crafted = dir.filePath(QStringLiteral("crafted-") + kind);
        craft(bundle, crafted, [&](QJsonObject &root) {
            const ProcessResult made = run(QStringLiteral("python3"),
                {QStringLiteral("-c"), QString::fromUtf8(script), crafted + QLatin1Char('/') + archive,
                    kind});
            EXPECT_EQ(made.exitCode, 0) << made.err.constData();
            relist(root, crafted, archive);
        });
        const QString here = dir.filePath(QStringLiteral("here-") + kind);
        r = importFrom(crafted,
            {QStringLiteral("--bind-map"), sources[0] + QLatin1Char('=') + here + QStringLiteral("/a"),
                QStringLiteral("--bind-map"), sources[1] + QLatin1Char('=') + here + QStringLiteral("/b")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(said)) << r.err.constData();
        EXPECT_TRUE(r.err.contains("nothing was changed")) << r.err.constData();
        EXPECT_FALSE(QFileInfo::exists(here)) << "no folder made";
        EXPECT_EQ(state(target()), before);
    }

    // The first folder restored, the second impossible to make: the first goes again.
    const QString first = dir.filePath(QStringLiteral("new/first"));
    r = importFrom(bundle,
        {QStringLiteral("--bind-map"), sources[0] + QLatin1Char('=') + first, QStringLiteral("--bind-map"),
            sources[1] + QStringLiteral("=/proc/berth-cannot-be-made")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("/proc/berth-cannot-be-made")) << r.err.constData();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("new")))) << "the folder it made is gone";
    EXPECT_EQ(state(target()), before);

    // Into new folders: the same trees, and the container sees them where it did.
    const QString newConfig = dir.filePath(QStringLiteral("there/config"));
    const QString newSite = dir.filePath(QStringLiteral("there/site"));
    QDir().mkpath(newSite); // an empty folder is fine
    r = importFrom(bundle,
        {QStringLiteral("--start"), QStringLiteral("--bind-map"), config + QLatin1Char('=') + newConfig,
            QStringLiteral("--bind-map"), site + QLatin1Char('=') + newSite});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // Each folder is named in full with where it went.
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("Folder %1 of the source machine is now %2 here, mounted at /etc/app.")
                           .arg(config, newConfig)
                           .toUtf8()))
        << r.out.constData();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is now %1 here, mounted at /site.").arg(newSite).toUtf8()))
        << r.out.constData();
    EXPECT_EQ(tree(newConfig), tree(config));
    EXPECT_EQ(tree(newSite), tree(site));
    EXPECT_EQ(docker(target(),
                  {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/etc/app/app.conf"),
                      QStringLiteral("/site/index.html")})
                  .out,
        QByteArray("port=80\n<h1>привет</h1>\n"));
    const QJsonObject mounts = [&] {
        QJsonObject out;
        for (const QJsonValue &m : inspect(target(), name).value(QLatin1String("Mounts")).toArray())
            out.insert(m.toObject().value(QLatin1String("Destination")).toString(), m.toObject());
        return out;
    }();
    EXPECT_EQ(mounts.value(QLatin1String("/etc/app")).toObject().value(QLatin1String("Source")).toString(),
        newConfig);
    EXPECT_FALSE(mounts.value(QLatin1String("/etc/app")).toObject().value(QLatin1String("RW")).toBool(true))
        << "still read-only";
    EXPECT_EQ(
        mounts.value(QLatin1String("/site")).toObject().value(QLatin1String("Source")).toString(), newSite);
    removeOnTarget(name);
}

TEST(Migrate, AnExportsImageAndVolumesAreOfOneMoment)
{
    // A program that writes the same count into its own layer and into its volume, a hundred
    // times a second: the commit and the volume's copy are made while it is paused once, so the
    // two counts in the bundle are the same (or one apart, paused between the two writes). An
    // export that committed first and copied the volume later would carry counts far apart.
    const QString name = uniqueName(QStringLiteral("berth-moment"));
    const QString volume = uniqueName(QStringLiteral("berth-moment-vol"));
    ASSERT_EQ(
        docker(source(),
            {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
                volume + QStringLiteral(":/data"), testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("i=0; while true; do i=$((i+1)); echo $i > /count; echo $i > /data/count; "
                               "sleep 0.01; done")})
            .exitCode,
        0);
    const std::unique_ptr<const QString, std::function<void(const QString *)>> removed(
        &name, [&](const QString *n) {
            run(QStringLiteral("docker"),
                {QStringLiteral("-H"), source(), QStringLiteral("rm"), QStringLiteral("-f"), *n});
            run(QStringLiteral("docker"),
                {QStringLiteral("-H"), source(), QStringLiteral("volume"), QStringLiteral("rm"), volume});
        });
    ASSERT_TRUE(waitUntil([&] {
        return docker(source(),
                   {QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/data/count")})
                   .out.trimmed()
                   .toInt()
            > 50;
    }));
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    const ProcessResult r = exportTo(name, bundle);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // The volume's count from its archive, the layer's from the saved image's layers.
    const ProcessResult inVolume = run(QStringLiteral("tar"),
        {QStringLiteral("-xzOf"), bundle + QStringLiteral("/volumes/") + volume + QStringLiteral(".tar.gz"),
            QStringLiteral("./count")});
    ASSERT_EQ(inVolume.exitCode, 0) << inVolume.err.constData();
    const ProcessResult inLayer = run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "cd \"$0\" && mkdir img && tar -xf image.tar -C img && for l in $(find img -type f); do "
                "tar -xOf \"$l\" count 2>/dev/null || zcat \"$l\" 2>/dev/null | tar -xO count "
                "2>/dev/null; done"),
            bundle});
    const int volumeCount = inVolume.out.trimmed().toInt();
    const int layerCount = inLayer.out.trimmed().split('\n').last().toInt();
    ASSERT_GT(volumeCount, 50) << inVolume.out.constData();
    ASSERT_GT(layerCount, 50) << inLayer.out.constData() << inLayer.err.constData();
    EXPECT_LE(std::abs(volumeCount - layerCount), 1)
        << "the layer's " << layerCount << ", the volume's " << volumeCount;
}

TEST(Migrate, AnExportCancelledAtAnyStepLeavesNothingBehind)
{
    // The container is paused, committed while its volumes are backed up, and its image saved to
    // the bundle while they still are (60 MB that do not compress): cancelled in each step, the
    // bundle's folder is gone, the committed image and the helpers too, and the container runs
    // as before once the job ends (also when cancelled while the engine pauses it).
    Source src(60);
    auto client = TestSupport::connect(source());
    const QByteArray helpersHere = helpers(source());
    const auto images = [] {
        return docker(
            source(), {QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")})
            .out;
    };
    const QByteArray imagesBefore = images();
    QTemporaryDir dir;
    for (const QString &step : {QStringLiteral("Pausing"), QStringLiteral("Committing"),
             QStringLiteral("Saving the image (docker save) and backing up the volumes"),
             QStringLiteral("Backing up the volumes")}) {
        SCOPED_TRACE(step.toStdString());
        const QString bundle = dir.filePath(QString::number(qHash(step)));
        MigrationExportJob job(client.get(), src.name, bundle);
        cancelAt(job, step);
        EXPECT_FALSE(QFileInfo::exists(bundle)) << "the folder it made";
        EXPECT_EQ(status(source(), src.name), QStringLiteral("running"));
        EXPECT_EQ(helpers(source()), helpersHere);
        EXPECT_EQ(images(), imagesBefore) << "the committed image, tagged or not";
    }
    // Stopped for the copy instead, and cancelled while it stops: started again.
    MigrationExportJob job(
        client.get(), src.name, dir.filePath(QStringLiteral("stop")), MigrationExportJob::Consistency::Stop);
    cancelAt(job, QStringLiteral("Stopping"));
    EXPECT_EQ(status(source(), src.name), QStringLiteral("running"));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("stop"))));
}

TEST(Migrate, ExportRefusesAFolderInUseAndAMissingContainer)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("mine.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    Source src;
    ProcessResult r = exportTo(src.name, dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not an empty folder")) << r.err.constData();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("mine.txt")});
    r = exportTo(QStringLiteral("berth-no-such-container"), dir.filePath(QStringLiteral("b")));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("b")))) << "the folder it made goes again";
}

TEST(Migrate, TheTargetEngineStoppedMidImportLeavesNothingBehind)
{
    SecondEngine engine;
    ASSERT_TRUE(engine.valid());
    Source src;
    inVolume(source(), src.volume, QStringLiteral("head -c 150000000 /dev/urandom > /v/large"));
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    ASSERT_EQ(exportTo(src.name, bundle).exitCode, 0);
    const QByteArray before = state(target());

    QProcess importing;
    importing.start(berthctlPath(),
        {QStringLiteral("--host"), target(), QStringLiteral("migrate"), QStringLiteral("import"), bundle});
    // Killed while the large volume is being written.
    ASSERT_TRUE(waitUntil(
        [&] {
            return volumeExists(target(), src.volume)
                && QFileInfo(mountpoint(target(), src.volume) + QStringLiteral("/large")).size() > 10000000;
        },
        60000))
        << "the import did not get to the volume";
    ASSERT_TRUE(engine.stop(SIGKILL));
    ASSERT_TRUE(importing.waitForFinished(30000));
    EXPECT_EQ(importing.exitCode(), 1);
    ASSERT_TRUE(engine.start());
    EXPECT_NE(state(target()), before) << "the engine was gone: what the import made is still there";
    // The next Berth connection undoes it: the volume, the image, the helper.
    const ProcessResult r = berthctl(target(), {QStringLiteral("cleanup")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(state(target()), before);
    EXPECT_TRUE(helpers(target()).isEmpty());
}

TEST(Migrate, LooseFilesOfTheManualProcedure)
{
    // What the seed's manual steps leave: docker save's tar and a tar -czf of the volume folder.
    Source src;
    QTemporaryDir dir;
    const QString image = uniqueName(QStringLiteral("berth-mig-manual"));
    docker(source(),
        {QStringLiteral("exec"), src.name, QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo layer > /layer.txt")});
    docker(source(), {QStringLiteral("commit"), src.name, image});
    docker(source(),
        {QStringLiteral("save"), QStringLiteral("-o"), dir.filePath(QStringLiteral("image.tar")), image});
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-czf"), dir.filePath(QStringLiteral("data.tar.gz")), QStringLiteral("-C"),
                      mountpoint(source(), src.volume), QStringLiteral(".")})
                  .exitCode,
        0);
    const QString name = uniqueName(QStringLiteral("berth-loose"));
    const QString volume = uniqueName(QStringLiteral("berth-loose-data"));
    const ProcessResult r = importFrom(QString(),
        {QStringLiteral("--image"), dir.filePath(QStringLiteral("image.tar")), QStringLiteral("--volume"),
            dir.filePath(QStringLiteral("data.tar.gz")) + QLatin1Char(':') + volume
                + QStringLiteral(":/data"),
            QStringLiteral("--name"), name, QStringLiteral("--run-args"),
            QStringLiteral("--network none -e WHO=Аня --restart always -- sh -c 'exec sleep 1000'"),
            QStringLiteral("--start")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(volumeTree(target(), volume), volumeTree(source(), src.volume));
    EXPECT_EQ(docker(target(),
                  {QStringLiteral("exec"), name, QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo $WHO; cat /layer.txt")})
                  .out,
        QByteArray("Аня\nlayer\n"))
        << "the environment given, and the files committed in the image";
    EXPECT_EQ(trimmed(docker(target(),
                  {QStringLiteral("inspect"), QStringLiteral("-f"),
                      QStringLiteral("{{.HostConfig.RestartPolicy.Name}}"), name})
                          .out),
        QStringLiteral("always"));
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("rm"), QStringLiteral("-f"), name});
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("volume"), QStringLiteral("rm"), volume});
    run(QStringLiteral("docker"), {QStringLiteral("-H"), target(), QStringLiteral("rmi"), image});
    run(QStringLiteral("docker"), {QStringLiteral("-H"), source(), QStringLiteral("rmi"), image});
}

TEST(Migrate, AnUntaggedImageFileLandsInEitherImageStore)
{
    // docker save by id names the image by its configuration's digest; the containerd image store
    // names it by its manifest's. The import follows the engine's answer, and a failed one removes
    // the image it loaded.
    Source src;
    QTemporaryDir dir;
    const QString image = uniqueName(QStringLiteral("berth-mig-untagged"));
    docker(source(), {QStringLiteral("commit"), src.name, image});
    const QString id = trimmed(docker(
        source(), {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc"), image})
                                   .out);
    ASSERT_TRUE(id.startsWith(QLatin1String("sha256:"))) << qPrintable(id);
    docker(source(),
        {QStringLiteral("save"), QStringLiteral("-o"), dir.filePath(QStringLiteral("image.tar")), id});
    docker(source(), {QStringLiteral("rmi"), image});

    const QByteArray before = state(target());
    const QString name = uniqueName(QStringLiteral("berth-untagged"));
    ProcessResult r = importFrom(QString(),
        {QStringLiteral("--image"), dir.filePath(QStringLiteral("image.tar")), QStringLiteral("--name"), name,
            QStringLiteral("--run-args"), QStringLiteral("--network none -- no-such-program"),
            QStringLiteral("--start")});
    EXPECT_EQ(r.exitCode, 1) << "the program is missing: the start fails";
    EXPECT_EQ(state(target()), before) << "the container and the image it loaded are gone again";

    r = importFrom(QString(),
        {QStringLiteral("--image"), dir.filePath(QStringLiteral("image.tar")), QStringLiteral("--name"), name,
            QStringLiteral("--run-args"), QStringLiteral("--network none -- sh -c 'exec sleep 1000'"),
            QStringLiteral("--start")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(status(target(), name), QStringLiteral("running"));
    const QString loaded = trimmed(docker(
        target(), {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Image}}"), name})
                                       .out);
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("rm"), QStringLiteral("-fv"), name});
    run(QStringLiteral("docker"), {QStringLiteral("-H"), target(), QStringLiteral("rmi"), loaded});
    EXPECT_EQ(state(target()), before);
}

TEST(Migrate, DirectTransferBetweenTwoEngines)
{
    Source src;
    const ProcessResult r = berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("transfer"), src.name, QStringLiteral("--to"), target(),
            QStringLiteral("--start")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // Compared on both engines: the image's layers and configuration (its Id differs between the
    // classic and the containerd image store), and each volume's files read back from the target.
    EXPECT_TRUE(r.out.contains("the same layers and configuration on both engines")) << r.out.constData();
    EXPECT_TRUE(
        r.out.contains(QString(QStringLiteral("volume ") + src.volume + QStringLiteral(": ")).toUtf8()))
        << r.out.constData();
    EXPECT_TRUE(r.out.contains("each file's sha256 the same on both engines")) << r.out.constData();
    const QJsonObject before = inspect(source(), src.name);
    const QJsonObject after = inspect(target(), src.name);
    for (const char *key : {"Cmd", "Env", "Labels", "ExposedPorts"})
        EXPECT_EQ(after.value(QLatin1String("Config")).toObject().value(QLatin1String(key)),
            before.value(QLatin1String("Config")).toObject().value(QLatin1String(key)))
            << key;
    for (const char *key : {"PortBindings", "RestartPolicy", "NetworkMode"})
        EXPECT_EQ(after.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(key)),
            before.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(key)))
            << key;
    EXPECT_EQ(volumeTree(target(), src.volume), volumeTree(source(), src.volume));
    EXPECT_EQ(
        docker(target(), {QStringLiteral("exec"), src.name, QStringLiteral("cat"), QStringLiteral("/anon/a")})
            .out,
        QByteArray("anonymous\n"));
    // The source runs on, with no helper and no committed image left on either side.
    EXPECT_EQ(before.value(QLatin1String("State")).toObject().value(QLatin1String("Status")).toString(),
        QStringLiteral("running"));
    EXPECT_TRUE(helpers(source()).isEmpty());
    EXPECT_TRUE(helpers(target()).isEmpty());
    EXPECT_TRUE(docker(source(),
        {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("berth-migrate/") + src.name})
                    .out.trimmed()
                    .isEmpty());
    // Again: the name is taken there now, and nothing changes on either engine.
    const QByteArray settled = state(target());
    const ProcessResult again = berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("transfer"), src.name, QStringLiteral("--to"), target()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("--on-conflict")) << again.err.constData();
    EXPECT_EQ(state(target()), settled);
    EXPECT_EQ(status(source(), src.name), QStringLiteral("running")) << "unpaused after the refusal too";
    EXPECT_TRUE(docker(source(),
        {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("berth-migrate/") + src.name})
                    .out.trimmed()
                    .isEmpty());
    removeOnTarget(src.name);
}

TEST(Migrate, ATransferCancelledAtAnyStepLeavesBothEnginesAsTheyWere)
{
    // The source is paused and committed, its image streams into the target's load while the
    // volumes are made, copied through a helper on each side and compared: cancelled in each of
    // these steps, the source runs again without the committed image and the target holds
    // nothing new.
    Source src;
    auto from = TestSupport::connect(source());
    auto to = TestSupport::connect(target());
    // Other suites share the engines: what this transfer could leave is compared, by its names
    // and, for the volumes the engine names, as volumes no container uses.
    const auto dangling = [] {
        return docker(target(),
            {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("-f"),
                QStringLiteral("dangling=true")})
            .out;
    };
    const QByteArray danglingBefore = dangling();
    const QByteArray helpersThere = helpers(target());
    const QByteArray helpersHere = helpers(source());
    for (const QString &step : {QStringLiteral("Committing"), QStringLiteral("Loading the image"),
             QStringLiteral("Copying volume"), QStringLiteral("Comparing volume")}) {
        SCOPED_TRACE(step.toStdString());
        MigrationImportJob job(to.get(), new EngineSource(from.get(), to.get(), src.name));
        cancelAt(job, step);
        // Its last answers may still be on their way: the source is set back before the job ends.
        EXPECT_EQ(status(source(), src.name), QStringLiteral("running"));
        EXPECT_EQ(helpers(source()), helpersHere);
        EXPECT_EQ(helpers(target()), helpersThere);
        for (const QString &host : {source(), target()})
            EXPECT_TRUE(docker(host,
                {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("berth-migrate/") + src.name})
                            .out.trimmed()
                            .isEmpty())
                << host.toStdString();
        EXPECT_NE(run(QStringLiteral("docker"),
                      {QStringLiteral("-H"), target(), QStringLiteral("inspect"), src.name})
                      .exitCode,
            0)
            << "no container";
        EXPECT_NE(run(QStringLiteral("docker"),
                      {QStringLiteral("-H"), target(), QStringLiteral("volume"), QStringLiteral("inspect"),
                          src.volume})
                      .exitCode,
            0)
            << "no volume";
        EXPECT_EQ(dangling(), danglingBefore);
    }
}

TEST(Migrate, ABundleAskingForPowersIsRefusedWithoutTheUsersWord)
{
    // The manifest's checksum only catches accidents: whoever edits it computes it again. What the
    // create body gives the container over this machine needs the user's word, one kind at a time.
    Source src;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    ASSERT_EQ(exportTo(src.name, good).exitCode, 0);
    const QByteArray before = state(target());
    const QJsonArray sysAdmin {QStringLiteral("SYS_ADMIN")};
    const QJsonArray hostRoot {QStringLiteral("/:/host")};
    struct Case
    {
        const char *name;
        QJsonObject hostConfig;
        QByteArray said; ///< in plain words
        QByteArray option;
    };
    const QList<Case> cases {
        {"privileged", {{QStringLiteral("Privileged"), true}}, "runs privileged", "--allow-privileged"},
        {"capabilities", {{QStringLiteral("CapAdd"), sysAdmin}}, "capabilities SYS_ADMIN",
            "--allow-capabilities"},
        {"host-binds", {{QStringLiteral("Binds"), hostRoot}}, "mounts folders of this machine: /:/host",
            "--allow-host-folders"},
        {"host-pid", {{QStringLiteral("PidMode"), QStringLiteral("host")}}, "processes (PID)",
            "--allow-host-namespaces"},
        {"host-network", {{QStringLiteral("NetworkMode"), QStringLiteral("host")}}, "network",
            "--allow-host-namespaces"},
        {"devices",
            {{QStringLiteral("Devices"),
                QJsonArray {QJsonObject {{QStringLiteral("PathOnHost"), QStringLiteral("/dev/sda")},
                    {QStringLiteral("PathInContainer"), QStringLiteral("/dev/sda")},
                    {QStringLiteral("CgroupPermissions"), QStringLiteral("rwm")}}}}},
            "devices of this machine: /dev/sda", "--allow-devices"},
        {"seccomp", {{QStringLiteral("SecurityOpt"), QJsonArray {QStringLiteral("seccomp=unconfined")}}},
            "seccomp=unconfined", "--allow-security-options"},
        {"sysctls",
            {{QStringLiteral("Sysctls"),
                QJsonObject {{QStringLiteral("kernel.shmmax"), QStringLiteral("1")}}}},
            "kernel.shmmax=1", "--allow-sysctls"},
        {"runtime", {{QStringLiteral("CgroupParent"), QStringLiteral("/system.slice")}},
            "CgroupParent=/system.slice", "--allow-runtime"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QString bundle = craft(good, dir.filePath(QLatin1String(c.name)), withHostConfig(c.hostConfig));
        const ProcessResult r = importFrom(bundle, {QStringLiteral("--start")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(c.said)) << r.err.constData();
        EXPECT_TRUE(r.err.contains(c.option)) << r.err.constData();
        EXPECT_TRUE(r.err.contains("nothing was changed")) << r.err.constData();
        EXPECT_EQ(state(target()), before) << "nothing was made on the target";
    }
    // A key the export never writes means an edited manifest.
    const QString odd = craft(good, dir.filePath(QStringLiteral("odd")),
        withHostConfig({{QStringLiteral("OomKillDisable"), true}}));
    ProcessResult r = importFrom(odd);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("HostConfig.OomKillDisable, which Berth's export never writes"))
        << r.err.constData();
    EXPECT_EQ(state(target()), before);

    // Several at once: each is named, and one allowed is not enough.
    const QString many = craft(good, dir.filePath(QStringLiteral("many")),
        withHostConfig({{QStringLiteral("Privileged"), true}, {QStringLiteral("CapAdd"), sysAdmin},
            {QStringLiteral("Binds"), QJsonArray {QStringLiteral("/:/host:ro")}}}));
    r = importFrom(many, {QStringLiteral("--allow-privileged"), QStringLiteral("--allow-capabilities")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--allow-host-folders")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("--allow-privileged)")) << "allowed already: " << r.err.constData();
    EXPECT_EQ(state(target()), before);
    // With the user's word for each, the container gets them.
    r = importFrom(many,
        {QStringLiteral("--allow-privileged"), QStringLiteral("--allow-capabilities"),
            QStringLiteral("--allow-host-folders")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject host = inspect(target(), src.name).value(QLatin1String("HostConfig")).toObject();
    EXPECT_TRUE(host.value(QLatin1String("Privileged")).toBool());
    EXPECT_TRUE(host.value(QLatin1String("CapAdd")).toArray().contains(QStringLiteral("SYS_ADMIN"))
        || host.value(QLatin1String("CapAdd")).toArray().contains(QStringLiteral("CAP_SYS_ADMIN")));
    EXPECT_TRUE(host.value(QLatin1String("Binds")).toArray().contains(QStringLiteral("/:/host:ro")));
    removeOnTarget(src.name);
}

TEST(Migrate, LooseRunOptionsAskingForPowersNeedTheUsersWord)
{
    QTemporaryDir dir;
    const QString image = uniqueName(QStringLiteral("berth-mig-powers"));
    docker(source(), {QStringLiteral("tag"), testImage(), image});
    docker(source(),
        {QStringLiteral("save"), QStringLiteral("-o"), dir.filePath(QStringLiteral("image.tar")), image});
    docker(source(), {QStringLiteral("rmi"), image});
    const QString name = uniqueName(QStringLiteral("berth-loose-powers"));
    const QStringList args {QStringLiteral("--image"), dir.filePath(QStringLiteral("image.tar")),
        QStringLiteral("--name"), name, QStringLiteral("--run-args"),
        QStringLiteral("--privileged --network host -v /:/host -- sleep 1000")};
    const QByteArray before = state(target());
    ProcessResult r = importFrom(QString(), args);
    EXPECT_EQ(r.exitCode, 1);
    for (const char *said : {"runs privileged", "--allow-privileged", "network: this machine's",
             "--allow-host-namespaces", "mounts folders of this machine: /:/host", "--allow-host-folders"})
        EXPECT_TRUE(r.err.contains(said)) << said << ": " << r.err.constData();
    EXPECT_EQ(state(target()), before) << "nothing was made on the target";
    r = importFrom(QString(),
        args + QStringList {QStringLiteral("--allow-host-folders"), QStringLiteral("--allow-privileged")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--allow-host-namespaces")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("/:/host")) << "allowed: " << r.err.constData();
    EXPECT_EQ(state(target()), before);
    r = importFrom(QString(),
        args
            + QStringList {QStringLiteral("--allow-privileged"), QStringLiteral("--allow-host-namespaces"),
                QStringLiteral("--allow-host-folders")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(
        trimmed(docker(target(),
            {QStringLiteral("inspect"), QStringLiteral("-f"),
                QStringLiteral(
                    "{{.HostConfig.Privileged}} {{.HostConfig.NetworkMode}} {{index .HostConfig.Binds 0}}"),
                name})
                    .out),
        QStringLiteral("true host /:/host"));
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), target(), QStringLiteral("rm"), QStringLiteral("-f"), name});
    run(QStringLiteral("docker"), {QStringLiteral("-H"), target(), QStringLiteral("rmi"), image});
}

TEST(Migrate, TransferOfAPrivilegedContainerNeedsTheUsersWord)
{
    const QString name = uniqueName(QStringLiteral("berth-mig-priv"));
    ASSERT_EQ(docker(source(),
                  {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--privileged"),
                      QStringLiteral("--network"), QStringLiteral("none"), testImage(),
                      QStringLiteral("sleep"), QStringLiteral("1000")})
                  .exitCode,
        0);
    const QByteArray before = state(target());
    ProcessResult r = berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("transfer"), name, QStringLiteral("--to"), target()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("runs privileged")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("--allow-privileged")) << r.err.constData();
    EXPECT_EQ(state(target()), before) << "nothing was made on the target";
    EXPECT_EQ(status(source(), name), QStringLiteral("created"))
        << "untouched (a privileged container cannot start in the test engines' sandbox)";
    EXPECT_TRUE(docker(
        source(), {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("berth-migrate/") + name})
                    .out.trimmed()
                    .isEmpty());
    r = berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("transfer"), name, QStringLiteral("--to"), target(),
            QStringLiteral("--allow-privileged")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(trimmed(docker(target(),
                  {QStringLiteral("inspect"), QStringLiteral("-f"),
                      QStringLiteral("{{.HostConfig.Privileged}}"), name})
                          .out),
        QStringLiteral("true"));
    removeOnTarget(name);
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), source(), QStringLiteral("rm"), QStringLiteral("-f"), name});
}

namespace {

/// Adds @p tag to the RepoTags of image.tar's manifest.json (docker load tags it too), in place.
bool addTagToImageFile(const QString &file, const QString &tag)
{
    const char *script = R"(
import io, json, sys, tarfile
path, tag = sys.argv[1], sys.argv[2]
with tarfile.open(path) as src:
    members = [(m, src.extractfile(m).read() if m.isfile() else None) for m in src.getmembers()]
out = tarfile.open(path, 'w', format=tarfile.PAX_FORMAT)
for m, data in members:
    if m.name == 'manifest.json':
        manifest = json.loads(data)
        manifest[0]['RepoTags'] = (manifest[0].get('RepoTags') or []) + [tag]
        data = json.dumps(manifest).encode()
        m.size = len(data)
    out.addfile(m, io.BytesIO(data) if data is not None else None)
out.close()
)";
    return run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), file, tag})
               .exitCode
        == 0;
}

QString imageId(const QString &host, const QString &reference)
{
    return trimmed(docker(host,
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"),
            reference})
                       .out);
}

} // namespace

TEST(Migrate, AnImageFileThatWouldTagAnotherImageIsRefused)
{
    // A tag on the target names an image the user has; the image file must not move it.
    const QString victim = uniqueName(QStringLiteral("berth-victim")) + QStringLiteral(":15");
    docker(target(), {QStringLiteral("tag"), testImage(), victim});
    const QString victimId = imageId(target(), victim);
    ASSERT_FALSE(victimId.isEmpty());

    // A bundle whose image.tar also tags the victim (the bundle's checksums made again).
    Source src;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    ASSERT_EQ(exportTo(src.name, good).exitCode, 0);
    const QString tagged = dir.filePath(QStringLiteral("tagged"));
    craft(good, tagged, [&](QJsonObject &root) {
        EXPECT_TRUE(addTagToImageFile(tagged + QStringLiteral("/image.tar"), victim));
        relist(root, tagged, QStringLiteral("image.tar"));
    });
    const QByteArray before = state(target());
    ProcessResult r = importFrom(tagged, {QStringLiteral("--start")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(victim.toUtf8())) << r.err.constData();
    EXPECT_TRUE(r.err.contains("it was not loaded")) << r.err.constData();
    EXPECT_EQ(state(target()), before) << "nothing was made on the target";
    EXPECT_EQ(imageId(target(), victim), victimId) << "the tag still names the user's image";

    // Loose files: a docker save of another image under the victim's name.
    const QString other = uniqueName(QStringLiteral("berth-mig-other"));
    docker(source(),
        {QStringLiteral("exec"), src.name, QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo other > /other.txt")});
    docker(source(), {QStringLiteral("commit"), src.name, victim});
    docker(source(), {QStringLiteral("tag"), victim, other});
    const QString imposter = dir.filePath(QStringLiteral("imposter.tar"));
    docker(source(), {QStringLiteral("save"), QStringLiteral("-o"), imposter, victim});
    const QString both = dir.filePath(QStringLiteral("both.tar"));
    docker(source(), {QStringLiteral("save"), QStringLiteral("-o"), both, victim, other});
    docker(source(), {QStringLiteral("rmi"), victim, other});
    const QString name = uniqueName(QStringLiteral("berth-imposter"));
    r = importFrom(QString(),
        {QStringLiteral("--image"), imposter, QStringLiteral("--name"), name, QStringLiteral("--run-args"),
            QStringLiteral("--network none -- sleep 1000")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("names another image on this engine")) << r.err.constData();
    EXPECT_EQ(state(target()), before);
    EXPECT_EQ(imageId(target(), victim), victimId);
    // Two names in one file: docker load would set both.
    r = importFrom(QString(),
        {QStringLiteral("--image"), both, QStringLiteral("--name"), name, QStringLiteral("--run-args"),
            QStringLiteral("--network none -- sleep 1000")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("it was not loaded")) << r.err.constData();
    EXPECT_EQ(state(target()), before);
    EXPECT_EQ(imageId(target(), victim), victimId);
    run(QStringLiteral("docker"), {QStringLiteral("-H"), target(), QStringLiteral("rmi"), victim});
}

namespace {
QString nameOf(const QString &host, const QString &id)
{
    return trimmed(
        docker(host, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Name}}"), id}).out)
        .mid(1);
}

bool isRunning(const QString &host, const QString &id)
{
    return trimmed(docker(host,
               {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"), id})
                       .out)
        == QLatin1String("true");
}

/// A running container on the target that an import with --on-conflict replace replaces.
QString runOnTarget(const QString &name)
{
    return trimmed(docker(target(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-l"),
            QStringLiteral("was=here"),
            // sleep as PID 1 ignores SIGTERM: the import's stop would wait its 10 s.
            QStringLiteral("--stop-timeout"), QStringLiteral("1"), testImage(), QStringLiteral("sleep"),
            QStringLiteral("1000")})
                       .out);
}
} // namespace

TEST(Migrate, ReplaceKeepsTheOldContainerUntilTheNewOneRuns)
{
    Source src;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    ASSERT_EQ(exportTo(src.name, good).exitCode, 0);
    const QString old = runOnTarget(src.name);
    ASSERT_FALSE(old.isEmpty());
    const QByteArray before = state(target());

    // The new container cannot start (its program is missing): the old one is back as it was,
    // with its name, running, and nothing of the import stays.
    const QString broken = craft(good, dir.filePath(QStringLiteral("broken")), [](QJsonObject &root) {
        QJsonObject container = root.value(QLatin1String("container")).toObject();
        QJsonObject body = container.value(QLatin1String("createBody")).toObject();
        body.insert(QLatin1String("Cmd"), QJsonArray {QStringLiteral("/no/such/program")});
        container.insert(QLatin1String("createBody"), body);
        root.insert(QLatin1String("container"), container);
    });
    ProcessResult r = importFrom(
        broken, {QStringLiteral("--on-conflict"), QStringLiteral("replace"), QStringLiteral("--start")});
    EXPECT_EQ(r.exitCode, 1) << r.out.constData();
    EXPECT_TRUE(r.err.contains("/no/such/program")) << r.err.constData();
    EXPECT_EQ(nameOf(target(), old), src.name) << "the replaced container has its name back";
    EXPECT_TRUE(isRunning(target(), old)) << "and runs again, as it did";
    EXPECT_EQ(state(target()), before);
    EXPECT_TRUE(helpers(target()).isEmpty());

    // A new container that works: the old one goes only then, its volumes stay.
    r = importFrom(
        good, {QStringLiteral("--on-conflict"), QStringLiteral("replace"), QStringLiteral("--start")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(
        run(QStringLiteral("docker"), {QStringLiteral("-H"), target(), QStringLiteral("inspect"), old})
            .exitCode
        != 0)
        << "the replaced container is gone";
    EXPECT_TRUE(isRunning(target(), src.name));
    EXPECT_FALSE(docker(target(),
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
            QStringLiteral("{{.Names}}")})
                     .out.contains("-replaced-"));
    removeOnTarget(src.name);
}

TEST(Migrate, ACutShortImportIsUndoneOnlyWhereNothingChangedSince)
{
    // What an import that died (killed, power cut) had made, as its journal says, in each state
    // the user may have left it in since: only what is exactly as the import left it goes.
    const QString host = target();
    const QString untouched = uniqueName(QStringLiteral("berth-cut-new"));
    const QString started = uniqueName(QStringLiteral("berth-cut-started"));
    const QString freeVolume = uniqueName(QStringLiteral("berth-cut-vol"));
    const QString usedVolume = uniqueName(QStringLiteral("berth-cut-used"));
    const QString original = uniqueName(QStringLiteral("berth-cut-orig"));
    const QString image
        = QStringLiteral("berth-cut/") + uniqueName(QStringLiteral("img")) + QStringLiteral(":1");
    docker(host, {QStringLiteral("volume"), QStringLiteral("create"), freeVolume});
    docker(host, {QStringLiteral("volume"), QStringLiteral("create"), usedVolume});
    const QString untouchedId = trimmed(docker(host,
        {QStringLiteral("create"), QStringLiteral("--name"), untouched, QStringLiteral("--network"),
            QStringLiteral("none"), QStringLiteral("-v"), freeVolume + QStringLiteral(":/v"), testImage(),
            QStringLiteral("true")})
                                            .out);
    const QString startedId = trimmed(docker(host,
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), started,
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
            usedVolume + QStringLiteral(":/v"), testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
                                          .out);
    docker(host, {QStringLiteral("tag"), testImage(), image});
    const QString imageId = trimmed(docker(host,
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"),
            image})
                                        .out);
    // The container being replaced, set aside as the import does it.
    const QString originalId = trimmed(docker(host,
        {QStringLiteral("create"), QStringLiteral("--name"), original + QStringLiteral("-replaced-x"),
            QStringLiteral("--network"), QStringLiteral("none"), testImage(), QStringLiteral("sleep"),
            QStringLiteral("1000")})
                                           .out);
    ASSERT_FALSE(untouchedId.isEmpty() || startedId.isEmpty() || originalId.isEmpty() || imageId.isEmpty());

    // The journal of a process that is gone, in the order the import makes things.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    const QString owner = QHostInfo::localHostName() + QLatin1Char(':') + QString::number(pid);
    const auto item = [](const QString &kind, const QString &name, const QJsonObject &facts = {}) {
        QJsonObject o = facts;
        o.insert(QStringLiteral("kind"), kind);
        o.insert(QStringLiteral("name"), name);
        return o;
    };
    const QJsonArray made {
        item(QStringLiteral("replaced"), originalId,
            {{QStringLiteral("original"), original}, {QStringLiteral("running"), true}}),
        item(QStringLiteral("image"), image, {{QStringLiteral("id"), imageId}}),
        item(QStringLiteral("volume"), freeVolume),
        item(QStringLiteral("volume"), usedVolume),
        item(QStringLiteral("container"), untouchedId),
        item(QStringLiteral("container"), startedId),
    };
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/berthctl/imports");
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString journal
        = folder + QLatin1Char('/') + uniqueName(QStringLiteral("cut")) + QStringLiteral(".json");
    QFile f(journal);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject {{QStringLiteral("owner"), owner}, {QStringLiteral("endpoint"), host},
                              {QStringLiteral("made"), made}})
                .toJson());
    f.close();

    const ProcessResult r = berthctl(host, {QStringLiteral("cleanup")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    const auto exists = [&](const QStringList &args) {
        return run(QStringLiteral("docker"), QStringList {QStringLiteral("-H"), host} + args).exitCode == 0;
    };
    EXPECT_FALSE(exists({QStringLiteral("inspect"), untouchedId})) << "never started: undone";
    EXPECT_FALSE(exists({QStringLiteral("volume"), QStringLiteral("inspect"), freeVolume}))
        << "unused: undone";
    EXPECT_FALSE(exists({QStringLiteral("image"), QStringLiteral("inspect"), image})) << "unused: undone";
    EXPECT_TRUE(isRunning(host, startedId)) << "started since: kept, and left running";
    EXPECT_TRUE(exists({QStringLiteral("volume"), QStringLiteral("inspect"), usedVolume})) << "in use: kept";
    EXPECT_EQ(nameOf(host, originalId), original) << "the replaced container has its name back";
    EXPECT_TRUE(isRunning(host, originalId)) << "and runs, as it did";
    // The user is told what stayed and why.
    for (const QString &kept : {started, usedVolume})
        EXPECT_TRUE(r.err.contains(kept.toUtf8())) << qPrintable(kept) << ": " << r.err.constData();
    EXPECT_FALSE(QFileInfo::exists(journal)) << "the journal went";

    docker(host, {QStringLiteral("rm"), QStringLiteral("-f"), startedId, originalId});
    docker(host, {QStringLiteral("volume"), QStringLiteral("rm"), usedVolume});
}

TEST(Migrate, DeviceNodesInABundlesVolumeNeedTheUsersWord)
{
    Source src;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good"));
    ASSERT_EQ(exportTo(src.name, good).exitCode, 0);
    const QByteArray before = state(target());
    const QString crafted = craft(good, dir.filePath(QStringLiteral("devices")), [&](QJsonObject &root) {
        const QJsonArray volumes = root.value(QLatin1String("volumes")).toArray();
        ASSERT_FALSE(volumes.isEmpty());
        const QString archive = volumes.at(0).toObject().value(QLatin1String("file")).toString();
        const QString path = dir.filePath(QStringLiteral("devices/")) + archive;
        const ProcessResult made = run(QStringLiteral("python3"),
            {QStringLiteral("-c"), QStringLiteral(R"(
import sys, tarfile
out = tarfile.open(sys.argv[1], 'w:gz')
dev = tarfile.TarInfo('mem'); dev.type = tarfile.CHRTYPE; dev.devmajor, dev.devminor = 1, 1
out.addfile(dev)
out.close()
)"),
                path});
        EXPECT_EQ(made.exitCode, 0) << made.err.constData();
        relist(root, dir.filePath(QStringLiteral("devices")), archive);
    });
    ProcessResult r = importFrom(crafted);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("device nodes in its volumes: mem")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("--allow-devices")) << r.err.constData();
    EXPECT_EQ(state(target()), before) << "nothing was made";
    r = importFrom(crafted, {QStringLiteral("--allow-devices")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    removeOnTarget(src.name);
}

TEST(Migrate, TransferToAnotherMachineOverSsh)
{
    // The target engine reached as another machine would be: over ssh, through its docker CLI.
    Source src;
    const QString overSsh = QStringLiteral("ssh://root@127.0.0.1:")
        + qEnvironmentVariable("BERTH_TEST_SSH_PORT") + target().mid(QStringLiteral("unix://").size());
    const ProcessResult r = berthctl(source(),
        {QStringLiteral("migrate"), QStringLiteral("transfer"), src.name, QStringLiteral("--to"), overSsh,
            QStringLiteral("--start")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("the same layers and configuration on both engines")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("each file's sha256 the same on both engines")) << r.out.constData();
    EXPECT_EQ(volumeTree(target(), src.volume), volumeTree(source(), src.volume));
    EXPECT_EQ(
        docker(target(), {QStringLiteral("exec"), src.name, QStringLiteral("cat"), QStringLiteral("/anon/a")})
            .out,
        QByteArray("anonymous\n"));
    EXPECT_TRUE(helpers(target()).isEmpty());
    removeOnTarget(src.name);
}
