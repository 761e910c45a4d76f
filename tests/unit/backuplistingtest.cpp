// SPDX-License-Identifier: GPL-3.0-or-later
// Looking inside a volume backup (BackupListing) and restoring part of it (TarSelection,
// TarFilterDevice), against archives GNU tar makes of a tricky tree.
#include "archive/backuplisting.h"
#include "archive/archivecheck.h"
#include "archive/tarbuilder.h"
#include "archive/tarfilterdevice.h"
#include "archive/tarselection.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include <gtest/gtest.h>

namespace {

const QString Folder = QStringLiteral("папка с пробелом");
const QByteArray NewlineName("new\nline");
const QByteArray NotUtf8Name("bad\xff name");

void writeFile(const QString &path, const QByteArray &data, int mode)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    f.write(data);
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

/// The tree of the tests: Cyrillic and spaces, an empty folder, a symlink, a hard link (two), modes
/// 0600, 0750, 1777 and 4755, a file owned by 1234:5678, a name with a newline and one that is
/// not UTF-8.
void makeTree(const QString &root)
{
    ASSERT_TRUE(QDir().mkpath(root + QLatin1Char('/') + Folder + QStringLiteral("/вложенная")));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/empty")));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/sticky")));
    ::chmod(QFile::encodeName(root + QLatin1Char('/') + Folder).constData(), 0750);
    ::chmod(QFile::encodeName(root + QStringLiteral("/sticky")).constData(), 01777);
    writeFile(root + QLatin1Char('/') + Folder + QStringLiteral("/файл"), "привет\n", 0640);
    ASSERT_EQ(
        ::chown(QFile::encodeName(root + QLatin1Char('/') + Folder + QStringLiteral("/файл")).constData(),
            1234, 5678),
        0);
    writeFile(root + QStringLiteral("/big"), QByteArray(70000, 'b'), 0600);
    ASSERT_EQ(::link(QFile::encodeName(root + QStringLiteral("/big")).constData(),
                  QFile::encodeName(root + QStringLiteral("/hard")).constData()),
        0);
    ASSERT_EQ(::link(QFile::encodeName(root + QStringLiteral("/big")).constData(),
                  QFile::encodeName(root + QStringLiteral("/sticky/hard2")).constData()),
        0);
    ASSERT_TRUE(QFile::link(QStringLiteral("big"), root + QStringLiteral("/link")));
    writeFile(root + QStringLiteral("/tool"), "tool\n", 04755);
    writeFile(QFile::decodeName(QFile::encodeName(root) + '/' + NewlineName), "newline\n", 0644);
    const QByteArray notUtf8 = QFile::encodeName(root) + '/' + NotUtf8Name;
    const int fd = ::open(notUtf8.constData(), O_CREAT | O_WRONLY, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::write(fd, "x", 1), 1);
    ::close(fd);
}

/// A temporary folder removed by rm -rf: QDir cannot remove a name that is not UTF-8.
struct ScratchDir
{
    QTemporaryDir dir;
    ~ScratchDir() { TestSupport::run(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()}); }
    QString filePath(const QString &name) const { return dir.filePath(name); }
};

TestSupport::ProcessResult tar(const QStringList &args)
{
    return TestSupport::run(QStringLiteral("tar"), args);
}

