#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# A brand-new commune sets up its areas and collaborators from the command
# line: area add / list, then user add --area.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3

danso init --commune 00004 --name "Xã Mới" >/dev/null || exit 1
run area list
is "$rc" 0 "area list on a new commune"
is "$out" "" "lists nothing yet"
run user add --login ctv1 --name "Lê Thị B" --role collaborator --area 1
is "$rc" 1 "a collaborator cannot be tied to an area that does not exist"

run area add --number 1 --name "Thôn Đông"
is "$rc" 0 "the officer adds area 1"
like "$out" "Thôn Đông" "and the message names it"
run area add --number 2 --name "Tổ dân phố 5"
run area list
is "$out" "$(printf '1\tThôn Đông\n2\tTổ dân phố 5')" "area list shows number and name, in order"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'area' AND action = 'insert'")" 2 "each new area is audited"

before=$(sql "SELECT count(*) FROM area")
run area add --number 1 --name "Thôn Tây"
is "$rc" 1 "a number already used is refused"
like "$err" "đã có" "with a message saying so"
run area add --number 0 --name "X"
is "$rc" 2 "area number 0 is a usage error (a bad option value, as in every command)"
run area add --number 3 --name "   "
is "$rc" 1 "an empty name is refused"
run area add --name "Không số"
is "$rc" 2 "a missing --number is a usage error"
run area frob
is "$rc" 2 "an unknown subcommand is a usage error"
is "$(sql "SELECT count(*) FROM area")" "$before" "nothing was added by the refused commands"

run user add --login ctv1 --name "Lê Thị B" --role collaborator --area 1
is "$rc" 0 "now the collaborator of area 1 can be added"
DANSO_NEW_PIN=3579 run user pin --login ctv1
DANSO_USER=ctv1 DANSO_PIN=3579 run area add --number 4 --name "Thôn Bắc"
is "$rc" 1 "a collaborator cannot add areas"
is "$(sql "SELECT count(*) FROM area")" "$before" "still two areas"
done_testing
