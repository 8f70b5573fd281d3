#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# register-import: a spreadsheet register loads whole, a bad one is
# reported row by row and loads nothing unless --skip-bad.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3

DATA="$TOP_SRCDIR/tests/data/register"
export DANSO_TODAY=2025-06-15 LANGUAGE=en
danso init --commune 20001 --name "Xã Nạp" >/dev/null

run register-import
is "$rc" 2 "a file is required"
run register-import "$DATA/bad.csv"
is "$rc" 1 "a file with bad rows is refused"
is "$(printf '%s\n' "$err" | grep -c "bad.csv:")" 9 "every bad row is reported (9 of 11)"
like "$err" "bad.csv:3:1: household_number: invalid household number" "leading zero in a household number"
like "$err" "bad.csv:4:7: sex: sex is 1 \(Nam\) or 2 \(Nữ\)" "sex 3"
like "$err" "bad.csv:5:8: birth_date: .*\"31/02/2005\"" "an impossible date"
like "$err" "bad.csv:6:6: relation: household 1 already has a head" "a second head"
like "$err" "bad.csv:7:9: ethnicity: code \"99\" is not in the code list ethnicity" "an unknown ethnicity code"
like "$err" "bad.csv:8:13: person_id: invalid person id" "a malformed person id"
like "$err" "bad.csv:9:2: area: the area number must be a positive whole number" "an area that is not a number"
like "$err" "bad.csv:10:5: full_name: a required cell is empty" "an empty name"
like "$err" "bad.csv:11:2: area: household 1 is in another area" "a household in two areas"
like "$err" "9 bad rows; nothing was loaded" "the summary says nothing was loaded"
is "$(sql "SELECT count(*) FROM member") $(sql "SELECT count(*) FROM household") $(sql "SELECT count(*) FROM area")" "0 0 0" \
	"nothing was loaded"

run register-import --skip-bad "$DATA/bad.csv"
is "$rc" 0 "--skip-bad loads the good rows"
like "$out" "Loaded 2 members, 2 new households, 2 new areas; 9 bad rows skipped" "... and says how many"
is "$(sql "SELECT group_concat(full_name, '|') FROM (SELECT full_name FROM member ORDER BY id)")" \
	"Nguyễn Văn An|Mai Văn Minh" "the two good rows are the members"

export DANSO_DB="$T/good.db"
danso init --commune 20002 --name "Xã Tốt" >/dev/null
run register-import "$DATA/good.csv"
is "$rc" 0 "a good file loads"
like "$out" "Loaded 7 members, 4 new households, 2 new areas" "7 members, 4 households, 2 areas"
is "$(sql "SELECT group_concat(number, ' ') FROM (SELECT number FROM household ORDER BY id)")" "1 2 12 12.1" \
	"household numbers, 12.1 accepted"
is "$(sql "SELECT h.number || ':' || m.full_name FROM household h JOIN member m ON m.id = h.head_member_id ORDER BY h.id" | tr '\n' ' ')" \
	"1:Nguyễn Văn An 2:Lê Văn Dũng 12:Phạm Văn Em 12.1:Phạm Văn Phúc " "heads set from relation 1"
is "$(sql "SELECT sex || ' ' || birth_date FROM member WHERE full_name = 'Trần Thị Bình'")" "2 1978-07-01" "label Nữ and an ISO date"
is "$(sql "SELECT birth_date FROM member WHERE full_name = 'Lê Văn Dũng'")" "1940" "a year alone for an elderly person"
is "$(sql "SELECT birth_date FROM member WHERE full_name = 'Nguyễn Văn An'")" "1975-03-12" "dd/mm/yyyy becomes ISO"
is "$(sql "SELECT village || '|' || address FROM household WHERE number = '1'")" "Thôn Đông|Số 3, ngõ 5" "village and quoted address"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'member' AND action = 'insert'")" 7 "every member insert is audited"
run register-import "$DATA/good.csv"
is "$rc" 1 "loading the same file twice is refused"
like "$err" "good.csv:2:13: person_id: person id 001075012345 is already in the register" "... the person id is already there"
is "$(sql "SELECT count(*) FROM member")" 7 "... and nothing more was loaded"
ok "the register passes check" danso check
is "$(sql "SELECT sum(children_born) || '|' || sum(children_living) FROM member")" "0|0" \
	"a file without the history columns still loads: every count is 0"

# A woman's reproductive history (Sổ A0) in the columns children_born and
# children_living: living defaults to born; a bad count or a man's births
# are refused at their line and column.
export DANSO_DB="$T/history.db"
danso init --commune 20003 --name "Xã Sử" >/dev/null
cat >"$T/history.csv" <<'CSV'
household_number,area,full_name,relation,sex,birth_date,marital,children_born,children_living
1,1,Đỗ Văn Hải,1,1,1980,2,,
1,1,Lý Thị Hương,2,2,1985-02-03,2,2,1
1,1,Đỗ Thị Vân,3,2,2008-05-06,1,,
2,1,Hà Thị Nhung,1,2,1970-01-01,4,3,
CSV
cat >"$T/history-bad.csv" <<'CSV'
household_number,area,full_name,relation,sex,birth_date,children_born,children_living
1,1,Đỗ Văn Hải,1,1,1980,1,
1,1,Lý Thị Hương,2,2,1985-02-03,2,3
2,1,Hà Thị Nhung,1,2,1970-01-01,ba,
CSV
run register-import "$T/history-bad.csv"
is "$rc" 1 "bad history cells are refused"
like "$err" "history-bad.csv:2:7: children_born: live births are kept for women only" "a man's live births"
like "$err" "history-bad.csv:3:8: children_living: the children living must be a number from 0 to the live births" \
	"more children living than born"
like "$err" "history-bad.csv:4:7: children_born: the live births must be a number from 0 to 30" "a count in words"
is "$(sql "SELECT count(*) FROM member")" 0 "nothing was loaded"
run register-import "$T/history.csv"
is "$rc" 0 "the history columns load"
is "$(sql "SELECT group_concat(full_name || '=' || children_born || '/' || children_living, ' ')
           FROM (SELECT * FROM member ORDER BY id)")" \
	"Đỗ Văn Hải=0/0 Lý Thị Hương=2/1 Đỗ Thị Vân=0/0 Hà Thị Nhung=3/3" \
	"two born one living, and living defaulting to born"
done_testing
