#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The export screen: refused to a collaborator; the officer exports the
# month to a folder (a USB stick) and is told what was written.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
mkdir -p "$T/usb"
screen_start "DANSO_MEDIA_ROOTS='$T/nomedia'"
screen_login
expect "Trang chính" "the collaborator is in"
keys 4
expect "Chỉ cán bộ dân số xã được xuất số liệu" "a collaborator cannot export"
keys Escape
expect "Người dùng" "back to the start screen"
keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
expect "Cán bộ dân số xã \\| Cả xã" "the officer is in"
keys 4
expect "Xuất gói số liệu tháng 10/2026" "export screen"
# (Windows: %USERPROFILE%, which Wine sets itself: a drive path)
if on_windows; then home_re='[A-Z]:/'; else home_re=$HOME; fi
expect "Thư mục \\* +$home_re" "the home folder is proposed when no USB stick is mounted"
type "$T/usb"; keys Tab
expect "Cho Excel \\(c/k\\) +0 +Không" "Excel off by default"
type "c"; keys F2
expect "Xuất tháng 10/2026 vào $T/usb\\? Xuất xong tháng" "asks before exporting"
keys Enter
sleep 0.3
ok "Enter on the export question exports nothing" test ! -e "$T/usb/danso_00004_202610_r1_manifest.csv"
keys F2; wait_for "Xuất xong tháng" >/dev/null
keys x
expect "Đã xuất tháng 10/2026, lần 1" "says the revision" 15
expect "danso_00004_202610_r1_report.csv" "lists the report file"
expect "danso_00004_202610_r1_events.csv" "lists the events file"
expect "danso_00004_202610_r1_manifest.csv" "lists the manifest"
expect "Tháng này đã được khoá" "says the month is locked"
ok "the manifest is in the folder" test -s "$T/usb/danso_00004_202610_r1_manifest.csv"
is "$(head -c 3 "$T/usb/danso_00004_202610_r1_report.csv" | od -An -tx1 | tr -d ' ')" "efbbbf" "Excel mode: a byte-order mark"
is "$(sql "SELECT locked || '|' || revision FROM period_lock WHERE period = '2026-10'")" "1|1" "the month is locked"
done_testing
