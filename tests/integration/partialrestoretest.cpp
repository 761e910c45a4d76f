// SPDX-License-Identifier: GPL-3.0-or-later
// Looking inside a Berth backup (berthctl volume ls-backup, compared with what tar says about the
// same file) and restoring part of it (volume restore --only) into the private engines.
#include "testsupport.h"
#include "volumefixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace TestSupport;
using namespace VolumeFixtures;

namespace {

const QString Folder = QStringLiteral("папка с пробелом");

QString host()
{
    return dockerHost();
}

ProcessResult berthctlHere(const QStringList &args)
{
    return berthctl(host(), args);
}

QString backUp(const QString &volume, const QString &file)
{
    const ProcessResult r = berthctlHere(
        {QStringLiteral("volume"), QStringLiteral("backup"), volume, QStringLiteral("-o"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return file;
}

ProcessResult restore(const QString &file, const QString &volume, const QStringList &extra)
{
    return berthctlHere(
        QStringList {QStringLiteral("volume"), QStringLiteral("restore"), file, volume} + extra);
}

void removeVolumes(const QStringList &volumes)
{
    for (const QString &v : volumes)
        docker(host(), {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), v});
}

/// Berth's helper containers still on @p volume (other tests' helpers on the shared engine aside).
QByteArray helpersOn(const QString &volume)
{
    return docker(host(),
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
            QStringLiteral("label=io.github.berth.helper"), QStringLiteral("--filter"),
            QStringLiteral("volume=") + volume})
        .out.trimmed();
}

/// Every path of a volume with its mode, owner, type and link target, and each file's sha256,
/// by path: what a partial restore must get right (a folder's link count is left out: it counts
/// the subfolders that were not chosen).
QMap<QString, QString> contents(const QString &volume)
{
    const QByteArray out = inVolume(host(), volume,
        QStringLiteral("cd /v && find . | sort | while IFS= read -r f; do printf '%s\\t' \"$f\"; "
                       "stat -c '%a %u:%g %F' \"$f\" | tr '\\n' ' '; "
                       "if [ -L \"$f\" ]; then printf -- '-> %s' \"$(readlink \"$f\")\"; fi; "
                       "if [ -f \"$f\" ] && [ ! -L \"$f\" ]; then sha256sum \"$f\" | cut -c1-64; "
                       "else echo; fi; done"));
    QMap<QString, QString> byPath;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        byPath.insert(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1).trimmed());
    return byPath;
}

/// @p all's paths that are @p paths or under them, and the folders on the way.
QMap<QString, QString> only(const QMap<QString, QString> &all, const QStringList &paths)
{
    QMap<QString, QString> kept;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (const QString &p : paths) {
            const QString full = QStringLiteral("./") + p;
            if (it.key() == full || it.key().startsWith(full + QLatin1Char('/'))
                || full.startsWith(it.key() + QLatin1Char('/')))
                kept.insert(it.key(), it.value());
        }
    }
    return kept;
}

/// The hard-link count of @p path in @p volume.
QString links(const QString &volume, const QString &path)
{
    return trimmed(
        inVolume(host(), volume, QStringLiteral("stat -c %h \"/v/$0\"").replace(QStringLiteral("$0"), path)));
}

struct Line
{
    QString mode, owner, size, time, name, target;
};

/// `tar tvf`'s lines or ls-backup's, split into their columns; names without "./".
QList<Line> lines(const QByteArray &out, bool isTar)
{
    static const QRegularExpression row(QStringLiteral(
        "^(\\S{10}) (\\S+)\\s+(\\d+|\\d+,\\s*\\d+) (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) (.*)$"));
    QList<Line> result;
    for (const QString &text : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = row.match(text);
        EXPECT_TRUE(m.hasMatch()) << qPrintable(text);
        Line l {m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), {}};
        for (const QString &arrow : {QStringLiteral(" -> "), QStringLiteral(" link to ")}) {
            if (l.name.contains(arrow)) {
                l.target = l.name.section(arrow, 1);
                l.name = l.name.section(arrow, 0, 0);
            }
        }
        if (isTar) {
            for (QString *s : {&l.name, &l.target}) {
                if (s->startsWith(QLatin1String("./")))
                    s->remove(0, 2);
                if (s->endsWith(QLatin1Char('/')))
                    s->chop(1);
            }
        }
        result.append(l);
    }
    return result;
}

} // namespace

