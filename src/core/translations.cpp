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