/// GNU tar of @p root in @p format, by name and with "./" in front of every name, as the engine
/// writes them.
QString tarOf(const QString &root, const QString &file, const QString &format)
{
    const TestSupport::ProcessResult r
        = tar({QStringLiteral("--format=") + format, QStringLiteral("--sort=name"), QStringLiteral("-cf"),
            file, QStringLiteral("--numeric-owner"), QStringLiteral("-C"), root, QStringLiteral(".")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return file;
}

/// @p tar with @p more's entries after its own (its closing zero blocks dropped).
QByteArray appended(QByteArray tar, const TarBuilder &more)
{
    while (tar.size() >= 512 && tar.right(512).count('\0') == 512)
        tar.chop(512);
    return tar + more.finish();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList names(const QList<BackupListing::Entry> &entries)
{
    QStringList out;
    for (const BackupListing::Entry &e : entries)
        out.append(BackupListing::displayName(e.refused ? e.path : e.name()));
    return out;
}

const BackupListing::Entry *find(const QList<BackupListing::Entry> &entries, const QByteArray &name)
{
    for (const BackupListing::Entry &e : entries) {
        if (e.name() == name)
            return &e;
    }
    return nullptr;
}

/// What @p device writes, read to its end.
QByteArray drain(TarFilterDevice &device)
{
    QByteArray out;
    for (int idle = 0; idle < 100;) {
        const QByteArray block = device.read(1 << 16);
        if (!block.isEmpty()) {
            out += block;
            continue;
        }
        if (device.atEnd())
            break;
        if (!device.waitForReadyRead(100))
            ++idle;
    }
    return out;
}

/// Every path under @p root, sorted: "path type mode uid:gid links" (names escaped).
QStringList extracted(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        const QChar type = S_ISDIR(st.st_mode) ? QLatin1Char('d')
            : S_ISLNK(st.st_mode)              ? QLatin1Char('l')
                                               : QLatin1Char('f');
        out.append(QStringLiteral("%1 %2 %3 %4:%5 %6")
                       .arg(BackupListing::displayName(QFile::encodeName(path.mid(root.size() + 1))))
                       .arg(type)
                       .arg(st.st_mode & 07777, 0, 8)
                       .arg(st.st_uid)
                       .arg(st.st_gid)
                       .arg(st.st_nlink));
    }
    out.sort();
    return out;
}

} // namespace

TEST(BackupListing, ListsTheTopAndAFolderWithTypesModesOwnersAndLinks)
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("tree"));
    makeTree(root);
    for (const QString &format : {QStringLiteral("pax"), QStringLiteral("gnu")}) {
        SCOPED_TRACE(format.toStdString());
        QString file = tarOf(root, dir.filePath(format + QStringLiteral(".tar")), format);
        if (format == QLatin1String("gnu")) { // and compressed, as berthctl volume backup writes it
            ASSERT_EQ(TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-f"), file}).exitCode, 0);
            file += QStringLiteral(".gz");
        }
        const BackupListing::Folder top = BackupListing::list(file, QString());
        ASSERT_TRUE(top.error.isEmpty()) << qPrintable(top.error);
        EXPECT_FALSE(top.isFile);
        // Sorted by name, bytewise, as ls in the C locale.
        EXPECT_EQ(names(top.entries),
            QStringList({QStringLiteral("bad\\xff name"), QStringLiteral("big"), QStringLiteral("empty"),
                QStringLiteral("hard"), QStringLiteral("link"), QStringLiteral("new\\nline"),
                QStringLiteral("sticky"), QStringLiteral("tool"), Folder}));
        const auto *big = find(top.entries, "big");
        const auto *hard = find(top.entries, "hard");
        const auto *link = find(top.entries, "link");
        const auto *tool = find(top.entries, "tool");
        const auto *sticky = find(top.entries, "sticky");
        const auto *folder = find(top.entries, Folder.toUtf8());
        ASSERT_TRUE(big && hard && link && tool && sticky && folder);
        EXPECT_EQ(BackupListing::modeString(*big), QStringLiteral("-rw-------"));
        EXPECT_EQ(big->size, 70000);
        EXPECT_EQ(big->type, BackupListing::Type::File);
        // A hard link to a file before it: the same bytes, under another name.
        EXPECT_EQ(hard->type, BackupListing::Type::HardLink);
        EXPECT_EQ(hard->target, QByteArray("big"));
        EXPECT_EQ(hard->size, 70000);
        EXPECT_EQ(BackupListing::modeString(*hard), QStringLiteral("hrw-------"));
        EXPECT_EQ(link->type, BackupListing::Type::Symlink);
        EXPECT_EQ(link->target, QByteArray("big"));
        EXPECT_EQ(BackupListing::modeString(*link), QStringLiteral("lrwxrwxrwx"));
        EXPECT_EQ(BackupListing::modeString(*tool), QStringLiteral("-rwsr-xr-x"));
        EXPECT_EQ(BackupListing::modeString(*sticky), QStringLiteral("drwxrwxrwt"));
        EXPECT_EQ(BackupListing::modeString(*folder), QStringLiteral("drwxr-x---"));
        EXPECT_EQ(folder->path, Folder.toUtf8());
        EXPECT_EQ(big->modified.toSecsSinceEpoch(),
            QFileInfo(root + QStringLiteral("/big")).lastModified().toSecsSinceEpoch());

        // One folder, one level, any spelling of its name.
        for (const QString &spelling :
            {Folder, QStringLiteral("/") + Folder + QStringLiteral("/"), QStringLiteral("./") + Folder}) {
            const BackupListing::Folder inside = BackupListing::list(file, spelling);
            ASSERT_TRUE(inside.error.isEmpty()) << qPrintable(inside.error);
            EXPECT_EQ(
                names(inside.entries), QStringList({QStringLiteral("вложенная"), QStringLiteral("файл")}));
        }
        const BackupListing::Folder inside = BackupListing::list(file, Folder);
        const auto *file1 = find(inside.entries, QByteArray("файл"));
        ASSERT_TRUE(file1);
        EXPECT_EQ(file1->uid, 1234);
        EXPECT_EQ(file1->gid, 5678);
        EXPECT_EQ(file1->size, qint64(QByteArray("привет\n").size()));
        EXPECT_EQ(BackupListing::modeString(*file1), QStringLiteral("-rw-r-----"));
        EXPECT_EQ(file1->path, (Folder + QStringLiteral("/файл")).toUtf8());

        const BackupListing::Folder empty = BackupListing::list(file, QStringLiteral("empty"));
        EXPECT_TRUE(empty.error.isEmpty()) << qPrintable(empty.error);
        EXPECT_TRUE(empty.entries.isEmpty());
        const BackupListing::Folder one = BackupListing::list(file, QStringLiteral("tool"));
        EXPECT_TRUE(one.isFile);
        ASSERT_EQ(one.entries.size(), 1);
        EXPECT_EQ(one.entries[0].path, QByteArray("tool"));

        const BackupListing::Folder missing = BackupListing::list(file, QStringLiteral("no such/folder"));
        EXPECT_TRUE(missing.error.contains(QLatin1String("\"no such/folder\""))) << qPrintable(missing.error);
        const BackupListing::Folder outside = BackupListing::list(file, QStringLiteral("../etc"));
        EXPECT_FALSE(outside.error.isEmpty());
    }
}

