// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Allocator {

/**
 * Sets glibc's malloc for a program that streams: every read from an engine's socket is a
 * buffer of about 180 KiB, copied on by the HTTP and chunked decoders. With glibc's defaults
 * each such buffer was a fresh mmap (or a heap grown and trimmed again), and the page faults
 * cost more than the copies: listing a folder that holds a 2 GB file took 32 s where curl
 * takes 8 s; with these settings 6 s. Buffers below 1 MiB come from the heap, and the heap
 * keeps up to 4 MiB free at its top instead of giving it back after each read.
 * Call first in main(); does nothing where the C library is not glibc.
 */
void tuneForStreaming();

} // namespace Allocator
