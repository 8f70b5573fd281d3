#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# DHIS2: the data value set files (monthly, quarterly, yearly) read row for
# row by ports of DHIS2 2.42's and 2.43's CSV readers
# (tests/cmd/dhis2_readers.py), a correction to zero that clears the value,
# and `danso dhis2-push` against a local mock of /api/dataValueSets
# (tests/cmd/dhis2_mock.py) that checks the request as DHIS2 does and
# answers with DHIS2's import summaries.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

R="python3 $TOP_SRCDIR/tests/cmd/dhis2_readers.py"
MOCK="$TOP_SRCDIR/tests/cmd/dhis2_mock.py"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z
export LANGUAGE=en

# json FILE EXPR: a python expression over the JSON file's content j.
json() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"; }
# skip DESCRIPTION REASON: a TAP skip.
skip() { _tap_n=$((_tap_n + 1)); echo "ok $_tap_n - $1 # SKIP $2"; }

danso init --commune 10001 --name "Xã 10001" >/dev/null &&
	danso demo --households 120 --months 6 --seed 7 >/dev/null
is "$?" 0 "a demo commune with six months of events"

# ---- monthly: in the package, read by both readers, as the JSON set has it
mkdir -p "$T/m1" "$T/m2" "$T/q" "$T/y" "$T/x"
run export --period 2025-04 --out "$T/m1" --dhis2
is "$rc" 0 "the April package with --dhis2"
D1="$T/m1/danso_10001_202504_r1_dhis2.csv"
J1="$T/m1/danso_10001_202504_r1_dhis2.json"
is "$(head -1 "$D1")" "dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,storedBy,timestamp,comment,followUp" \
	"the ten columns in 2.42's order with the names 2.43 matches"
is "$(tr -cd '\r' <"$D1" | wc -c)" 0 "no carriage return in the DHIS2 file (LF line ends)"
is "$($R compare "$D1" "$J1")" "ok" "monthly: 2.42 and 2.43 read every row, as the JSON set has it"
is "$(json "$J1" 'j["dataSet"], j["period"], j["orgUnit"], j["completeDate"]')" "('DANSO', '202504', '10001', '2025-06-15')" \
	"the JSON set names the data set, period, org unit and completeDate"
is "$(json "$J1" 'len(j["dataValues"])')" "$(($(wc -l <"$D1") - 1))" "the JSON set has the CSV's rows"
is "$(json "$J1" 'sorted(set(k for v in j["dataValues"] for k in v))')" "['dataElement', 'storedBy', 'value']" \
	"default combinations: no categoryOptionCombo key (DHIS2 takes its default)"

# ---- what broke before: the ports tell the old file from the new one
python3 - "$D1" "$T/old.csv" "$T/bom.csv" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
lines = data.decode().split("\n")
lines[0] = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup"
open(sys.argv[2], "wb").write("\r\n".join(lines).encode())
open(sys.argv[3], "wb").write(b"\xef\xbb\xbf" + data)
EOF
is "$($R read242 "$T/old.csv" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" \
	"$(($(wc -l <"$D1") - 1))" "control: 2.42 reads the old file (lower-case names, CRLF) by position"
is "$($R read243 "$T/old.csv" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r), r[0]["categoryOptionCombo"] == "" and "lastupdated" in r[0]["options"])')" \
	"1 True" "control: 2.43 reads the old file as one record with a stray option"
is "$($R read243 "$T/bom.csv" | python3 -c 'import json,sys; print(sorted(set(r["dataElement"] for r in json.load(sys.stdin))))')" \
	"['']" "control: with a BOM, 2.43 loses the data element column"
unlike "$($R compare "$T/old.csv" "$J1")" "^ok$" "control: the comparison fails on the old file"

# ---- quarterly and yearly: the DHIS2 files alone
run export --period 2025-Q1 --out "$T/q" --dhis2
is "$rc" 0 "a quarter with --dhis2"
is "$(ls "$T/q" | tr '\n' ' ')" "danso_10001_2025Q1_r1_dhis2.csv danso_10001_2025Q1_r1_dhis2.json " "the quarter's two files, nothing else"
is "$($R compare "$T/q/danso_10001_2025Q1_r1_dhis2.csv" "$T/q/danso_10001_2025Q1_r1_dhis2.json")" "ok" \
	"quarterly: 2.42 and 2.43 read every row, as the JSON set has it"
is "$($R read243 "$T/q/danso_10001_2025Q1_r1_dhis2.csv" | python3 -c 'import json,sys; print(sorted(set(r["period"] for r in json.load(sys.stdin))))')" \
	"['2025Q1']" "the quarter's period is YYYYQn"
