#!/bin/sh
# setup.sh: set up danso on a Debian machine and run it or test it.
#
#   ./setup.sh run    install what is missing, build, open danso on a demo commune
#   ./setup.sh test   install what is missing, build, run the whole test suite
#   ./setup.sh build  install what is missing and build (into ./build)
#
# Debian packages are installed only when missing (with sudo when not root).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build="$here/build"
jobs=$(nproc 2>/dev/null || echo 2)

PACKAGES="gcc make autoconf automake pkg-config libncurses-dev libsqlite3-dev
libcsv-dev libsodium-dev libutf8proc-dev sqlite3 tmux python3 valgrind clang
libclang-rt-14-dev"

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

build_tree() {
	cd "$here"
	if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
		autoreconf -fi >/dev/null
	fi
	mkdir -p "$build"
	cd "$build"
	if [ ! -f Makefile ] || [ "$here/configure" -nt Makefile ]; then
		"$here/configure" --enable-werror ${DANSO_CONFIGURE_FLAGS:-} >/dev/null
	fi
	make -j"$jobs" >/dev/null
}

# Count every TAP result of the last `make check` and print the closing line.
count_results() {
	passed=0 failed=0 skipped=0
	for trs in $(find "$1" -name '*.trs' 2>/dev/null); do
		p=$(grep -c '^:test-result: \(PASS\|XFAIL\)' "$trs" || true)
		f=$(grep -c '^:test-result: \(FAIL\|ERROR\|XPASS\)' "$trs" || true)
		s=$(grep -c '^:test-result: SKIP' "$trs" || true)
		passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	done
	if [ "$skipped" -gt 0 ]; then
		echo "$passed passed, $failed failed, $skipped skipped"
	else
		echo "$passed passed, $failed failed"
	fi
	[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

cmd=${1:-run}
case "$cmd" in
build)
	need_packages
	build_tree
	;;
run)
	need_packages
	build_tree
	db="$build/demo.db"
	if [ ! -f "$db" ]; then
		"$build/danso" --db "$db" init --commune 00004 --name "Phường Ba Đình" --province 01 --upper "Trung tâm Y tế khu vực Ba Đình"
		"$build/danso" --db "$db" demo
	fi
	exec "$build/danso" --db "$db"
	;;
test)
	need_packages
	build_tree
	cd "$build"
	status=0
	find . -name '*.trs' -delete 2>/dev/null || true
	make -j"$jobs" check >check.out 2>&1 || status=$?
	grep -E '^(PASS|FAIL|ERROR|XPASS|SKIP)' check.out | grep -v '^PASS' || true
	[ "$status" -eq 0 ] || { tail -n 60 check.out; cat test-suite.log 2>/dev/null | head -200; }
	if [ -x "$here/tests/extra-checks.sh" ] && [ "$status" -eq 0 ]; then
		"$here/tests/extra-checks.sh" "$build" || status=$?
	fi
	count_results "$build" || status=1
	exit "$status"
	;;
*)
	echo "usage: $0 run|test|build" >&2
	exit 2
	;;
esac
