#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# tests/fuzz-ci.sh: build every libFuzzer target (fuzz/fuzz_*.c) with clang
# in build-fuzz/, run each for FUZZ_SECONDS (default 10; CI uses 60) on a
# copy of its seed corpus fuzz/corpus/<name>/, and fail on any crash,
# timeout or sanitizer report. Prints one TAP line per target with its
# executions (libFuzzer's stat::number_of_executed_units).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bdir=$here/build-fuzz
seconds=${FUZZ_SECONDS:-10}
jobs=${JOBS:-2}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

mkdir -p "$bdir"
cd "$bdir" || exit 1
if [ ! -f Makefile ] || [ "$here/configure" -nt Makefile ]; then
	"$here/configure" CC=clang --enable-fuzzing >configure.log 2>&1 || { tail -20 configure.log; exit 1; }
fi
targets=
for src in "$here"/fuzz/fuzz_*.c; do
	[ -e "$src" ] || continue
	targets="$targets fuzz/$(basename "$src" .c)"
done
if ! make -j"$jobs" $targets >make.log 2>&1; then
	tail -30 make.log
	echo "not ok 1 - fuzz targets build"
	exit 1
fi
n=0 failed=0 total=0
for t in $targets; do
	n=$((n + 1))
	name=${t#fuzz/fuzz_}
	work=$(mktemp -d "${TMPDIR:-/tmp}/danso-fuzz-$name-XXXXXX")
	[ -d "$here/fuzz/corpus/$name" ] && cp -R "$here/fuzz/corpus/$name/." "$work/"
	log=$bdir/fuzz_$name.log
	"./$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$bdir/crash-$name-" "$work" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	rm -rf "$work"
	if [ "$rc" -eq 0 ] && ! grep -q 'ERROR: \(AddressSanitizer\|LeakSanitizer\|libFuzzer\)\|runtime error:' "$log"; then
		echo "ok $n - fuzz_$name: ${execs:-0} executions in ${seconds} s, no crash"
		total=$((total + ${execs:-0}))
	else
		failed=$((failed + 1))
		echo "not ok $n - fuzz_$name (exit $rc): see $log"
		grep -A15 'ERROR\|runtime error' "$log" | head -40 | sed 's/^/#   /'
	fi
done
echo "1..$n"
echo "# fuzzing: $n targets, $total executions, $failed failed"
[ "$failed" -eq 0 ]
