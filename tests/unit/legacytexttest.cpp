// SPDX-License-Identifier: GPL-3.0-or-later
// Text in 8-bit encodings of old, guessed and decoded for the Files preview; and the volume
// tool's list of one folder, read as untrusted input. The byte strings were made once with
// iconv from the UTF-8 texts beside them (iconv -f UTF-8 -t CP1251 / KOI8-R / LATIN1).
#include "files/legacytext.h"
#include "jobs/volumetool.h"

#include <gtest/gtest.h>

namespace {

const char *const Russian
    = "Съешь же ещё этих мягких французских булок, да выпей чаю. Широкая электрификация "
      "южных губерний даст мощный толчок подъёму сельского хозяйства.";
const QByteArray RussianCp1251(
    "\xd1\xfa\xe5\xf8\xfc \xe6\xe5 \xe5\xf9\xb8 \xfd\xf2\xe8\xf5 \xec\xff\xe3\xea\xe8\xf5 "
    "\xf4\xf0\xe0\xed\xf6\xf3\xe7\xf1\xea\xe8\xf5 \xe1\xf3\xeb\xee\xea, \xe4\xe0 \xe2\xfb\xef\xe5\xe9 "
    "\xf7\xe0\xfe. \xd8\xe8\xf0\xee\xea\xe0\xff \xfd\xeb\xe5\xea\xf2\xf0\xe8\xf4\xe8\xea\xe0\xf6\xe8\xff "
    "\xfe\xe6\xed\xfb\xf5 \xe3\xf3\xe1\xe5\xf0\xed\xe8\xe9 \xe4\xe0\xf1\xf2 \xec\xee\xf9\xed\xfb\xe9 "
    "\xf2\xee\xeb\xf7\xee\xea \xef\xee\xe4\xfa\xb8\xec\xf3 \xf1\xe5\xeb\xfc\xf1\xea\xee\xe3\xee "
    "\xf5\xee\xe7\xff\xe9\xf1\xf2\xe2\xe0.");
const QByteArray RussianKoi8r(
    "\xf3\xdf\xc5\xdb\xd8 \xd6\xc5 \xc5\xdd\xa3 \xdc\xd4\xc9\xc8 \xcd\xd1\xc7\xcb\xc9\xc8 "
    "\xc6\xd2\xc1\xce\xc3\xd5\xda\xd3\xcb\xc9\xc8 \xc2\xd5\xcc\xcf\xcb, \xc4\xc1 \xd7\xd9\xd0\xc5\xca "
    "\xde\xc1\xc0. \xfb\xc9\xd2\xcf\xcb\xc1\xd1 \xdc\xcc\xc5\xcb\xd4\xd2\xc9\xc6\xc9\xcb\xc1\xc3\xc9\xd1 "
    "\xc0\xd6\xce\xd9\xc8 \xc7\xd5\xc2\xc5\xd2\xce\xc9\xca \xc4\xc1\xd3\xd4 \xcd\xcf\xdd\xce\xd9\xca "
    "\xd4\xcf\xcc\xde\xcf\xcb \xd0\xcf\xc4\xdf\xa3\xcd\xd5 \xd3\xc5\xcc\xd8\xd3\xcb\xcf\xc7\xcf "
    "\xc8\xcf\xda\xd1\xca\xd3\xd4\xd7\xc1.");
const char *const French = "Le coeur déçu mais l'âme plutôt naïve, Louÿs rêva de crapaüter en canoë au delà "
                           "des îles, près du mälström où brûlent les novæ. À l'été, il lit Molière.";
const QByteArray FrenchLatin1(
    "Le coeur d\xe9\xe7u mais l'\xe2me plut\xf4t na\xefve, Lou\xffs r\xea"
    "va de crapa\xfc"
    "ter en cano\xeb au del\xe0 des \xee"
    "les, pr\xe8s du m\xe4lstr\xf6m o\xf9 br\xfblent les nov\xe6. \xc0 l'\xe9t\xe9, "
    "il lit Moli\xe8re.");
/// "Le cœur déçu": œ is in Windows-1252 only (0x9c), not in Latin-1.
const QByteArray FrenchCp1252("Le c\x9cur d\xe9\xe7u");

} // namespace

