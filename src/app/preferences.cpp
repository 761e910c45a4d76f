// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "translations.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QSettings>

Preferences::Preferences(const QString &forcedLanguage, QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    m_language
        = forcedLanguage.isEmpty() ? settings.value(QStringLiteral("language")).toString() : forcedLanguage;
    m_showExplanations = settings.value(QStringLiteral("showExplanations"), true).toBool();
    m_theme = settings.value(QStringLiteral("theme")).toString();
    apply();
}

void Preferences::apply()
{
    Translations::install(m_language.isEmpty() ? QLocale::system() : QLocale(m_language));
    if (m_engine)
        m_engine->retranslate();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    QSettings().setValue(QStringLiteral("language"), language);
    apply();
    Q_EMIT languageChanged();
}

void Preferences::setShowExplanations(bool show)
{
    if (show == m_showExplanations)
        return;
    m_showExplanations = show;
    QSettings().setValue(QStringLiteral("showExplanations"), show);
    Q_EMIT showExplanationsChanged();
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(QStringLiteral("theme"), theme);
    Q_EMIT themeChanged();
}
