// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the SVG icon as a PNG of one hicolor size (Qt's SVG image plugin).
// Usage: berth_render_icon ICON.svg SIZE OUT.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: berth_render_icon ICON.svg SIZE OUT.png\n");
        return 2;
    }
    const int size = args[2].toInt();
    QImageReader reader(args[1]);
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr,
            "berth_render_icon: %s: %s (Qt's SVG plugin: libqt6svg6, Debian 13's qt6-svg-plugins)\n",
            qPrintable(args[1]), qPrintable(reader.errorString()));
        return 1;
    }
    QDir().mkpath(QFileInfo(args[3]).path());
    return image.save(args[3]) ? 0 : 1;
}
