#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Faults: a full disk, a read-only or missing database folder, a database
# held by a second danso, a damaged database file and an export target
# that is missing or pulled out. Each gets a clear message, loses nothing,
# and danso keeps working where it can. Cases that need root (mounting a
# tiny tmpfs, a read-only bind mount) are skipped with a reason otherwise.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3
: "${KILLDRV:=$TOP_BUILDDIR/tests/kill/killdrv}"
export DANSO_TODAY=2025-03-31

can_mount() { [ "$(id -u)" -eq 0 ] && mkdir -p "$T/mnt-probe" && mount -t tmpfs -o size=64k tmpfs "$T/mnt-probe" 2>/dev/null &&
	umount "$T/mnt-probe"; }
root=0; can_mount && root=1
mounts=()
cleanup_mounts() { for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null; done; }
trap 'cleanup_mounts; _tap_cleanup' EXIT

run init --commune 00004 --name "Xã Lỗi"
sql "INSERT INTO area(number, name) VALUES (1, 'Địa bàn 1')"
"$KILLDRV" entry "$DANSO_DB" "$T" base 5 >"$T/ack.base"
is "$(grep -c ^saved "$T/ack.base")" 5 "five households saved before the faults"

# --- disk full, simulated inside SQLite (any user)
DANSO_TEST_DISK_FULL=1 "$KILLDRV" entry "$DANSO_DB" "$T" full 500 >"$T/ack.full" 2>"$T/err.full"
is "$?" 1 "disk full (SQLite page limit): the save stops with a failure"
like "$(cat "$T/err.full")" "the disk is full, nothing was saved" "with the disk-full message"
is "$(sql "PRAGMA integrity_check")" ok "the database is whole"
saved=$(grep -c ^saved "$T/ack.full" || true)
is "$(sql "SELECT count(*) FROM household WHERE uid IN ($(awk '/^saved/{printf "%s'\''%s'\''", s, $2; s=","}' "$T/ack.full" "$T/ack.base"))")" $((saved + 5)) \
	"every household reported saved before the disk filled is there ($saved)"
"$KILLDRV" entry "$DANSO_DB" "$T" after 3 >/dev/null
is "$?" 0 "with space again, saving works"

# --- disk full for real: a 1 MiB tmpfs (root)
if [ "$root" -eq 1 ]; then
	mkdir -p "$T/small"; mount -t tmpfs -o size=1m tmpfs "$T/small"; mounts+=("$T/small")
	cp "$DANSO_DB" "$T/small/danso.db"
	dd if=/dev/zero of="$T/small/filler" bs=4k 2>/dev/null
	"$KILLDRV" entry "$T/small/danso.db" "$T" tmpfs 500 >"$T/ack.tmpfs" 2>"$T/err.tmpfs"
	is "$?" 1 "disk full (tmpfs): the save fails"
	like "$(cat "$T/err.tmpfs")" "disk is full|disk input/output error" "with a disk message"
	rm "$T/small/filler"
	is "$(sqlite3 "$T/small/danso.db" "PRAGMA integrity_check")" ok "the database on the full disk is whole"
	dd if=/dev/zero of="$T/small/filler" bs=4k 2>/dev/null
	run --db "$T/small/danso.db" backup --out "$T/small/copy.db"
	is "$rc" 1 "a backup onto a full disk is refused"
	like "$err" "đĩa" "with a message about the disk"
	ok "and leaves no backup file" test ! -e "$T/small/copy.db"
	is "$(ls -a "$T/small" | grep -c tmp)" 0 "nor a temporary file"
	"$KILLDRV" export x "$T/small" fullx 1 >/dev/null 2>"$T/err.x"
	is "$?" 1 "an export onto a full disk fails"
	like "$(cat "$T/err.x")" "kill_fullx_0.csv" "naming the file"
	is "$(ls -a "$T/small" | grep -c kill_)" 0 "no exported file, whole or part, is left"
else
	for i in 1 2 3 4 5 6 7 8 9; do skip "tmpfs disk-full cases need root to mount a tmpfs"; done
fi

# --- read-only folder
mkdir -p "$T/rw"; cp "$DANSO_DB" "$T/rw/danso.db"; rm -f "$T/rw/danso.db-wal" "$T/rw/danso.db-shm"
if [ "$root" -eq 1 ]; then
	mkdir -p "$T/ro"; mount --bind "$T/rw" "$T/ro"; mount -o remount,bind,ro "$T/ro"; mounts+=("$T/ro")
else
	ln -s rw "$T/ro"; chmod 555 "$T/rw"; chmod 444 "$T/rw/danso.db"
fi
run --db "$T/ro/danso.db" user add --login ctv5 --name "Nguyễn E" --role collaborator --area 1
is "$rc" 1 "a change on a read-only folder is refused"
like "$err" "chỉ đọc được.*Không có gì bị thay đổi" "with the read-only message"
run --db "$T/ro/danso.db" check
is "$rc" 0 "reading (check) still works on a read-only folder"
[ "$root" -eq 1 ] || chmod 755 "$T/rw"

# --- missing folder
run --db "$T/nowhere/danso.db" check
is "$rc" 1 "a missing database folder is refused"
like "$err" "Chưa có CSDL.*danso init" "saying there is no database and how to make one"
ok "and nothing is created" test ! -e "$T/nowhere"
touch "$T/afile"
run --db "$T/afile/sub/danso.db" init --commune 00004 --name A
is "$rc" 1 "a database folder that cannot be created is refused"
like "$err" "Không tạo được thư mục" "saying the folder cannot be created"

# --- held by a second danso
"$KILLDRV" hold "$DANSO_DB" "$T" hold 8 >"$T/hold.out" &
hold=$!
for i in $(seq 50); do grep -q holding "$T/hold.out" && break; sleep 0.1; done
out=$(timeout 30 ${DANSO_WRAPPER:-} "$DANSO" user add --login ctv6 --name "Trần F" --role collaborator --area 1 2>&1); rc=$?
is "$rc" 1 "a second danso is refused while the first is saving (no hang)"
like "$out" "đang được một chương trình danso khác dùng" "with the in-use message"
"$KILLDRV" entry "$DANSO_DB" "$T" busy 1 >/dev/null 2>"$T/err.busy"
is "$?" 1 "a save through the register is refused too"
like "$(cat "$T/err.busy")" "in use by another danso" "with the same message"
wait "$hold"
run user add --login ctv6 --name "Trần F" --role collaborator --area 1
is "$rc" 0 "once the other danso lets go, the change goes through"

# --- damaged database file
run backup --out "$T/good.db"
"$KILLDRV" entry "$DANSO_DB" "$T" more 200 >/dev/null
sqlite3 "$DANSO_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
size=$(stat -c %s "$DANSO_DB")
head -c 16384 /dev/zero | tr '\0' 'x' | dd of="$DANSO_DB" bs=4096 seek=$((size / 4096 / 2)) conv=notrunc 2>/dev/null
run check
is "$rc" 1 "check finds the damaged file"
like "$err" "bị hỏng.*danso restore" "and says to restore from a backup"
run restore "$T/good.db"
is "$rc" 0 "restoring the backup works on a damaged database"
like "$out" "replaced-" "keeping the damaged file aside"
run check
is "$rc" 0 "the restored database passes check"
printf 'SQLite format 3\0garbage' >"$T/trunc.db"
run --db "$T/trunc.db" check
is "$rc" 1 "a truncated database file is refused"
like "$err" "bị hỏng|không phải" "as damaged"

# --- export target missing, or pulled out while writing
"$KILLDRV" export x "$T/usb-missing" gone 1 >/dev/null 2>"$T/err.gone"
is "$?" 1 "an export into a missing folder fails"
like "$(cat "$T/err.gone")" "usb-missing" "naming the folder"
if on_windows; then
	for i in 1 2 3; do skip "pulling out a mounted folder: a Linux unmount under Wine's Z: drive says nothing of a Windows USB stick"; done
elif [ "$root" -eq 1 ]; then
	mkdir -p "$T/usb"; mount -t tmpfs -o size=64m tmpfs "$T/usb"
	"$KILLDRV" export x "$T/usb" pulled 100000 >"$T/ack.pulled" 2>"$T/err.pulled" &
	drv=$!
	sleep 0.3
	umount -l "$T/usb"
	wait "$drv"; rc=$?
	is "$rc" 1 "pulling the stick out stops the export with a failure"
	like "$(cat "$T/err.pulled")" "kill_pulled" "naming the file it was writing"
	bad=0
	for f in "$T"/usb/kill_*.csv; do [ -e "$f" ] && bad=$((bad + 1)); done
	is "$bad" 0 "no file is left on the folder where the stick was"
else
	for i in 1 2 3; do skip "pulling out a mounted folder needs root"; done
fi

done_testing
