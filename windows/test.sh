#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# windows/test.sh: the command tests (tests/cmd/*.sh) and the Windows
# screen test against danso.exe under Wine (docs/windows.md).
#
#   windows/test.sh [BUILD-DIR]    default build-win64/danso (windows/build.sh build)
#
# $DANSO is a small wrapper that runs danso.exe under Wine, so the tests run
# unchanged; DANSO_HOST=windows lets a test skip (as a counted TAP skip, with
# its reason) what Wine cannot show. The test driver's own tools (sqlite3,
# python3, tmux) are the Linux ones. Prints the automake summary.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
bld=${1:-${DANSO_WIN_BUILD:-$here/build-win64}/danso}
jobs=${JOBS:-2}

[ -f "$bld/danso.exe" ] || { echo "windows/test.sh: no $bld/danso.exe (run windows/build.sh build)" >&2; exit 1; }
command -v wine >/dev/null || { echo "windows/test.sh: wine is not installed" >&2; exit 1; }

# A Wine prefix of its own, in the build tree (made once, ~10 s).
export WINEPREFIX="${WINEPREFIX:-$(dirname "$bld")/wine}"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export DANSO_HOST=windows
# Wine starts a program in about half a second: the screen tests wait longer.
export SCREEN_SLOW=${SCREEN_SLOW:-3}
# tests/cmd/windows.sh compares with the Linux build, when there is one.
# (its test build, which follows DANSO_NOW like the tests' danso_test.exe)
[ -x "$here/build/tests/danso_test" ] && export DANSO_LINUX="$here/build/tests/danso_test"
[ -d "$WINEPREFIX" ] || wineboot -i >/dev/null 2>&1 || true
# One Wine server for the whole run (a start costs about a second); it
# goes when the run ends.
wineserver -p </dev/null >/dev/null 2>&1 || true
trap 'wineserver -k 2>/dev/null || true' EXIT

# wrap EXE SCRIPT: SCRIPT runs EXE under Wine with the same arguments.
wrap() {
	mkdir -p "$(dirname "$2")"
	printf '#!/bin/sh\n# Runs %s under Wine (windows/test.sh).\nexec wine "%s" "$@"\n' \
		"$(basename "$1")" "$1" >"$2"
	chmod +x "$2"
}
# The tests' own build of danso (with the test switches), the kill and
# fault driver, and the release danso.exe.
make -C "$bld" -j"$jobs" tests/danso_test.exe tests/kill/killdrv.exe >"$bld/test-programs.log" 2>&1 ||
	{ grep -E 'error' "$bld/test-programs.log" | head -20 >&2; exit 1; }
wrap "$bld/danso.exe" "$bld/danso"
wrap "$bld/tests/danso_test.exe" "$bld/tests/danso_test"
wrap "$bld/tests/kill/killdrv.exe" "$bld/tests/kill/killdrv"

cd "$here"
tests=${DANSO_WIN_TESTS:-"$(ls tests/cmd/*.sh tests/screen/*.sh | grep -v /lib.sh | tr '\n' ' ')"}
find "$bld/tests" -name '*.trs' -delete 2>/dev/null || true
st=0
make -C "$bld" -j"$jobs" check TESTS="$tests" check_PROGRAMS= check_LIBRARIES= >"$bld/check.out" 2>&1 || st=$?
grep -E '^(FAIL|ERROR|XPASS)' "$bld/check.out" | head -20 || true
# One line setup.sh adds to its totals: passed failed skipped.
p=0 f=0 s=0
for trs in $(find "$bld/tests" -name '*.trs'); do
	p=$((p + $(grep -c '^:test-result: \(PASS\|XFAIL\)' "$trs" || true)))
	f=$((f + $(grep -c '^:test-result: \(FAIL\|ERROR\|XPASS\)' "$trs" || true)))
	s=$((s + $(grep -c '^:test-result: SKIP' "$trs" || true)))
done
[ "$st" -eq 0 ] || [ "$f" -gt 0 ] || f=1
echo "windows-counts: $p $f $s"
exit "$st"
