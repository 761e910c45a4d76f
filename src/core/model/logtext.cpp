// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logtext.h"

#include <QStringList>

namespace {

/// A colour: -1 the default, 0-255 an xterm palette index, or 0x1000000 | rgb.
using Colour = qint32;
constexpr Colour Default = -1;
constexpr Colour Rgb = 0x1000000;

struct Style
{
    Colour fg = Default;
    Colour bg = Default;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;
    bool operator==(const Style &o) const
    {
        return fg == o.fg && bg == o.bg && bold == o.bold && italic == o.italic && underline == o.underline
            && inverse == o.inverse;
    }
};

/// The visible text and the style of each of its characters.
struct Rendered
{
    QString text;
    QList<Style> styles;
};

void applySgr(const QString &params, Style &style)
{
    const QList<QStringView> parts = QStringView(params).split(QLatin1Char(';'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const int p = parts[i].isEmpty() ? 0 : parts[i].toInt();
        auto extended = [&](Colour *into) {
            // 38;5;N or 38;2;R;G;B (and the same for 48)
            if (i + 2 < parts.size() && parts[i + 1].toInt() == 5) {
                *into = qBound(0, parts[i + 2].toInt(), 255);
                i += 2;
            } else if (i + 4 < parts.size() && parts[i + 1].toInt() == 2) {
                *into = Rgb | (qBound(0, parts[i + 2].toInt(), 255) << 16)
                    | (qBound(0, parts[i + 3].toInt(), 255) << 8) | qBound(0, parts[i + 4].toInt(), 255);
                i += 4;
            } else {
                i = parts.size();
            }
        };
        if (p == 0)
            style = Style();
        else if (p == 1)
            style.bold = true;
        else if (p == 3)
            style.italic = true;
        else if (p == 4)
            style.underline = true;
        else if (p == 7)
            style.inverse = true;
        else if (p == 22)
            style.bold = false;
        else if (p == 23)
            style.italic = false;
        else if (p == 24)
            style.underline = false;
        else if (p == 27)
            style.inverse = false;
        else if (p >= 30 && p <= 37)
            style.fg = p - 30;
        else if (p == 38)
            extended(&style.fg);
        else if (p == 39)
            style.fg = Default;
        else if (p >= 40 && p <= 47)
            style.bg = p - 40;
        else if (p == 48)
            extended(&style.bg);
        else if (p == 49)
            style.bg = Default;
        else if (p >= 90 && p <= 97)
            style.fg = p - 90 + 8;
        else if (p >= 100 && p <= 107)
            style.bg = p - 100 + 8;
    }
}

Rendered render(QByteArrayView line, bool wantStyles)
{
    const QString in = QString::fromUtf8(line);
    Rendered out;
    out.text.reserve(in.size());
    Style style;
    qsizetype cursor = 0;
    auto put = [&](QChar c) {
        if (cursor < out.text.size()) {
            out.text[cursor] = c;
            if (wantStyles)
                out.styles[cursor] = style;
        } else {
            out.text.append(c);
            if (wantStyles)
                out.styles.append(style);
        }
        ++cursor;
    };
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in[i];
        if (c == QLatin1Char('\r')) {
            cursor = 0;
            continue;
        }
        if (c != QChar(0x1b)) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                continue; // other control characters have no glyph
            put(c);
            continue;
        }
        if (i + 1 >= n)
            break;
        const QChar kind = in[i + 1];
        if (kind == QLatin1Char('[')) {
            // CSI: parameters and intermediates, then a final byte in @ … ~
            qsizetype j = i + 2;
            while (j < n && !(in[j].unicode() >= 0x40 && in[j].unicode() <= 0x7e))
                ++j;
            if (j < n && in[j] == QLatin1Char('m') && wantStyles)
                applySgr(in.mid(i + 2, j - i - 2), style);
            i = j;
        } else if (kind == QLatin1Char(']') || kind == QLatin1Char('P') || kind == QLatin1Char('_')) {
            // OSC, DCS, APC: up to BEL or ESC backslash
            qsizetype j = i + 2;
            while (j < n && in[j] != QChar(0x07)
                && !(in[j] == QChar(0x1b) && j + 1 < n && in[j + 1] == QLatin1Char('\\')))
                ++j;
            i = (j < n && in[j] == QChar(0x1b)) ? j + 1 : j;
        } else if (kind == QLatin1Char('(') || kind == QLatin1Char(')')) {
            i += 2; // character set selection: ESC ( B
        } else {
            i += 1; // two-byte sequences: ESC 7, ESC =, …
        }
    }
    return out;
}

