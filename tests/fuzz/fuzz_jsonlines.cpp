// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON-lines decoder (events, pull and load progress), fed in pieces, then finished.
#include "engine/jsonlinesdecoder.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzPieces input(data, size);
    JsonLinesDecoder decoder;
    input.forEach([&decoder](QByteArrayView piece) { (void)decoder.feed(piece); });
    (void)decoder.finish();
    return 0;
}