TEST(LsBackup, ListsABerthBackupAsTarDoesAtTheTopAndInAFolder)
{
    const QString volume = trickyVolume(host());
    QTemporaryDir dir;
    const QString file = backUp(volume, dir.filePath(QStringLiteral("tricky.tar.gz")));
    const ProcessResult tarred = run(QStringLiteral("env"),
        {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("TZ=UTC"), QStringLiteral("tar"),
            QStringLiteral("-tvzf"), file});
    ASSERT_EQ(tarred.exitCode, 0) << tarred.err.constData();
    const QList<Line> all = lines(tarred.out, true);
    ASSERT_GT(all.size(), 8) << tarred.out.constData();
    QHash<QString, QString> sizes;
    for (const Line &t : all)
        sizes.insert(t.name, t.size);

    for (const QString &folder : {QString(), Folder}) {
        SCOPED_TRACE(folder.toStdString());
        QStringList args {QStringLiteral("volume"), QStringLiteral("ls-backup"), file};
        if (!folder.isEmpty())
            args.append(folder);
        const ProcessResult listed
            = run(QStringLiteral("env"), QStringList {QStringLiteral("TZ=UTC"), berthctlPath()} + args);
        ASSERT_EQ(listed.exitCode, 0) << listed.err.constData();
        QList<Line> expected;
        for (const Line &t : all) {
            if (t.name.isEmpty() || t.name == QLatin1String("."))
                continue;
            const QString parent
                = t.name.contains(QLatin1Char('/')) ? t.name.section(QLatin1Char('/'), 0, -2) : QString();
            if (parent != folder)
                continue;
            Line l = t;
            l.name = t.name.section(QLatin1Char('/'), -1);
            // tar says 0 for a hard link; ls-backup says what the file holds, its target's size.
            if (l.mode.startsWith(QLatin1Char('h')))
                l.size = sizes.value(l.target);
            expected.append(l);
        }
        std::sort(expected.begin(), expected.end(),
            [](const Line &a, const Line &b) { return a.name.toUtf8() < b.name.toUtf8(); });
        const QList<Line> got = lines(listed.out, false);
        ASSERT_EQ(got.size(), expected.size()) << listed.out.constData() << "\n" << tarred.out.constData();
        ASSERT_FALSE(got.isEmpty());
        for (qsizetype i = 0; i < got.size(); ++i) {
            SCOPED_TRACE(got[i].name.toStdString());
            EXPECT_EQ(got[i].name, expected[i].name);
            EXPECT_EQ(got[i].mode, expected[i].mode);
            EXPECT_EQ(got[i].owner, expected[i].owner);
            EXPECT_EQ(got[i].size, expected[i].size);
            EXPECT_EQ(got[i].time, expected[i].time);
            EXPECT_EQ(got[i].target, expected[i].target);
        }
    }

    // One JSON object a line, with the same names and types.
    const ProcessResult json = berthctlHere({QStringLiteral("volume"), QStringLiteral("ls-backup"), file,
        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.constData();
    QMap<QString, QString> types;
    for (const QByteArray &line : json.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        types.insert(o.value(QLatin1String("name")).toString(), o.value(QLatin1String("type")).toString());
    }
    EXPECT_EQ(types.value(QStringLiteral("big")), QStringLiteral("file"));
    EXPECT_EQ(types.value(QStringLiteral("hard")), QStringLiteral("hardlink"));
    EXPECT_EQ(types.value(QStringLiteral("link")), QStringLiteral("symlink"));
    EXPECT_EQ(types.value(QStringLiteral("empty")), QStringLiteral("directory"));
    EXPECT_EQ(types.value(Folder), QStringLiteral("directory"));

    // A path the backup does not hold is named.
    const ProcessResult missing = berthctlHere(
        {QStringLiteral("volume"), QStringLiteral("ls-backup"), file, QStringLiteral("nothere")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("\"nothere\"")) << missing.err.constData();
    EXPECT_TRUE(missing.out.isEmpty());
    removeVolumes({volume});
}

TEST(PartialRestore, OneFileAndOneFolderIntoANewVolume)
{
    const QString source = trickyVolume(host());
    const QMap<QString, QString> all = contents(source);
    ASSERT_TRUE(all.value(QStringLiteral("./") + Folder + QStringLiteral("/файл"))
                    .startsWith(QLatin1String("644 1234:1234")))
        << all.value(QStringLiteral("./") + Folder + QStringLiteral("/файл")).toStdString();
    QTemporaryDir dir;
    const QString file = backUp(source, dir.filePath(QStringLiteral("tricky.tar.gz")));

    for (const QStringList &chosen : {QStringList {Folder + QStringLiteral("/файл")}, QStringList {Folder},
             QStringList {QStringLiteral("tool"), QStringLiteral("empty"), QStringLiteral("link")}}) {
        SCOPED_TRACE(chosen.join(QLatin1Char(',')).toStdString());
        const QString target = uniqueName(QStringLiteral("berth-partial"));
        QStringList options;
        for (const QString &path : chosen)
            options << QStringLiteral("--only") << path;
        const ProcessResult r = restore(file, target, options);
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        QMap<QString, QString> expected = only(all, chosen);
        expected.insert(QStringLiteral("."), all.value(QStringLiteral(".")));
        EXPECT_EQ(contents(target), expected);
        EXPECT_TRUE(helpersOn(target).isEmpty()) << helpersOn(target).constData();
        removeVolumes({target});
    }
    removeVolumes({source});
}

TEST(PartialRestore, MergeIntoAVolumeWithDataTouchesNothingElseAndReplaceLeavesOnlyTheChosen)
{
    const QString source = trickyVolume(host());
    const QMap<QString, QString> all = contents(source);
    QTemporaryDir dir;
    const QString file = backUp(source, dir.filePath(QStringLiteral("tricky.tar.gz")));
    const QString target = emptyVolume(host());
    inVolume(host(), target,
        QStringLiteral("mkdir -p '/v/папка с пробелом' && echo mine > '/v/папка с пробелом/другой' "
                       "&& echo not-the-backups > /v/big && echo mine > /v/mine && chmod 700 /v/mine"));
    const QMap<QString, QString> before = contents(target);
    const QStringList chosen {Folder, QStringLiteral("tool")};
    const QStringList options {
        QStringLiteral("--only"), Folder, QStringLiteral("--only"), QStringLiteral("tool")};

    // Without the user's word, nothing.
    ProcessResult r = restore(file, target, options);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("holds data")) << r.err.constData();
    EXPECT_EQ(contents(target), before);

    r = restore(file, target, options + QStringList {QStringLiteral("--merge")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QMap<QString, QString> expected = before;
    const QMap<QString, QString> restored = only(all, chosen);
    for (auto it = restored.cbegin(); it != restored.cend(); ++it)
        expected.insert(it.key(), it.value());
    EXPECT_EQ(contents(target), expected) << "the chosen paths added, the rest as it was";
    EXPECT_EQ(inVolume(host(), target, QStringLiteral("cat /v/big")), QByteArray("not-the-backups\n"));

    // Replace: the volume holds the chosen paths only.
    r = restore(
        file, target, {QStringLiteral("--only"), QStringLiteral("tool"), QStringLiteral("--replace")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(contents(target), only(all, {QStringLiteral("tool")}));
    EXPECT_TRUE(helpersOn(target).isEmpty()) << helpersOn(target).constData();
    removeVolumes({source, target});
}

TEST(PartialRestore, APathNotInTheBackupIsRefusedBeforeAnythingChanges)
{
    const QString source = trickyVolume(host());
    QTemporaryDir dir;
    const QString file = backUp(source, dir.filePath(QStringLiteral("tricky.tar.gz")));

    const QString fresh = uniqueName(QStringLiteral("berth-partial"));
    ProcessResult r = restore(file, fresh,
        {QStringLiteral("--only"), QStringLiteral("tool"), QStringLiteral("--only"),
            QStringLiteral("nothere/file")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("\"nothere/file\"")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("\"tool\"")) << r.err.constData();
    EXPECT_FALSE(volumeExists(host(), fresh)) << "no volume made for a restore refused";

    const QString target = emptyVolume(host());
    inVolume(host(), target, QStringLiteral("echo mine > /v/mine"));
    const QMap<QString, QString> before = contents(target);
    for (const QString &bad : {QStringLiteral("nothere"), QStringLiteral("../etc"), QStringLiteral("/")}) {
        r = restore(file, target, {QStringLiteral("--only"), bad, QStringLiteral("--merge")});
        EXPECT_EQ(r.exitCode, 1) << qPrintable(bad);
        EXPECT_TRUE(r.err.contains(("\"" + bad + "\"").toUtf8())) << r.err.constData();
        EXPECT_EQ(contents(target), before);
    }
    EXPECT_TRUE(helpersOn(target).isEmpty()) << helpersOn(target).constData();
    removeVolumes({source, target});
}

TEST(PartialRestore, AHardLinkChosenWithoutItsTargetIsAFileWithTheContent)
{
    const QString source = trickyVolume(host());
    const QMap<QString, QString> all = contents(source);
    ASSERT_EQ(links(source, QStringLiteral("hard")), QStringLiteral("2"));
    QTemporaryDir dir;
    const QString file = backUp(source, dir.filePath(QStringLiteral("tricky.tar.gz")));
    // In the backup, "big" holds the bytes and "hard" is a link to it.
    const ProcessResult listed
        = berthctlHere({QStringLiteral("volume"), QStringLiteral("ls-backup"), file, QStringLiteral("hard")});
    ASSERT_TRUE(listed.out.contains("hard link to big")) << listed.out.constData();

    const QString target = uniqueName(QStringLiteral("berth-partial"));
    const ProcessResult r = restore(file, target, {QStringLiteral("--only"), QStringLiteral("hard")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QMap<QString, QString> got = contents(target);
    EXPECT_EQ(got.keys(), QStringList({QStringLiteral("."), QStringLiteral("./hard")}));
    EXPECT_EQ(got.value(QStringLiteral("./hard")), all.value(QStringLiteral("./big")))
        << "the same mode, owner and sha256 as the file it was linked to";
    EXPECT_EQ(links(target, QStringLiteral("hard")), QStringLiteral("1"));
    removeVolumes({source, target});
}

TEST(PartialRestore, NamesWithANewlineOrNotInUtf8AreListedEscapedAndRestoredAsTheirBytes)
{
    const QString source = emptyVolume(host());
    inVolume(host(), source,
        QStringLiteral(
            "echo bad > \"/v/bad$(printf '\\377')name\" && echo nl > \"/v/new$(printf '\\nline')\" "
            "&& echo ok > /v/ok"));
    // Each name's bytes in hex, one a line, sorted: what the volume holds, whatever the bytes.
    const auto names = [](const QString &volume) {
        return inVolume(host(), volume,
            QStringLiteral(
                "cd /v && for f in *; do printf '%s' \"$f\" | od -An -tx1 | tr -d ' \\n'; echo; done "
                "| sort"));
    };
    const QByteArray all = names(source);
    ASSERT_EQ(all, QByteArray("626164ff6e616d65\n6e65770a6c696e65\n6f6b\n")) << all.constData();
    QTemporaryDir dir;
    const QString file = backUp(source, dir.filePath(QStringLiteral("names.tar.gz")));

    const ProcessResult listed = berthctlHere({QStringLiteral("volume"), QStringLiteral("ls-backup"), file});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.constData();
    const QList<QByteArray> rows = listed.out.trimmed().split('\n');
    ASSERT_EQ(rows.size(), 3) << "a name's newline does not break its line: " << listed.out.constData();
    EXPECT_TRUE(rows[0].endsWith(" bad\\xffname")) << rows[0].constData();
    EXPECT_TRUE(rows[1].endsWith(" new\\nline")) << rows[1].constData();
    EXPECT_FALSE(listed.out.contains('\xff'));

    // The whole backup, and the name with a newline alone.
    const QString whole = uniqueName(QStringLiteral("berth-partial"));
    ProcessResult r = restore(file, whole, {});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(names(whole), all);
    const QString one = uniqueName(QStringLiteral("berth-partial"));
    r = restore(file, one, {QStringLiteral("--only"), QStringLiteral("new\nline")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(names(one), QByteArray("6e65770a6c696e65\n"));
    EXPECT_EQ(inVolume(host(), one, QStringLiteral("cat /v/*")), QByteArray("nl\n"));
    removeVolumes({source, whole, one});
}
