#!/bin/bash
# Hostile input and faults, round two (docs/reliability.md): the months an
# export may lock, an export finished after a crash when its folder is
# gone, and what the command line lets through.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en

run init --commune 10001 --name "Xã Thử"
run demo --households 40 --months 3 --seed 3
is "$rc" 0 "a demo commune"
mkdir -p "$T/out"

# ---- the current and future months cannot be exported
run export --period 2025-06 --out "$T/out"
is "$rc" 1 "the current month is refused"
like "$err" "has not ended" "saying it has not ended"
run export --period 2025-07 --out "$T/out"
is "$rc" 1 "a future month is refused"
like "$err" "future" "saying it is in the future"
run export --period 2025-06 --out "$T/out" --force-current
is "$rc" 2 "--force-current without --reason is a usage error"
is "$(sql "SELECT count(*) FROM period_lock")" 0 "none of these locked anything"
is "$(ls -A "$T/out" | wc -l)" 0 "nor wrote anything"
run export --period 2025-07 --out "$T/out" --force-current --reason "thử"
is "$rc" 1 "a future month is refused even when forced"
run export --period 2025-06 --out "$T/out" --force-current --reason "huyện cần số sớm"
is "$rc" 0 "the officer forces the current month with a reason"
is "$(sql "SELECT user_id || '|' || reason FROM audit WHERE action = 'force_export'")" "1|huyện cần số sớm" \
	"audited with the officer and the reason"

done_testing
