#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Command tests of `danso demo`: options, refusals, what the generated
# commune looks like in the database, and reproducibility from the seed.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3 python3

export DANSO_TODAY=2026-03-15 DANSO_NOW=2026-03-15T08:00:00Z

# sqlite3 on another database file
sqlf() {
	sqlite3 -batch -noheader "$1" "$2"
}

# usage mistakes: exit 2 with a message naming the option
run demo --households 0
is "$rc" 2 "--households 0 is a usage error"
like "$err" "--households" "the message names --households"
run demo --months abc
is "$rc" 2 "--months abc is a usage error"
like "$err" "--months" "the message names --months"
run demo --seed -3
is "$rc" 2 "a negative seed is a usage error"
run demo --frobnicate
is "$rc" 2 "an unknown option is a usage error"

# an uninitialised database is refused
run demo --households 10
is "$rc" 1 "demo on a missing database exits 1"
like "$err" "." "and says why"
ok "nothing was created" test ! -e "$DANSO_DB"

run init --commune 00001 --name "Xã Mẫu" --province 01
is "$rc" 0 "init"
run demo --households 60 --months 6 --seed 7
is "$rc" 0 "demo 60 households, 6 months succeeds"
like "$out" "60 hộ" "the summary counts 60 households"
unlike "$out" "từ chối" "no event was refused by the rules"
# the women's history is consistent with the births the generator records
ok "women of the starting register have a history" test "$(sql "SELECT count(*) FROM member WHERE sex = 2 AND children_born > 0
	AND entered_on = '2025-08-31'")" -gt 0
is "$(sql "SELECT count(*) FROM event WHERE kind = 'birth' AND cancelled = 0 AND history_added <> 1")" 0 \
	"every birth follows its mother's history (order = children_born + 1: no unrecorded births)"
is "$(sql "SELECT count(*) FROM event e JOIN member m ON m.id = e.member_id WHERE e.kind = 'birth' AND e.cancelled = 0
           AND e.birth_order > m.children_born")" 0 "no birth order beyond its mother's live births"
is "$(sql "SELECT count(*) FROM member WHERE sex = 1 AND children_born <> 0")" 0 "men have no history"
is "$(sql "SELECT count(*) FROM app_user WHERE role = 'collaborator' AND pin_hash IS NULL")" 0 \
	"with DANSO_NEW_PIN set, every demo collaborator gets that PIN"
DANSO_USER=ctv1 DANSO_PIN=$DANSO_NEW_PIN run unlock --period 2025-09 --reason "thử"
is "$rc" 1 "a demo collaborator logs in with it (and is refused an unlock: officer only)"
like "$err" "cán bộ" "refused for the role, not the PIN"

# the register at the start (the day before the first month, 2025-08-31)
is "$(sql "SELECT count(*) FROM household WHERE created_on = '2025-08-31'")" 60 "60 households at the start"
is "$(sql "SELECT min(CAST(number AS INTEGER)) || '-' || max(CAST(number AS INTEGER)) FROM household
           WHERE created_on = '2025-08-31'")" "1-60" "numbered 1..60"
size=$(sql "SELECT count(*) * 100 / 60 FROM member WHERE entered_on = '2025-08-31'")
ok "mean household size $size/100 is within 2.5..5" test "$size" -ge 250 -a "$size" -le 500
ratio=$(sql "SELECT sum(sex = 1) * 100 / sum(sex = 2) FROM member WHERE status = 0")
ok "sex ratio of the population $ratio/100 is within 0.9..1.1" test "$ratio" -ge 90 -a "$ratio" -le 110
is "$(sql "SELECT count(*) FROM household h WHERE h.head_member_id IS NULL AND h.status = 0")" 0 \
	"every active household has a head"
is "$(sql "SELECT count(*) FROM member m JOIN household h ON h.head_member_id = m.id WHERE m.relation <> '1'
           AND m.entered_on = '2025-08-31' AND h.created_on = '2025-08-31'
           AND NOT EXISTS (SELECT 1 FROM event e WHERE e.household_id = h.id AND e.kind = 'death')")" 0 \
	"heads of the starting households have relation 1"
