// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 response parser (and the chunked decoder inside it), fed in pieces, then closed.
#include "engine/httpresponseparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzPieces input(data, size);
    HttpResponseParser parser(input.flag());
    // A small cap, so the fuzzer reaches the cap's paths too.
    if (size > 0 && (data[size - 1] & 1))
        parser.setMaxBodyBytes(256);
    input.forEach([&parser](QByteArrayView piece) {
        if (parser.feed(piece)) {
            (void)parser.takeBody();
            (void)parser.keepAlive();
        }
    });
    parser.closed();
    (void)parser.takeExcess();
    (void)parser.header("Content-Type");
    return 0;
}
