// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has its Russian: the .ts in the source tree has no unfinished or empty
// entry (plurals with all three Russian forms), and the compiled translation is what runs.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

TEST(Translation, RussianIsComplete)
{
    QFile ts(QStringLiteral(BERTH_SOURCE_DIR "/resources/translations/berth_ru.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly)) << qPrintable(ts.fileName());
    QXmlStreamReader xml(&ts);
    QString context, source;
    int messages = 0;
    QStringList problems;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                xml.skipCurrentElement();
                continue;
            }
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            const bool empty = std::any_of(
                forms.begin(), forms.end(), [](const QString &f) { return f.trimmed().isEmpty(); });
            if (type == QLatin1String("unfinished") || empty || (numerus && forms.size() != 3))
                problems << context + QStringLiteral(": ") + source.left(80);
        }
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_GT(messages, 500);
    EXPECT_TRUE(problems.isEmpty())
        << problems.size() << " untranslated, e.g.:\n"
        << qPrintable(problems.mid(0, 10).join(QLatin1Char('\n')))
        << "\nAdd them to resources/translations/ru.py and run tools/filltranslations.py.";
}

TEST(Translation, TheCompiledRussianIsTheOneThatRuns)
{
    ASSERT_TRUE(Translations::install(QLocale(QStringLiteral("ru"))));
    EXPECT_EQ(QCoreApplication::translate("LearnPage", "Learn Docker"), QStringLiteral("Изучить Docker"));
    EXPECT_EQ(QCoreApplication::translate(
                  "TerminalSession", "%1 is not running: start it first, then open a terminal in it."),
        QStringLiteral("%1 не запущен: сначала запустите его, затем откройте в нём терминал."));
    Translations::install(QLocale(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("LearnPage", "Learn Docker"), QStringLiteral("Learn Docker"));
}

TEST(Translation, WithoutATranslationForTheLanguageEnglishPluralsRead)
{
    // The C locale of a bare terminal, or a language Berth does not have: "Up 7 minutes", never
    // the source's "7 minute(s)".
    for (const char *name : {"C", "de"}) {
        EXPECT_FALSE(Translations::install(QLocale(QLatin1String(name)))) << name;
        EXPECT_EQ(QCoreApplication::translate("DisplayFormat", "%n minute(s)", nullptr, 7),
            QStringLiteral("7 minutes"))
            << name;
        EXPECT_EQ(QCoreApplication::translate("DisplayFormat", "%n minute(s)", nullptr, 1),
            QStringLiteral("1 minute"))
            << name;
    }
    Translations::install(QLocale(QStringLiteral("en")));
}
