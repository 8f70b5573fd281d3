#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Files for spreadsheets: the --xlsx workbook of the export package and of
# `report`, read back with openpyxl and opened by LibreOffice; the --excel
# CSV keeping leading zeros. (docs/format.md, "The workbook")
. "${TOP_SRCDIR:-.}/tests/lib.sh"

PY=/usr/bin/python3
CHECK="$PY $TOP_SRCDIR/tests/cmd/xlsx_check.py"
TOOL="python3 $TOP_SRCDIR/tests/cmd/package_tool.py"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z
P=2025-05

if ! $PY -c 'import openpyxl' 2>/dev/null; then
	echo "1..0 # SKIP python3-openpyxl is not installed (./setup.sh test installs it)"
	exit 0
fi

danso init --commune 00004 --name "Phường Ba Đình" --province 01 --upper "TTYT khu vực Ba Đình" >/dev/null
danso demo --households 120 --months 5 --seed 7 >/dev/null
mkdir -p "$T/out" "$T/plain"

# ---- export --xlsx: the workbook is a file of the package
run export --period $P --out "$T/out" --xlsx --excel
is "$rc" 0 "export --xlsx --excel succeeds"
B="$T/out/danso_00004_202505_r1_workbook.xlsx"
M="$T/out/danso_00004_202505_r1_manifest.csv"
R="$T/out/danso_00004_202505_r1_report.csv"
E="$T/out/danso_00004_202505_r1_events.csv"
ok "the workbook is in the package" test -s "$B"
owner_only "$B" 600 "it is owner-only like the other files"
is "$($TOOL check "$M")" "ok" "the manifest lists it with its SHA-256 (format version 3)"
is "$($TOOL column "$M" value | sed -n 2p)" 3 "a package with a workbook says format_version 3 (indicators v2)"
is "$(ls -a "$T/out" | grep -c '^\.')" 2 "no temporary file is left"

is "$($CHECK report "$B" "$R")" ok "the report sheet holds every indicator of report.csv, numbers as numbers"
is "$($CHECK events "$B" "$E")" ok "the events sheet holds every row of events.csv, codes and IDs as text"
head=$($CHECK heading "$B" "Báo cáo")
like "$head" "^TTYT khu vực Ba Đình \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "the national heading beside the receiving unit"
like "$head" "Phường Ba Đình \(mã 00004\) \| Độc lập - Tự do - Hạnh phúc" "the reporting unit with its code"
like "$head" "Kỳ báo cáo: tháng 05/2025 \(01/05/2025 – 31/05/2025\)" "the period with its days"
like "$head" "NGƯỜI LẬP BIỂU \| THỦ TRƯỞNG ĐƠN VỊ" "the signature block"
ids=$($PY - "$B" <<'EOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[1]
head = [c.value for c in ws[1]]
i = head.index("person_id")
print(" ".join(sorted({str(r[i]) for r in ws.iter_rows(min_row=2, values_only=True) if r[i]})[:3]))
EOF
)
like "$ids" "^0[0-9]{11}( 0[0-9]{11})*$" "12-digit citizen IDs keep their leading zero in the workbook"

# ---- the --excel CSV keeps leading zeros in a documented text form
like "$(sed -n 2p "$R")" '^"=""00004""",' "--excel writes the commune code as =\"00004\""
unlike "$(cat "$T/out/danso_00004_202505_r1_manifest.csv")" '=""' "the manifest, for machines, is left as it is"
rm -f "$T/upper.db"
DANSO_DB="$T/upper.db" danso init --commune 00001 --name "Quận Ba Đình" >/dev/null
DANSO_DB="$T/upper.db" run import "$M"
is "$rc" 0 "the upper level imports a package with a workbook and codes in text form"
is "$(sqlite3 "$T/upper.db" "SELECT DISTINCT commune_code FROM import_package")" 00004 "the code arrives as 00004"

# ---- refusals: a changed workbook, a workbook in a version-1 manifest
cp -r "$T/out" "$T/bad"
printf 'x' >> "$T/bad/danso_00004_202505_r1_workbook.xlsx"
DANSO_DB="$T/upper2.db" danso init --commune 00001 --name "Quận" >/dev/null
DANSO_DB="$T/upper2.db" run import "$T/bad/danso_00004_202505_r1_manifest.csv"
is "$rc" 1 "a workbook changed after the export is refused"
like "$err" "workbook.xlsx.*SHA-256" "naming the file and its checksum"
cp -r "$T/out" "$T/v1"
sed -i 's/^format_version,3/format_version,1/' "$T/v1/danso_00004_202505_r1_manifest.csv"
DANSO_DB="$T/upper2.db" run import "$T/v1/danso_00004_202505_r1_manifest.csv"
is "$rc" 1 "a workbook listed in a version-1 manifest is refused"
like "$err" "cần định dạng phiên bản 2" "saying the part needs format version 2"
is "$(sqlite3 "$T/upper2.db" "SELECT count(*) FROM import_package")" 0 "nothing was imported from either"

