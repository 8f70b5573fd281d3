#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# bench/run.sh: danso's benchmark suite, run on demand (never by make check).
#
#   bench/run.sh [--quick] [--runs N] [--no-province] [--fresh] [--out FILE]
#                [--no-callgrind] [--only MEASURES] [--danso FILE]
#
# Builds danso with -O2 into bench/build/danso and the helpers into
# bench/build/tools, generates its data with `danso demo` into bench/out/data
# (cached by parameters; --fresh throws the cache away), measures every figure
# N times (default 5; 3 at the province scale) with its baseline in the same
# run, and prints a Markdown table (also written to bench/out/table.md, or to
# FILE with --out). --quick uses small scales for a smoke run. Every timed
# figure and its baseline also run once under callgrind, and the table gives
# their instruction counts and ratio (--no-callgrind leaves them out). --only
# runs the named measures alone, comma-separated: startup keys report
# province export import residents sizes. See docs/performance.md for what
# each row and baseline means. --danso measures that test program (a build of
# an earlier commit, for a before/after) instead of the one built here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
B=$here/build
O=$here/out
quick=0 runs=5 province=1 fresh=0 table=$O/table.md callgrind=1 only= other=

while [ $# -gt 0 ]; do
	case $1 in
	--quick) quick=1 ;;
	--runs) runs=$2; shift ;;
	--runs=*) runs=${1#--runs=} ;;
	--no-province) province=0 ;;
	--fresh) fresh=1 ;;
	--out) table=$2; shift ;;
	--no-callgrind) callgrind=0 ;;
	--only) only=,$2,; shift ;;
	--danso) other=$2; shift ;;
	-h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
	esac
	shift
done

# Scales: a commune (2,000 households ≈ 8,000 people, 5 years of events), the
# upper level (30 such communes), a province-sized register (1,000,000 people),
# and a register of 30,000 people for the residents comparison (R_HH households).
if [ $quick = 1 ]; then
	C_HH=200 C_MONTHS=12 UP_N=3 P_HH=10000 P_MONTHS=2 R_HH=500
else
	C_HH=2000 C_MONTHS=60 UP_N=30 P_HH=250000 P_MONTHS=12 R_HH=8400
fi
P_RUNS=$(( runs < 3 ? runs : 3 ))
# Every data set ends with the month before this day, so the data and the
# report period do not move with the calendar.
export DANSO_TODAY=2025-12-15
PERIOD=2025-11
export LANGUAGE=en LC_ALL=C.UTF-8
unset DANSO_DB DANSO_KEYLOG DANSO_NEW_PIN || true

log() { printf '%s\n' "bench: $*" >&2; }
die() { log "$*"; exit 1; }

# ---------------------------------------------------------------- build
build() {
	[ -x "$top/configure" ] || (cd "$top" && autoreconf -fi >/dev/null 2>&1) || die "autoreconf failed"
	mkdir -p "$B/danso"
	if [ ! -f "$B/danso/Makefile" ]; then
		log "configuring an optimised build in $B/danso"
		(cd "$B/danso" && "$top/configure" --quiet CFLAGS=-O2 >/dev/null) || die "configure failed"
	fi
	# The test program: danso with the test seams, so DANSO_TODAY below fixes
	# the data's last month (docs/architecture.md); the code measured is the same.
	if [ -z "$other" ]; then
		log "building danso (-O2)"
		make -C "$B/danso" -j2 -s tests/danso_test >/dev/null || die "build failed"
	fi
	make -C "$here" -s OUT="$B/tools" >/dev/null || die "building the helpers failed"
}
build
DANSO=$B/danso/tests/danso_test
if [ -n "$other" ]; then
	DANSO=$(cd "$(dirname "$other")" && pwd)/$(basename "$other")
	[ -x "$DANSO" ] || die "--danso $other: not an executable"
	log "measuring $DANSO"
fi
EXEC=$B/tools/benchexec
PTY=$B/tools/ptydrive
STATS="awk -f $here/stats.awk"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is needed (apt-get install sqlite3)"
if [ $callgrind = 1 ] && ! command -v valgrind >/dev/null; then
	log "valgrind is not installed: no instruction counts (apt-get install valgrind)"
	callgrind=0
