#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 9: exporting to a folder that does not exist. The mounted
# media found (DANSO_MEDIA_ROOTS stands for /media/$USER ...) are proposed
# and offered with F3; a missing folder is said in Vietnamese and can be
# created; an old message goes once a later export succeeds; the summary
# writes the month as 10/2026.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
mkdir -p "$T/media/KINGSTON" "$T/media/SANDISK"
screen_start "DANSO_MEDIA_ROOTS='$T/media'"
expect "Người dùng" "start screen"
keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
expect "Cán bộ dân số xã \\| Cả xã" "the officer is in"
keys 4
expect "Thư mục \\* +$T/media/(KINGSTON|SANDISK)" "a mounted medium is proposed"
keys F3
expect "Chọn nơi xuất" "F3 on the folder offers the mounted media"
expect "$T/media/KINGSTON" "the first stick is listed"
expect "$T/media/SANDISK" "the second stick is listed"
keys Escape
keys C-u; type "$T/media/KINGSTON/thang10"; keys F2
expect "Chưa có thư mục $T/media/KINGSTON/thang10. Tạo" "a missing folder: asked whether to create it, in Vietnamese"
keys Enter
expect "Chưa có thư mục này: gõ thư mục khác, F3 để chọn USB" "Enter creates nothing and says what to do"
ok "the folder was not created" test ! -e "$T/media/KINGSTON/thang10"
unlike "$(screen_text)" "No such file" "no English system message"
keys F2; wait_for "Tạo thư mục này" >/dev/null
keys c
expect "Xuất tháng 10/2026 vào" "then the export question"
unlike "$(screen_text)" "Chưa có thư mục này" "the old message is gone"
keys x
expect "Đã xuất tháng 10/2026, lần 1" "the summary writes 10/2026" 15
ok "the package is in the new folder" test -s "$T/media/KINGSTON/thang10/danso_00004_202610_r1_manifest.csv"
done_testing
