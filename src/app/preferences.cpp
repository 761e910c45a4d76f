// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preferences.h"

#include "translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>

Preferences::Preferences(const QString &forcedLanguage, QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    m_language
        = forcedLanguage.isEmpty() ? settings.value(QStringLiteral("language")).toString() : forcedLanguage;
    m_showExplanations = settings.value(QStringLiteral("showExplanations"), true).toBool();
    m_theme = settings.value(QStringLiteral("theme")).toString();
    m_systemPalette = QGuiApplication::palette();
    apply();
    applyTheme();
}

Preferences::~Preferences()
{
    QGuiApplication::setPalette(m_systemPalette);
}

void Preferences::applyTheme()
{
    // The application's palette, not one set on the window in QML: Qt 6.4 passes a window
    // palette's changes on to the controls, but not its disabled colours.
    if (m_theme.isEmpty()) {
        QGuiApplication::setPalette(m_systemPalette);
        return;
    }
    const bool dark = m_theme == QLatin1String("dark");
    QPalette p;
    auto set = [&p](QPalette::ColorRole role, const char *colour) { p.setColor(role, QColor(colour)); };
    set(QPalette::Window, dark ? "#2b2d31" : "#efefef");
    set(QPalette::WindowText, dark ? "#e8e8e8" : "#1f1f1f");
    set(QPalette::Base, dark ? "#1f2124" : "#ffffff");
    set(QPalette::AlternateBase, dark ? "#33363b" : "#f5f5f5");
    set(QPalette::Text, dark ? "#e8e8e8" : "#1f1f1f");
    set(QPalette::Button, dark ? "#3a3d42" : "#efefef");
    set(QPalette::ButtonText, dark ? "#e8e8e8" : "#1f1f1f");
    set(QPalette::BrightText, "#ffffff");
    set(QPalette::Highlight, dark ? "#3b7dd8" : "#308cc6");
    set(QPalette::HighlightedText, "#ffffff");
    set(QPalette::Mid, dark ? "#50535a" : "#b8b8b8");
    set(QPalette::Midlight, dark ? "#404349" : "#e3e3e3");
    set(QPalette::Light, dark ? "#45484e" : "#ffffff");
    set(QPalette::Dark, dark ? "#1a1b1e" : "#9f9f9f");
    set(QPalette::Shadow, dark ? "#000000" : "#767676");
    set(QPalette::PlaceholderText, dark ? "#8f9297" : "#808080");
    set(QPalette::ToolTipBase, dark ? "#3a3d42" : "#ffffdc");
    set(QPalette::ToolTipText, dark ? "#e8e8e8" : "#1f1f1f");
    set(QPalette::Link, dark ? "#78aeed" : "#1a5fb4");
    // Disabled controls sink into the window (flat, dim text), so they do not read as clickable.
    const QColor dimText(dark ? "#6b6e73" : "#a0a0a0");
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        p.setColor(QPalette::Disabled, role, dimText);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(dark ? "#2f3135" : "#e4e4e4"));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(dark ? "#26282b" : "#f3f3f3"));
    QGuiApplication::setPalette(p);
}

namespace {

/// Qt Quick Layouts (6.4) keep an item's old size hint when its implicit size changes while the
/// layout is being arranged. A retranslation does that everywhere at once: a button's label
/// takes its new size in the same polish as the layouts above it, and the details' Restart kept
/// the 80 px of "Restart" with "Перезапустить" in it. Setting a layout's spacing drops every hint
/// it holds, so once that frame is polished, each layout asks its items again.
void relayout(QQuickItem *root)
{
    QList<QQuickItem *> items {root};
    while (!items.isEmpty()) {
        QQuickItem *item = items.takeLast();
        items += item->childItems();
        const char *spacing = item->inherits("QQuickLinearLayout") ? "spacing"
            : item->inherits("QQuickGridLayout")                   ? "columnSpacing"
                                                                   : nullptr;
        if (!spacing)
            continue;
        const QVariant was = item->property(spacing);
        item->setProperty(spacing, was.toReal() + 1);
        item->setProperty(spacing, was);
    }
}

} // namespace

void Preferences::apply()
{
    Translations::install(m_language.isEmpty() ? QLocale::system() : QLocale(m_language));
    if (m_engine) {
        m_engine->retranslate();
        for (QWindow *window : QGuiApplication::topLevelWindows()) {
            if (auto *quick = qobject_cast<QQuickWindow *>(window)) {
                connect(
                    quick, &QQuickWindow::afterAnimating, quick, [quick] { relayout(quick->contentItem()); },
                    Qt::SingleShotConnection);
                quick->update();
            }
        }
    }
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
    applyTheme();
    Q_EMIT themeChanged();
}

namespace {
void store(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}
} // namespace

bool Preferences::confirmRemovals() const
{
    return QSettings().value(QStringLiteral("confirmRemovals"), true).toBool();
}

