// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/containerinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Text as the docker CLI shows it (sizes, ages, port lists, truncated commands), so that
 * berthctl's tables match `docker ps` and the GUI speaks the same words.
 */
namespace DisplayFormat {
/// Go's units.HumanDuration: "Less than a second", "About a minute", "3 hours", "2 weeks" …
QString humanDuration(qint64 seconds);
/// The engine's status text ("Up 5 minutes (healthy)", "Exited (0) 2 hours ago", "Created") in the
/// user's language; text it does not recognise stays as the engine wrote it.
QString localStatus(const QString &status);
/// Go's units.HumanSizeWithPrecision(size, 3): decimal units, "1.24MB", "512B".
QString humanSize(qint64 bytes);
/// Go's units.HumanSizeWithPrecision(size, @p digits); units.HumanSize is 4 ("1.984MB").
QString humanSize(qint64 bytes, int digits);
/// Binary units as docker stats shows memory: "520KiB", "23.54GiB".
QString binarySize(qint64 bytes);
/// docker's DisplayablePorts: "0.0.0.0:8080->80/tcp, 443/tcp", with ranges grouped.
QString ports(QList<PortInfo> ports);
/// Cuts to @p width characters, ending with "…" when cut.
QString ellipsis(const QString &text, int width);
/// Go's strconv.Quote for printable text: quotes, backslashes and control characters escaped.
QString goQuote(const QString &text);
/// docker's image column: a bare id shortened to 12, docker.io/library/ dropped.
QString familiarImage(const QString &image, const QString &imageId);
/// Aligns rows like Go's tabwriter (minwidth 10, padding 3), as the docker CLI prints tables.
QString table(const QList<QStringList> &rows);
/// The docker CLI's sort order for names: runs of digits compare as numbers (vol-4 < vol-17).
bool naturalLess(const QString &a, const QString &b);
} // namespace DisplayFormat
