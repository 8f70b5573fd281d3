#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# bench/keys.sh DB [NAMES]: write on stdout the key script (bench/ptydrive.c's
# format) that bench/run.sh plays through the interface: from the start form
# to the home screen, into the register, then for each of NAMES people
# (default 40, drawn evenly from the register) type their name without
# accents into the search (the accent-insensitive search over every person),
# move in the result list, open the household, move in it, and go back.
# Keys are filed under "search" (typing into the search, and the Esc that
# clears it), "nav" (moving, opening, going back) or "login" (the start form).
set -eu
db=$1
n=${2:-40}

# Names of living people spread over the register, stripped of accents and
# lower-cased: what a collaborator types.
names=$(sqlite3 "$db" "SELECT full_name FROM member WHERE status = 0 AND id % (SELECT max(1, count(*) / $n) FROM member WHERE status = 0) = 0 ORDER BY id LIMIT $n" |
	python3 -c '
import sys, unicodedata
for line in sys.stdin:
    s = unicodedata.normalize("NFD", line.strip().replace("Đ", "D").replace("đ", "d"))
    print("".join(c for c in s if unicodedata.category(c) != "Mn").lower())')
[ -n "$names" ] || { echo "bench/keys.sh: no people in $db" >&2; exit 1; }

# The user field moves on to the PIN by itself once its number is complete:
# "1" is complete when there are fewer than 10 accounts; else Tab does it.
users=$(sqlite3 "$db" 'SELECT count(*) FROM app_user WHERE active = 1')
to_pin=
[ "${users:-0}" -ge 10 ] && to_pin=$'key Tab\n'
cat <<EOF
# Start form: user 1 (the officer canbo), its PIN (bench/run.sh sets it),
# area 0 (the whole commune, so the search covers every person), the
# proposed month. The login (an Argon2id check) is filed apart.
label login
stamp first
key C-u
type 1
${to_pin}type 246813
key Tab
key C-u
type 0
key F2
expect Home
stamp home
label nav
# The typing method: Telex -> VNI -> off, so plain letters stay plain.
key C-t
key C-t
key Down 3
key Up 3
type 1
expect Register
key Down 10
key PgDn 2
key PgUp 2
EOF
while IFS= read -r name; do
	cat <<EOF
label search
type $name
label nav
key Down 2
key Up 1
key Enter
key Down 3
key Up 2
key Esc
label search
key Esc
EOF
done <<<"$names"
cat <<'EOF'
label nav
key Esc
stamp done
EOF
