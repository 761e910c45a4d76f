// SPDX-License-Identifier: GPL-3.0-or-later
// VolumeHelper::countTarEntries, which tells whether a volume is empty from the start of its tar.
#include "jobs/volumehelper.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray tar(reinterpret_cast<const char *>(data), qsizetype(size));
    bool ended = false;
    (void)VolumeHelper::countTarEntries(tar, 2, &ended);
    (void)VolumeHelper::countTarEntries(tar, 1 << 20, &ended);
    return 0;
}
