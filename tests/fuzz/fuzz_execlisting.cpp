// SPDX-License-Identifier: GPL-3.0-or-later
// ExecListing::parse, which reads what a container's own find or stat says of a folder.
#include "files/execlisting.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<TarEntry> entries;
    QString error;
    for (const auto method : {ExecListing::Method::Find, ExecListing::Method::Stat}) {
        if (ExecListing::parse(method, output, &entries, &error)) {
            for (const TarEntry &e : entries) {
                if (e.rawPath.isEmpty() || e.rawPath.contains('/'))
                    __builtin_trap(); // a name that is not one folder's was let through
            }
        }
    }
    return 0;
}
