#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Logging in on the start screen: an account's first PIN, a collaborator
# kept to their own area, the officer on the whole commune.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
danso user add --login tam --name "Đỗ Văn Tâm" --role collaborator --area 2 >/dev/null

screen_start
expect "Người dùng" "start screen"
keys C-u; type "3"
expect "Người dùng \\* +3 +Đỗ Văn Tâm \\(tam\\)" "the third account chosen by its number"
expect "Địa bàn \\* +2 +Tổ 2" "his area is proposed"
expect "Tháng \\(tháng/năm\\) \\* +10/2026" "the month proposed"
keys F2
expect "Tài khoản chưa có mã PIN" "an account without a PIN is asked for a new one"
type "1111"; keys Enter
expect "Mã PIN không được là một ký tự lặp lại" "a PIN easy to guess is refused with a reason"
expect "Tài khoản chưa có mã PIN" "asked again"
type "8642"; keys Enter
type "8642"; keys Enter
expect "Trang chính" "the new PIN is set and the session starts"
like "$(sql "SELECT pin_hash LIKE '\$argon2id\$%' FROM app_user WHERE login = 'tam'")" "^1$" "stored as a hash"
keys Escape
expect "Người dùng \\* +3" "Esc: back to the start screen"
unlike "$(screen_text)" "Đỗ Văn Tâm \\|" "logged out: no user in the title"
keys Tab; type "8642"; keys Tab C-u; type "1"; keys F2
expect "Cộng tác viên chỉ làm việc trên địa bàn của mình" "a collaborator cannot open another area"
keys BTab BTab C-u; type "1"
type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
expect "Cán bộ dân số xã \\| Cả xã" "the officer works on the whole commune"
done_testing
