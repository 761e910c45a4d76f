// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

/// Berth's own and Qt's translations, shared by berth and berthctl.
namespace Translations {
/// Installs the translators for @p locale on the running application, replacing those of an
/// earlier call. Returns whether Berth has a translation for it (English needs none).
bool install(const QLocale &locale);
} // namespace Translations