QString colourName(Colour c, bool dark)
{
    static const char *const light16[16]
        = {"#000000", "#c01c28", "#26a269", "#a2734c", "#12488b", "#a347ba", "#2aa1b3", "#5e5c64", "#5e5c64",
            "#e01b24", "#2ec27e", "#c88800", "#2a7bde", "#c061cb", "#33c7de", "#3d3846"};
    static const char *const dark16[16]
        = {"#5e5c64", "#f66151", "#57e389", "#f8e45c", "#62a0ea", "#dc8add", "#5bc8af", "#deddda", "#9a9996",
            "#ff7b63", "#8ff0a4", "#fff380", "#99c1f1", "#f0a8e6", "#93ddc2", "#ffffff"};
    if (c & Rgb)
        return QStringLiteral("#%1").arg(c & 0xffffff, 6, 16, QLatin1Char('0'));
    if (c < 16)
        return QLatin1String(dark ? dark16[c] : light16[c]);
    if (c < 232) {
        static const int level[6] = {0, 95, 135, 175, 215, 255};
        const int i = c - 16;
        return QStringLiteral("#%1%2%3")
            .arg(level[i / 36], 2, 16, QLatin1Char('0'))
            .arg(level[(i / 6) % 6], 2, 16, QLatin1Char('0'))
            .arg(level[i % 6], 2, 16, QLatin1Char('0'));
    }
    const int grey = 8 + (c - 232) * 10;
    return QStringLiteral("#%1%1%1").arg(grey, 2, 16, QLatin1Char('0'));
}

QString openTag(const Style &s, bool marked, bool dark)
{
    QStringList css;
    Colour fg = s.fg, bg = s.bg;
    if (s.inverse) {
        std::swap(fg, bg);
        if (fg == Default)
            fg = dark ? 0 : 15;
        if (bg == Default)
            bg = dark ? 15 : 0;
    }
    if (marked) {
        css << QStringLiteral("background-color:#f5c211") << QStringLiteral("color:#000000");
    } else {
        if (fg != Default)
            css << QStringLiteral("color:") + colourName(fg, dark);
        if (bg != Default)
            css << QStringLiteral("background-color:") + colourName(bg, dark);
    }
    if (s.bold)
        css << QStringLiteral("font-weight:bold");
    if (s.italic)
        css << QStringLiteral("font-style:italic");
    if (s.underline)
        css << QStringLiteral("text-decoration:underline");
    if (css.isEmpty())
        return {};
    return QStringLiteral("<span style=\"") + css.join(QLatin1Char(';')) + QStringLiteral("\">");
}

} // namespace

namespace LogText {

bool needsStyling(QByteArrayView line)
{
    return line.contains('\x1b') || line.contains('\r');
}

QString plain(QByteArrayView line)
{
    if (!needsStyling(line)) {
        QString text = QString::fromUtf8(line);
        // Control characters other than tab have no glyph; most lines have none.
        for (const QChar c : std::as_const(text)) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                return render(line, false).text;
        }
        return text;
    }
    return render(line, false).text;
}

QString html(QByteArrayView line, const QList<std::pair<qsizetype, qsizetype>> &marks, bool dark)
{
    const Rendered r = render(line, true);
    QString out;
    out.reserve(r.text.size() + 64);
    auto markedAt = [&marks](qsizetype i) {
        for (const auto &m : marks) {
            if (i >= m.first && i < m.first + m.second)
                return true;
        }
        return false;
    };
    Style current;
    bool currentMarked = false;
    QString tag;
    for (qsizetype i = 0; i < r.text.size(); ++i) {
        const bool marked = markedAt(i);
        if (i == 0 || !(r.styles[i] == current) || marked != currentMarked) {
            if (!tag.isEmpty())
                out += QStringLiteral("</span>");
            current = r.styles[i];
            currentMarked = marked;
            tag = openTag(current, marked, dark);
            out += tag;
        }
        const QChar c = r.text[i];
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c == QLatin1Char(' '))
            out += QStringLiteral("&nbsp;"); // rich text would fold runs of spaces
        else
            out += c;
    }
    if (!tag.isEmpty())
        out += QStringLiteral("</span>");
    return out;
}

} // namespace LogText
