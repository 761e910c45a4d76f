// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// POSIX shell words: quoting arguments for a command line a learner can paste, and splitting
/// what a user typed ("sh -c 'echo hi'") into arguments the way a shell would.
namespace ShellWords {
/// One argument, quoted only when a shell would otherwise change it.
QString quote(const QString &word);
/// Arguments joined into one command line.
QString join(const QStringList &words);
/// Splits @p text into words (single and double quotes, backslash escapes). On an unclosed
/// quote returns an empty list and sets @p error.
QStringList split(const QString &text, QString *error = nullptr);
} // namespace ShellWords