fi
# wanted NAME: whether the measure NAME runs (--only).
wanted() { [ -z "$only" ] || [ "${only#*,$1,}" != "$only" ]; }

# ---------------------------------------------------------------- data
D=$O/data
[ $fresh = 1 ] && rm -rf "$D"
mkdir -p "$D" "$O/tmp"
T=$O/tmp

# Commands that change data need a login: the officer "canbo" gets a PIN in
# every data set (once), and DANSO_USER / DANSO_PIN carry it.
export DANSO_USER=canbo DANSO_PIN=246813
set_pin() {
	[ -f "$1.pin" ] && return 0
	# (a build without accounts has no `user` command: nothing to set)
	"$DANSO" --help 2>&1 | grep -q ' user ' || return 0
	DANSO_NEW_PIN=$DANSO_PIN "$DANSO" --db "$1" user pin --login canbo >/dev/null || die "setting the PIN of $1 failed"
	: >"$1.pin"
}

# gen_commune FILE CODE HOUSEHOLDS MONTHS SEED: a demo commune, cached.
gen_commune() {
	local f=$1 code=$2 hh=$3 months=$4 seed=$5
	[ -f "$f" ] && [ -f "$f.gen" ] && return 0
	rm -f "$f" "$f"-wal "$f"-shm "$f.gen" "$f.pin"
	log "generating $(basename "$f") ($hh households, $months months)"
	"$DANSO" --db "$f" init --commune "$code" --name "Xã $code" --province 01 --upper "Trung tâm Y tế khu vực" \
		>/dev/null || die "init of $f failed"
	# demo changes data: the officer logs in (DANSO_NEW_PIN stays unset
	# during demo, so its collaborator accounts get no PIN and no hashing)
	set_pin "$f"
	"$EXEC" -o "$T/gen.out" -- "$DANSO" --db "$f" demo --households "$hh" --months "$months" --seed "$seed" \
		>"$T/gen.cost" || die "demo of $f failed"
	read -r ms rss status <"$T/gen.cost"
	[ "$status" = 0 ] || die "danso demo failed on $f (status $status): $(cat "$T/gen.out")"
	echo "$ms $rss" >"$f.gen"
}

# The cache key holds the schema's fingerprint: a changed index or table
# means new data sets.
SCHEMA=$(sha1sum "$top/db/schema.c" | cut -c1-8)
COMMUNE=$D/commune-h$C_HH-m$C_MONTHS-$SCHEMA.db
gen_commune "$COMMUNE" 10001 $C_HH $C_MONTHS 1
set_pin "$COMMUNE"
UPPER_SRC=()
wanted import || UP_N=1
for i in $(seq 1 $UP_N); do
	if [ $i = 1 ]; then
		UPPER_SRC+=("$COMMUNE")
	else
		f=$D/commune-h$C_HH-m$C_MONTHS-$SCHEMA-$i.db
		gen_commune "$f" $((10000 + i)) $C_HH $C_MONTHS $i
		set_pin "$f"
		UPPER_SRC+=("$f")
	fi
done
PROVINCE=
if [ $province = 1 ] && wanted province; then
	PROVINCE=$D/province-h$P_HH-m$P_MONTHS-$SCHEMA.db
	gen_commune "$PROVINCE" 19999 $P_HH $P_MONTHS 7
	set_pin "$PROVINCE"
fi

# people FILE: the people living in a register.
people() { sqlite3 "$1" 'SELECT count(*) FROM member WHERE status = 0'; }

# ---------------------------------------------------------------- table
ROWS=$T/rows.md
: >"$ROWS"

# fmt NUMBER: two significant decimals at most.
fmt() { awk -v x="$1" 'BEGIN { if (x == "-" || x == "") print "-"; else if (x >= 100) printf "%.0f\n", x; else if (x >= 10) printf "%.1f\n", x; else printf "%.2f\n", x }'; }

