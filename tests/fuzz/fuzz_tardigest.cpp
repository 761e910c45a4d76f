// SPDX-License-Identifier: GPL-3.0-or-later
// TarDigest, the tar reader that compares two engines' volumes, fed in pieces.
#include "archive/tardigest.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzPieces input(data, size);
    TarDigest digest;
    input.forEach([&digest](QByteArrayView piece) { digest.addData(piece); });
    (void)digest.finish();
    return 0;
}
