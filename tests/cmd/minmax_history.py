#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""minmax_history.py LAST_MONTH [--areas]: SQL for a crafted min-max history
(tests/cmd/minmax.sh, tests/screen/minmax.sh). The 13 months ending with
LAST_MONTH: area 1 has one birth a month, then four in LAST_MONTH (outside
its range 1-1); area 2 has 2, 3, 2, 3 ... new contraceptive users, then 3
(inside its range 2-3). --areas also creates the two areas (Thôn Một, Thôn
Hai); without it areas 1 and 2 must exist."""
import sys

last = sys.argv[1]
y, m = int(last[:4]), int(last[5:7])
months = []
for back in range(12, -1, -1):
    mm = m - back
    yy = y
    while mm < 1:
        mm += 12
        yy -= 1
    months.append("%04d-%02d" % (yy, mm))

print("BEGIN;")
if "--areas" in sys.argv:
    print("INSERT INTO area(id, number, name) VALUES (1, 1, 'Thôn Một'), (2, 2, 'Thôn Hai');")
print("INSERT INTO household(id, uid, number, area_id, kind, created_on, status, ended_on) VALUES"
      " (1, '%032x', '1', 1, '1', '2020-01-01', 0, ''), (2, '%032x', '2', 2, '1', '2020-01-01', 0, '');"
      % (10**6 + 1, 10**6 + 2))
print("INSERT INTO member(id, uid, household_id, full_name, name_key, sort_key, relation, sex, birth_date, ethnicity,"
      " marital, residence, status, entered_on, left_on) VALUES"
      " (1, '%032x', 1, 'Mẹ Một', 'me mot', 'mot', '1', 2, '1995-01-01', '01', '2', '1', 0, '2020-01-01', ''),"
      " (2, '%032x', 2, 'Mẹ Hai', 'me hai', 'hai', '1', 2, '1994-01-01', '01', '2', '1', 0, '2020-01-01', '');"
      % (10**7 + 1, 10**7 + 2))
n = 0


def ev(kind, date, hh, member):
    global n
    n += 1
    fp = kind == "fp_start"
    print("INSERT INTO event(uid, kind, event_date, period, household_id, member_id, created_at, updated_at,"
          " child_sex, birth_order, birth_place, method, provider) VALUES"
          " ('%032x', '%s', '%s', '%s', %d, %d, 'x', 'x', 1, 1, '2', '%s', '%s');"
          % (n, kind, date, date[:7], hh, member, "6" if fp else "", "1" if fp else ""))


for i, mo in enumerate(months):
    for b in range(4 if mo == last else 1):
        ev("birth", "%s-%02d" % (mo, 3 + b), 1, 1)
    for u in range(3 if mo == last else 2 + i % 2):
        ev("fp_start", "%s-%02d" % (mo, 10 + u), 2, 2)
print("COMMIT;")