run report --period 2025-Q1 --format csv
births=$(printf '%s' "$out" | python3 -c 'import csv,sys; print(next(r[3] for r in csv.reader(sys.stdin) if r[2] == "births_total"))')
is "$(grep '^DANSO_BIRTHS_TOTAL,' "$T/q/danso_10001_2025Q1_r1_dhis2.csv" | cut -d, -f6)" "$births" "the quarter's values are the quarter's report"
run export --period 2024 --out "$T/y" --dhis2
is "$rc" 0 "a year with --dhis2"
Y="$T/y/danso_10001_2024_r1_dhis2.csv"
is "$($R compare "$Y" "$T/y/danso_10001_2024_r1_dhis2.json")" "ok" "yearly: 2.42 and 2.43 read every row, as the JSON set has it"
is "$($R read242 "$Y" | python3 -c 'import json,sys; print(sorted(set(r["period"] for r in json.load(sys.stdin))))')" \
	"['2024']" "the year's period is YYYY"
run export --period 2025 --out "$T/y" --dhis2
is "$rc" 1 "a year that has not ended is refused"
like "$err" "has not ended" "... saying its figures are not final"
run export --period 2025-Q2 --out "$T/q"
is "$rc" 1 "a quarter without --dhis2 is still refused (a package is one month)"

# ---- --excel --dhis2: the BOM goes on the files for people only
run export --period 2025-03 --out "$T/x" --excel --dhis2
is "$rc" 0 "--excel --dhis2"
is "$(head -c 3 "$T/x/danso_10001_202503_r1_dhis2.csv" | od -An -tx1 | tr -d ' ')" "646174" "no BOM on the DHIS2 file (it starts with \"dat\")"
is "$(head -c 3 "$T/x/danso_10001_202503_r1_events.csv" | od -An -tx1 | tr -d ' ')" "efbbbf" "... the events file keeps its BOM"
is "$($R compare "$T/x/danso_10001_202503_r1_dhis2.csv" "$T/x/danso_10001_202503_r1_dhis2.json")" "ok" \
	"2.42 and 2.43 read the --excel DHIS2 file"

# ---- a correction to zero clears the value in DHIS2
deaths=$(grep '^DANSO_DEATHS_TOTAL,' "$D1" | cut -d, -f6)
is "$deaths" "1" "revision 1 sends April's death"
run unlock --period 2025-04 --reason "the death was entered by mistake"
# the correction: the month's death cancelled (what the interface's cancel does to the event)
sql "UPDATE event SET cancelled = 1 WHERE period = '2025-04' AND kind = 'death'"
run export --period 2025-04 --out "$T/m2" --dhis2
is "$rc" 0 "revision 2 of April"
D2="$T/m2/danso_10001_202504_r2_dhis2.csv"
is "$(grep -c '^DANSO_DEATHS_TOTAL,202504,10001,,,0,' "$D2")" 1 "revision 2 writes DANSO_DEATHS_TOTAL as 0"
is "$($R compare "$D2" "$T/m2/danso_10001_202504_r2_dhis2.json")" "ok" "2.42 and 2.43 read revision 2, zeros included"
is "$($R apply 2.42 "$D1" "$D2" | grep -c '^DANSO_DEATHS_TOTAL,')" 0 "2.42 after both revisions: the death is cleared"
is "$($R apply 2.43 "$D1" "$D2" | grep '^DANSO_DEATHS_TOTAL,')" "DANSO_DEATHS_TOTAL,,0" "2.43 after both revisions: the death is 0"
grep -v ',0,canbo,' "$D2" >"$T/r2-without-zeros.csv"
is "$($R apply 2.43 "$D1" "$T/r2-without-zeros.csv" | grep '^DANSO_DEATHS_TOTAL,')" "DANSO_DEATHS_TOTAL,,1" \
	"control: without the zero (the old file) DHIS2 keeps revision 1's death"
is "$(sql "SELECT group_concat(seq || how, ' ') FROM dhis2_set WHERE period = '2025-04'")" "1export 2export" \
	"both sets are recorded"
is "$(sql "SELECT count(*) FROM dhis2_set_value v JOIN dhis2_set s ON s.id = v.set_id WHERE s.period = '2025-04' AND s.seq = 2 AND v.dataelement = 'DANSO_DEATHS_TOTAL'")" \
	0 "the clearing zero is not recorded as data"

