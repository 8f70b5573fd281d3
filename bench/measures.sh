# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# bench/measures.sh: the measures, sourced by bench/run.sh (which sets DANSO,
# EXEC, PTY, STATS, the data files, runs, T, and the row/fact/times helpers).

# ---------------------------------------------------------------- start-up
# First screen: the start form's bottom line ends with the typing-method
# indicator, the last text curses sends, so seeing it means the whole screen
# has been drawn. Baseline: the same pty start of `danso --version`, the
# floor of starting this binary (exec, dynamic linking, pty) on this machine.
FIRST_MARKER='Typing:'
measure_startup() {
	: >"$T/start.ms"; : >"$T/start.base"
	for _ in $(seq 1 "$runs"); do
		"$PTY" -m "$FIRST_MARKER" -t 5000 -- "$DANSO" --db "$COMMUNE" --lang en >"$T/pty.out" 2>"$T/pty.err" || true
		sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' "$T/pty.out" | awk '$1 >= 0' >>"$T/start.ms"
		"$PTY" -m "danso" -- "$DANSO" --version >"$T/pty.out" 2>/dev/null || true
		sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' "$T/pty.out" | awk '$1 >= 0' >>"$T/start.base"
	done
	icount "$T/start.base" "$DANSO" --version
	if [ $callgrind = 1 ]; then
		# up to the end of the first app_draw (the first screen), under callgrind
		rm -rf "$T/cg.start"; mkdir -p "$T/cg.start"
		"$PTY" -m "$FIRST_MARKER" -t 60000 -- valgrind --tool=callgrind --dump-after=app_draw \
			--callgrind-out-file="$T/cg.start/s.%p" "$DANSO" --db "$COMMUNE" --lang en >/dev/null 2>&1 || true
		cat "$T"/cg.start/s.*.1 2>/dev/null | awk '/^summary:/ { print $2; exit }' >"$T/start.ms.ir"
		rm -rf "$T/cg.start"
	fi
	row "start to first screen" "danso in an 80x24 pty until its first screen is drawn, commune" \
		"< 50 ms" ms "$T/start.ms" lt 50 "$T/start.base" "\`danso --version\` in a pty"
}

# ---------------------------------------------------------------- keys
# Instructions per key: the same script once under callgrind, with a dump
# after every app_draw (the interface's loop draws, reads a key, handles it,
# draws again): dump 1 is the start up to the first screen drawn, dump K+1
# key K read, handled and drawn. Each dump is paired with the key's label in
# ptydrive's results, in order.
key_instructions() {
	[ $callgrind = 1 ] || return 0
	local cg=$T/cg.keys pid nd
	rm -rf "$cg"; mkdir -p "$cg"
	rm -f "$T/keys.log"
	DANSO_KEYLOG=$T/keys.log "$PTY" -m "$FIRST_MARKER" -s "$T/keys.script" -l "$T/keys.log" -r "$T/keys.cgres" \
		-t 60000 -- valgrind --tool=callgrind --dump-after=app_draw --callgrind-out-file="$cg/k.%p" \
		"$DANSO" --db "$COMMUNE" --lang en >"$T/pty.out" 2>"$T/pty.err" || {
		log "key script under callgrind failed: $(cat "$T/pty.err")"; return 0; }
	# "KEY INSTRUCTIONS" for dump KEY+1 (dump 1 is KEY 0: the start)
	for f in "$cg"/k.*.*; do
		awk -v n="${f##*.}" '/^summary:/ { print n - 1, $2; exit }' "$f"
	done | sort -n >"$T/keys.ir.all"
	nd=$(wc -l <"$T/keys.ir.all")
	if [ "$nd" -le "$(wc -l <"$T/keys.cgres")" ]; then
		log "key script under callgrind: $nd dumps for $(wc -l <"$T/keys.cgres") keys, no per-key counts"
		return 0
	fi
	# label of key K, its instructions
	awk 'NR == FNR { label[FNR] = $1; next } $1 > 0 && ($1 in label) { print label[$1], $2 }' \
		"$T/keys.cgres" "$T/keys.ir.all" >"$T/keys.ir.lab"
	awk '{ print $2 }' "$T/keys.ir.lab" | sort -g | $STATS -v mode=pct -v p=50 >"$T/keys.p50.ir"
	awk '{ print $2 }' "$T/keys.ir.lab" | sort -g | $STATS -v mode=pct -v p=99 >"$T/keys.p99.ir"
	awk '$1 == "search" { print $2 }' "$T/keys.ir.lab" | sort -g | $STATS -v mode=pct -v p=99 >"$T/keys.search99.ir"
	awk '$1 == "nav" { print $2 }' "$T/keys.ir.lab" | sort -g | $STATS -v mode=pct -v p=50 >"$T/keys.nav50.ir"
	rm -rf "$cg"
}

