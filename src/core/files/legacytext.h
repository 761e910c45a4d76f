// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

/**
 * Text in an 8-bit encoding of the days before UTF-8, for a preview: Windows-1251 or KOI8-R
 * (Russian), Windows-1252 (Western European; a superset of Latin-1's letters). A small, honest
 * guess, and a way to decode with another choice. Decoding is QStringDecoder's (Qt with ICU).
 *
 * The guess: when most bytes above 0x7F stand in runs of three or more, whole words are written
 * in them, which is how Cyrillic looks (Western text has an accented letter or two here and
 * there inside ASCII words); then whichever of Windows-1251 and KOI8-R reads as more likely Russian
 * (the letters' frequencies in Russian, lower case counted far above upper case, since the two
 * encodings swap the cases) wins. Otherwise Windows-1252.
 */
namespace LegacyText {

/// The encodings a preview offers, as QStringDecoder names them: UTF-8 first.
QStringList encodings();
/// What the user sees for @p encoding ("Windows-1251 (Cyrillic)").
QString label(const QString &encoding);
/// Whether @p data (no NUL, few control bytes) looks like text in an 8-bit encoding.
bool looksLikeText(QByteArrayView data);
/// The most likely 8-bit encoding of @p data (one of encodings() but UTF-8).
QString guess(QByteArrayView data);
/// @p data decoded as @p encoding (a byte it has no character for becomes U+FFFD).
QString decode(QByteArrayView data, const QString &encoding);
/// How Russian-like @p text reads (higher is more), for guess().
double russianScore(const QString &text);

} // namespace LegacyText
