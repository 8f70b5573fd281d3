#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The events file of the export package stays byte for byte what it was:
# tests/data/export_fixture.sql is a demo register (see its first lines)
# and tests/data/export_golden/ holds the events files the program wrote
# from it before the event's fields were described once
# (domain/event_fields.c). Any change to a column, its order, a cell's
# encoding or which kinds fill it shows here as a byte difference; a
# deliberate change of the format (docs/format.md) replaces these files.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z
export LANGUAGE=en
FIX="$TOP_SRCDIR/tests/data/export_fixture.sql"
GOLD="$TOP_SRCDIR/tests/data/export_golden"

if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "1..0 # SKIP the sqlite3 shell is needed to load the fixture"
	exit 0
fi

# export MONTH MODE: a fresh copy of the fixture, one export; MODE is
# names, no-names or excel. Leaves the events file in $T/MONTH-MODE/.
export_month() {
	local db="$T/$1-$2.db" opt=
	rm -f "$db"
	sqlite3 -batch "$db" <"$FIX" && chmod 600 "$db" || return 1
	case $2 in no-names) opt=--no-names ;; excel) opt=--excel ;; esac
	mkdir -p "$T/$1-$2"
	DANSO_DB="$db" run export --period "$1" --out "$T/$1-$2" $opt
}

for v in 2025-03:names 2025-04:names 2025-05:names 2025-05:no-names 2025-04:excel; do
	m=${v%%:*} mode=${v#*:}
	export_month "$m" "$mode"
	is "$rc" 0 "export of $m ($mode) from the fixture succeeds"
	got="$T/$m-$mode/danso_10001_${m/-/}_r1_events.csv"
	want="$GOLD/events_${m/-/}_$mode.csv"
	ok "the $m events file ($mode) is byte-identical to the stored one" cmp "$got" "$want"
	cmp "$got" "$want" >/dev/null 2>&1 || diff <(tr -d '\r' <"$want") <(tr -d '\r' <"$got") | head -5 | sed 's/^/# /'
done

kinds=$(cat "$GOLD"/events_*_names.csv | cut -d, -f4 | grep -v '^kind$' | sort -u | wc -l)
is "$kinds" 12 "the stored files cover 12 of the 13 kinds (no divorce in the demo)"

done_testing
