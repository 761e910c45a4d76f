// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Writes a small ustar archive in memory: Berth's own small files (the volume tool's image and
/// its list of paths) and the tests' uploads and images; never user data, which the engine
/// reads and writes itself. Names and link targets are at most 100 bytes.
class TarBuilder
{
public:
    void addFile(const QString &name, const QByteArray &data, int mode = 0644);
    void addDirectory(const QString &name, int mode = 0755);
    void addSymlink(const QString &name, const QString &target);
    /// Any entry: @p type is the tar type byte (an 'x' PAX record, say), @p data its content.
    void addEntry(const QString &name, char type, const QByteArray &data, int mode, const QString &link = {});
    /// The archive with its two closing zero blocks.
    QByteArray finish() const;

private:
    QByteArray m_data;
};
