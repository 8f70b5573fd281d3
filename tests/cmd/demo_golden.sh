#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The demo stays what it was: for a few seeds, the summary the command
# prints and a digest of every table it fills (tests/cmd/demo_digest.py)
# are compared with tests/data/demo_golden.txt, written by the generator
# before its files were split into layers (docs/demo.md). A deliberate
# change of what the demo draws replaces that file: run this script with
# DEMO_GOLDEN_WRITE=1 through `make check` and commit the new file with
# the change that explains it.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3 python3

export DANSO_TODAY=2026-03-15 DANSO_NOW=2026-03-15T08:00:00Z
GOLD="$TOP_SRCDIR/tests/data/demo_golden.txt"
DIGEST="$TOP_SRCDIR/tests/cmd/demo_digest.py"

# one_demo HOUSEHOLDS MONTHS SEED: a fresh register with that demo; prints
# a header line, the summary and the digest.
one_demo() {
	export DANSO_DB="$T/demo-$1-$2-$3.db"
	run init --commune 00001 --name "Xã Mẫu" --province 01
	[ "$rc" -eq 0 ] || { echo "init failed: $err"; return 1; }
	run demo --households "$1" --months "$2" --seed "$3"
	echo "== demo --households $1 --months $2 --seed $3: exit $rc"
	printf '%s\n' "$out"
	python3 "$DIGEST" "$DANSO_DB"
}

CONFIGS="60:6:7 400:24:11 1500:12:20261201"
for c in $CONFIGS; do
	IFS=: read -r h m s <<<"$c"
	one_demo "$h" "$m" "$s" >"$T/got-$h-$m-$s.txt"
done
for c in $CONFIGS; do cat "$T/got-${c//:/-}.txt"; done >"$T/got.txt"

if [ "${DEMO_GOLDEN_WRITE:-}" = 1 ]; then
	cp "$T/got.txt" "$GOLD"
	echo "# wrote $GOLD"
fi

for c in $CONFIGS; do
	IFS=: read -r h m s <<<"$c"
	want=$(awk -v hdr="== demo --households $h --months $m --seed $s:" \
		'index($0, hdr) == 1 {on = 1; print; next} /^== / {on = 0} on' "$GOLD")
	got=$(cat "$T/got-$h-$m-$s.txt")
	is "$(printf '%s\n' "$got" | head -1)" "== demo --households $h --months $m --seed $s: exit 0" \
		"demo $h households, $m months, seed $s succeeds"
	ok "demo $h households, $m months, seed $s: the summary and every table as stored" \
		test "$got" = "$want"
	[ "$got" = "$want" ] || diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -12 | sed 's/^/# /'
done
done_testing
