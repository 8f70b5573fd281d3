#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The full kill test for docs/reliability.md: 240 SIGKILL points (override
# with KILL_POINTS) against a built tree (default ./build).
#   tests/kill/run-full.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
export TOP_SRCDIR="$here" TOP_BUILDDIR="$build" DANSO="$build/danso" KILL_POINTS="${KILL_POINTS:-240}"
make -C "$build" -s tests/kill/killdrv danso >/dev/null
start=$(date +%s)
bash "$here/tests/kill/kill.sh" | grep -E '^(not ok|#|1\.\.)|ok [0-9]+ - (entry|import|backup|export|integrity)'
echo "# time: $(( $(date +%s) - start )) s"
