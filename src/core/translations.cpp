// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Translations {

namespace {
QPointer<QTranslator> s_qt;
QPointer<QTranslator> s_berth;

// The dialogs' standard buttons (Dialog.Close, Ok, Cancel …) take their text from Qt's own
// catalogue, context QPlatformTheme, which is a package of its own (qt6-translations-l10n) and
// often missing: a Russian window said "Close". Berth's catalogue answers for them too.
[[maybe_unused]] const char *const qtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
};
} // namespace

bool install(const QLocale &locale)
{
    for (QPointer<QTranslator> *old : {&s_qt, &s_berth}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    auto *app = QCoreApplication::instance();
    s_qt = new QTranslator(app);
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    s_berth = new QTranslator(app);
    if (s_berth->load(locale, QStringLiteral("berth"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(s_berth);
        return true;
    }
    // A language Berth has no translation for (the C locale of a bare terminal, German …) reads
    // English, with English plurals: the source strings alone say "Up 7 minute(s)".
    if (s_berth->load(QStringLiteral("berth_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(s_berth);
    return false;
}

} // namespace Translations
