// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/legacytext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LegacyText)
};

/// How often each Russian letter а…я comes in Russian text, per thousand letters.
constexpr double Frequency[32]
    = {80.1, 15.9, 45.4, 17.0, 29.8, 84.5, 9.4, 16.5, 73.5, 12.1, 34.9, 44.0, 32.1, 67.0, 109.7, 28.1, 47.3,
        54.7, 62.6, 26.2, 2.6, 9.7, 4.8, 14.4, 7.3, 3.6, 0.4, 19.0, 17.4, 3.2, 6.4, 20.1};

} // namespace

namespace LegacyText {

QStringList encodings()
{
    QStringList known;
    for (const char *name : {"UTF-8", "windows-1251", "KOI8-R", "windows-1252"}) {
        if (QStringDecoder(name).isValid()) // a Qt built without ICU has only UTF-8 of these
            known << QString::fromLatin1(name);
    }
    return known;
}

QString label(const QString &encoding)
{
    if (encoding == QLatin1String("windows-1251"))
        return Tr::tr("Windows-1251 (Cyrillic)");
    if (encoding == QLatin1String("KOI8-R"))
        return Tr::tr("KOI8-R (Cyrillic)");
    if (encoding == QLatin1String("windows-1252"))
        return Tr::tr("Windows-1252 / Latin-1 (Western)");
    return encoding;
}

bool looksLikeText(QByteArrayView data)
{
    if (data.isEmpty())
        return false;
    qsizetype controls = 0;
    for (char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == 0)
            return false;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b)
            || c == 0x7f)
            ++controls;
    }
    // Text has hardly any; random bytes have one in ten.
    return controls * 100 <= data.size();
}

double russianScore(const QString &text)
{
    double score = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0430 && u <= 0x044f) // а…я
            score += Frequency[u - 0x0430];
        else if (u >= 0x0410 && u <= 0x042f) // А…Я: mostly at the start of a sentence or a name
            score += Frequency[u - 0x0410] / 10;
    }
    return score;
}

QString guess(QByteArrayView data)
{
    // Bytes above 0x7F in runs of three or more: whole words in them.
    qsizetype high = 0;
    qsizetype inWords = 0;
    qsizetype run = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i < data.size() && static_cast<unsigned char>(data[i]) >= 0x80) {
            ++high;
            ++run;
            continue;
        }
        if (run >= 3)
            inWords += run;
        run = 0;
    }
    if (high == 0 || inWords * 2 <= high)
        return QStringLiteral("windows-1252");
    const double cp1251 = russianScore(decode(data, QStringLiteral("windows-1251")));
    const double koi8 = russianScore(decode(data, QStringLiteral("KOI8-R")));
    return koi8 > cp1251 ? QStringLiteral("KOI8-R") : QStringLiteral("windows-1251");
}

QString decode(QByteArrayView data, const QString &encoding)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) // a Qt without ICU knows only the Unicode ones and Latin-1
        decoder = QStringDecoder(QStringConverter::Latin1);
    return decoder.decode(data);
}

} // namespace LegacyText