# A long key script through the real input loop (bench/keys.sh writes it from
# the register's names); the interface logs per-key processing time when
# DANSO_KEYLOG is set. Baseline: the navigation-only keys of the same script
# (moving in lists and menus), the redraw floor.
measure_keys() {
	local ok=1
	"$here/keys.sh" "$COMMUNE" >"$T/keys.script" || ok=0
	: >"$T/keys.p50"; : >"$T/keys.p99"; : >"$T/keys.search99"; : >"$T/keys.nav50"; : >"$T/tui.rss"; : >"$T/tui.rss.after"
	for _ in $(seq 1 "$runs"); do
		[ $ok = 1 ] || break
		rm -f "$T/keys.log"
		DANSO_KEYLOG=$T/keys.log "$PTY" -m "$FIRST_MARKER" -s "$T/keys.script" -l "$T/keys.log" -r "$T/keys.res" \
			-t 3000 -S "$T/tui.smaps" -- "$DANSO" --db "$COMMUNE" --lang en >"$T/pty.out" 2>"$T/pty.err" || {
			log "key script failed: $(cat "$T/pty.err")"; ok=0; break; }
		read -r missed < <(sed -n 's/.*missed=\([0-9]*\).*/\1/p' "$T/pty.out")
		[ "${missed:-0}" = 0 ] || log "key script: $missed keys without a key-log line"
		awk '{ print $2 / 1000 }' "$T/keys.res" | sort -g | $STATS -v mode=pct -v p=50 >>"$T/keys.p50"
		awk '{ print $2 / 1000 }' "$T/keys.res" | sort -g | $STATS -v mode=pct -v p=99 >>"$T/keys.p99"
		awk '$1 == "search" { print $2 / 1000 }' "$T/keys.res" | sort -g | $STATS -v mode=pct -v p=99 >>"$T/keys.search99"
		awk '$1 == "nav" { print $2 / 1000 }' "$T/keys.res" | sort -g | $STATS -v mode=pct -v p=50 >>"$T/keys.nav50"
		sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' "$T/pty.out" | awk '{ print $1 / 1024 }' >>"$T/tui.rss"
		sed -n 's/.*rss_after_login_kb=\([0-9]*\).*/\1/p' "$T/pty.out" | awk '$1 > 0 { print $1 / 1024 }' >>"$T/tui.rss.after"
	done
	[ $ok = 1 ] && key_instructions
	# Where the last run's resident pages were after its last key, by mapping.
	if [ -s "$T/tui.smaps" ]; then
		awk -f "$here/smaps.awk" "$T/tui.smaps" | sort -k1,1nr >"$O/tui-smaps.txt"
		log "interface after the key script, resident kB by mapping (bench/out/tui-smaps.txt):" \
			"$(head -12 "$O/tui-smaps.txt" | tr '\n' ' ')"
	fi
	local nk
	nk=$(wc -l <"$T/keys.res" 2>/dev/null || echo 0)
	row "keystroke to screen, p50" "$nk keys through the real input loop (search, lists, forms), commune" \
		"-" ms "$T/keys.p50" "" "" "$T/keys.nav50" "p50 of navigation keys"
	row "keystroke to screen, p99" "same script, 99th percentile of per-key time" "< 5 ms" ms "$T/keys.p99" lt 5
	row "keystroke to screen, p99 of name search" "keys typed into the accent-insensitive name search over $(people "$COMMUNE") people" \
		"< 5 ms" ms "$T/keys.search99" lt 5
}

# ---------------------------------------------------------------- report
# Baseline: the sqlite3 shell counting the period's events by kind, the
# least any report has to read.
measure_report() {
	local db=$1 n=$2 what=$3 limit=$4 target=$5
	times "$n" "$T/report.ms" "$DANSO" --db "$db" report --period $PERIOD || true
	times "$n" "$T/report.base" sqlite3 "$db" \
		"SELECT kind, count(*) FROM event WHERE period = '$PERIOD' AND cancelled = 0 GROUP BY kind" || true
	icount "$T/report.ms" "$DANSO" --db "$db" report --period $PERIOD
	icount "$T/report.base" sqlite3 "$db" \
		"SELECT kind, count(*) FROM event WHERE period = '$PERIOD' AND cancelled = 0 GROUP BY kind"
	row "monthly report, $what" "\`report --period $PERIOD\`, $what ($(people "$db") people)" "$target" ms \
		"$T/report.ms" lt "$limit" "$T/report.base" "sqlite3 count by kind"
}