TEST(LegacyText, QtKnowsTheEncodings)
{
    // Debian's Qt is built with ICU; without it the preview offers UTF-8 only.
    EXPECT_EQ(LegacyText::encodings(),
        QStringList({QStringLiteral("UTF-8"), QStringLiteral("windows-1251"), QStringLiteral("KOI8-R"),
            QStringLiteral("windows-1252")}));
}

TEST(LegacyText, GuessesWindows1251)
{
    ASSERT_EQ(RussianCp1251.size(), 143);
    EXPECT_TRUE(LegacyText::looksLikeText(RussianCp1251));
    EXPECT_EQ(LegacyText::guess(RussianCp1251), QStringLiteral("windows-1251"));
    EXPECT_EQ(LegacyText::decode(RussianCp1251, QStringLiteral("windows-1251")), QString::fromUtf8(Russian));
    // Its first sentence alone, and one word.
    EXPECT_EQ(LegacyText::guess(RussianCp1251.left(57)), QStringLiteral("windows-1251"));
    EXPECT_EQ(LegacyText::guess(RussianCp1251.left(5)), QStringLiteral("windows-1251"));
    // A configuration file with Russian in its comment and values, mostly ASCII.
    const QByteArray config(
        "# \xea\xee\xec\xec\xe5\xed\xf2\xe0\xf0\xe8\xe9 \xea \xed\xe0\xf1\xf2\xf0\xee\xe9\xea\xe5\n"
        "port = 8080\nname = \xc8\xe2\xe0\xed\n");
    EXPECT_EQ(LegacyText::guess(config), QStringLiteral("windows-1251"));
    EXPECT_EQ(LegacyText::decode(config, QStringLiteral("windows-1251")),
        QStringLiteral("# комментарий к настройке\nport = 8080\nname = Иван\n"));
}

TEST(LegacyText, GuessesKoi8r)
{
    ASSERT_EQ(RussianKoi8r.size(), 143);
    EXPECT_TRUE(LegacyText::looksLikeText(RussianKoi8r));
    EXPECT_EQ(LegacyText::guess(RussianKoi8r), QStringLiteral("KOI8-R"));
    EXPECT_EQ(LegacyText::decode(RussianKoi8r, QStringLiteral("KOI8-R")), QString::fromUtf8(Russian));
    EXPECT_EQ(LegacyText::guess(RussianKoi8r.left(57)), QStringLiteral("KOI8-R"));
    EXPECT_EQ(LegacyText::guess(RussianKoi8r.left(5)), QStringLiteral("KOI8-R"));
    // Read as the other one, it is not Russian.
    EXPECT_LT(LegacyText::russianScore(LegacyText::decode(RussianKoi8r, QStringLiteral("windows-1251"))),
        LegacyText::russianScore(QString::fromUtf8(Russian)) / 3);
}

TEST(LegacyText, GuessesWesternForFrench)
{
    ASSERT_EQ(FrenchLatin1.size(), 152);
    EXPECT_TRUE(LegacyText::looksLikeText(FrenchLatin1));
    EXPECT_EQ(LegacyText::guess(FrenchLatin1), QStringLiteral("windows-1252"));
    EXPECT_EQ(LegacyText::decode(FrenchLatin1, QStringLiteral("windows-1252")), QString::fromUtf8(French));
    EXPECT_EQ(LegacyText::guess(FrenchCp1252), QStringLiteral("windows-1252"));
    EXPECT_EQ(
        LegacyText::decode(FrenchCp1252, QStringLiteral("windows-1252")), QString::fromUtf8("Le cœur déçu"));
}

TEST(LegacyText, BinaryIsNotText)
{
    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245 + 12345;
        random += char((x >> 16) & 0xff);
    }
    EXPECT_FALSE(LegacyText::looksLikeText(random));
    random.replace('\0', '\1'); // no NUL, still control bytes everywhere
    EXPECT_FALSE(LegacyText::looksLikeText(random));
    EXPECT_FALSE(LegacyText::looksLikeText(QByteArray()));
    EXPECT_EQ(LegacyText::label(QStringLiteral("KOI8-R")), QStringLiteral("KOI8-R (Cyrillic)"));
}

