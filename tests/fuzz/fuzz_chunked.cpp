// SPDX-License-Identifier: GPL-3.0-or-later
// The chunked transfer decoder, fed in pieces.
#include "engine/chunkeddecoder.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzPieces input(data, size);
    ChunkedDecoder decoder;
    QByteArray out;
    bool stopped = false;
    input.forEach([&](QByteArrayView piece) {
        if (stopped)
            return;
        const qsizetype used = decoder.feed(piece, out);
        if (used > piece.size())
            __builtin_trap(); // consumed more than it was given
        stopped = used < piece.size(); // an error, or the body ended
    });
    (void)decoder.atChunkBoundary();
    return 0;
}
