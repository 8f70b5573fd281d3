#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The export is one durable step (app/export.h): SIGKILL at every file
# system call of `danso export` (each openat, write, pwrite64, fsync,
# fdatasync, rename and unlink, in turn: strace's fault injection, so the
# program carries no test switch). After each kill:
#   - the database passes integrity_check and foreign_key_check;
#   - a manifest under its final name is never there unless the month is
#     locked and the export logged with that manifest's checksum;
#   - unless the export had already finished, the next `danso export` of
#     the month (every second one --no-names, into the same folder)
#     finishes it; either way there is one package, revision 1, verified
#     file by file, logged once and no longer pending, and no temporary
#     file left in the folder.
# Every point is tried except the SQLite page writes (pwrite64), of which
# every third is (EXPORT_KILL_ALL=1: every one of them too).
. "${TOP_SRCDIR:-.}/tests/lib.sh"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en
TOOL="python3 $TOP_SRCDIR/tests/cmd/package_tool.py"
pwrite_step=3; [ -n "${EXPORT_KILL_ALL:-}" ] && pwrite_step=1
P=2025-05
M=danso_10001_202505_r1_manifest.csv

skip_all() { echo "1..0 # SKIP $1"; exit 0; }
command -v strace >/dev/null || skip_all "strace is not installed"
strace -o /dev/null true 2>/dev/null || skip_all "strace cannot trace here (ptrace not permitted)"
[ -z "${DANSO_WRAPPER:-}" ] || skip_all "not under a wrapper (valgrind would be the one killed)"

run init --commune 10001 --name "Xã Kill"
run demo --households 30 --months 3 --seed 2
is "$rc" 0 "a demo commune"
sqlite3 "$DANSO_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$DANSO_DB" "$T/base.db"

# how many calls of each kind one export makes
mkdir "$T/probe"
strace -qq -c -o "$T/counts" -e trace=openat,write,pwrite64,fsync,fdatasync,rename,unlink \
	${DANSO_WRAPPER:-} "$DANSO" export --period $P --out "$T/probe" >/dev/null 2>&1
points=()
while read -r _ _ _ calls errors name; do
	[ -n "$name" ] || { name=$errors; }
	case "$name" in openat|write|pwrite64|fsync|fdatasync|rename|unlink) ;; *) continue ;; esac
	step=1; [ "$name" = pwrite64 ] && step=$pwrite_step
	for k in $(seq 1 "$step" "$calls"); do points+=("$name:$k"); done
done < <(grep -E '^ *[0-9]' "$T/counts")
ok "the export's file system calls are counted (${#points[@]} kill points)" test "${#points[@]}" -gt 20

done_before=0 killed=0 bad_db=0 early=0 unfinished=0 extra=0 bad_pkg=0 bad_log=0 temps=0 n=0
for pt in "${points[@]}"; do
	n=$((n + 1))
	cp "$T/base.db" "$DANSO_DB"; rm -f "$DANSO_DB-wal" "$DANSO_DB-shm"
	rm -rf "$T/out" "$T/backups"; mkdir "$T/out"
	(strace -qq -o /dev/null -e inject="${pt%%:*}:signal=KILL:when=${pt##*:}" \
		${DANSO_WRAPPER:-} "$DANSO" export --period $P --out "$T/out" >/dev/null 2>&1) 2>/dev/null
	[ $? -ne 0 ] && killed=$((killed + 1))
	ic=$(sql "PRAGMA integrity_check" 2>&1); fk=$(sql "PRAGMA foreign_key_check" 2>&1)
	[ "$ic" = ok ] && [ -z "$fk" ] || { bad_db=$((bad_db + 1)); echo "# $pt: integrity=[$ic] fk=[$fk]"; }
	if [ -e "$T/out/$M" ]; then
		sha=$(sha256sum "$T/out/$M" | cut -d' ' -f1)
		[ "$(sql "SELECT count(*) FROM export_log e JOIN period_lock l USING (period)
			WHERE e.period = '$P' AND l.locked = 1 AND e.manifest_sha256 = '$sha'")" = 1 ] ||
			{ early=$((early + 1)); echo "# $pt: a published manifest the database does not record"; }
	fi
	if [ $((n % 2)) -eq 0 ]; then names=--no-names; else names=; fi
	if [ "$(sql "SELECT count(*) FROM export_log WHERE pending = ''")" = 1 ]; then
		done_before=$((done_before + 1))   # killed after the export had finished
	else
		run export --period $P --out "$T/out" $names
		[ "$rc" -eq 0 ] || { unfinished=$((unfinished + 1)); echo "# $pt: the next export failed ($rc): $err"; continue; }
	fi
	[ "$(ls "$T/out" | grep -c manifest)" = 1 ] || { extra=$((extra + 1)); echo "# $pt: $(ls "$T/out" | tr '\n' ' ')"; }
	[ -e "$T/out/$M" ] && [ "$($TOOL check "$T/out/$M")" = ok ] ||
		{ bad_pkg=$((bad_pkg + 1)); echo "# $pt: package: $($TOOL check "$T/out/$M" 2>&1 | head -3)"; }
	sha=$(sha256sum "$T/out/$M" 2>/dev/null | cut -d' ' -f1)
	[ "$(sql "SELECT count(*) || ',' || sum(pending = '') || ',' || sum(manifest_sha256 = '$sha') FROM export_log WHERE period = '$P'")" = 1,1,1 ] &&
		[ "$(sql "SELECT locked || ',' || revision FROM period_lock WHERE period = '$P'")" = 1,1 ] ||
		{ bad_log=$((bad_log + 1)); echo "# $pt: log $(sql "SELECT revision, pending <> '' FROM export_log")"; }
	left=$(ls -A "$T/out" | grep -c '^\.' || true)
	[ "$left" = 0 ] || { temps=$((temps + 1)); echo "# $pt: left $(ls -A "$T/out" | grep '^\.' | tr '\n' ' ')"; }
done
echo "# export kill points: ${#points[@]} tried, $killed killed, $done_before of them after the export had finished"
ok "most points kill the export before it ends ($killed of ${#points[@]})" test "$killed" -gt $(( ${#points[@]} / 2 ))
is "$bad_db" 0 "the database is whole after every kill"
is "$early" 0 "no manifest is published before its export is recorded"
is "$unfinished" 0 "the next export after every kill succeeds"
is "$extra" 0 "and leaves exactly one manifest"
is "$bad_pkg" 0 "a complete package that verifies file by file"
is "$bad_log" 0 "logged once, not pending, with the manifest's checksum; the month locked at revision 1"
is "$temps" 0 "no temporary file is left in the folder (with or without --no-names)"

done_testing