# ---- dhis2-push against the local mock
# mock NAME ARGS...: start the mock (bounded in requests and time); sets $port, $mpid, $mlog.
mock() {
	local name=$1; shift
	mlog="$T/mock-$name.log"
	rm -f "$T/port-$name"
	python3 "$MOCK" --port-file "$T/port-$name" --log "$mlog" --timeout 60 "$@" &
	mpid=$!
	for _ in $(seq 1 100); do [ -s "$T/port-$name" ] && break; sleep 0.1; done
	port=$(cat "$T/port-$name" 2>/dev/null)
}
stop_mock() { kill "$mpid" 2>/dev/null; wait "$mpid" 2>/dev/null; }
printf 'district\n' >"$T/pw"
chmod 600 "$T/pw"

mock ok --reply success --max-requests 3
run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-04
is "$rc" 1 "plain http is refused without --allow-http-local"
like "$err" "only https://" "... saying only https:// is used"
run dhis2-push --url "http://127.0.0.1:$port/" --user admin --password district --period 2025-04
is "$rc" 2 "a password on the command line is a usage error"
run dhis2-push --url "http://127.0.0.1:$port/" --user admin --password-file "$T/pw" --period 2025-04 --allow-http-local
is "$rc" 0 "the push to the mock succeeds"
like "$out" "SUCCESS" "it prints DHIS2's status"
zeros=$(grep -c ',0,canbo,' "$D2")
like "$out" "Sent $(($(wc -l <"$D2") - 1)) values \($zeros zeros clearing earlier values\)\. Imported $(($(wc -l <"$D2") - 1 - zeros)), updated 0, ignored $zeros, deleted 0" \
	"... and the counts (the zeros of values this DHIS2 never had are ignored)"
req=$(head -1 "$mlog")
is "$(printf '%s' "$req" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["method"], r["path"], r["content_type"], r["auth_ok"])')" \
	"POST /api/dataValueSets application/json True" "the request: POST, the path, the content type, basic auth"
is "$(printf '%s' "$req" | python3 -c 'import json,sys; q=json.load(sys.stdin)["query"]; print(q["idScheme"], q["orgUnitIdScheme"], q["importStrategy"], q["dryRun"])')" \
	"code code CREATE_AND_UPDATE false" "the import options: codes, create and update, not a dry run"
printf '%s' "$req" | python3 -c 'import json,sys; print(json.load(sys.stdin)["body"])' >"$T/pushed.json"
is "$(python3 -c 'import json,sys; a, b = (json.load(open(p)) for p in sys.argv[1:]); rows = lambda j: [(v["dataElement"], v["value"]) for v in j["dataValues"]]; print(rows(a) == rows(b), (a["period"], a["orgUnit"]) == (b["period"], b["orgUnit"]))' "$T/pushed.json" "$T/m2/danso_10001_202504_r2_dhis2.json")" \
	"True True" "the rows posted are revision 2's, the zero that clears revision 1's death included"
is "$(sql "SELECT group_concat(seq || how, ' ') FROM dhis2_set WHERE period = '2025-04'")" "1export 2export 3push" \
	"the accepted push is recorded"
unlike "$err" "not exported" "an exported (locked) month gets no warning"
stop_mock

# wrong password: DHIS2's 401
printf 'wrong\n' >"$T/badpw"
chmod 600 "$T/badpw"
mock auth --max-requests 1
run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/badpw" --period 2025-04 --allow-http-local
is "$rc" 1 "a wrong password exits 1"
like "$err" "refused the login \(HTTP 401\)" "... saying DHIS2 refused the login"
stop_mock

# a set with conflicts: WARNING, HTTP 409, the conflicts' messages, exit 1
mock conflict --reply conflict --refuse DANSO_POPULATION_TOTAL --refuse DANSO_HOUSEHOLDS_TOTAL --max-requests 1
run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-Q1 --allow-http-local
is "$rc" 1 "a set DHIS2 refuses in part exits 1"
like "$out" "WARNING" "... printing the status"
like "$out" "ignored 2" "... and the ignored count"
like "$err" "DANSO_POPULATION_TOTAL: Data element not found or not accessible: \`DANSO_POPULATION_TOTAL\` \[E7610\]" \
	"... with DHIS2's conflict messages on stderr"
like "$err" "DANSO_HOUSEHOLDS_TOTAL: Data element not found" "... every one of them"
like "$err" "not exported \(not locked\), so the figures may still change: 2025-01 2025-02$" \
	"... and a warning names the quarter's months no export has locked"
stop_mock

# a set refused whole: ERROR, exit 1, nothing recorded
mock error --reply error --max-requests 1
before=$(sql "SELECT count(*) FROM dhis2_set")
run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-03 --allow-http-local
is "$rc" 1 "a set DHIS2 refuses whole exits 1"
like "$out" "ERROR" "... printing the status"
like "$err" "is after latest open future period .*\[E7641\]" "... and the conflict's message"
is "$(sql "SELECT count(*) FROM dhis2_set")" "$before" "a refused set is not recorded as sent"
stop_mock