is "$(sql "SELECT count(*) FROM area")" 1 "one area for 60 households"
is "$(sql "SELECT login || ' ' || role FROM app_user WHERE role = 'collaborator'")" "ctv1 collaborator" \
	"a collaborator for the area"
like "$(sql "SELECT group_concat(DISTINCT village) FROM household")" "(Thôn|Xóm|Tổ dân phố)" "villages have names"
ids=$(sql "SELECT count(*) FROM member WHERE person_id IS NOT NULL AND person_id <> ''")
ok "some members have a citizen id ($ids)" test "$ids" -gt 20
is "$(sql "SELECT count(*) FROM member WHERE person_id <> '' AND length(person_id) <> 12")" 0 "citizen ids have 12 digits"
ok "some members are temporarily away" test "$(sql "SELECT count(*) FROM member WHERE residence = '2'")" -gt 0
ok "most people are Kinh" test "$(sql "SELECT sum(ethnicity = '01') * 100 / count(*) FROM member")" -ge 80
names=$(sql "SELECT full_name FROM member")
is "$(printf '%s\n' "$names" | python3 -c 'import sys, unicodedata
print(sum(1 for l in sys.stdin if not unicodedata.is_normalized("NFC", l)))')" 0 "names are NFC"
like "$names" "Nguyễn (Văn|Thị|Đức|Minh|Ngọc|Thu|Quang)" "Vietnamese names"

# contraception at the start: married women 15-49 (book of 2025-08)
share=$(sql "SELECT sum(method <> '') * 100 / count(*) FROM fp_status WHERE period = '2025-08'")
ok "contraceptive use at the start $share% is within 50..85" test "$share" -ge 50 -a "$share" -le 85
is "$(sql "SELECT count(*) FROM fp_status f JOIN member m ON m.id = f.member_id WHERE f.period = '2025-08'
           AND (m.sex <> 2 OR m.marital NOT IN ('2', '4', '3'))")" 0 "the book holds married women only"

# the events: inside their month, within 2025-09..2026-02, none after today
is "$(sql "SELECT count(*) FROM event WHERE period <> substr(event_date, 1, 7)
           OR event_date < '2025-09-01' OR event_date > '2026-02-28' OR event_date > '2026-03-15'")" 0 \
	"every event is dated inside its month and the window"
is "$(sql "SELECT count(DISTINCT period) FROM event")" 6 "events in each of the 6 months"
ok "births exist" test "$(sql "SELECT count(*) FROM event WHERE kind = 'birth'")" -gt 0
ok "elderly check-ups exist" test "$(sql "SELECT count(*) FROM event WHERE kind = 'elderly_check'")" -gt 10
is "$(sql "SELECT count(*) FROM event e JOIN member m ON m.id = e.member_id WHERE e.kind = 'elderly_check'
           AND length(m.birth_date) = 10 AND date(m.birth_date, '+60 years') > e.event_date")" 0 \
	"elderly check-ups only for people 60+"
is "$(sql "SELECT count(*) FROM event WHERE user_id IS NULL OR user_id NOT IN
           (SELECT id FROM app_user WHERE role = 'collaborator')")" 0 "every event is recorded by a collaborator"
is "$(sql "SELECT count(*) FROM event e JOIN member m ON m.id = e.member_id WHERE e.kind = 'birth'
           AND (m.sex <> 2 OR e.birth_weight_g NOT BETWEEN 2000 AND 4500)")" 0 "births: mothers female, weights plausible"

run check
is "$rc" 0 "danso check passes on the demo register"

# a register that already has households is refused, unchanged
before=$(sql "SELECT count(*) FROM event")
run demo --households 5
is "$rc" 1 "demo on a register with households is refused"
like "$err" "đã có hộ" "the message says the register already has households"
is "$(sql "SELECT count(*) FROM event")" "$before" "nothing was added"