TEST(BackupListing, TheStartOfAFileForAPreview)
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("tree"));
    makeTree(root);
    QString file = tarOf(root, dir.filePath(QStringLiteral("b.tar")), QStringLiteral("gnu"));
    ASSERT_EQ(TestSupport::run(QStringLiteral("gzip"), {QStringLiteral("-f"), file}).exitCode, 0);
    file += QStringLiteral(".gz");

    // A small file whole, by any spelling of its path.
    for (const QString &path :
        {Folder + QStringLiteral("/файл"), QStringLiteral("/./") + Folder + QStringLiteral("//файл")}) {
        const BackupListing::Head small = BackupListing::head(file, path, 1000);
        ASSERT_TRUE(small.error.isEmpty()) << qPrintable(small.error);
        EXPECT_EQ(small.entry.type, BackupListing::Type::File);
        EXPECT_EQ(small.data, QByteArray("привет\n"));
        EXPECT_EQ(small.entry.size, small.data.size());
    }
    // A large one: only the limit is read.
    const BackupListing::Head big = BackupListing::head(file, QStringLiteral("big"), 1000);
    ASSERT_TRUE(big.error.isEmpty()) << qPrintable(big.error);
    EXPECT_EQ(big.entry.size, 70000);
    EXPECT_EQ(big.data, QByteArray(1000, 'b'));
    // A hard link shows its target's content, and says it is a link.
    const BackupListing::Head hard = BackupListing::head(file, QStringLiteral("sticky/hard2"), 100);
    ASSERT_TRUE(hard.error.isEmpty()) << qPrintable(hard.error);
    EXPECT_EQ(hard.entry.type, BackupListing::Type::HardLink);
    EXPECT_EQ(hard.data, QByteArray(100, 'b'));
    // A symbolic link and a folder have no content; what is not there, or outside, is an error.
    const BackupListing::Head link = BackupListing::head(file, QStringLiteral("link"), 100);
    EXPECT_EQ(link.entry.type, BackupListing::Type::Symlink);
    EXPECT_EQ(link.entry.target, QByteArray("big"));
    EXPECT_TRUE(link.data.isEmpty());
    EXPECT_EQ(
        BackupListing::head(file, QStringLiteral("empty"), 100).entry.type, BackupListing::Type::Directory);
    const BackupListing::Head missing = BackupListing::head(file, QStringLiteral("nothing/here"), 100);
    EXPECT_EQ(missing.error, QStringLiteral("The backup holds no nothing/here."));
    EXPECT_FALSE(BackupListing::head(file, QStringLiteral("../etc/passwd"), 100).error.isEmpty());
    EXPECT_FALSE(BackupListing::head(dir.filePath(QStringLiteral("none.tar")), QStringLiteral("big"), 100)
                     .error.isEmpty());
}