# ---- without --xlsx: no workbook, three files, still version 3 (its report holds indicators v2)
run unlock --period $P --reason "thử lại"
run export --period $P --out "$T/plain"
is "$(ls "$T/plain" | tr '\n' ' ')" "danso_00004_202505_r2_events.csv danso_00004_202505_r2_manifest.csv danso_00004_202505_r2_report.csv " \
	"without --xlsx the package has no workbook"
is "$($TOOL column "$T/plain/danso_00004_202505_r2_manifest.csv" value | sed -n 2p)" 3 "and says format version 3 all the same"
unlike "$(cat "$T/plain/danso_00004_202505_r2_report.csv")" '=""' "without --excel codes are plain"

# ---- report --xlsx: a quarter with the year's targets
cat > "$T/targets.csv" <<'EOF'
unit,year,indicator,target
Phường Ba Đình,2025,prenatal_screening_pct,85
Phường Ba Đình,2025,births_total,30
Phường Ba Đình,2025,sex_ratio_at_birth_max,110
EOF
run targets-import "$T/targets.csv"
is "$rc" 0 "targets for the commune load"
run report --period 2025-Q2 --xlsx "$T/q2.xlsx"
is "$rc" 0 "report --xlsx writes a workbook"
run report --period 2025-Q2 --format csv
printf '%s\n' "$out" | python3 -c 'import csv,sys; w=csv.writer(sys.stdout); [w.writerow(r[:5]) for r in csv.reader(sys.stdin)]' > "$T/q2.csv"
is "$($CHECK report "$T/q2.xlsx" "$T/q2.csv")" ok "its values are the CSV report's"
tg=$($CHECK targets "$T/q2.xlsx")
like "$tg" "^births_total 30 [0-9]+ -?[0-9]+ (đạt|chưa đạt)$" "a count target with its actual, gap and verdict"
like "$tg" "prenatal_screening_pct 85 [0-9.]+ -?[0-9.]+ (đạt|chưa đạt)" "a rate target too"
like "$tg" "^sex_ratio_at_birth_max 110 ([0-9.]+ -?[0-9.]+ (đạt|chưa đạt)|– – –)$" "and an upper bound (_max)"
is "$($PY -c '
import csv, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
row = [r for r in ws.iter_rows(values_only=True) if r[2] == "tfr"][0]
want = [r for r in csv.DictReader(open(sys.argv[2])) if r["indicator"] == "tfr"][0]
print("ok" if (str(row[4]), str(row[5])) == (want["numerator"], want["denominator"]) else (row, want))' \
	"$T/q2.xlsx" <(printf '%s\n' "$out"))" ok "the TFR row shows the births and women it rests on, as the CSV"
LANGUAGE=en run report --period 2025-Q2 --xlsx "$T/q2en.xlsx"
like "$($CHECK heading "$T/q2en.xlsx" Report)" "POPULATION REPORT" "in English with the interface language"
run report --period 2025-Q2 --xlsx "$T/no/such/folder/q2.xlsx"
is "$rc" 1 "a workbook into a missing folder is refused"
like "$err" "q2.xlsx" "naming the file"

# ---- libxlsxwriter is loaded when a workbook is written (exchange/xlsx.c),
# not linked: neither it nor the crypto library it needs is mapped by a
# process that writes none; a missing or wrong library is said plainly
# (DANSO_TEST_XLSX_LIB, a test seam, names the file loaded instead).
xlsx_checks=("libxlsxwriter not linked" "the test build neither" "nor its crypto and zip libraries at start-up"
	"a missing libxlsxwriter is refused" "... saying which file and why" "... no workbook, no temporary file"
	"... in Vietnamese too" "an export --xlsx without it is refused" "... and publishes no package"
	"a library without libxlsxwriter's functions is refused")
if ! late_libs; then
	for d in "${xlsx_checks[@]}"; do
		echo "ok $((_tap_n += 1)) # SKIP $d: libxlsxwriter is linked (Windows links it statically; --disable-dlopen), or no readelf"
	done
