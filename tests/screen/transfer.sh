#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# A move inside the commune through the move-in form (issue 10 item 3): the
# form asks where from; "inside the commune" with a person of another
# household is one transfer of that person, counted in neither moves_in nor
# moves_out; a name the register does not hold is refused with a plain
# message.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
cat >"$T/register.csv" <<'CSV'
household_number,area,full_name,relation,sex,birth_date,marital,entered_on
1,1,Đỗ Văn Hải,1,1,1970-04-05,2,2026-01-01
1,1,Đỗ Văn Nam,3,1,2000-02-03,1,2026-01-01
2,1,Lê Văn Bình,1,1,1975-06-07,2,2026-01-01
CSV
danso register-import "$T/register.csv" >/dev/null || { echo "Bail out! register-import failed"; exit 1; }
report_value() {
	danso report --period 2026-10 --format csv | awk -F, -v id="$1" '$3 == id { print $4 }'
}
moves_before="$(report_value moves_in)/$(report_value moves_out)"

screen_start
screen_login
expect "Trang chính" "logged in"
keys 1
expect "Tìm \(số hộ hoặc tên\)" "register screen"
type "2"; keys Enter
expect "Hộ số 2" "household 2 opened"
keys F5 4
expect "Từ hộ khác trong xã\\? \\(c/k\\)" "the move-in form asks where from"
# a name nobody in the commune has: refused, nothing stored
type "1510"; keys Enter; type "c"; keys Enter
type "Ddoox Vawn Nam"; keys Enter; type "8"; type "1"; type "03032000"; keys F2
expect "Không tìm thấy Đỗ Văn Nam" "a person not in the register is refused with a plain message"
is "$(sql "SELECT count(*) FROM event")" 0 "nothing stored"
# the right birth date: the form kept everything typed
keys Enter Enter Enter Enter C-u; type "03022000"; keys F2
expect "Đã ghi: Chuyển đến" "the transfer recorded"
is "$(sql "SELECT count(*) FROM member")" 3 "no new person: the same Đỗ Văn Nam"
is "$(sql "SELECT h.number FROM member m JOIN household h ON h.id = m.household_id WHERE m.full_name = 'Đỗ Văn Nam'")" \
	2 "he is now in household 2"
is "$(sql "SELECT kind || '|' || move_scope || '|' || place FROM event")" "move_in|1|hộ số 1" \
	"one event, inside the commune, from household 1"
screen_stop
is "$(report_value moves_in)/$(report_value moves_out)" "$moves_before" \
	"moves_in and moves_out of October unchanged ($moves_before)"
is "$(report_value population_total)" 3 "the population unchanged"
ok "the register passes check" danso check
done_testing
