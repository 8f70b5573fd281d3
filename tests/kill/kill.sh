#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Crash safety: SIGKILL at random moments during scripted entry, an import
# transaction, backups and CSV exports; after every kill the database must
# pass integrity_check and foreign_key_check, every acknowledged save must
# be there whole, no batch may be half-stored, and no file with a final
# name may be incomplete. KILL_POINTS (default 20) kill points in all;
# tests/kill/run-full.sh runs 200+. Figures go to docs/reliability.md.
# Every count of survivors is checked against work the driver acknowledged
# first: every other kill point waits for a new acknowledgement before its
# random delay, so a driver that does nothing fails (tests/kill/selftest.sh).
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3
: "${KILLDRV:=$TOP_BUILDDIR/tests/kill/killdrv}"
points=${KILL_POINTS:-20}
export DANSO_TODAY=2025-03-31 DANSO_NOW=
unset DANSO_NOW

run init --commune 00004 --name "Xã Kill"
is "$rc" 0 "init"
sql "INSERT INTO area(number, name) VALUES (1, 'Địa bàn 1')"
mkdir -p "$T/out"

# delay MAX_MS: sleep a random time below MAX_MS milliseconds.
delay() { sleep "$(printf '0.%03d' $((RANDOM % $1)))"; }

# acks MODE: how many acknowledgements the driver has written for MODE.
acks() {
	local n
	n=$(grep -c . "$T/ack.$1" 2>/dev/null)
	echo "${n:-0}"
}

# one MODE TAG COUNT MAX_MS: start the driver, kill it at a random moment.
# Every other kill point first waits (10 s at most, while the driver runs)
# for one more acknowledgement, so it lands in the middle of work; waited
# counts them, and each must have been acknowledged.
waited=0
one() {
	local before pid i=0
	before=$(acks "$1")
	"$KILLDRV" "$1" "$DANSO_DB" "$T/out" "$2" "$3" >>"$T/ack.$1" 2>>"$T/drv.err" &
	pid=$!
	if [ $((killed % 2)) -eq 1 ]; then
		waited=$((waited + 1))
		while [ "$(acks "$1")" -le "$before" ] && kill -0 "$pid" 2>/dev/null && [ "$i" -lt 200 ]; do
			sleep 0.05
			i=$((i + 1))
		done
	fi
	delay "$4"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	killed=$((killed + 1))
}

# acked_at_least MODE WHAT: a TAP check that the kill points of MODE that
# waited were each acknowledged (and at least one was), before the
# survivors are counted.
acked_at_least() {
	local n
	n=$(acks "$1")
	ok "$1: $n $2 acknowledged before the kills (at least $waited, one per waiting kill point)" \
		test "$n" -ge "$waited" -a "$n" -gt 0
	waited=0
}

# db_whole: integrity and foreign keys of the database, "" when clean.
db_whole() {
	local ic fk
	ic=$(sql "PRAGMA integrity_check")
	fk=$(sql "PRAGMA foreign_key_check")
	[ "$ic" = ok ] && [ -z "$fk" ] || echo "integrity=[$ic] fk=[$fk]"
}

n_entry=$((points * 4 / 10)); n_import=$((points * 2 / 10)); n_backup=$((points * 2 / 10))
n_export=$((points - n_entry - n_import - n_backup))
bad_db=0 killed=0

for i in $(seq "$n_entry"); do
	one entry "e$i" 1000 120
	[ -z "$(db_whole)" ] || { bad_db=$((bad_db + 1)); echo "# after entry kill $i: $(db_whole)"; }
done
acked=$(grep -c '^saved ' "$T/ack.entry" || true)
acked_at_least entry "households"
missing=0
for uid in $(awk '/^saved /{print $2}' "$T/ack.entry"); do
	[ "$(sql "SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id WHERE h.uid = '$uid'")" = 2 ] ||
		missing=$((missing + 1))