# ---------------------------------------------------------------- export
# Each run exports from a fresh copy (exporting locks the month and bumps the
# revision). Rows: the data rows of the package's CSV files. Baseline: the
# sqlite3 shell writing the month's events as CSV.
measure_export() {
	local rows=0 f
	: >"$T/export.rate"; : >"$T/export.base"
	for _ in $(seq 1 "$runs"); do
		rm -rf "$T/exp" "$T/exp.db"; mkdir -p "$T/exp"
		cp "$COMMUNE" "$T/exp.db"
		times 1 "$T/export.one" "$DANSO" --db "$T/exp.db" export --period $PERIOD --out "$T/exp" || break
		rows=0
		for f in "$T"/exp/*_events.csv "$T"/exp/*_report.csv; do
			[ -f "$f" ] && rows=$(( rows + $(wc -l <"$f") - 1 ))
		done
		awk -v r=$rows '{ print r / ($1 / 1000) }' "$T/export.one" >>"$T/export.rate"
		times 1 "$T/export.bone" sqlite3 -csv -header "$COMMUNE" \
			"SELECT * FROM event WHERE period = '$PERIOD' AND cancelled = 0" || break
		awk -v r=$rows '{ print r / ($1 / 1000) }' "$T/export.bone" >>"$T/export.base"
	done
	# instructions: the export of a fresh copy, the baseline's query
	rm -rf "$T/exp" "$T/exp.db"; mkdir -p "$T/exp"
	cp "$COMMUNE" "$T/exp.db"
	icount "$T/export.rate" "$DANSO" --db "$T/exp.db" export --period $PERIOD --out "$T/exp"
	icount "$T/export.base" sqlite3 -csv -header "$COMMUNE" "SELECT * FROM event WHERE period = '$PERIOD' AND cancelled = 0"
	row "export" "\`export --period $PERIOD\` of a commune, $rows rows (events and report)" "report it" "rows/s" \
		"$T/export.rate" "" "" "$T/export.base" "sqlite3 -csv of the events"
}

# ---------------------------------------------------------------- import
# Packages: every source commune exports the month; the upper level imports
# all of them in one command into a fresh register, with all validation.
# Baseline: the sqlite3 shell's .import --csv of the same event files into a
# plain table (no constraints, no index).
measure_import() {
	local i=0 src rows=0 f
	: >"$T/import.rate"; : >"$T/import.base"; : >"$T/import.rss"
	rm -rf "$T/pkg"; mkdir -p "$T/pkg"
	for src in "${UPPER_SRC[@]}"; do
		i=$((i + 1))
		cp "$src" "$T/src.db"
		mkdir -p "$T/pkg/c$i"
		"$DANSO" --db "$T/src.db" export --period $PERIOD --out "$T/pkg/c$i" >/dev/null 2>"$T/last.err" || {
			log "export for the upper level failed: $(head -n 1 "$T/last.err")"; return 0; }
	done
	rm -f "$T/src.db"
	for f in "$T"/pkg/*/*_events.csv "$T"/pkg/*/*_report.csv; do
		rows=$(( rows + $(wc -l <"$f") - 1 ))
	done
	{
		echo ".mode csv"
		local first=1
		for f in "$T"/pkg/*/*_events.csv; do
			if [ $first = 1 ]; then echo ".import $f events"; first=0; else echo ".import --skip 1 $f events"; fi
		done
		first=1
		for f in "$T"/pkg/*/*_report.csv; do
			if [ $first = 1 ]; then echo ".import $f report"; first=0; else echo ".import --skip 1 $f report"; fi
		done
	} >"$T/import.sql"
	for _ in $(seq 1 "$runs"); do
		rm -f "$T/upper.db"*
		"$DANSO" --db "$T/upper.db" init --commune 01000 --name "Trung tâm Y tế khu vực" --province 01 >/dev/null
		set_pin "$T/upper.db"; rm -f "$T/upper.db.pin"
		times 1 "$T/import.one" "$DANSO" --db "$T/upper.db" import "$T"/pkg/* || break
		awk -v r=$rows '{ print r / ($1 / 1000) }' "$T/import.one" >>"$T/import.rate"
		awk '{ print $1 / 1024 }' "$T/import.one.rss" >>"$T/import.rss"
		rm -f "$T/plain.db"
		times 1 "$T/import.bone" sqlite3 -init "$T/import.sql" "$T/plain.db" .quit || break
		awk -v r=$rows '{ print r / ($1 / 1000) }' "$T/import.bone" >>"$T/import.base"
	done
	# instructions: one import into a fresh register, one .import
	rm -f "$T/upper.db"*
	"$DANSO" --db "$T/upper.db" init --commune 01000 --name "Trung tâm Y tế khu vực" --province 01 >/dev/null
	set_pin "$T/upper.db"; rm -f "$T/upper.db.pin"
	icount "$T/import.rate" "$DANSO" --db "$T/upper.db" import "$T"/pkg/*
	rm -f "$T/plain.db"
	icount "$T/import.base" sqlite3 -init "$T/import.sql" "$T/plain.db" .quit
	row "upper-level import" "\`import\` of $UP_N communes' packages for $PERIOD, $rows rows, all validation" \
		"≥ 0.5 × sqlite3" "rows/s" "$T/import.rate" ratio-ge 0.5 "$T/import.base" "sqlite3 .import --csv, plain table"
}

# ---------------------------------------------------------------- residents
# A register of about 30,000 people (a demo of R_HH households, one month)
# against an extract of about 30,000 built from it with known differences
# (tests/cmd/residents_fixture.py: 20 added, 15 removed, 10 changed, 10
# typos, 5 day/month swaps), read, matched and written as CSV. Baseline: the
# sqlite3 shell reading the same people, the floor of loading the register.
measure_residents() {
	local db=$D/residents-h$R_HH-$SCHEMA.db x
	x=${db%.db}.csv
	gen_commune "$db" 10030 "$R_HH" 1 5
	set_pin "$db"
	if [ ! -f "$x" ]; then
		python3 "$top/tests/cmd/residents_fixture.py" make "$db" "$x" "$T/residents.want" 1 ||
			die "writing the residents extract failed"
	fi
	times "$runs" "$T/residents.ms" "$DANSO" --db "$db" residents-compare "$x" --format csv || true
	times "$runs" "$T/residents.base" sqlite3 "$db" \
		"SELECT m.id, m.uid, a.number, h.number, m.full_name, m.person_id, m.birth_date, m.sex FROM member m
		 JOIN household h ON h.id = m.household_id JOIN area a ON a.id = h.area_id
		 WHERE m.status = 0 AND h.status = 0" || true
	icount "$T/residents.ms" "$DANSO" --db "$db" residents-compare "$x" --format csv
	icount "$T/residents.base" sqlite3 "$db" \
		"SELECT m.id, m.uid, a.number, h.number, m.full_name, m.person_id, m.birth_date, m.sex FROM member m
		 JOIN household h ON h.id = m.household_id JOIN area a ON a.id = h.area_id
		 WHERE m.status = 0 AND h.status = 0"
	row "residents comparison" "\`residents-compare\` of a $(( $(grep -c '' "$x") - 1 ))-person extract against $(people "$db") people, CSV out" \
		"< 2 s" ms "$T/residents.ms" lt 2000 "$T/residents.base" "sqlite3 reading the people"
}

# ---------------------------------------------------------------- sizes
measure_sizes() {
	local db bytes ppl
	for db in "$COMMUNE" $PROVINCE; do
		sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null 2>&1 || true
		bytes=$(stat -c %s "$db"); ppl=$(people "$db")
		fact "database size, $( [ "$db" = "$COMMUNE" ] && echo commune || echo province)" \
			"bytes of the database file per 1,000 people ($ppl people, $(numfmt --to=iec "$bytes")B)" "report it" \
			"$(awk -v b="$bytes" -v p="$ppl" 'BEGIN { printf "%.0f", b / (p / 1000) }') bytes"
	done
	strip -o "$T/danso.stripped" "$DANSO"
	fact "binary size" "danso built with -O2; stripped" "report it" \
		"$(stat -c %s "$DANSO") bytes; $(stat -c %s "$T/danso.stripped") stripped"
}

wanted startup && measure_startup
if wanted keys; then
	measure_keys
	row "memory, interface" "peak RSS of the interface during the key script, commune (the PIN check's Argon2id, 7 MiB, included)" \
		"< 16 MB" MB "$T/tui.rss" lt 16
	row "memory, interface after login" "largest RSS after each key past the start form (/proc VmRSS), commune" \
		"< 8 MB" MB "$T/tui.rss.after" lt 8
fi
wanted report && measure_report "$COMMUNE" "$runs" commune 50 "< 50 ms"
[ -n "$PROVINCE" ] && measure_report "$PROVINCE" "$P_RUNS" "province-sized register" 5000 "< 5 s"
wanted export && measure_export
if wanted import; then
	measure_import
	row "memory, upper-level import" "peak RSS of \`import\` of $UP_N communes" "report it" MB "$T/import.rss"
fi
wanted residents && measure_residents
wanted sizes && measure_sizes
for g in "$COMMUNE" $PROVINCE; do
	read -r gms grss <"$g.gen"
	fact "data generation, $(basename "$g" .db)" "\`danso demo\` (cached; generated once)" "-" \
		"$(fmt "$(awk -v x="$gms" 'BEGIN { print x / 1000 }')") s, peak RSS $(( grss / 1024 )) MB"
done