else
	unlike "$(needed "$DANSO_RELEASE")" "libxlsxwriter" "libxlsxwriter not linked ($(needed "$DANSO_RELEASE"))"
	unlike "$(needed "$DANSO")" "libxlsxwriter" "the test build neither"
	unlike "$(LD_TRACE_LOADED_OBJECTS=1 "$DANSO_RELEASE" 2>&1)" "libxlsxwriter|libcrypto|libminizip" \
		"nor its crypto and zip libraries at start-up"
	mkdir -p "$T/nolib"
	LANGUAGE=en DANSO_TEST_XLSX_LIB=libdanso-absent.so.4 run report --period 2025-Q2 --xlsx "$T/nolib/q2.xlsx"
	is "$rc" 1 "a missing libxlsxwriter is refused"
	like "$err" "Cannot load the library libdanso-absent\.so\.4 \(libxlsxwriter\).*libdanso-absent\.so\.4: cannot open.*Nothing was written" \
		"... saying which file and why"
	is "$(ls -A "$T/nolib")" "" "... no workbook, no temporary file"
	LANGUAGE=vi DANSO_TEST_XLSX_LIB=libdanso-absent.so.4 run report --period 2025-Q2 --xlsx "$T/nolib/q2.xlsx"
	like "$err" "Không nạp được thư viện libdanso-absent\.so\.4 \(libxlsxwriter\).*Chưa ghi gì" "... in Vietnamese too"
	DANSO_TEST_XLSX_LIB=libdanso-absent.so.4 run export --period 2025-04 --out "$T/nolib" --xlsx
	like "$rc $err" "^1 .*libdanso-absent" "an export --xlsx without it is refused"
	is "$(ls -A "$T/nolib")" "" "... and publishes no package"
	LANGUAGE=en DANSO_TEST_XLSX_LIB=$(needed "$DANSO_RELEASE" | grep -o 'libsqlite3[^ ]*') \
		run report --period 2025-Q2 --xlsx "$T/nolib/q2.xlsx"
	like "$rc $err" "^1 .*The library libsqlite3[^ ]* has no function workbook_new_opt: it is not libxlsxwriter" \
		"a library without libxlsxwriter's functions is refused"
fi

# ---- the upper level: one column per commune and a total
DANSO_DB="$T/c2.db" danso init --commune 00007 --name "Phường Phúc Xá" >/dev/null
DANSO_DB="$T/c2.db" danso demo --households 80 --months 5 --seed 9 >/dev/null
mkdir -p "$T/out2"
DANSO_DB="$T/c2.db" danso export --period $P --out "$T/out2" >/dev/null
DANSO_DB="$T/upper.db" run import "$T/out2/danso_00007_202505_r1_manifest.csv"
DANSO_DB="$T/upper.db" run report --period $P --by-commune --xlsx "$T/bc.xlsx"
is "$rc" 0 "report --by-commune --xlsx at the upper level"
cols=$($CHECK columns "$T/bc.xlsx")
is "$(printf '%s\n' "$cols" | awk '$1=="births_total"{print ($2+$3==$4) ? "sum" : "no"}')" sum \
	"the total column is the sum of the communes"
like "$($CHECK heading "$T/bc.xlsx" "Theo xã")" "Phường Ba Đình.*00004.*Phường Phúc Xá.*00007|Phường Ba Đình" "communes named in the column headings"
printf 'unit,year,indicator,target\nQuận Ba Đình,2025,births_total,100\n' > "$T/district.csv"
DANSO_DB="$T/upper.db" run targets-import "$T/district.csv"
DANSO_DB="$T/upper.db" run targets-unit set "Quận Ba Đình"

DANSO_DB="$T/upper.db" run report --period $P --by-commune --xlsx "$T/bc2.xlsx"
# only May is held: the year to date of a flow is not known, never a part of it
is "$($CHECK targets "$T/bc2.xlsx")" "births_total 100 – – –" \
	"the by-commune workbook ends with the total's targets of the upper level's unit"

# ---- LibreOffice opens the workbook and the --excel CSV
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
	mkdir -p "$T/pdf" "$T/lohome"
	HOME="$T/lohome" timeout 120 soffice --headless --norestore --convert-to pdf --outdir "$T/pdf" "$B" >/dev/null 2>&1
	txt=$(pdftotext -layout "$T/pdf/danso_00004_202505_r1_workbook.pdf" - 2>/dev/null)
	like "$txt" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "LibreOffice shows the workbook's heading with its diacritics"
	like "$txt" "Phường Ba Đình \(mã 00004\)" "and the commune code with its zeros"
	rate=$($TOOL column "$R" value | sed -n '/\./p' | head -1)
	like "$txt" "$rate" "and a rate as the number $rate"
	cp "$E" "$T/ev.csv"
	HOME="$T/lohome" timeout 120 soffice --headless --norestore --infilter="CSV:44,34,76,1" --convert-to pdf \
		--outdir "$T/pdf" "$T/ev.csv" >/dev/null 2>&1
	like "$(pdftotext -layout "$T/pdf/ev.pdf" - 2>/dev/null)" "[0-9a-f]{32} +00004 +2025-05" \
		"LibreOffice shows the --excel events CSV with the commune code 00004"
else
	for i in 1 2 3 4; do echo "ok $((_tap_n + i)) # SKIP LibreOffice (libreoffice-calc-nogui) or pdftotext (poppler-utils) is not installed"; done
	_tap_n=$((_tap_n + 4))
fi

done_testing
