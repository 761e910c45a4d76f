// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

/// Sizes and ages for the lists, in the user's language.
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;
    /// 1.98 MB, as the docker CLI counts (decimal units).
    Q_INVOKABLE QString size(double bytes) const;
    /// 476KiB, as docker stats shows memory (binary units).
    Q_INVOKABLE QString binarySize(double bytes) const;
    /// "5 minutes ago", "3 days ago".
    Q_INVOKABLE QString age(const QDateTime &when) const;
    /// A shell command as CommandBlock shows it: rich text with the program and its
    /// subcommands, the options and the values each in a colour of their own (lighter ones for
    /// a @p dark palette), everything else escaped. Quoted words stay whole.
    Q_INVOKABLE QString commandHtml(const QString &command, bool dark) const;
};
