#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 2: one confirm dialog. Its safe answer (keep what was typed,
# stay in danso) is what Enter and Esc give; dropping a form needs x and
# quitting needs t. Ctrl-C in a filled form says the form is unsaved.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login
expect "Trang chính" "the collaborator is in"
keys 1; wait_for "Tìm" >/dev/null
keys F4
expect "Số hộ" "the new household form"
keys C-u; type "77"
keys Escape
expect "Bỏ những gì vừa nhập" "Esc on a filled form asks"
expect "x: Bỏ những gì đã gõ +Enter/Esc: Giữ lại" "the box names x for dropping and Enter/Esc for keeping"
keys Enter
expect "Số hộ \\* +77" "Enter keeps what was typed"
keys Escape; wait_for "Bỏ những gì vừa nhập" >/dev/null
keys Escape
expect "Số hộ \\* +77" "Esc keeps it too"
keys Escape; wait_for "Bỏ những gì vừa nhập" >/dev/null
keys c
sleep 0.3
expect "Số hộ \\* +77" "c (the old yes) does not drop the form"
keys Enter
keys C-c
expect "CHƯA LƯU" "Ctrl-C in a filled form says it is not saved"
keys Enter
expect "Số hộ \\* +77" "Enter on the quit question stays in the form"
keys Escape; wait_for "Bỏ những gì vừa nhập" >/dev/null
keys x
expect "Tìm \\(số hộ" "x drops the form: back to the register"
is "$(sql "SELECT count(*) FROM household")" "0" "nothing was saved"
keys C-c
expect "Thoát danso\\?" "Ctrl-C asks before quitting"
keys Enter
expect "Tìm \\(số hộ" "Enter stays in danso"
keys C-c; wait_for "Thoát danso\\?" >/dev/null
keys t
expect "danso exited 0" "t quits"
done_testing
