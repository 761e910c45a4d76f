// SPDX-License-Identifier: GPL-3.0-or-later
// The multiplexed (logs, attach, exec) stream decoder, fed in pieces.
#include "engine/multiplexeddecoder.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzPieces input(data, size);
    MultiplexedDecoder decoder;
    qsizetype payload = 0;
    input.forEach([&](QByteArrayView piece) {
        for (const auto &frame : decoder.feed(piece))
            payload += frame.data.size();
    });
    if (payload > qsizetype(size))
        __builtin_trap(); // frames hold more than came in
    (void)decoder.atFrameBoundary();
    return 0;
}
