// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl's one option parser, as the docker CLI reads options.
#include "cli/options.h"

#include <gtest/gtest.h>

namespace {
QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

Options execLike()
{
    Options options(QStringLiteral("berthctl exec [-i] [-t] [-e KEY=VALUE] CONTAINER COMMAND"));
    options.flag({"-i", "--interactive"})
        .flag({"-t", "--tty"})
        .value({"-e", "--env"})
        .positionalEndsOptions();
    return options;
}
} // namespace

TEST(Options, ValuesInEveryFormAndUnderEveryName)
{
    Options options(QStringLiteral("berthctl logs [-n N] CONTAINER"));
    options.value({"--tail", "-n"}).value({"--since"}).flag({"-f", "--follow"});
    ASSERT_TRUE(options.parse(words({"-n", "5", "web", "--since=10m", "--follow"})))
        << qPrintable(options.error());
    EXPECT_EQ(options.value("--tail"), QStringLiteral("5"));
    EXPECT_EQ(options.value("-n"), QStringLiteral("5")) << "any name reads it";
    EXPECT_EQ(options.value("--since"), QStringLiteral("10m"));
    EXPECT_TRUE(options.isSet("-f"));
    EXPECT_EQ(options.positional(), words({"web"}));
    // Given again: each value kept, the last one read by value().
    ASSERT_TRUE(options.parse(words({"--tail", "1", "--tail=2"})));
    EXPECT_EQ(options.values("-n"), words({"1", "2"}));
    EXPECT_EQ(options.value("-n"), QStringLiteral("2"));
    EXPECT_FALSE(options.isSet("--follow")) << "a new parse forgets the last";
    EXPECT_EQ(options.value("--since", QStringLiteral("fallback")), QStringLiteral("fallback"));
}

TEST(Options, MistakesSayWhatAndHow)
{
    Options options(QStringLiteral("berthctl ps [-a]"));
    options.flag({"-a", "--all"}).value({"--format"});
    EXPECT_FALSE(options.parse(words({"--bogus"})));
    EXPECT_TRUE(options.error().contains(QLatin1String("'--bogus'"))) << qPrintable(options.error());
    EXPECT_TRUE(options.error().contains(QLatin1String("berthctl ps [-a]"))) << qPrintable(options.error());
    EXPECT_FALSE(options.parse(words({"--format"})));
    EXPECT_TRUE(options.error().startsWith(QLatin1String("--format needs a value")))
        << qPrintable(options.error());
    EXPECT_FALSE(options.parse(words({"--all=yes"})));
    EXPECT_TRUE(options.error().startsWith(QLatin1String("--all takes no value")))
        << qPrintable(options.error());
    EXPECT_FALSE(options.parse(words({"-ax"}))) << "-x is not a flag of ps";
    EXPECT_EQ(options.usageError(), QStringLiteral("usage: berthctl ps [-a]"));
}

TEST(Options, ShortFlagsTogetherAndTheCommandsOwnOptions)
{
    Options options = execLike();
    ASSERT_TRUE(options.parse(words({"-it", "-e", "A=1", "web", "sh", "-c", "ls -l"})))
        << qPrintable(options.error());
    EXPECT_TRUE(options.isSet("--interactive"));
    EXPECT_TRUE(options.isSet("--tty"));
    EXPECT_EQ(options.values("--env"), words({"A=1"}));
    EXPECT_EQ(options.positional(), words({"web", "sh", "-c", "ls -l"})) << "-c belongs to sh, not to exec";

    ASSERT_TRUE(options.parse(words({"--", "-web-", "ls"})));
    EXPECT_EQ(options.positional(), words({"-web-", "ls"})) << "-- ends the options";
    EXPECT_FALSE(options.isSet("-i"));

    ASSERT_TRUE(options.parse(words({"-ti", "web", "sh"})));
    EXPECT_TRUE(options.isSet("-i") && options.isSet("-t"));
    EXPECT_FALSE(options.parse(words({"-ie", "web"}))) << "a value option does not go in a group";
}

TEST(Options, PositionalsAnywhereUnlessTheyEndTheOptions)
{
    Options options(QStringLiteral("berthctl volume restore FILE VOLUME [--merge]"));
    options.flag({"--merge"});
    ASSERT_TRUE(options.parse(words({"backup.tar.gz", "--merge", "data"})));
    EXPECT_EQ(options.positional(), words({"backup.tar.gz", "data"}));
    EXPECT_TRUE(options.isSet("--merge"));
    ASSERT_TRUE(options.parse(words({"-", "data"}))) << "- is standard input, a positional";
    EXPECT_EQ(options.positional(), words({"-", "data"}));
}
