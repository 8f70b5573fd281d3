#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# codes-import: a province replaces code lists without a rebuild.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3

danso init --commune 00004 --name "Xã Thử" >/dev/null || exit 1
dump() { sql "SELECT list||'|'||code||'|'||label_vi FROM code_list ORDER BY list, sort"; }

printf 'list,code,label_vi,label_en\r\ndeath_cause,1,Bệnh không lây nhiễm,Non-communicable disease\r\ndeath_cause,2,Bệnh truyền nhiễm,Communicable disease\r\ndeath_cause,3,Tai nạn giao thông,Road accident\r\neducation,0,Không biết chữ,Illiterate\r\neducation,9,Khác,Other\r\n' > "$T/good.csv"
run codes-import "$T/good.csv"
is "$rc" 0 "a good file is imported"
like "$out" "2 danh mục \(5 mã\)" "and the summary counts lists and codes"
is "$(sql "SELECT group_concat(code||'='||label_vi, ';') FROM (SELECT * FROM code_list WHERE list='death_cause' ORDER BY sort)")" \
	"1=Bệnh không lây nhiễm;2=Bệnh truyền nhiễm;3=Tai nạn giao thông" "death causes replaced in file order"
is "$(sql "SELECT count(*) FROM code_list WHERE list='education'")" 2 "education replaced whole"
is "$(sql "SELECT count(*) FROM code_list WHERE list='ethnicity'")" 55 "lists not in the file are untouched"
is "$(sql "SELECT count(*) FROM audit WHERE entity='code_list' AND action='replace'")" 2 "each replacement audited"

before=$(dump)
printf 'list,code,label_vi,label_en\ndeath_cause,1,A,A\nno_such_list,1,B,B\ndeath_cause,1,C,C\ndeath_cause,x y,D,D\ndeath_cause,4,,E\n' > "$T/bad.csv"
run codes-import "$T/bad.csv"
is "$rc" 1 "a file with bad rows is refused"
like "$err" "bad.csv:3:1: list: danh mục không có" "unknown list reported at line 3 column 1"
like "$err" "bad.csv:4:2: code: mã bị lặp" "repeated code reported at line 4 column 2"
like "$err" "bad.csv:5:2: code: mã phải gồm" "malformed code reported at line 5"
like "$err" "bad.csv:6:3: label_vi: nhãn trống" "empty label reported at line 6 column 3"
like "$err" "không thay đổi gì" "says nothing was changed"
is "$(dump)" "$before" "nothing changed"

printf 'list,code,label_vi,label_en\nfp_method,1,Vòng,IUD\n' > "$T/short.csv"
run codes-import "$T/short.csv"
is "$rc" 1 "a method list without the codes the indicators use is refused"
like "$err" "phải giữ mã 2" "and names the missing code"
is "$(dump)" "$before" "nothing changed"

printf 'list,code\nsex,1\n' > "$T/cols.csv"
run codes-import "$T/cols.csv"
is "$rc" 1 "missing columns refused"
like "$err" "label_vi" "the missing column is named"
printf 'list,code,label_vi,label_en\nrelation,1,Ch\xf6 h\xe9,Head\n' > "$T/legacy.csv"
run codes-import "$T/legacy.csv"
is "$rc" 1 "a file in a legacy encoding is refused"
like "$err" "legacy.csv:2" "at the line of the bad bytes"
run codes-import
is "$rc" 2 "no file is a usage error"
LANGUAGE=en run codes-import "$T/bad.csv"
like "$err" "no such code list" "messages in English with LANGUAGE=en"
# the example shipped in $(datadir)/danso stays a valid file
run codes-import "$TOP_SRCDIR/data/codes-example.csv"
is "$rc" 0 "data/codes-example.csv imports"
is "$(sql "SELECT label_vi FROM code_list WHERE list='education' AND code='6'")" "Đại học" "with its labels"

done_testing
