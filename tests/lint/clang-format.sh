#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the repository is not as clang-format (.clang-format) writes it, and
# names each; `clang-format -i FILE` fixes one.
#
#   bash tests/lint/clang-format.sh [SOURCE_DIR]
set -u -o pipefail
src=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cd "$src" || exit 1
command -v clang-format >/dev/null || { echo "clang-format is missing (Debian: clang-format)"; exit 1; }
if [ -d .git ] && command -v git >/dev/null; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find src tests -name '*.cpp' -o -name '*.h')
fi
# One run over every file: each difference is reported as FILE:LINE:COL: error: ...
mapfile -t bad < <(clang-format --dry-run -Werror "${files[@]}" 2>&1 | grep -o '^[^:]*:[0-9]*:[0-9]*: error' | cut -d: -f1 | sort -u)
for f in "${bad[@]}"; do
    echo "not formatted: $f (clang-format -i $f)"
done
echo "clang-format: ${#files[@]} files, ${#bad[@]} not formatted"
[ "${#bad[@]}" -eq 0 ]
