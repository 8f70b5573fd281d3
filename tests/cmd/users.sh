#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Accounts and credentials: the officer's first PIN, adding collaborators,
# PIN changes, wrong PINs slowing down then locking, headless logins, and
# the audit rows of all of it.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3
export DANSO_NOW=2025-03-10T08:00:00Z

# init without a PIN source leaves the officer without PIN
(unset DANSO_NEW_PIN; run init --commune 00004 --name "Xã A" </dev/null)
is "$(sql "SELECT pin_hash IS NULL FROM app_user WHERE login='canbo'")" 1 "init without DANSO_NEW_PIN or a terminal sets no PIN"
run user add --login ctv1 --name "Lê Thị B" --role collaborator --area 1
is "$rc" 1 "commands that change data refuse while the officer has no PIN"
like "$err" "chưa có mã PIN.*user pin --login canbo" "and say how to set it"
(unset DANSO_USER DANSO_PIN; DANSO_NEW_PIN=1234 run user pin --login canbo; echo "$rc" >"$T/rc"; echo "$err" >"$T/err")
is "$(cat "$T/rc")" 1 "a PIN that is a run of digits is refused"
like "$(cat "$T/err")" "dễ đoán" "with a reason"
(unset DANSO_USER DANSO_PIN; DANSO_NEW_PIN=2468 danso user pin --login canbo >/dev/null 2>&1)
is "$?" 0 "the officer's first PIN needs no login"
like "$(sql "SELECT pin_hash FROM app_user WHERE login='canbo'")" '^\$argon2id\$' "the PIN is stored as an Argon2id hash"
is "$(sql "SELECT count(*) FROM app_user WHERE pin_hash LIKE '%2468%'")" 0 "the PIN itself is not stored"
(unset DANSO_USER DANSO_PIN; DANSO_NEW_PIN=9999x danso user pin --login canbo >/dev/null 2>&1)
is "$?" 1 "once the officer has a PIN, changing it needs a login"

# init with DANSO_NEW_PIN
run --db "$T/b.db" init --commune 00005 --name "Xã B"
is "$rc" 0 "init with DANSO_NEW_PIN"
is "$(sqlite3 "$T/b.db" "SELECT pin_hash LIKE '\$argon2id\$%' FROM app_user WHERE login='canbo'")" 1 "sets the officer's PIN at once"

# users
sql "INSERT INTO area(number, name) VALUES (1, 'Địa bàn 1'), (2, 'Địa bàn 2')"
run user add --login ctv1 --name "Lê Thị B" --role collaborator --area 1
is "$rc" 0 "the officer adds a collaborator"
is "$(sql "SELECT role || ' ' || area_id FROM app_user WHERE login='ctv1'")" "collaborator 1" "with role and area"
run user add --login ctv1 --name "Khác" --role collaborator --area 2
is "$rc" 1 "a login cannot be taken twice"
like "$err" "ctv1" "and the message names it"
run user add --login "x'; DROP TABLE app_user;--" --name A --role collaborator --area 1
is "$rc" 1 "a login with quotes and SQL is refused by its form"
run user add --login ctv3 --name A --role collaborator --area 9
is "$rc" 1 "an unknown area is refused"
like "$err" "địa bàn số 9" "and named"
run user add --login ctv3 --name A --role collaborator
is "$rc" 1 "a collaborator without an area is refused"
run user add --login ctv3 --name A --role chief
is "$rc" 1 "an unknown role is refused"
DANSO_NEW_PIN=1357 run user pin --login ctv1
is "$rc" 0 "the officer sets a collaborator's PIN"
DANSO_USER=ctv1 DANSO_PIN=1357 run user add --login ctv2 --name C --role collaborator --area 2
is "$rc" 1 "a collaborator cannot add users"
like "$err" "chỉ cán bộ" "and is told only the officer may"
DANSO_USER=ctv1 DANSO_PIN=1357 DANSO_NEW_PIN=8642 run user pin --login canbo
is "$rc" 1 "a collaborator cannot change the officer's PIN"
DANSO_USER=ctv1 DANSO_PIN=1357 DANSO_NEW_PIN=8642 run user pin --login ctv1
is "$rc" 0 "a collaborator changes their own PIN"
run user list
like "$out" "ctv1	collaborator	1	pin	Lê Thị B" "user list shows login, role, area, PIN state and name"

# headless credentials
(unset DANSO_USER DANSO_PIN; run user add --login ctv2 --name C --role collaborator --area 2 </dev/null
 echo "$rc" >"$T/rc"; echo "$err" >"$T/err")
is "$(cat "$T/rc")" 1 "without DANSO_USER/DANSO_PIN and no terminal a change is refused"
like "$(cat "$T/err")" "DANSO_USER.*DANSO_PIN" "and the message says what to set"
is "$(sql "SELECT count(*) FROM app_user WHERE login='ctv2'")" 0 "nothing was added"

# throttling: wrong PINs slow down, then lock for 15 minutes
t() { DANSO_NOW=$1 DANSO_USER=ctv1 DANSO_PIN=$2 run user pin --login ctv1; }
export DANSO_NEW_PIN=8642
t 2025-03-10T09:00:00Z 0000; is "$rc" 1 "first wrong PIN refused"
like "$err" "Sai tên đăng nhập hoặc mã PIN" "without a wait"
t 2025-03-10T09:00:01Z 0001; like "$err" "Chờ 5 giây" "second wrong PIN: wait 5 seconds"
t 2025-03-10T09:00:02Z 8642; is "$rc" 1 "even the right PIN is refused during the wait"
like "$err" "chờ 4 giây" "and the time left is given"
t 2025-03-10T09:00:07Z 0002; like "$err" "Chờ 15 giây" "third wrong PIN: wait 15 seconds"
t 2025-03-10T09:00:30Z 0003; like "$err" "Chờ 30 giây" "fourth wrong PIN: wait 30 seconds"
t 2025-03-10T09:01:00Z 0004; like "$err" "bị khóa 15 phút" "fifth wrong PIN locks the account for 15 minutes"
t 2025-03-10T09:10:00Z 8642; is "$rc" 1 "the right PIN is refused while locked"
like "$err" "đang bị khóa, còn 6 phút" "and says how long is left"
t 2025-03-10T09:16:01Z 8642; is "$rc" 0 "after 15 minutes the right PIN works"
is "$(sql "SELECT failed_attempts FROM app_user WHERE login='ctv1'")" 0 "and the count is cleared"
is "$(sql "SELECT count(*) FROM audit WHERE action='login_failed' AND entity_id=2")" 4 "four failures audited"
is "$(sql "SELECT count(*) FROM audit WHERE action='lock' AND entity_id=2")" 1 "the lock audited"
is "$(sql "SELECT user_id FROM audit WHERE action='insert' AND entity='user' AND after='ctv1'")" 1 "adding ctv1 is audited with the officer's id"
is "$(sql "SELECT count(*) FROM audit WHERE action='set_pin' AND entity_id=2 AND user_id=2")" 2 "PIN changes audited with the acting user"

done_testing