# reproducibility: the same seed gives the same rows, another seed others
mk() {
	danso --db "$1" init --commune 00001 --name "Xã Mẫu" --province 01 >/dev/null &&
		danso --db "$1" demo --households 60 --months 6 --seed "$2" >/dev/null
}
ok "a second database with seed 7" mk "$T/same.db" 7
ok "a third database with seed 8" mk "$T/other.db" 8
q_members="SELECT uid, full_name, birth_date, person_id FROM member ORDER BY id"
q_events="SELECT * FROM event ORDER BY id"
is "$(sqlf "$T/same.db" "$q_members" | md5sum)" "$(sql "$q_members" | md5sum)" "same seed: identical members (uids included)"
is "$(sqlf "$T/same.db" "$q_events" | md5sum)" "$(sql "$q_events" | md5sum)" "same seed: identical event rows"
unlike "$(sqlf "$T/other.db" "$q_members" | md5sum)" "$(sql "$q_members" | md5sum | cut -c1-32)" \
	"another seed: another register"

# a larger run: birth orders, sex ratio, screening and marriage shares
big="$T/big.db"
danso --db "$big" init --commune 00002 --name "Xã Lớn" --province 01 >/dev/null
run --db "$big" demo --households 400 --months 24 --seed 3
is "$rc" 0 "demo 400 households, 24 months succeeds"
# whole households arriving (record_household_move_in) are reproducible
# too: the event uids of all their people come from the seed
arrived=$(sqlf "$big" "SELECT count(*) FROM event e JOIN household h ON h.id = e.household_id
                       WHERE e.kind = 'move_in' AND CAST(h.number AS INTEGER) > 400")
ok "whole households arrived ($arrived move-ins of their people)" test "$arrived" -ge 2
danso --db "$T/big2.db" init --commune 00002 --name "Xã Lớn" --province 01 >/dev/null
danso --db "$T/big2.db" demo --households 400 --months 24 --seed 3 >/dev/null
is "$(sqlf "$T/big2.db" "$q_events" | md5sum)" "$(sqlf "$big" "$q_events" | md5sum)" \
	"same seed: identical event rows, the arrivals' uids included"
births=$(sqlf "$big" "SELECT count(*) FROM event WHERE kind = 'birth'")
third=$(sqlf "$big" "SELECT count(*) FROM event WHERE kind = 'birth' AND birth_order >= 3")
ok "births over two years ($births) near 15 per 1,000 a year" test "$births" -ge 20 -a "$births" -le 70
ok "some 3rd+ births ($third), fewer than a quarter" test "$third" -gt 0 -a $((third * 4)) -lt "$births"
srb=$(sqlf "$big" "SELECT sum(child_sex = 1) * 100 / sum(child_sex = 2) FROM event WHERE kind = 'birth'")
ok "sex ratio at birth $srb within 90..130" test "$srb" -ge 90 -a "$srb" -le 130
nb=$(sqlf "$big" "SELECT (SELECT count(*) FROM event WHERE kind = 'newborn_screening') * 100 / count(*)
                  FROM event WHERE kind = 'birth'")
ok "newborn screening for most births ($nb%)" test "$nb" -ge 65 -a "$nb" -le 100
pm=$(sqlf "$big" "SELECT sum(premarital_check) * 100 / count(*) FROM event WHERE kind = 'marriage'")
ok "premarital check for most marriages ($pm%)" test "$pm" -ge 50 -a "$pm" -le 100
is "$(sqlf "$big" "SELECT count(*) FROM event b WHERE b.kind = 'birth' AND b.birth_order <
           (SELECT count(*) FROM event p WHERE p.kind = 'birth' AND p.member_id = b.member_id
            AND p.event_date < b.event_date) + 1")" 0 "birth orders follow each mother's earlier births"
ok "pregnancies are recorded" test "$(sqlf "$big" "SELECT count(*) FROM event WHERE kind = 'pregnancy'")" -gt 0
ok "deaths are recorded" test "$(sqlf "$big" "SELECT count(*) FROM event WHERE kind = 'death'")" -gt 0
ok "moves are recorded" test "$(sqlf "$big" "SELECT count(DISTINCT kind) FROM event WHERE kind IN ('move_in', 'move_out')")" -eq 2
ok "contraception starts are recorded" test "$(sqlf "$big" "SELECT count(*) FROM event WHERE kind = 'fp_start'")" -gt 0
is "$(sqlf "$big" "SELECT count(*) FROM area")" 2 "two areas for 400 households"
run --db "$big" check
is "$rc" 0 "danso check passes on the larger register"

done_testing
