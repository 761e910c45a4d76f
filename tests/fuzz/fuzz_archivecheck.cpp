// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveCheck (backups and image files read through libarchive) on a file holding the input.
#include "archive/archivecheck.h"

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
    (void)ArchiveCheck::check(path);
    QString error;
    (void)ArchiveCheck::savedImage(path, &error);
    return 0;
}