TEST(BackupListing, StrangeNamesAreEscapedAndPathsOutsideTheVolumeAreListedAsRefused)
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("tree"));
    makeTree(root);
    const QString plain = tarOf(root, dir.filePath(QStringLiteral("plain.tar")), QStringLiteral("pax"));
    TarBuilder evil;
    evil.addFile(QStringLiteral("./../outside"), "evil");
    evil.addFile(QStringLiteral("/etc/passwd"), "evil");
    evil.addFile(QStringLiteral("deep/only/file"), "implied folders"); // no entry for deep/
    const QString file = dir.filePath(QStringLiteral("evil.tar"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(appended(readAll(plain), evil));
    }
    const BackupListing::Folder top = BackupListing::list(file, QString());
    ASSERT_TRUE(top.error.isEmpty()) << qPrintable(top.error);
    QStringList refused;
    for (const BackupListing::Entry &e : top.entries) {
        if (e.refused)
            refused.append(QString::fromUtf8(e.path));
    }
    EXPECT_EQ(refused, QStringList({QStringLiteral("./../outside"), QStringLiteral("/etc/passwd")}));
    const auto *deep = find(top.entries, "deep");
    ASSERT_TRUE(deep);
    EXPECT_TRUE(deep->implied);
    EXPECT_EQ(BackupListing::modeString(*deep), QStringLiteral("d?????????"));
    EXPECT_EQ(names(BackupListing::list(file, QStringLiteral("deep")).entries),
        QStringList({QStringLiteral("only")}));

    // Printed, a name never breaks a line or leaves bytes a terminal could take for commands.
    const auto *newline = find(top.entries, NewlineName);
    const auto *notUtf8 = find(top.entries, NotUtf8Name);
    ASSERT_TRUE(newline && notUtf8);
    EXPECT_EQ(BackupListing::displayName(newline->name()), QStringLiteral("new\\nline"));
    EXPECT_EQ(BackupListing::displayName(notUtf8->name()), QStringLiteral("bad\\xff name"));
    EXPECT_FALSE(BackupListing::isUtf8(notUtf8->name()));
    EXPECT_EQ(BackupListing::displayName(QByteArray("a\\b\x1b[2J\xc2\x9b\tc")),
        QStringLiteral("a\\\\b\\x1b[2J\\xc2\\x9b\\tc"));
    EXPECT_EQ(BackupListing::displayName(QByteArray("\xed\xa0\x80 \xc0\xaf")),
        QStringLiteral("\\xed\\xa0\\x80 \\xc0\\xaf"))
        << "surrogates and overlong forms are not UTF-8";

    // An archive that is not one, or cut short, says so.
    QFile cut(dir.filePath(QStringLiteral("cut.tar")));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(readAll(plain).left(70000));
    cut.close();
    EXPECT_FALSE(BackupListing::list(cut.fileName(), QString()).error.isEmpty());
    EXPECT_FALSE(BackupListing::list(dir.filePath(QStringLiteral("none.tar")), QString()).error.isEmpty());
}

TEST(TarSelection, EveryChosenPathMustBeInTheBackup)
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("tree"));
    makeTree(root);
    const QString file = tarOf(root, dir.filePath(QStringLiteral("t.tar")), QStringLiteral("pax"));

    TarSelection good({QStringLiteral("/") + Folder + QStringLiteral("/"), QStringLiteral("./tool")});
    EXPECT_TRUE(good.resolve(file)) << qPrintable(good.error());
    EXPECT_TRUE(good.chooses((Folder + QStringLiteral("/вложенная")).toUtf8()));
    EXPECT_TRUE(good.chooses("tool"));
    EXPECT_FALSE(good.chooses("tools"));
    EXPECT_FALSE(good.chooses("big"));
    EXPECT_EQ(good.files(), 2) << "файл and tool";

    TarSelection missing({QStringLiteral("tool"), QStringLiteral("nothere"), QStringLiteral("big/x")});
    EXPECT_FALSE(missing.resolve(file));
    EXPECT_TRUE(missing.error().contains(QLatin1String("\"nothere\", \"big/x\"")))
        << qPrintable(missing.error());
    EXPECT_FALSE(missing.error().contains(QLatin1String("\"tool\"")));

    for (const QString &bad :
        {QStringLiteral("../x"), QStringLiteral("a/../../x"), QStringLiteral("/"), QStringLiteral(".")}) {
        TarSelection refused({bad});
        EXPECT_FALSE(refused.error().isEmpty()) << qPrintable(bad);
        EXPECT_FALSE(refused.resolve(file));
    }
    EXPECT_TRUE(TarSelection().isEmpty());
}