# the bare ImportSummary of older DHIS2 and --dry-run
mock bare --reply bare --max-requests 1
cp "$T/pw" "$T/pw-open"
chmod 644 "$T/pw-open"
run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw-open" --period 2025-03 --allow-http-local --dry-run
if on_windows; then
	skip "a password file others can read is named in a warning" "Windows files have ACLs, not modes (docs/windows.md)"
else
	like "$err" "other users can read this password file" "a password file others can read is named in a warning"
fi
is "$rc" 0 "a dry run against an older DHIS2 (bare ImportSummary)"
like "$out" "SUCCESS" "... reads its status"
like "$out" "Dry run" "... and says nothing was stored"
is "$(head -1 "$mlog" | python3 -c 'import json,sys; print(json.load(sys.stdin)["query"]["dryRun"])')" "true" "... dryRun=true is sent"
is "$(sql "SELECT count(*) FROM dhis2_set")" "$before" "a dry run records nothing"
stop_mock

# a mapping file of UIDs, --id-scheme uid and another data set
printf '%s\n' "indicator,dataelement,categoryoptioncombo,store_zero" "population_total,aBcDeFgHiJ1,HllvX50cXC0,1" \
	"households_total,kLmNoPqRsT2,,0" >"$T/map.csv"
mock uid --reply success --max-requests 1
run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2024 --allow-http-local \
	--map "$T/map.csv" --id-scheme uid --dataset pBOMPrpg1QX
is "$rc" 0 "a push with a mapping file of UIDs"
head -1 "$mlog" | python3 -c 'import json,sys; print(json.load(sys.stdin)["body"])' >"$T/uid.json"
is "$(head -1 "$mlog" | python3 -c 'import json,sys; q=json.load(sys.stdin)["query"]; print(q["idScheme"], q["orgUnitIdScheme"])')" \
	"uid code" "... sends idScheme=uid, the org unit still by code"
is "$(json "$T/uid.json" 'sorted((v["dataElement"], v.get("categoryOptionCombo", "")) for v in j["dataValues"][:2]), j["dataSet"]')" \
	"([('aBcDeFgHiJ1', 'HllvX50cXC0'), ('kLmNoPqRsT2', '')], 'pBOMPrpg1QX')" "... the mapped elements, combinations and data set"
is "$(json "$T/uid.json" 'sorted(set(v["value"] for v in j["dataValues"][2:])), len(j["dataValues"]) - 2')" \
	"(['0'], $(($(wc -l <"$Y") - 1)))" "... then a clearing zero for each element the 2024 file sent by code"
stop_mock
run dhis2-push --url "http://127.0.0.1:1" --user admin --password-file "$T/pw" --period 2024 --allow-http-local --id-scheme name
is "$rc" 1 "an --id-scheme other than code or uid is refused"

run dhis2-push --url "http://127.0.0.1:1" --user admin --password-file "$T/pw" --period 2025-06 --allow-http-local
is "$rc" 1 "a month that has not ended is not pushed"
like "$err" "has not ended" "... saying why"
run dhis2-push --url "ftp://127.0.0.1/" --user admin --password-file "$T/pw" --period 2025-03
is "$rc" 1 "an address that is not https is refused"
run dhis2-push --url "https://admin:district@127.0.0.1/" --user admin --password-file "$T/pw" --period 2025-03
is "$rc" 1 "a password inside the address is refused"
run dhis2-push --user admin --period 2025-03
is "$rc" 2 "--url is required"
danso user add --login ctv1 --name "Cộng tác viên" --role collaborator --area 1 >/dev/null 2>&1
DANSO_USER=ctv1 run dhis2-push --url "https://127.0.0.1:1" --user admin --password-file "$T/pw" --period 2025-03
is "$rc" 1 "a collaborator cannot push (the officer's, like the export)"
DANSO_USER=ctv1 run export --period 2025-Q1 --out "$T/q" --dhis2
is "$rc" 1 "... nor export a quarter's DHIS2 files"

run dhis2-push --url "https://127.0.0.1:1" --user admin --period 2025-03 </dev/null
is "$rc" 1 "without a terminal and without --password-file there is no password"
like "$err" "password-file" "... and the message says to use --password-file"

