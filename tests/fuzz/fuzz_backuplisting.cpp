// SPDX-License-Identifier: GPL-3.0-or-later
// BackupListing (ls-backup), TarSelection and TarFilterDevice (restore --only) on a file holding
// the input.
#include "archive/backuplisting.h"
#include "archive/tarfilterdevice.h"
#include "archive/tarselection.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.tar"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const BackupListing::Folder top = BackupListing::list(path, QString());
    for (const BackupListing::Entry &e : top.entries) {
        (void)BackupListing::displayName(e.path);
        (void)BackupListing::modeString(e);
    }
    if (!top.error.isEmpty() || top.entries.isEmpty())
        return 0;
    const QString first = QString::fromUtf8(top.entries.first().path);
    (void)BackupListing::list(path, first);
    TarSelection selection({first});
    if (!selection.resolve(path))
        return 0;
    TarFilterDevice device(path, selection);
    if (!device.open(QIODevice::ReadOnly))
        return 0;
    while (!device.atEnd()) {
        if (device.read(1 << 16).isEmpty())
            device.waitForReadyRead(100);
    }
    return 0;
}
