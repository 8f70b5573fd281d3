#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 8: the start screen sets no trap. A refused area keeps the
# PIN, counts no failed login and leaves the cursor on the area, the field
# to retype; a weak new PIN is refused at its first entry, before it is
# typed a second time.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
danso user add --login tam --name "Đỗ Văn Tâm" --role collaborator --area 2 >/dev/null

screen_start
expect "Người dùng" "start screen"
keys Tab; type "$MAI_PIN"; keys Tab C-u; type "2"; keys F2
expect "Cộng tác viên chỉ làm việc trên địa bàn của mình" "another area is refused"
expect "Mã PIN +\\*\\*\\*\\*" "the PIN stays typed"
is "$(sql "SELECT failed_attempts FROM app_user WHERE login = 'mai'")" "0" "no failed login is counted"
type "1"
expect "Địa bàn \\* +1 +Tổ 1" "the cursor waits on the area: typing replaces it"
keys F2
expect "Trang chính" "F2 goes in with the PIN kept"
keys Escape
expect "Người dùng" "back to the start screen"
keys C-u; type "3"; wait_for "Địa bàn \\* +2" >/dev/null
keys F2
expect "Tài khoản chưa có mã PIN" "an account without a PIN is asked for one"
type "1234"; keys Enter
expect "Mã PIN" "still the PIN box"
expect "dễ đoán quá" "a weak PIN is refused at its first entry"
unlike "$(screen_text)" "Gõ lại mã PIN mới" "before it is asked a second time"
type "8642"; keys Enter
expect "Gõ lại mã PIN mới" "a good PIN is asked again"
type "8642"; keys Enter
expect "Trang chính" "the PIN is set and the session starts"
done_testing
