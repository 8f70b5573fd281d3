#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# danso.exe and the Linux danso share the database and the package format:
# a database made by one opens on the other, a package exported by one
# verifies and imports at the upper level with the other, and both export
# byte-identical CSV files for the same database. windows/test.sh runs this
# with danso.exe under Wine as the danso under test and DANSO_LINUX naming the Linux build;
# anywhere else every check is a skip.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

CHECKS=16
if ! on_windows || [ ! -x "${DANSO_LINUX:-}" ]; then
	for i in $(seq $CHECKS); do skip "needs danso.exe under Wine and the Linux danso (windows/test.sh)"; done
	done_testing
fi

WIN=danso LIN=$DANSO_LINUX   # danso: tests/lib.sh, through $DANSO_WRAPPER
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en
P=2025-05
unset DANSO_DB

# commune BINARY DB CODE SEED: a demo commune made by BINARY.
commune() {
	"$1" --db "$2" init --commune "$3" --name "Xã Đông $3" >/dev/null &&
	"$1" --db "$2" demo --households 80 --months 3 --seed "$4" >/dev/null
}
# settle DB: fold the WAL into the file, so that a copy is whole.
settle() { sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; }

# ---- a database made on Windows, used on Linux
ok "danso.exe makes a demo commune" commune "$WIN" "$T/win.db" 10001 5
ok "the Linux danso checks it" "$LIN" --db "$T/win.db" check
is "$("$LIN" --db "$T/win.db" report --period $P --format csv | sha256sum)" \
	"$("$WIN" --db "$T/win.db" report --period $P --format csv | sha256sum)" \
	"both print the same report of it"
settle "$T/win.db"
cp "$T/win.db" "$T/win-copy.db"

# ---- the same database exported by each: byte-identical CSV
mkdir -p "$T/out-win" "$T/out-lin"
"$WIN" --db "$T/win.db" export --period $P --out "$T/out-win" >/dev/null 2>"$T/err.win"
is "$?" 0 "danso.exe exports $P"
"$LIN" --db "$T/win-copy.db" export --period $P --out "$T/out-lin" >/dev/null 2>"$T/err.lin"
is "$?" 0 "the Linux danso exports $P of the same database"
names() { (cd "$1" && ls | LC_ALL=C sort | tr '\n' ' '); }
is "$(names "$T/out-win")" "$(names "$T/out-lin")" "the same files"
same=0 differ=""
for f in "$T"/out-win/*.csv; do
	if cmp -s "$f" "$T/out-lin/$(basename "$f")"; then same=$((same + 1)); else differ="$differ $(basename "$f")"; fi
done
is "$differ" "" "every CSV file is byte-identical ($same files)"

# ---- the package from Windows verifies and imports on Linux, and back
M=$(ls "$T"/out-win/*_manifest.csv)
"$LIN" --db "$T/upper-lin.db" import "$M" >"$T/imp.lin" 2>&1
is "$?" 0 "the upper level on Linux imports the package made by danso.exe"
like "$(cat "$T/imp.lin")" "10001 2025-05 r1: imported" "... revision 1 of commune 10001"
commune "$LIN" "$T/lin.db" 10002 6
mkdir -p "$T/out-lin2"
"$LIN" --db "$T/lin.db" export --period $P --out "$T/out-lin2" >/dev/null
"$WIN" --db "$T/upper-win.db" import "$T/out-lin2" >"$T/imp.win" 2>&1
is "$?" 0 "danso.exe at the upper level imports the package made on Linux"
like "$(cat "$T/imp.win")" "10002 2025-05 r1: imported" "... revision 1 of commune 10002"

# ---- a database made on Linux, used on Windows
ok "danso.exe checks the database made on Linux" "$WIN" --db "$T/lin.db" check
is "$("$WIN" --db "$T/lin.db" report --period $P --format csv | sha256sum)" \
	"$("$LIN" --db "$T/lin.db" report --period $P --format csv | sha256sum)" \
	"both print the same report of it"
"$WIN" --db "$T/lin.db" area add --number 9 --name "Tổ Chín" >/dev/null 2>&1
is "$?" 0 "danso.exe changes it"
is "$(sqlite3 "$T/lin.db" "SELECT name FROM area WHERE number = 9")" "Tổ Chín" "... in UTF-8 the Linux tools read"
ok "and the Linux danso still checks it" "$LIN" --db "$T/lin.db" check

done_testing