# row MEASURE HOW TARGET UNIT FILE [CMP LIMIT] [BASEFILE BASEHOW]
# FILE has one value per run; CMP is lt (value < LIMIT), ge (value >= LIMIT),
# or "ratio-ge" (value / baseline >= LIMIT); empty CMP: report only.
# FILE.ir and BASEFILE.ir, when there, hold the callgrind instruction counts
# of the figure and of its baseline (icount).
row() {
	local measure=$1 how=$2 target=$3 unit=$4 file=$5 cmp=${6:-} limit=${7:-} bfile=${8:-} bhow=${9:-}
	local med min max n bmed=- ratio=- verdict=-
	read -r med min max n < <($STATS "$file")
	if [ -n "$bfile" ]; then
		read -r bmed _ _ _ < <($STATS "$bfile")
		if [ "$bmed" != - ] && [ "$med" != - ]; then
			ratio=$(awk -v a="$med" -v b="$bmed" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
		fi
	fi
	if [ "$med" = - ]; then
		verdict="not measured"
	elif [ -n "$cmp" ]; then
		local v=$med
		[ "$cmp" = ratio-ge ] && v=$ratio
		if awk -v v="$v" -v l="$limit" -v c="$cmp" 'BEGIN { exit !((c == "lt" && v < l) || (c != "lt" && v != "-" && v >= l)) }'; then
			verdict=met
		else
			verdict="**missed**"
		fi
	fi
	local base=- ir=- iratio=- bir=
	[ -n "$bfile" ] && base="$(fmt "$bmed") ($bhow)"
	[ -s "$file.ir" ] && ir=$(cat "$file.ir")
	[ -n "$bfile" ] && [ -s "$bfile.ir" ] && bir=$(cat "$bfile.ir")
	if [ "$ir" != - ] && [ -n "$bir" ]; then
		iratio=$(awk -v a="$ir" -v b="$bir" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
	fi
	printf '| %s | %s | %s | %s %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$measure" "$how" "$target" \
		"$(fmt "$med")" "$unit" "$(fmt "$min")" "$(fmt "$max")" "$n" "$base" "$ratio" "$(mfmt "$ir")" "$iratio" \
		"$verdict" >>"$ROWS"
	log "$measure: $med $unit (min $min, max $max) $verdict; instructions $ir (ratio $iratio)"
}

# mfmt COUNT: an instruction count in millions ("-" stays).
mfmt() { awk -v x="$1" 'BEGIN { if (x == "-" || x == "") print "-"; else if (x >= 1e9) printf "%.2f G\n", x / 1e9; else printf "%.2f M\n", x / 1e6 }'; }

# Rows that are a single figure (sizes).
fact() { printf '| %s | %s | %s | %s | | | | | | | | |\n' "$1" "$2" "$3" "$4" >>"$ROWS"; log "$1: $4"; }

# icount FILE CMD...: run CMD once under callgrind and write its instruction
# count (the whole run) into FILE.ir; nothing without callgrind.
icount() {
	local file=$1; shift
	rm -f "$file.ir"
	[ $callgrind = 1 ] || return 0
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >/dev/null 2>"$T/cg.err" </dev/null || {
		log "callgrind failed: ${*##*/}: $(grep -v '^==' "$T/cg.err" | head -n 1)"; return 0; }
	sed -n 's/^==[0-9]*== Collected : \([0-9]*\).*/\1/p' "$T/cg.err" | tail -n 1 >"$file.ir"
}

# times N FILE CMD...: run CMD N times with benchexec, wall ms into FILE and
# peak RSS into FILE.rss; a run that fails stops the measure.
times() {
	local n=$1 file=$2; shift 2
	: >"$file"; : >"$file.rss"
	for _ in $(seq 1 "$n"); do
		"$EXEC" -o "$T/last.out" -- "$@" >"$T/cost" 2>"$T/last.err" || true
		read -r ms rss status <"$T/cost" || status=1
		if [ "$status" != 0 ]; then
			log "failed ($status): ${*##*/} : $(head -n 1 "$T/last.err")"
			: >"$file"; : >"$file.rss"
			return 1
		fi
		echo "$ms" >>"$file"; echo "$rss" >>"$file.rss"
	done
}

. "$here/measures.sh"

{
	echo "| measure | how | target | median | min | max | runs | baseline (median) | ratio | instructions | instr. ratio | verdict |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
	cat "$ROWS"
} >"$table"
echo
cat "$table"
echo
echo "Scales: commune $C_HH households ($(people "$COMMUNE") people, $C_MONTHS months); upper level $UP_N communes;" \
	"province $(if [ -n "$PROVINCE" ]; then echo "$P_HH households ($(people "$PROVINCE") people, $P_MONTHS months)"; else echo "not run"; fi). Period $PERIOD."
