#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# A damaged database (docs/reliability.md, "Backups and damage"): it is
# found when it is opened, nothing writes over it (report, area add,
# export, backup all refuse, naming the newest good backup to restore), a
# backup is never taken of it, and rotation never deletes the newest copy
# that reads back whole.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en

run init --commune 10001 --name "Xã Hỏng"
run demo --households 120 --months 3 --seed 4
is "$rc" 0 "a demo commune"
DANSO_NOW=2025-06-15T08:00:01Z run backup
is "$rc" 0 "a good backup"
good=$(ls "$T"/backups/danso-*.db | tail -1)
is "$(sqlite3 "$good" "PRAGMA quick_check")" ok "which reads back whole"
nbackups=$(ls "$T"/backups | wc -l)

# damage the middle of the file, as a failing card or stick does
sqlite3 "$DANSO_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
size=$(stat -c %s "$DANSO_DB")
head -c 16384 /dev/zero | tr '\0' 'x' | dd of="$DANSO_DB" bs=4096 seek=$((size / 4096 / 2)) conv=notrunc 2>/dev/null
sum=$(sha256sum "$DANSO_DB" | cut -d' ' -f1)

DANSO_NOW=2025-06-15T09:00:00Z run backup
is "$rc" 1 "backup of a damaged database is refused"
like "$err" "is damaged" "saying the database is damaged"
is "$(ls "$T"/backups | wc -l)" "$nbackups" "no copy of the damaged file joins the backups"
DANSO_NOW=2025-06-16T09:00:00Z run area add --number 9 --name "Thôn Mới"
is "$rc" 1 "area add refuses to write over a damaged database"
like "$err" "danso restore $good" "naming the newest good backup to restore"
is "$(ls "$T"/backups | wc -l)" "$nbackups" "and its day's backup copies nothing"
run report --period 2025-05
is "$rc" 1 "report does not carry on over a damaged database"
like "$err" "$(basename "$good")" "and names the backup too"
mkdir "$T/usb"
run export --period 2025-05 --out "$T/usb"
is "$rc" 1 "export refuses a damaged database"
is "$(ls "$T/usb" | wc -l)" 0 "writing nothing to the stick"
run check
is "$rc" 1 "check says it is damaged"
like "$err" "danso restore" "with what to do"
is "$(sha256sum "$DANSO_DB" | cut -d' ' -f1)" "$sum" "the damaged file is byte-identical after all of these"

# no good backup at all: say where else to look
mv "$T/backups" "$T/backups.aside"
run report --period 2025-05
like "$err" "no good backup" "without a good backup it says there is none beside the database"
mv "$T/backups.aside" "$T/backups"

run restore "$good"
is "$rc" 0 "restoring the named backup"
run check
is "$rc" 0 "gives a whole database again"

# rotation: copies named in the future (a clock that was set back) that are
# damaged must not push the new good copy out
for s in 1 2 3; do printf 'damaged' >"$T/backups/danso-20300101-00000$s.db"; done
DANSO_NOW=2025-06-17T08:00:00Z run backup --keep 3
is "$rc" 0 "a backup with --keep 3 beside three newer-named damaged copies"
ok "the new verified copy is kept" test -f "$T/backups/danso-20250617-080000.db"
is "$(sqlite3 "$T/backups/danso-20250617-080000.db" "PRAGMA quick_check")" ok "and it reads back whole"
run restore "$T/backups/danso-20250617-080000.db"
is "$rc" 0 "and it restores, a second restore in the same second as the first"
ok "keeping the replaced file under a name of its own" test -f "$T/danso.db.replaced-20250615-080000-2"

done_testing
