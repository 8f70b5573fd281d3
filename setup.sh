#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# setup.sh: set up danso on a Debian machine and run it or test it.
#
#   ./setup.sh run    install what is missing, build, open danso on a demo commune
#   ./setup.sh test   install what is missing, build, run the whole test suite
#   ./setup.sh build  install what is missing and build (into ./build)
#   ./setup.sh windows  cross-build danso.exe and dist/danso-VERSION-win64.zip
#                     (windows/build.sh, docs/windows.md)
#
# Debian packages are installed only when missing (with sudo when not root).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build="$here/build"
jobs=$(nproc 2>/dev/null || echo 2)

# What building and running need; the test tools come only with `test`.
RUN_PACKAGES="gcc make autoconf automake pkg-config libncurses-dev libsqlite3-dev
libcsv-dev libsodium-dev libutf8proc-dev libxlsxwriter-dev libcurl4-openssl-dev libjansson-dev"
TEST_PACKAGES="sqlite3 tmux python3 python3-openpyxl valgrind clang libclang-rt-14-dev
libreoffice-calc-nogui poppler-utils debhelper dpkg-dev"
PACKAGES=$RUN_PACKAGES

need_packages() {
	missing=
	for p in $PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "setup: installing Debian packages:$missing"
	if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

# build_tree DIR [CONFIGURE ARGS...]: configure (when needed) and build in DIR.
build_tree() {
	dir=$1; shift
	cd "$here"
	if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
		autoreconf -fi >/dev/null
	fi
	mkdir -p "$dir"
	cd "$dir"
	if [ ! -f Makefile ] || [ "$here/configure" -nt Makefile ]; then
		"$here/configure" --enable-werror "$@" ${DANSO_CONFIGURE_FLAGS:-} >configure.log 2>&1 ||
			{ tail -30 configure.log; return 1; }
	fi
	make -j"$jobs" >make.log 2>&1 || { grep -E 'error|warning' make.log | head -30; return 1; }
}

passed=0 failed=0 skipped=0
# count_trs DIR: add the TAP results of the .trs files under DIR.
count_trs() {
	for trs in $(find "$1" -name '*.trs' 2>/dev/null); do
		p=$(grep -c '^:test-result: \(PASS\|XFAIL\)' "$trs" || true)
		f=$(grep -c '^:test-result: \(FAIL\|ERROR\|XPASS\)' "$trs" || true)
		s=$(grep -c '^:test-result: SKIP' "$trs" || true)
		passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	done
}

# check_phase NAME DIR [MAKE ARGS...]: make check in DIR, show failures
# briefly, add its results to the totals.
check_phase() {
	name=$1 dir=$2; shift 2
	t0=$(date +%s)
	find "$dir" -name '*.trs' -delete 2>/dev/null || true
	st=0
	make -C "$dir" -j"$jobs" check "$@" >"$dir/check.out" 2>&1 || st=$?
	before_p=$passed before_f=$failed
	count_trs "$dir"
	echo "setup: $name: $((passed - before_p)) passed, $((failed - before_f)) failed ($(( $(date +%s) - t0 )) s)"
	if [ "$st" -ne 0 ]; then
		grep -E '^(FAIL|ERROR|XPASS)' "$dir/check.out" | head -20
		for log in $(grep -l '^not ok\|^Bail out' $(find "$dir" -name '*.log' -path '*tests*') 2>/dev/null | head -3); do
			echo "--- $log"; grep -B2 -A6 '^not ok' "$log" | head -40
		done
		[ "$failed" -gt "$before_f" ] || failed=$((failed + 1))
	fi
}

# tap_phase NAME SCRIPT: run a TAP script outside make check, show its
# failures and add its results to the totals (a script that dies without
# a plan counts as one failure).
tap_phase() {
	name=$1 script=$2
	t0=$(date +%s)
	out=$(bash "$script" 2>&1) || true
	p=$(printf '%s\n' "$out" | grep -c '^ok ' || true)
	f=$(printf '%s\n' "$out" | grep -c '^not ok ' || true)
	s=$(printf '%s\n' "$out" | grep -c '^ok .*# SKIP\|^1\.\.0 # SKIP' || true)
	printf '%s\n' "$out" | grep -q '^1\.\.[0-9]' || f=$((f + 1))
	printf '%s\n' "$out" | grep -A3 '^not ok ' | head -20
	passed=$((passed + p - s)) failed=$((failed + f)) skipped=$((skipped + s))
	echo "setup: $name: $((p - s)) passed, $f failed ($(( $(date +%s) - t0 )) s)"
}

cmd=${1:-run}
case "$cmd" in
build)
	need_packages
	build_tree "$build"
	;;
