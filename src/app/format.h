// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// Sizes and ages for the lists, in the user's language.
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Counts the changes of language. A binding passes it to size(), binarySize() or age() (they
    /// do not use it) so that it is evaluated again in the new language: a retranslation only
    /// evaluates again the bindings that call qsTr themselves.
    Q_PROPERTY(int language READ language NOTIFY languageChanged)
public:
    explicit Format(QObject *parent = nullptr);
    int language() const { return m_language; }
    /// 1.98 MB, as the docker CLI counts (decimal units).
    Q_INVOKABLE QString size(double bytes, int language = 0) const;
    /// 476 KiB, as docker stats counts memory (binary units).
    Q_INVOKABLE QString binarySize(double bytes, int language = 0) const;
    /// DisplayFormat::humanSize(@p bytes, @p digits) in the user's language: "1.98 MB", "1,98 МБ".
    static QString localSize(qint64 bytes, int digits = 3);
    /// 12.34% as docker stats writes CPU and memory shares, with the decimal separator of the
    /// user's language; "--" for a negative @p percent (not known yet).
    Q_INVOKABLE QString percent(double percent, int language = 0) const;
    /// A container's state (the engine's State.Status: running, exited…) in the user's language.
    Q_INVOKABLE QString stateName(const QString &state, int language = 0) const;
    /// A compose project's containers counted by state (ProjectModel's stateCounts) as docker
    /// compose ls writes them ("exited(1), running(2)"), each state in the user's language
    /// ("остановлен: 1, работает: 2").
    Q_INVOKABLE QString composeStates(const QVariantMap &counts, int language = 0) const;
    /// "5 minutes ago", "3 days ago".
    Q_INVOKABLE QString age(const QDateTime &when, int language = 0) const;
    /// A shell command as CommandBlock shows it: rich text with the program and its
    /// subcommands, the options and the values each in a colour of their own (lighter ones for
    /// a @p dark palette), everything else escaped. Quoted words stay whole.
    Q_INVOKABLE QString commandHtml(const QString &command, bool dark) const;

Q_SIGNALS:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_language = 0;
};
