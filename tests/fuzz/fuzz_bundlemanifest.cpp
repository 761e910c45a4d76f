// SPDX-License-Identifier: GPL-3.0-or-later
// BundleManifest::fromJson, the migration bundle's manifest, and what it asks the engine for.
#include "archive/bundlemanifest.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const BundleManifest manifest
        = BundleManifest::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (error.isEmpty()) {
        (void)BundleManifest::powersOf(manifest.createBody);
        (void)BundleManifest::unexpectedKeys(manifest.createBody);
    }
    return 0;
}