run)
	need_packages
	build_tree "$build"
	db="$build/demo.db"
	# The demo database's officer "canbo" has the documented demo PIN 1357.
	if [ ! -f "$db" ]; then
		DANSO_NEW_PIN=1357 "$build/danso" --db "$db" init --commune 00004 --name "Phường Ba Đình" --province 01 --upper "Trung tâm Y tế khu vực Ba Đình"
		DANSO_USER=canbo DANSO_PIN=1357 DANSO_NEW_PIN=1357 "$build/danso" --db "$db" demo
	fi
	exec "$build/danso" --db "$db"
	;;
test)
	PACKAGES="$RUN_PACKAGES $TEST_PACKAGES"
	# (a) build + make check; (b) address + undefined-behaviour sanitizers;
	# (c) the command tests under valgrind; (d) every fuzz target for
	# FUZZ_SECONDS (60 here); (e) make distcheck (the tarball builds and
	# passes its checks out of tree). One closing line counts every TAP
	# result; distcheck counts as one result (its checks repeat (a)'s).
	need_packages
	start=$(date +%s)
	build_tree "$build" || { echo "0 passed, 1 failed"; exit 1; }
	check_phase "normal build" "$build"
	echo "setup: building with sanitizers (build-asan)"
	if build_tree "$here/build-asan" --enable-sanitizers; then
		ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
			check_phase "sanitizers" "$here/build-asan"
	else
		failed=$((failed + 1))
	fi
	cmd_tests=$(cd "$here" && ls tests/cmd/*.sh | tr '\n' ' ')
	DANSO_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
		check_phase "command tests under valgrind" "$build" TESTS="$cmd_tests"
	tap_phase "Debian package" "$here/tests/pkg/deb.sh"
	fuzz_st=0
	fuzz_out=$(FUZZ_SECONDS=${FUZZ_SECONDS:-60} JOBS=$jobs "$here/tests/fuzz-ci.sh" 2>&1) || fuzz_st=$?
	echo "$fuzz_out" | grep -E '^(not ok|#|ok)' | sed 's/^/setup: /' | head -30
	passed=$((passed + $(echo "$fuzz_out" | grep -c '^ok ' || true)))
	failed=$((failed + $(echo "$fuzz_out" | grep -c '^not ok' || true)))
	[ "$fuzz_st" -eq 0 ] || [ "$(echo "$fuzz_out" | grep -c '^not ok')" -gt 0 ] || failed=$((failed + 1))
	t0=$(date +%s)
	if make -C "$build" -j"$jobs" distcheck >"$build/distcheck.out" 2>&1; then
		passed=$((passed + 1))
		echo "setup: make distcheck: passed ($(( $(date +%s) - t0 )) s)"
	else
		failed=$((failed + 1))
		echo "setup: make distcheck: FAILED ($(( $(date +%s) - t0 )) s), see $build/distcheck.out"
		grep -E '^(FAIL|ERROR)|rror' "$build/distcheck.out" | head -20
	fi
	# (e) danso.exe cross-built, its command tests and a screen test under
	# Wine (windows/build.sh, windows/test.sh; the libraries are cached).
	t0=$(date +%s)
	win_out=$("$here/windows/build.sh" test 2>&1) || true
	set -- $(echo "$win_out" | sed -n 's/^windows-counts: //p') 0 1 0
	passed=$((passed + $1)) failed=$((failed + $2)) skipped=$((skipped + $3))
	echo "setup: danso.exe under Wine: $1 passed, $2 failed, $3 skipped ($(( $(date +%s) - t0 )) s)"
	[ "$2" -eq 0 ] || echo "$win_out" | grep -v '^windows-counts' | tail -20
	echo "setup: total time $(( $(date +%s) - start )) s"
	if [ "$skipped" -gt 0 ]; then
		echo "$passed passed, $failed failed, $skipped skipped"
	else
		echo "$passed passed, $failed failed"
	fi
	[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
	exit $?
	;;
windows)
	exec "$here/windows/build.sh" dist
	;;
*)
	echo "usage: $0 run|test|build|windows" >&2
	exit 2
	;;
esac