TEST(VolumeToolListing, ReadsEntriesWithAnyBytes)
{
    QByteArray out;
    out += QByteArray("0 644 12 1000 1000 1700000000") + '\0' + "notes.txt" + '\0' + '\0';
    out += QByteArray("5 1777 0 0 0 1700000001") + '\0' + "tmp" + '\0' + '\0';
    out += QByteArray("2 777 0 0 0 5") + '\0' + "a\nb" + '\0' + "../x y" + '\0';
    out += QByteArray("0 4755 5000000000 0 0 5") + '\0' + "\xcf\xf0\xe8" + '\0' + '\0';
    QList<TarEntry> entries;
    QString error;
    ASSERT_TRUE(VolumeTool::parseFolderListing(out, &entries, &error)) << qPrintable(error);
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries[0].path, QStringLiteral("notes.txt"));
    EXPECT_EQ(entries[0].type, TarEntry::Type::File);
    EXPECT_EQ(entries[0].mode, 0644);
    EXPECT_EQ(entries[0].size, 12);
    EXPECT_EQ(entries[0].uid, 1000);
    EXPECT_EQ(entries[0].modified, 1700000000);
    EXPECT_EQ(entries[1].type, TarEntry::Type::Directory);
    EXPECT_EQ(entries[1].mode, 01777);
    EXPECT_EQ(entries[2].type, TarEntry::Type::SymLink);
    EXPECT_EQ(entries[2].path, QStringLiteral("a\nb"));
    EXPECT_EQ(entries[2].linkTarget, QStringLiteral("../x y"));
    EXPECT_EQ(entries[3].size, 5000000000LL);
    EXPECT_EQ(entries[3].rawPath, QByteArray("\xcf\xf0\xe8"));
    EXPECT_TRUE(entries[3].nameIsUndecodable());
    EXPECT_TRUE(VolumeTool::parseFolderListing({}, &entries, &error));
    EXPECT_TRUE(entries.isEmpty());
}

TEST(VolumeToolListing, RefusesWhatIsNotAListOfOneFolder)
{
    const auto refused = [](const QByteArray &out) {
        QList<TarEntry> entries;
        QString error;
        const bool ok = VolumeTool::parseFolderListing(out, &entries, &error);
        return !ok && entries.isEmpty() && !error.isEmpty();
    };
    const QByteArray head("0 644 1 0 0 1");
    EXPECT_TRUE(refused(head + '\0' + "a/b" + '\0' + '\0')); // a name with a slash
    EXPECT_TRUE(refused(head + '\0' + ".." + '\0' + '\0'));
    EXPECT_TRUE(refused(head + '\0' + "" + '\0' + '\0'));
    EXPECT_TRUE(refused(head + '\0' + "a" + '\0')); // cut short
    EXPECT_TRUE(refused(QByteArray("9 644 1 0 0 1") + '\0' + "a" + '\0' + '\0')); // a socket? no type
    EXPECT_TRUE(refused(QByteArray("0 644 -1 0 0 1") + '\0' + "a" + '\0' + '\0'));
    EXPECT_TRUE(refused(QByteArray("0 10000 1 0 0 1") + '\0' + "a" + '\0' + '\0'));
    EXPECT_TRUE(refused(QByteArray("0 644 x 0 0 1") + '\0' + "a" + '\0' + '\0'));
    EXPECT_TRUE(refused(QByteArray("0 644 1 0 0") + '\0' + "a" + '\0' + '\0'));
    EXPECT_TRUE(refused(QByteArray("5 755 7 0 0 1") + '\0' + "d" + '\0' + '\0')); // a folder's size
    EXPECT_TRUE(refused(head + '\0' + "f" + '\0' + "target" + '\0')); // a file's link target
    EXPECT_TRUE(refused(head + '\0' + QByteArray(VolumeTool::MaxNameBytes + 1, 'n') + '\0' + '\0'));
    EXPECT_TRUE(refused(QByteArray(200, '0') + '\0' + "a" + '\0' + '\0'));
}