# ---- libcurl is loaded when a push runs (net/http.c), not linked: the
# programs have no NEEDED entry for it, nor for its TLS and authentication
# libraries, and a missing or wrong library is said in plain words
# (DANSO_TEST_CURL_LIB, a test seam, names the file loaded instead).
curl_checks=("control: readelf lists the libraries" "libcurl not linked" "the test build neither"
	"control: the loader's list" "no TLS library in the dependency tree" "a missing libcurl is refused"
	"... saying which file and why" "... nothing sent" "... nothing recorded" "... in Vietnamese too"
	"a library without libcurl's functions is refused" "... nothing sent to it either"
	"the push through the library loaded at run time")
if ! late_libs; then
	for d in "${curl_checks[@]}"; do
		skip "$d" "libcurl is linked (Windows links it statically; --disable-dlopen), or no readelf (binutils)"
	done
else
	like "$(needed "$DANSO_RELEASE")" "libsqlite3" "control: readelf lists the libraries danso is linked with"
	unlike "$(needed "$DANSO_RELEASE")" "libcurl" "libcurl not linked: danso has no NEEDED entry for it ($(needed "$DANSO_RELEASE"))"
	unlike "$(needed "$DANSO")" "libcurl" "the test build neither"
	tree=$(LD_TRACE_LOADED_OBJECTS=1 "$DANSO_RELEASE" 2>&1)
	like "$tree" "libsqlite3" "control: the loader's list of what danso maps at start-up"
	unlike "$tree" "libcurl|libssl|libgnutls|libkrb5|libgssapi|libldap|libssh2|libnghttp2|libp11-kit" \
		"no TLS library in the dependency tree: the interface maps none of them"
	before=$(sql "SELECT count(*) FROM dhis2_set")
	mock nolib --reply success --max-requests 1
	DANSO_TEST_CURL_LIB=libdanso-absent.so.4 run dhis2-push --url "http://127.0.0.1:$port" --user admin \
		--password-file "$T/pw" --period 2025-03 --allow-http-local
	is "$rc" 1 "a missing libcurl is refused"
	like "$err" "Cannot load the network library libdanso-absent\.so\.4 \(libcurl 7\.85 or later\).*libdanso-absent\.so\.4: cannot open" \
		"... saying which file and why"
	like "$err" "Nothing was sent" "... nothing sent"
	is "$(sql "SELECT count(*) FROM dhis2_set")" "$before" "... nothing recorded"
	LANGUAGE=vi DANSO_TEST_CURL_LIB=libdanso-absent.so.4 run dhis2-push --url "http://127.0.0.1:$port" --user admin \
		--password-file "$T/pw" --period 2025-03 --allow-http-local
	like "$err" "Không nạp được thư viện mạng libdanso-absent\.so\.4.*Chưa gửi gì" "... in Vietnamese too"
	DANSO_TEST_CURL_LIB=$(needed "$DANSO_RELEASE" | grep -o 'libsqlite3[^ ]*') \
		run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-03 --allow-http-local
	like "$rc $err" "^1 .*The library libsqlite3[^ ]* has no function curl_version_info: it is not libcurl 7\.85 or later" \
		"a library without libcurl's functions is refused"
	is "$(wc -l <"$mlog" 2>/dev/null || echo 0)" 0 "... nothing sent to it either"
	run dhis2-push --url "http://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-03 \
		--allow-http-local --dry-run
	is "$rc:$(wc -l <"$mlog" 2>/dev/null)" "0:1" "the push through the library loaded at run time"
	stop_mock
fi

# ---- HTTPS with a certificate the test makes (danso.exe uses Windows' own
# TLS, Schannel, whose certificate checks Wine does not reproduce)
if on_windows; then
	for d in "untrusted certificate refused" "HTTPS with --cacert" "HTTPS summary"; do
		skip "$d" "Wine's Schannel does not check certificates as Windows does; untested under Wine (docs/windows.md)"
	done
elif command -v openssl >/dev/null 2>&1 &&
	openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/key.pem" -out "$T/cert.pem" -days 2 \
		-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1; then
	mock tls --reply success --tls "$T/cert.pem" "$T/key.pem" --max-requests 2
	run dhis2-push --url "https://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-03
	is "$rc" 1 "HTTPS to a server whose certificate is not trusted is refused"
	run dhis2-push --url "https://127.0.0.1:$port" --user admin --password-file "$T/pw" --period 2025-03 --cacert "$T/cert.pem"
	is "$rc" 0 "HTTPS with the server's CA (--cacert) succeeds"
	like "$out" "SUCCESS" "... and prints the summary"
	stop_mock
else
	for d in "untrusted certificate refused" "HTTPS with --cacert" "HTTPS summary"; do skip "$d" "openssl cannot make a test certificate"; done
fi

done_testing
