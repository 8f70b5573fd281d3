#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Who may change what, through the command line: every refusal comes from
# the use cases (app/access.h), says why, and leaves the register as it
# was. The same rules through the interface: tests/screen/permissions.sh.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en

danso init --commune 30001 --name "Xã Quyền" >/dev/null || exit 1
danso area add --number 1 --name "Thôn Một" >/dev/null
danso area add --number 2 --name "Thôn Hai" >/dev/null
danso user add --login ctv1 --name "Lê Thị Mai" --role collaborator --area 1 >/dev/null
DANSO_NEW_PIN=1357 danso user pin --login ctv1 >/dev/null
as_ctv1() { DANSO_USER=ctv1 DANSO_PIN=1357 run "$@"; }
dump() { sqlite3 "$DANSO_DB" .dump | grep -v '^INSERT INTO audit' | grep -v backup_last_day | sha256sum; }
HEADER=household_number,area,village,address,full_name,relation,sex,birth_date,ethnicity,education,marital,residence,person_id,entered_on

# ---- a collaborator creates households in her own area only
printf '%s\n' "$HEADER" "301,1,Thôn Một,,Nguyễn Văn An,1,1,1975-03-12,01,3,2,1,,2025-06-01" \
	"305,2,Thôn Hai,,Trần Thị Bình,1,2,1978-07-01,01,3,2,1,,2025-06-01" >"$T/two_areas.csv"
before=$(dump)
as_ctv1 register-import "$T/two_areas.csv"
is "$rc" 1 "ctv1 (area 1) loading a household of area 2 is refused"
like "$err" "two_areas.csv:3:2: area: Household 305 is in another area" "the row, column and reason are named"
is "$(dump)" "$before" "nothing was loaded, not even the row of her own area"
printf '%s\n' "$HEADER" "301,1,Thôn Một,,Nguyễn Văn An,1,1,1975-03-12,01,3,2,1,,2025-06-01" \
	"301,1,,,Trần Thị Bình,2,2,1978-07-01,01,3,2,1,,2025-06-01" >"$T/own_area.csv"
as_ctv1 register-import "$T/own_area.csv"
is "$rc" 0 "her own area's households load"
is "$(sql "SELECT a.number || '|' || m.full_name FROM household h JOIN area a ON a.id = h.area_id
           JOIN member m ON m.id = h.head_member_id WHERE h.number = '301'")" "1|Nguyễn Văn An" \
	"household 301 is in area 1, its head the person recorded as head"
printf '%s\n' "$HEADER" "401,3,Thôn Ba,,Đỗ Văn Cường,1,1,1970-01-01,01,3,2,1,,2025-06-01" >"$T/new_area.csv"
before=$(dump)
as_ctv1 register-import "$T/new_area.csv"
is "$rc" 1 "a row naming an area that does not exist is refused to her"
like "$err" "new_area.csv:2:2: area: Only the commune officer" "areas are the officer's"
is "$(dump)" "$before" "no area, no household was added"

# ---- nothing is added to an exported (locked) month
danso export --period 2025-05 --out "$T" >/dev/null || echo "# the export of May failed"
printf '%s\n' "$HEADER" "501,1,Thôn Một,,Phạm Văn Dũng,1,1,1980-01-01,01,3,2,1,,2025-05-20" >"$T/may.csv"
before=$(dump)
run register-import "$T/may.csv"
is "$rc" 1 "the officer cannot load a person entered in May, exported and locked"
like "$err" "may.csv:2.*locked" "the message says the month is locked"
is "$(dump)" "$before" "nothing was loaded"

# ---- the officer's commune-wide changes
before=$(dump)
as_ctv1 export --period 2025-06 --out "$T"
is "$rc" 1 "a collaborator cannot export"
like "$err" "officer" "and is told the officer exports"
as_ctv1 unlock --period 2025-05 --reason "sửa"
is "$rc" 1 "nor unlock a month"
as_ctv1 area add --number 3 --name "Thôn Ba"
is "$rc" 1 "nor add an area"
as_ctv1 user add --login ctv2 --name "Hai" --role collaborator --area 2
is "$rc" 1 "nor add an account"
DANSO_NEW_PIN=8642 as_ctv1 user pin --login canbo
is "$rc" 1 "nor change the officer's PIN"
like "$err" "Only the commune officer may change another user's PIN" "which is said"
is "$(dump)" "$before" "none of it changed the register"
is "$(sql "SELECT locked FROM period_lock WHERE period = '2025-05'")" 1 "May stays locked"
done_testing