TEST(TarFilterDevice, WritesTheChosenPathsTheFoldersOnTheWayAndHardLinksWithTheirContent)
{
    ScratchDir dir;
    const QString root = dir.filePath(QStringLiteral("tree"));
    makeTree(root);
    for (const QString &format : {QStringLiteral("pax"), QStringLiteral("gnu")}) {
        SCOPED_TRACE(format.toStdString());
        QString file = tarOf(root, dir.filePath(format + QStringLiteral(".tar")), format);
        if (format == QLatin1String("gnu")) {
            ASSERT_EQ(TestSupport::run(QStringLiteral("zstd"), {QStringLiteral("-qf"), file}).exitCode, 0);
            file += QStringLiteral(".zst");
        }
        // The file in a folder, and both hard links but not their target "big": the first link
        // takes the content, the second points at it.
        TarSelection selection({Folder + QStringLiteral("/файл"), QStringLiteral("hard"),
            QStringLiteral("sticky/hard2"), QString::fromUtf8(NewlineName)});
        ASSERT_TRUE(selection.resolve(file)) << qPrintable(selection.error());
        EXPECT_EQ(selection.files(), 3) << "файл, hard (with big's content) and the newline file";
        TarFilterDevice device(file, selection);
        ASSERT_TRUE(device.open(QIODevice::ReadOnly));
        const QByteArray tarBytes = drain(device);
        ASSERT_FALSE(device.hasError()) << qPrintable(device.failure());
        const QString out = dir.filePath(format + QStringLiteral("-part.tar"));
        {
            QFile f(out);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(tarBytes);
        }
        const QString into = dir.filePath(format + QStringLiteral("-restored"));
        QDir().mkpath(into);
        const TestSupport::ProcessResult x = tar({QStringLiteral("-xpf"), out, QStringLiteral("--same-owner"),
            QStringLiteral("--numeric-owner"), QStringLiteral("-C"), into});
        ASSERT_EQ(x.exitCode, 0) << x.err.constData();
        EXPECT_EQ(extracted(into),
            QStringList({QStringLiteral("hard f 600 0:0 2"), QStringLiteral("new\\nline f 644 0:0 1"),
                QStringLiteral("sticky d 1777 0:0 2"), QStringLiteral("sticky/hard2 f 600 0:0 2"),
                Folder + QStringLiteral(" d 750 0:0 2"), Folder + QStringLiteral("/файл f 640 1234:5678 1")}))
            << "the chosen paths and their folders, nothing else";
        EXPECT_EQ(readAll(into + QStringLiteral("/hard")), QByteArray(70000, 'b'));
        EXPECT_EQ(
            readAll(into + QLatin1Char('/') + Folder + QStringLiteral("/файл")), QByteArray("привет\n"));
        struct stat a
        {
        };
        struct stat b
        {
        };
        ASSERT_EQ(::stat(QFile::encodeName(into + QStringLiteral("/hard")).constData(), &a), 0);
        ASSERT_EQ(::stat(QFile::encodeName(into + QStringLiteral("/sticky/hard2")).constData(), &b), 0);
        EXPECT_EQ(a.st_ino, b.st_ino) << "still one file with two names";

        // A whole folder: everything under it.
        TarSelection folder({QStringLiteral("/") + Folder});
        ASSERT_TRUE(folder.resolve(file));
        TarFilterDevice folderDevice(file, folder);
        ASSERT_TRUE(folderDevice.open(QIODevice::ReadOnly));
        const QByteArray folderTar = drain(folderDevice);
        ASSERT_FALSE(folderDevice.hasError()) << qPrintable(folderDevice.failure());
        const QString folderOut = dir.filePath(format + QStringLiteral("-folder.tar"));
        {
            QFile f(folderOut);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(folderTar);
        }
        EXPECT_EQ(names(BackupListing::list(folderOut, QString()).entries), QStringList({Folder}));
        EXPECT_EQ(names(BackupListing::list(folderOut, Folder).entries),
            QStringList({QStringLiteral("вложенная"), QStringLiteral("файл")}));
    }
}

