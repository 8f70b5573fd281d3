#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The monthly report byte for byte: three demo registers (fixed seeds) and
# nine periods each, months, quarters and a year, across a year's end, against the
# CSVs in tests/cmd/report_stable/. A change to how the report is computed
# (docs/performance.md) must give the same bytes. Those files were written by
# the build of the commit that added them; a change that means to alter a
# figure writes them again with
#   DANSO=build/tests/danso_test TOP_SRCDIR=. tests/cmd/report_stable.sh --update
# and says so in its commit.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

export DANSO_TODAY=2025-12-15 DANSO_NOW=2025-12-15T08:00:00Z LANGUAGE=en
EXP=$TOP_SRCDIR/tests/cmd/report_stable
update=0
[ "${1:-}" = --update ] && update=1
PERIODS="2025-11 2025-10 2025-Q3 2025-01 2024-12 2025 2025-06 2024-Q4 2024-07"

# register CODE HOUSEHOLDS MONTHS SEED: a demo register in $T/CODE.db.
register() {
	DANSO_DB="$T/$1.db" danso init --commune "$1" --name "Xã $1" >/dev/null &&
	DANSO_DB="$T/$1.db" danso demo --households "$2" --months "$3" --seed "$4" >/dev/null
}

for spec in "10001 150 14 11" "10002 220 24 12" "10003 120 9 13"; do
	set -- $spec
	ok "demo register $1 ($2 households, $3 months, seed $4)" register "$@"
	for p in $PERIODS; do
		f=$EXP/$1_$p.csv
		DANSO_DB="$T/$1.db" danso report --period "$p" --format csv >"$T/report.csv" 2>"$T/stderr"
		is "$?" 0 "register $1, $p: the report is computed"
		[ $update = 1 ] && cp "$T/report.csv" "$f"
		ok "register $1, $p: the same bytes as $(basename "$f")" cmp -s "$T/report.csv" "$f"
	done
done
ok "the reports are not empty" test "$(cat "$EXP"/*.csv | wc -l)" -gt 300

done_testing
