#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when qmllint warns about any QML file of the repository: an unknown property or type, a
# bad signal handler, a missing import… The app's files follow qml/.qmllint.ini (two checks are
# informational there, each for a reason written beside it); the tests' files, the defaults.
#
#   bash tests/lint/qmllint.sh QMLLINT BUILD_QML_DIR [SOURCE_DIR]
#   (BUILD_QML_DIR: the build's qml/ folder, where the modules Berth and Berth.Backend are)
set -u -o pipefail
qmllint=$1
modules=$2
src=${3:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
[ -x "$qmllint" ] || { echo "qmllint is missing at $qmllint (Debian: qt6-declarative-dev-tools)"; exit 1; }
[ -f "$modules/Berth/qmldir" ] || { echo "no built QML module in $modules: build first"; exit 1; }
cd "$src" || exit 1
mapfile -t files < <(find qml tests/qml -name '*.qml' | sort)
failed=0
for f in "${files[@]}"; do
    if ! out=$("$qmllint" -I "$modules" "$f" 2>&1); then
        echo "$out" | grep -v '^Info:' | grep -B1 -A3 '^Warning' || echo "$out"
        failed=$((failed + 1))
    fi
done
echo "qmllint: ${#files[@]} files, $failed with warnings"
[ "$failed" -eq 0 ]