namespace {

/// A ustar header block: @p name (99 bytes at most), @p type, @p size.
QByteArray header(const QByteArray &name, char type, qint64 size)
{
    QByteArray h(512, '\0');
    std::memcpy(h.data(), name.constData(), size_t(qMin<qsizetype>(name.size(), 99)));
    const auto octal = [&](int at, int width, qint64 value) {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(h.data() + at, digits.constData(), size_t(width - 1));
    };
    octal(100, 8, 0644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 1700000000);
    h[156] = type;
    std::memcpy(h.data() + 257,
        "ustar\0"
        "00",
        8);
    std::memset(h.data() + 148, ' ', 8);
    int sum = 0;
    for (const char c : std::as_const(h))
        sum += uchar(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, checksum.constData(), 6);
    h[154] = '\0';
    return h;
}

QByteArray padded(QByteArray data)
{
    return data + QByteArray((512 - data.size() % 512) % 512, '\0');
}

/// "LEN path=NAME\n", LEN counting itself.
QByteArray paxPath(const QByteArray &name)
{
    const QByteArray body = " path=" + name + "\n";
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return QByteArray::number(length) + body;
}

/// Files as Go's archive/tar (the engine's archive API) writes a name that is not ASCII: in a pax
/// record, raw, with no hdrcharset.
QByteArray goTar(const QList<QPair<QByteArray, QByteArray>> &files)
{
    QByteArray out;
    for (const auto &[name, data] : files) {
        const QByteArray record = paxPath(name);
        out += header("PaxHeaders.0/file", 'x', record.size()) + padded(record);
        out += header("file", '0', data.size()) + padded(data);
    }
    return out + QByteArray(1024, '\0');
}

} // namespace

TEST(ArchiveCheck, ANameThatIsNotUtf8AsTheEngineWritesItIsCheckedListedAndRestoredAsItsBytes)
{
    ScratchDir dir;
    const QString file = dir.filePath(QStringLiteral("go.tar"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(goTar({{"./ok", "ok\n"}, {"./d/bad\xff name", "bad\n"}, {"./папка/файл", "файл\n"}}));
    }
    // Once refused as damaged ("Pathname can't be converted from UTF-8 to current locale").
    const ArchiveCheck::Result checked = ArchiveCheck::check(file);
    EXPECT_TRUE(checked.ok()) << qPrintable(checked.error);
    EXPECT_EQ(checked.files, 3);
    QString error;
    EXPECT_EQ(ArchiveCheck::entryPaths(file, &error).size(), 5) << qPrintable(error);

    EXPECT_EQ(names(BackupListing::list(file, QStringLiteral("d")).entries),
        QStringList({QStringLiteral("bad\\xff name")}));
    TarSelection selection({QStringLiteral("d"), QStringLiteral("папка/файл")});
    ASSERT_TRUE(selection.resolve(file)) << qPrintable(selection.error());
    TarFilterDevice device(file, selection);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const QByteArray part = drain(device);
    ASSERT_FALSE(device.hasError()) << qPrintable(device.failure());
    const QString out = dir.filePath(QStringLiteral("part.tar"));
    {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(part);
    }
    const QString into = dir.filePath(QStringLiteral("restored"));
    QDir().mkpath(into);
    const TestSupport::ProcessResult x = tar({QStringLiteral("-xf"), out, QStringLiteral("-C"), into});
    ASSERT_EQ(x.exitCode, 0) << x.err.constData();
    // QDir cannot name such a file: tar and the shell can.
    const TestSupport::ProcessResult listed = TestSupport::run(QStringLiteral("env"),
        {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("tar"), QStringLiteral("-tf"), out});
    EXPECT_EQ(listed.out, QByteArray("./d/bad\\377 name\n./папка/файл\n")) << "the archive lists no folders";
    EXPECT_EQ(TestSupport::run(QStringLiteral("sh"),
                  {QStringLiteral("-c"), QStringLiteral("cat \"$0/d/bad$(printf '\\377') name\""), into})
                  .out,
        QByteArray("bad\n"));
}
