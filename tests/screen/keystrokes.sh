#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Counts the keys a collaborator presses to record a typical birth (a
# couple's first child, no warning to confirm), excluding the letters of the child's name, and checks the count
# reported in docs/keystrokes.md. Keys sent with k() are counted; setup
# keys (sent with keys/type) are not.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

counted=0
# k KEY...: send tmux keys, each one a keystroke.
k() { keys "$@"; counted=$((counted + $#)); }
# kt TEXT: send literal text, one keystroke per character.
kt() { type "$1"; counted=$((counted + ${#1})); }

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
expect "Người dùng" "start"
screen_login; wait_for "Trang chính" >/dev/null
# Setup (not counted): household 7, a married couple.
keys 1; wait_for "Tìm" >/dev/null
keys F4; wait_for "Số hộ" >/dev/null
type "7"; keys F2; wait_for "Thêm nhân khẩu" >/dev/null
type "Le Van Binh"; keys Enter Enter; type "1"; type "01011990"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Le Van Binh" >/dev/null
type "Pham Thi Lan"; keys Enter; type "2"; type "2"; type "02021994"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Pham Thi Lan" >/dev/null
keys Escape Escape Escape
expect "Trang chính" "back home: counting starts here"

# Counted: find household 7 by number, open it, select the mother.
k 1; wait_for "Tìm" >/dev/null
kt "7"; wait_for " 7 +Le Van Binh" >/dev/null
k Enter; wait_for "Hộ số 7 " >/dev/null
from_home=$counted
# Counted: the birth itself, from the household (the head's row selected).
k 1   # the birth's key of the event menu works directly on the household screen
expect "Người mẹ \\(số\\) \\* +2 +Pham Thi Lan" "birth form opened with the mother proposed"
expect "Con thứ mấy \* +1" "birth order 1 proposed"
expect "Nơi sinh \* +2 +Bệnh viện" "place of birth proposed"
expect "Ngày \\* +31/10/2026" "the date proposed inside the working month"
kt "15"; k Enter   # a day alone: the 15th of the working month
type "Le Thu Ha"; k Enter     # the name is not counted, the Enter is
k 1 F2
expect "Đã ghi: Sinh" "birth recorded"
is "$(sql "SELECT birth_order || '|' || child_sex || '|' || event_date || '|' || birth_place FROM event WHERE kind = 'birth'")" \
	"1|1|2026-10-15|2" "the birth stored as typed and proposed"

from_row=$((counted - from_home))
from_list=$((counted - 1))
echo "# keystrokes for a birth: $from_row in the household, $from_list from the household list, $counted from the home screen"
ok "a birth from the household list in at most 10 keys ($from_list)" test "$from_list" -le 10
doc=$(cat "$TOP_SRCDIR/docs/keystrokes.md")
like "$doc" "household screen: \*\*$from_row keys\*\*" "docs/keystrokes.md reports $from_row keys from the household screen"
like "$doc" "household list \\(the register\\): \*\*$from_list keys\*\*" "docs/keystrokes.md reports $from_list keys from the household list"
like "$doc" "home screen \(finding the household by its number\): \*\*$counted keys\*\*" "docs/keystrokes.md reports $counted keys from the home screen"

# Three more kinds, each counted from the person's row in the household
# screen, checked against the table of docs/keystrokes.md.
measure() { counted=0; }
keys Down; wait_for "Hộ số 7 " >/dev/null   # Pham Thi Lan (not counted)
measure; k 9; wait_for "Lần mang thai" >/dev/null
kt "15"; k Enter; kt "1"; kt "1"; k F2   # the kind (proposed, retyped), the number
expect "Đã ghi: Mang thai" "a pregnancy recorded"
like "$doc" "\\| \`9\` \\| pregnancy \\| $counted \\|" "docs/keystrokes.md: a pregnancy in $counted keys"
measure; k 7; wait_for "Nơi cung cấp" >/dev/null
kt "15"; k Enter; kt "1"; kt "1"; k F2
expect "Đã ghi: Sử dụng BPTT mới" "a contraception start recorded"
like "$doc" "\\| \`7\` \\| contraception start \\| $counted \\|" "docs/keystrokes.md: a contraception start in $counted keys"
keys Up; wait_for "Hộ số 7 " >/dev/null      # Le Van Binh (not counted)
measure; k 3; wait_for "Nguyên nhân" >/dev/null
kt "15"; k Enter; k F2
expect "Đã ghi: Chết" "a death recorded"
like "$doc" "\\| \`3\` \\| death \\| $counted \\|" "docs/keystrokes.md: a death in $counted keys"
done_testing
