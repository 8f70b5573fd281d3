#!/bin/bash
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
done_testing
