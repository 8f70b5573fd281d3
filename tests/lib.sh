# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# tests/lib.sh: TAP helpers for the shell tests (command and screen tests).
# Source it; it sets up a private temporary folder $T removed on success.
# Needs $DANSO (the built binary), set by `make check`.

set -u
: "${DANSO:?run through make check (DANSO is not set)}"
T=$(mktemp -d "${TMPDIR:-/tmp}/danso-sh-XXXXXX")
export DANSO_DB="$T/danso.db"
export HOME="$T/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME LANGUAGE
export LC_ALL=C.UTF-8
# Accounts (docs/reliability.md): init gives the officer "canbo" the PIN
# DANSO_NEW_PIN, and data-changing commands log in with DANSO_USER /
# DANSO_PIN. Tests use cheap Argon2id limits to stay fast under valgrind.
export DANSO_TEST_FAST_AUTH=1
export DANSO_NEW_PIN=${TEST_PIN:-2468}
export DANSO_USER=canbo
export DANSO_PIN=${TEST_PIN:-2468}
_tap_n=0
_tap_failed=0

_tap_cleanup() {
	if [ "$_tap_failed" -eq 0 ]; then rm -rf "$T"; else echo "# files kept in $T"; fi
}
trap _tap_cleanup EXIT

# ok CONDITION-STATUS DESCRIPTION: record a result from the last status.
_tap_result() {
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_tap_n - $2"
	else
		echo "not ok $_tap_n - $2"
		_tap_failed=$((_tap_failed + 1))
	fi
}

# ok DESCRIPTION COMMAND...: passes when COMMAND succeeds.
ok() {
	local desc=$1; shift
	if "$@" >/dev/null 2>&1; then _tap_result 0 "$desc"; else _tap_result 1 "$desc"; fi
}

# is GOT WANT DESCRIPTION: string equality.
is() {
	if [ "$1" = "$2" ]; then _tap_result 0 "$3"; else
		_tap_result 1 "$3"; printf '#   got  [%s]\n#   want [%s]\n' "$1" "$2"; fi
}

# like TEXT PATTERN DESCRIPTION: TEXT contains PATTERN (grep -E).
like() {
	if printf '%s' "$1" | grep -Eq -- "$2"; then _tap_result 0 "$3"; else
		_tap_result 1 "$3"; printf '#   text [%s]\n#   does not match [%s]\n' "$1" "$2" | head -40; fi
}

# unlike TEXT PATTERN DESCRIPTION: TEXT does not contain PATTERN.
unlike() {
	if printf '%s' "$1" | grep -Eq -- "$2"; then
		_tap_result 1 "$3"; printf '#   text matches [%s]\n' "$2"; else _tap_result 0 "$3"; fi
}

# danso ARGS...: runs the test build of danso ($DANSO) with its output
# where the caller puts it. Every test runs danso through this function or
# run/run_release, never "$DANSO" itself: $DANSO_WRAPPER, when set, is put
# in front (setup.sh test runs the command tests under valgrind this way);
# valgrind's exit 99 on an error then shows as a wrong status.
danso() {
	${DANSO_WRAPPER:-} "$DANSO" "$@"
}

# run ARGS...: runs danso, sets $out (stdout), $err (stderr), $rc.
run() {
	out=$(danso "$@" 2>"$T/stderr") && rc=0 || rc=$?
	err=$(cat "$T/stderr")
}

# run_release ARGS...: as run, with the release program ($DANSO_RELEASE,
# the danso that is installed), which has no test seams (domain/seams.h).
run_release() {
	out=$(${DANSO_WRAPPER:-} "$DANSO_RELEASE" "$@" 2>"$T/stderr") && rc=0 || rc=$?
	err=$(cat "$T/stderr")
}

# skip_all REASON: the whole script cannot run here (a missing tool).
skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

# need TOOL...: skip the whole script, with the reason, when a tool it
# needs is not installed (setup.sh installs them all).
need() {
	local t
	for t in "$@"; do
		command -v "$t" >/dev/null 2>&1 || skip_all "$t is not installed"
	done
}

# skip REASON: one check that cannot run here, counted as a TAP skip.
skip() {
	_tap_n=$((_tap_n + 1))
	echo "ok $_tap_n # SKIP $1"
}

# sql QUERY: one query against $DANSO_DB with the sqlite3 shell.
sql() {
	sqlite3 -batch -noheader "$DANSO_DB" "$1"
}

# skip REASON: one check that cannot run here, counted as a TAP skip.
skip() {
	_tap_n=$((_tap_n + 1))
	echo "ok $_tap_n # skip $1"
}

# on_windows: true when $DANSO is danso.exe run under Wine (DANSO_HOST is
# set by windows/test.sh; docs/windows.md).
on_windows() {
	[ "${DANSO_HOST:-}" = windows ]
}

# late_libs: true when libcurl and libxlsxwriter are loaded the first time
# they are used rather than linked (configure's default; Windows links them
# statically) and readelf (binutils) can show it.
late_libs() {
	! on_windows && grep -q '^#define DANSO_DLOPEN 1' "${TOP_BUILDDIR:-.}/config.h" 2>/dev/null &&
		command -v readelf >/dev/null 2>&1
}

# needed FILE: the libraries FILE names as NEEDED (ELF), one line.
needed() {
	readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' '
}

# owner_only PATH MODE DESCRIPTION: PATH has the octal MODE (600, 700).
# Windows has no modes: owner-only is an ACL there, which Wine does not
# keep on a Linux file system, so this is a skip (docs/windows.md).
owner_only() {
	if on_windows; then
		skip "$3: NTFS ACLs, not file modes, make files private on Windows; Wine does not keep them"
	else
		is "$(stat -c %a "$1")" "$2" "$3"
	fi
}

# done_testing: prints the plan and exits with the right status.
done_testing() {
	echo "1..$_tap_n"
	[ "$_tap_failed" -eq 0 ] && [ "$_tap_n" -gt 0 ]
	exit $?
}
