# SPDX-License-Identifier: GPL-3.0-or-later
# libvterm 0.3.3 from Debian's source package, built as a static library, for systems whose own
# libvterm is older than 0.3. libvterm 0.1 (Debian 12) crashes when a screen is resized after
# some escape sequences and loops forever on others (tests/fuzz found them); Berth's terminal
# feeds it whatever a container prints, so it must not run on it. Debian 13 and later use their
# own libvterm.
#
# The source is Debian's pristine tarball (no Debian patches exist for 0.3.3-3), checked against
# the digest below before anything is built. Without the archive at hand (an offline build),
# name a copy: -DBERTH_LIBVTERM_TARBALL=/path/to/libvterm_0.3.3.orig.tar.gz.
#
# Defines the target berth::vterm.

set(BERTH_LIBVTERM_VERSION 0.3.3)
set(BERTH_LIBVTERM_SHA256 09156f43dd2128bd347cbeebe50d9a571d32c64e0cf18d211197946aff7226e0)
set(BERTH_DEBIAN_MIRROR "http://deb.debian.org/debian" CACHE STRING
    "The Debian archive libvterm's source comes from when the system's libvterm is older than 0.3")
set(BERTH_LIBVTERM_TARBALL "" CACHE FILEPATH
    "A local copy of libvterm_${BERTH_LIBVTERM_VERSION}.orig.tar.gz (no download)")

enable_language(C)

set(tarball_name libvterm_${BERTH_LIBVTERM_VERSION}.orig.tar.gz)
set(tarball ${CMAKE_BINARY_DIR}/_deps/${tarball_name})
if(BERTH_LIBVTERM_TARBALL)
    set(tarball ${BERTH_LIBVTERM_TARBALL})
elseif(NOT EXISTS ${tarball})
    set(url ${BERTH_DEBIAN_MIRROR}/pool/main/libv/libvterm/${tarball_name})
    message(STATUS "libvterm is older than 0.3 here: downloading ${url}")
    # A partial or wrong download never takes the final name.
    file(DOWNLOAD ${url} ${tarball}.part STATUS status TIMEOUT 120)
    list(GET status 0 code)
    if(NOT code EQUAL 0)
        file(REMOVE ${tarball}.part)
        list(GET status 1 reason)
        message(FATAL_ERROR "Could not download libvterm ${BERTH_LIBVTERM_VERSION} from ${url} (${reason}). "
            "Berth needs libvterm 0.3 or later: install it from your system (libvterm-dev >= 0.3), "
            "or download that file elsewhere and configure with -DBERTH_LIBVTERM_TARBALL=/path/to/${tarball_name}.")
    endif()
    file(RENAME ${tarball}.part ${tarball})
endif()
file(SHA256 ${tarball} digest)
if(NOT digest STREQUAL BERTH_LIBVTERM_SHA256)
    message(FATAL_ERROR "${tarball} is not Debian's libvterm ${BERTH_LIBVTERM_VERSION} "
        "(SHA-256 ${digest}, expected ${BERTH_LIBVTERM_SHA256}); remove it and configure again.")
endif()

set(source_dir ${CMAKE_BINARY_DIR}/_deps/libvterm-${BERTH_LIBVTERM_VERSION})
if(NOT EXISTS ${source_dir}/src/vterm.c)
    file(ARCHIVE_EXTRACT INPUT ${tarball} DESTINATION ${CMAKE_BINARY_DIR}/_deps)
endif()

add_library(berth_vterm STATIC
    ${source_dir}/src/encoding.c ${source_dir}/src/keyboard.c ${source_dir}/src/mouse.c
    ${source_dir}/src/parser.c ${source_dir}/src/pen.c ${source_dir}/src/screen.c
    ${source_dir}/src/state.c ${source_dir}/src/unicode.c ${source_dir}/src/vterm.c)
set_target_properties(berth_vterm PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
    POSITION_INDEPENDENT_CODE ON)
# Its own code, built as its Makefile builds it; its warnings are not Berth's to fix.
target_compile_options(berth_vterm PRIVATE -w)
if(BERTH_FUZZ)
    # The fuzz build checks libvterm too. It shifts a char that may be negative into a switch's
    # value (DECRQSS, state.c); GCC and clang define that as two's complement, and the value only
    # picks a case, so that one check is off for libvterm. Its overflows and bounds stay checked
    # (RepeatGuard keeps libvterm's parser from its own).
    target_compile_options(berth_vterm PRIVATE -fno-sanitize=shift-base)
endif()
target_include_directories(berth_vterm PRIVATE ${source_dir}/src)
# Ahead of the system's include folders, where libvterm 0.1's vterm.h may be.
target_include_directories(berth_vterm BEFORE PUBLIC ${source_dir}/include)
add_library(berth::vterm ALIAS berth_vterm)

# Its licence (MIT) travels with the programs that carry it.
install(FILES ${source_dir}/LICENSE DESTINATION share/doc/berth RENAME libvterm-LICENSE)
