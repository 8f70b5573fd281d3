#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Commands that change data need the officer's credentials (DANSO_USER /
# DANSO_PIN for scripts) and take the day's automatic backup.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3

danso init --commune 00004 --name "Xã Thử" >/dev/null || exit 1
printf 'list,code,label_vi,label_en\ndeath_cause,1,Bệnh,Illness\n' > "$T/codes.csv"
printf 'unit,year,indicator,target\nXã Thử,2026,newborn_screening_pct,90\n' > "$T/targets.csv"
dump() { sql "SELECT count(*) FROM household; SELECT count(*) FROM target; SELECT group_concat(label_vi) FROM code_list WHERE list='death_cause'"; }
before=$(dump)

for cmd in "demo --households 5 --months 1" "targets-import $T/targets.csv" "codes-import $T/codes.csv"; do
	name=${cmd%% *}
	(unset DANSO_USER DANSO_PIN; run $cmd </dev/null; echo "$rc" >"$T/rc"; echo "$err" >"$T/err")
	is "$(cat "$T/rc")" 1 "$name without credentials exits 1"
	like "$(cat "$T/err")" "DANSO_USER" "$name says which variables to set"
done
# One wrong PIN only: from the second on, logins are throttled (tests/cmd/users.sh).
DANSO_PIN=9999 run codes-import "$T/codes.csv"
is "$rc" 1 "a wrong PIN exits 1"
like "$err" "mã PIN" "and says the PIN is wrong"
is "$(dump)" "$before" "nothing changed"
is "$(sql "SELECT count(*) FROM audit WHERE action = 'login_failed'")" 1 "the wrong PIN is in the audit log"

sql "INSERT INTO area(number, name) VALUES (1, 'Địa bàn 1')"
run user add --login ctv9 --name "Trần Văn C" --role collaborator --area 1
DANSO_NEW_PIN=3579 run user pin --login ctv9
is "$rc" 0 "the officer sets the collaborator's PIN"
DANSO_USER=ctv9 DANSO_PIN=3579 run targets-import "$T/targets.csv"
is "$rc" 1 "a collaborator cannot import targets"
like "$err" "cán bộ|officer" "the message says the officer is needed"
is "$(dump)" "$before" "still nothing changed"

rm -rf "$T/backups"
sql "DELETE FROM setting WHERE key = 'backup_last_day'"
run codes-import "$T/codes.csv"
is "$rc" 0 "the officer replaces a code list"
ok "the day's backup was taken first" ls "$T"/backups/danso-*.db
is "$(sql "SELECT user_id FROM audit WHERE entity='code_list' ORDER BY id DESC LIMIT 1")" \
	"$(sql "SELECT id FROM app_user WHERE login='canbo'")" "the change is audited with the officer"
done_testing
