// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * How Berth's windows are drawn. Where no graphics card can be used (no DRM render node: a
 * virtual machine, a remote desktop, Xvfb) Mesa draws OpenGL on the processor with llvmpipe,
 * which compiles each shader with LLVM: about 80 MB more memory at start (libLLVM's pages and
 * the compiled code), and processor time the engine needs on a small machine. Qt Quick's
 * software renderer draws the same 2D window with QPainter and repaints only what changed, so
 * Berth takes it there. The user's choice comes first: BERTH_RENDERER=software|graphics, or
 * Qt's own QT_QUICK_BACKEND / QSG_RHI_BACKEND.
 */
namespace Rendering {
enum class Choice { Graphics, Software };

/// Chooses, before the application object and any window are made.
Choice choose();
/// What choose() chose, as `--startup-report` and the benchmarks print it: "software" or
/// "graphics".
QString chosenName();
/// Whether this machine draws OpenGL on the processor: no render node in /dev/dri, or Mesa
/// told to (LIBGL_ALWAYS_SOFTWARE, GALLIUM_DRIVER=llvmpipe|softpipe).
bool softwareOpenGl();
} // namespace Rendering