done
partial=$(sql "SELECT count(*) FROM household h WHERE (SELECT count(*) FROM member m WHERE m.household_id = h.id) <> 2
	OR (SELECT count(*) FROM event e WHERE e.household_id = h.id AND e.kind = 'move_in') <> 2")
is "$missing" 0 "entry: all $acked acknowledged households survived $n_entry kills whole"
is "$partial" 0 "entry: no household was stored in part"

for i in $(seq "$n_import"); do
	one import "b$i" 1000 250
	[ -z "$(db_whole)" ] || { bad_db=$((bad_db + 1)); echo "# after import kill $i: $(db_whole)"; }
done
batches=$(grep -c '^batch ' "$T/ack.import" || true)
acked_at_least import "batches"
half=$(sql "SELECT full_name FROM member WHERE full_name LIKE 'Người b%'" |
	awk '{n[$2]++} END {bad = 0; for (b in n) if (n[b] != 40) bad++; print bad}')
lost=0
for b in $(awk '/^batch /{print $2}' "$T/ack.import"); do
	[ "$(sql "SELECT count(*) FROM member WHERE full_name LIKE 'Người $b %'")" = 40 ] || lost=$((lost + 1))
done
is "$half" 0 "import: every batch is all or nothing after $n_import kills"
is "$lost" 0 "import: all $batches acknowledged batches are there"
is "$bad_db" 0 "integrity_check and foreign_key_check clean after every database kill"

for i in $(seq "$n_backup"); do
	one backup "k$i" 1000 600
done
acked_at_least backup "backups"
bad_backup=0 nbackups=0
for f in "$T"/backups/danso-*.db; do
	[ -e "$f" ] || continue
	nbackups=$((nbackups + 1))
	[ "$(sqlite3 -batch "$f" "PRAGMA integrity_check; SELECT value FROM setting WHERE key='commune_code'" 2>&1 | tr '\n' ' ')" = "ok 00004 " ] ||
		{ bad_backup=$((bad_backup + 1)); echo "# damaged backup $f"; }
done
is "$bad_backup" 0 "backup: all $nbackups backup files with a final name are whole after $n_backup kills"
# A kill between publishing a new copy and removing the oldest leaves one
# more than the 14 kept; the next backup's rotation brings it back to 14.
ok "backup: at least one and at most one copy over the 14 kept after kills ($nbackups)" \
	test "$nbackups" -ge 1 -a "$nbackups" -le 15
last=$(awk '/^backup /{print $2}' "$T/ack.backup" | tail -1)
ok "backup: the last acknowledged backup exists ($last)" test -n "$last" -a -f "$last"
left=$(ls -a "$T/backups" | grep -c '\.tmp-' || true)
"$KILLDRV" backup "$DANSO_DB" "$T/out" final 1 >"$T/ack.final"
final=$(awk '/^backup /{print $2}' "$T/ack.final")
ok "backup: an uninterrupted backup after the kills is written ($final)" test -n "$final" -a -s "$final"
ok "backup: and is whole" test -n "$final" -a -s "$final" -a \
	"$(sqlite3 "$final" "PRAGMA integrity_check" 2>&1)" = ok
is "$(ls -a "$T/backups" | grep -c '\.tmp-' || true)" 0 "backup: it clears the $left leftovers of killed backups"
ok "backup: rotation is back to at most 14 after it" test "$(ls "$T"/backups/danso-*.db | wc -l)" -le 14

for i in $(seq "$n_export"); do
	one export "x$i" 1000 80
done
acked_at_least export "files"
bad_export=0 nexports=0
for f in "$T"/out/kill_*.csv; do
	[ -e "$f" ] || continue
	nexports=$((nexports + 1))
	[ "$(tail -n 1 "$f" | tr -d '\r')" = "end,2002" ] && [ "$(wc -l <"$f")" -eq 2002 ] ||
		{ bad_export=$((bad_export + 1)); echo "# incomplete export $f"; }
done
gone=0
for f in $(awk '/^export /{print $2}' "$T/ack.export"); do [ -f "$f" ] || gone=$((gone + 1)); done
ok "export: every acknowledged file has its final name ($nexports files)" \
	test "$nexports" -ge "$(acks export)" -a "$nexports" -gt 0
is "$bad_export" 0 "export: all $nexports files with a final name are complete after $n_export kills"
is "$gone" 0 "export: every acknowledged file is there"

run check
is "$rc" 0 "danso check finds the register consistent after all kills"
echo "# kill points: $killed (entry $n_entry, import $n_import, backup $n_backup, export $n_export)"
echo "# acknowledged: $acked entries, $batches import batches, $(grep -c . "$T/ack.backup" || true) backups, $(grep -c . "$T/ack.export" || true) exports"
echo "# interrupted mid-file (temporary files left, never under a final name): $(ls -a "$T/out" | grep -c '\.tmp-' || true) exports, $left backups"
echo "# lost or partial: $((missing + partial + half + lost + bad_backup + bad_export + gone)); damaged databases: $bad_db"
done_testing