void Preferences::setConfirmRemovals(bool confirm)
{
    store(QStringLiteral("confirmRemovals"), confirm);
    Q_EMIT storedChanged();
}

bool Preferences::notifies(const QString &kind)
{
    return QSettings().value(QStringLiteral("notifications/") + kind, true).toBool();
}

void Preferences::setNotifies(const QString &kind, bool on)
{
    store(QStringLiteral("notifications/") + kind, on);
    Q_EMIT storedChanged();
}

bool Preferences::keepInTray() const
{
    return QSettings().value(QStringLiteral("tray/keepRunning"), false).toBool();
}

void Preferences::setKeepInTray(bool keep)
{
    store(QStringLiteral("tray/keepRunning"), keep);
    Q_EMIT storedChanged();
}

bool Preferences::toldKeepsRunning()
{
    return QSettings().value(QStringLiteral("tray/told"), false).toBool();
}

void Preferences::setToldKeepsRunning()
{
    store(QStringLiteral("tray/told"), true);
}

QStringList Preferences::recentContainers()
{
    return QSettings().value(QStringLiteral("tray/recent")).toStringList();
}

void Preferences::storeRecentContainers(const QStringList &ids)
{
    store(QStringLiteral("tray/recent"), ids);
}

bool Preferences::welcomed() const
{
    return QSettings().value(QStringLiteral("welcomed"), false).toBool();
}

void Preferences::setWelcomed(bool welcomed)
{
    store(QStringLiteral("welcomed"), welcomed);
    Q_EMIT storedChanged();
}

QString Preferences::startEngine()
{
    return QSettings().value(QStringLiteral("engines/start")).toString();
}

void Preferences::setStartEngine(const QString &url)
{
    store(QStringLiteral("engines/start"), url);
    Q_EMIT storedChanged();
}

QString Preferences::storedBackupFolder()
{
    const QString stored = QSettings().value(QStringLiteral("backup/folder")).toString();
    return !stored.isEmpty() && QDir(stored).exists() ? stored : QDir::homePath();
}

void Preferences::setBackupFolder(const QString &folder)
{
    store(QStringLiteral("backup/folder"), QDir::cleanPath(folder.trimmed()));
    Q_EMIT storedChanged();
}

void Preferences::rememberBackupFolder(const QString &folder)
{
    if (Preferences *preferences = instance())
        preferences->setBackupFolder(folder);
    else
        QSettings().setValue(QStringLiteral("backup/folder"), QDir::cleanPath(folder.trimmed()));
}

QRect Preferences::storedWindowGeometry(bool *maximized)
{
    const QSettings settings;
    *maximized = settings.value(QStringLiteral("window/maximized"), false).toBool();
    return settings.value(QStringLiteral("window/geometry")).toRect();
}

void Preferences::storeWindowGeometry(const QRect &geometry, bool maximized)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/maximized"), maximized);
}

int Preferences::tryProgress(const QString &flow) const
{
    return QSettings().value(QStringLiteral("learn/") + flow, 0).toInt();
}

void Preferences::setTryProgress(const QString &flow, int step)
{
    store(QStringLiteral("learn/") + flow, step);
    Q_EMIT storedChanged();
}

namespace {
/// A table's or a pane's name as a settings key: letters, digits and '-' only, else none.
bool isKeyName(const QString &name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

bool isWidth(int width)
{
    return width >= Preferences::MinimumWidth && width <= Preferences::MaximumWidth;
}
} // namespace

QVariantMap Preferences::columnWidths(const QString &table) const
{
    QVariantMap widths;
    if (!isKeyName(table))
        return widths;
    QSettings settings;
    settings.beginGroup(QStringLiteral("columns/") + table);
    for (const QString &column : settings.childKeys()) {
        bool ok = false;
        const int width = settings.value(column).toInt(&ok);
        if (ok && isKeyName(column) && isWidth(width))
            widths.insert(column, width);
    }
    return widths;
}

void Preferences::setColumnWidth(const QString &table, const QString &column, int width)
{
    if (!isKeyName(table) || !isKeyName(column))
        return;
    store(QStringLiteral("columns/%1/%2").arg(table, column), qBound(MinimumWidth, width, MaximumWidth));
}

int Preferences::paneWidth(const QString &pane) const
{
    if (!isKeyName(pane))
        return 0;
    bool ok = false;
    const int width = QSettings().value(QStringLiteral("panes/") + pane).toInt(&ok);
    return ok && isWidth(width) ? width : 0;
}

void Preferences::setPaneWidth(const QString &pane, int width)
{
    if (isKeyName(pane))
        store(QStringLiteral("panes/") + pane, qBound(MinimumWidth, width, MaximumWidth));
}

QStringList Preferences::addedEngines()
{
    return QSettings().value(QStringLiteral("engines/added")).toStringList();
}

void Preferences::storeAddedEngines(const QStringList &urls)
{
    QSettings().setValue(QStringLiteral("engines/added"), urls);
}
