#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Backups: rotation, the second folder (a USB stick that may be missing),
# the first-start-of-the-day backup, and restore that checks before it
# replaces anything and keeps the replaced file.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3
export TZ=Asia/Ho_Chi_Minh
# The C runtime of Windows knows no zone names, only this form (UTC+7).
on_windows && export TZ=ICT-7
export DANSO_NOW=2025-03-10T01:00:00Z

run init --commune 00004 --name "Xã A"
sql "INSERT INTO area(number, name) VALUES (1, 'Địa bàn 1'), (2, 'Địa bàn 2')"

# the day's backup, made by the first data-changing command of the day
run user add --login ctv1 --name "Lê B" --role collaborator --area 1
is "$rc" 0 "a first change of the day"
is "$(ls "$T/backups" | wc -l)" 1 "makes the day's backup"
is "$(sql "SELECT value FROM setting WHERE key='backup_last_day'")" 2025-03-10 "and records the local day"
DANSO_NOW=2025-03-10T09:00:00Z run user add --login ctv2 --name "Lê C" --role collaborator --area 2
is "$(ls "$T/backups" | wc -l)" 1 "a second change the same day makes none"
DANSO_NOW=2025-03-10T18:00:00Z run user add --login ctv3 --name "Lê D" --role collaborator --area 2
is "$(ls "$T/backups" | wc -l)" 2 "01:00 in Hà Nội the next morning is a new day: a new backup"
first=$(ls "$T"/backups/danso-*.db | head -1)
is "$(sqlite3 "$first" "SELECT count(*) FROM app_user")" 1 "the day's backup holds the data from before the change"
is "$(sqlite3 "$first" "PRAGMA journal_mode")" delete "backups are single files (no -wal needed)"
owner_only "$first" 600 "backups are owner-only"

# rotation: keep 14 by default, --keep N changes it (officer only)
for i in $(seq -w 10 29); do DANSO_NOW=2025-03-11T10:00:${i}Z run backup; done
is "$(ls "$T"/backups/danso-*.db | wc -l)" 14 "rotation keeps the last 14 backups"
ok "the newest is kept" test -f "$T/backups/danso-20250311-100029.db"
ok "the oldest went first" test ! -f "$T/backups/danso-20250311-100015.db"
DANSO_NOW=2025-03-11T10:00:29Z run backup
ok "two backups in the same second get distinct names" test -f "$T/backups/danso-20250311-100029-2.db"
DANSO_USER=ctv1 DANSO_PIN=x run backup --keep 3
is "$rc" 1 "a collaborator cannot change backup settings"
DANSO_NOW=2025-03-11T11:00:00Z run backup --keep 3
is "$rc" 0 "the officer sets --keep 3"
is "$(ls "$T"/backups/danso-*.db | wc -l)" 3 "and only 3 remain"
ok "the newest of them is the one just made" test -f "$T/backups/danso-20250311-110000.db"
is "$(sql "SELECT count(*) FROM audit WHERE entity='setting' AND reason='backup_keep' AND user_id=1")" 1 "the setting change is audited with the officer"
touch "$T/backups/danso-20250101-000000.db.tmp-999999"
DANSO_NOW=2025-03-11T11:00:01Z run backup
ok "a leftover of an interrupted backup is cleaned" test ! -e "$T/backups/danso-20250101-000000.db.tmp-999999"
touch "$T/backups/.danso-20250101-000000.db.tmp-999999" "$T/backups/.danso-20250101-000000.db.tmp-999999-journal"
DANSO_NOW=2025-03-11T11:00:02Z run backup
ok "so is one under today's hidden name, with its journal" \
	test ! -e "$T/backups/.danso-20250101-000000.db.tmp-999999" -a ! -e "$T/backups/.danso-20250101-000000.db.tmp-999999-journal"
is "$(ls -a "$T/backups" | grep -c 'tmp-' || true)" 0 "no temporary file is left beside the backups"

# the second folder
mkdir "$T/usb"
DANSO_NOW=2025-03-11T12:00:00Z run backup --second "$T/usb"
is "$rc" 0 "backup with a second folder"
ok "a copy lands on the stick" test -f "$T/usb/danso-20250311-120000.db"
rmdir "$T/usb.gone" 2>/dev/null; sql "UPDATE setting SET value='$T/usb.gone' WHERE key='backup_dir2'"
DANSO_NOW=2025-03-11T12:00:01Z run backup
is "$rc" 0 "an unplugged second folder does not fail the backup"
like "$err" "USB" "but warns about it"
ok "the main copy was still made" test -f "$T/backups/danso-20250311-120001.db"

# restore
good=$T/backups/danso-20250311-120001.db
before=$(sql "SELECT count(*) FROM app_user")
DANSO_NOW=2025-03-12T01:00:00Z run user add --login ctv9 --name "Mới" --role collaborator --area 1
is "$(sql "SELECT count(*) FROM app_user")" $((before + 1)) "a change after the backup"
sum_before=$(sha256sum "$DANSO_DB" | cut -d' ' -f1)
# damage: overwrite the middle of the file (pages 2-3) with a pattern
cp "$good" "$T/bad.db"; head -c 8192 /dev/zero | tr '\0' 'x' | dd of="$T/bad.db" bs=4096 seek=1 conv=notrunc 2>/dev/null
run restore "$T/bad.db"
is "$rc" 1 "restore refuses a damaged backup"
like "$err" "bị hỏng" "saying it is damaged"
like "$err" "không thay đổi gì" "and that nothing changed"
is "$(sha256sum "$DANSO_DB" | cut -d' ' -f1)" "$sum_before" "the database file is untouched"
sqlite3 "$T/foreign.db" "CREATE TABLE t(a); INSERT INTO t VALUES (1)"
run restore "$T/foreign.db"
is "$rc" 1 "restore refuses another program's database"
like "$err" "không phải là CSDL của danso" "and says so"
printf 'not a database at all' >"$T/text.db"
run restore "$T/text.db"
is "$rc" 1 "restore refuses a file that is not a database"
run restore "$T/none.db"
is "$rc" 1 "restore refuses a missing file"
DANSO_USER=ctv1 DANSO_PIN=2468 run restore "$good"
is "$rc" 1 "a collaborator cannot restore"
is "$(ls "$T" | grep -c replaced)" 0 "no refused restore left a replaced file"
DANSO_NOW=2025-03-12T02:03:04Z run restore "$good"
is "$rc" 0 "the officer restores a good backup"
like "$out" "danso.db.replaced-20250312-020304" "naming the kept file"
is "$(sql "SELECT count(*) FROM app_user")" "$before" "the later change is gone"
is "$(sqlite3 "$T/danso.db.replaced-20250312-020304" "SELECT count(*) FROM app_user")" $((before + 1)) "the replaced file keeps it"
is "$(sql "PRAGMA integrity_check")" ok "the restored database is whole"
run check
is "$rc" 0 "and danso check accepts it"
run user add --login ctv8 --name "Sau" --role collaborator --area 1
is "$rc" 0 "danso works on the restored database"

done_testing
