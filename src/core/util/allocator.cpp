// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/allocator.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void Allocator::tuneForStreaming()
{
#if defined(__GLIBC__)
    // Setting either turns glibc's own adjustment off, so both are set.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
}
