/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_csvread.c: the strict CSV reader: quoting, line numbers, encodings, limits. */
#include "config.h"

#include "domain/error.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "exchange/csvread.h"
#include "exchange/legacyenc.h"
#include "tests/tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the callback saw: "line:[f1|f2]" per record, field lines on request. */
typedef struct seen {
	strbuf text;
	int stop_at;   /* record number at which to refuse, 0 never */
	int with_field_lines;
} seen;

/* Row callback recording each record. */
static int
collect(void *arg, const csvr_row *row, ds_err *err)
{
	seen *s = arg;

	if (s->stop_at > 0 && row->record == s->stop_at) {
		ds_err_set(err, "refused record %ld", row->record);
		return 1;
	}
	strbuf_printf(&s->text, "%ld:[", row->line);
	for (size_t i = 0; i < row->nfields; i++) {
		strbuf_printf(&s->text, "%s%s", i ? "|" : "", row->fields[i]);
		if (s->with_field_lines)
			strbuf_printf(&s->text, "@%ld", row->field_lines[i]);
	}
	strbuf_puts(&s->text, "]");
	return 0;
}

/* Parse text (len bytes) with the given options; returns the rc and fills
 * out with the transcript and err. */
static int
parse(const char *text, size_t len, int options, seen *out, ds_err *err)
{
	csvr *r = csvr_new("t.csv", options);
	int rc;

	strbuf_init(&out->text);
	ds_err_clear(err);
	rc = csvr_parse_buffer(r, text, len, collect, out, err);
	csvr_free(&r);
	return rc;
}

/* Parse the same text one byte per csvr_feed call. */
static int
parse_bytewise(const char *text, size_t len, int options, seen *out, ds_err *err)
{
	csvr *r = csvr_new("t.csv", options);
	int rc = 0;

	strbuf_init(&out->text);
	ds_err_clear(err);
	for (size_t i = 0; i < len && rc == 0; i++)
		rc = csvr_feed(r, text + i, 1, collect, out, err);
	if (rc == 0)
		rc = csvr_finish(r, collect, out, err);
	csvr_free(&r);
	return rc;
}

/* Quoting, embedded line breaks and the line numbers that follow them. */
static void
test_quoting(void)
{
	static const char text[] =
		"name,note\r\n"
		"\"Nguyễn, Văn A\",\"He said \"\"hi\"\"\"\r\n"
		"B,\"two\r\nlines\"\r\n"
		"C,\"three\nmore\nlines\"\n"
		"\r\n"
		"D,  spaced  \n"
		"E,";
	seen s = {.with_field_lines = 1};
	ds_err err;

	is_int(parse(text, strlen(text), 0, &s, &err), 0, "quoted fields parse");
	is_str(s.text.data,
	       "1:[name@1|note@1]2:[Nguyễn, Văn A@2|He said \"hi\"@2]3:[B@3|two\r\nlines@3]"
	       "5:[C@5|three\nmore\nlines@5]9:[D@9|  spaced  @9]10:[E@10|@10]",
	       "commas, doubled quotes, CRLF and LF inside quotes; lines count them; blank line skipped; spaces kept");
	strbuf_free(&s.text);

	is_int(parse_bytewise(text, strlen(text), 0, &s, &err), 0, "same text fed one byte at a time");
	is_str(s.text.data,
	       "1:[name@1|note@1]2:[Nguyễn, Văn A@2|He said \"hi\"@2]3:[B@3|two\r\nlines@3]"
	       "5:[C@5|three\nmore\nlines@5]9:[D@9|  spaced  @9]10:[E@10|@10]",
	       "byte-at-a-time feeding gives the same records and lines");
	strbuf_free(&s.text);
}

/* Header mode, BOM, CR-only ends, column counts, required columns. */
static void
test_header(void)
{
	static const char bom[] = "\xEF\xBB\xBFid,ten\r\n1,An\r2,Bình\n";
	static const char wrong[] = "id,ten\n1,An\n2,Bình,extra\n";
	static const char dup[] = "id,ten,id\n";
	seen s = {0};
	ds_err err;
	csvr *r;

	is_int(parse(bom, strlen(bom), CSVR_HEADER, &s, &err), 0, "BOM file parses");
	is_str(s.text.data, "2:[1|An]3:[2|Bình]", "BOM stripped, header kept back, CR-only line end counted");
	strbuf_free(&s.text);
	is_int(parse_bytewise(bom, strlen(bom), CSVR_HEADER, &s, &err), 0, "BOM split over feeds");
	is_str(s.text.data, "2:[1|An]3:[2|Bình]", "BOM split over feeds is still stripped");
	strbuf_free(&s.text);

	is_int(parse(wrong, strlen(wrong), CSVR_HEADER, &s, &err), -1, "wrong column count refused");
	is_int(err.line, 3, "column count error on line 3");
	ok(strstr(err.msg, "3") != NULL && strstr(err.msg, "2") != NULL, "message gives found and expected: %s", err.msg);
	is_str(s.text.data, "2:[1|An]", "rows before the bad one were delivered");
	strbuf_free(&s.text);

	is_int(parse(dup, strlen(dup), CSVR_HEADER, &s, &err), -1, "duplicate header refused");
	ok(strstr(err.msg, "\"id\"") != NULL && err.column == 3, "duplicate names the column: %s", err.msg);
	strbuf_free(&s.text);

	is_int(parse("", 0, CSVR_HEADER, &s, &err), -1, "empty file refused when a header is expected");
	strbuf_free(&s.text);

	r = csvr_new("t.csv", CSVR_HEADER);
	csvr_require(r, (const char *const[]){"id", "ho_ten", "ngay_sinh"}, 3);
	strbuf_init(&s.text);
	ds_err_clear(&err);
	is_int(csvr_parse_buffer(r, wrong, strlen(wrong), collect, &s, &err), -1, "missing required columns refused");
	ok(strstr(err.msg, "ho_ten, ngay_sinh") != NULL && err.line == 1, "both missing names given: %s", err.msg);
	csvr_free(&r);
	strbuf_free(&s.text);
}

/* Lookup by name and csvr_error_at in a callback. */
static int
check_codes(void *arg, const csvr_row *row, ds_err *err)
{
	csvr *r = arg;
	int col = csvr_index(r, "ma");

	if (strcmp(csvr_field(r, row, "ma"), "X") == 0)
		return csvr_error_at(r, row, (size_t)col, err, "mã không hợp lệ: %s", row->fields[col]);
	return 0;
}

/* Index helpers and errors raised by the caller. */
static void
test_lookup(void)
{
	static const char text[] = "ten,ma\n\"An\nBình\",A\n\"Chi\nDũng\",X\n";
	csvr *r = csvr_new("ds.csv", CSVR_HEADER);
	ds_err err;
	char buf[600];

	ds_err_clear(&err);
	is_int(csvr_parse_buffer(r, text, strlen(text), check_codes, r, &err), -1, "callback refusal stops the parse");
	is_int(csvr_index(r, "ma"), 1, "index of a column");
	is_int(csvr_index(r, "khong_co"), -1, "absent column is -1");
	ds_err_format(&err, buf, sizeof buf);
	is_str(buf, "ds.csv:5:2: ma: mã không hợp lệ: X", "caller's error names file, the field's own line, column and header");
	csvr_free(&r);
}

/* Strict quoting errors and a callback stopping the parse. */
static void
test_errors(void)
{
	static const char open_quote[] = "a,b\n1,\"never\nclosed\n";
	static const char stray[] = "a,b\n1,x\"y\n";
	static const char after[] = "a,b\n\"1\"x,2\n";
	static const char three[] = "a\n1\n2\n3\n";
	seen s = {0};
	ds_err err;

	is_int(parse(open_quote, strlen(open_quote), 0, &s, &err), -1, "unterminated quote refused at the end");
	is_int(err.line, 2, "the open quote's line is named");
	ok(strstr(err.msg, "2") != NULL, "message says where it opened: %s", err.msg);
	strbuf_free(&s.text);

	is_int(parse(stray, strlen(stray), 0, &s, &err), -1, "quote inside an unquoted field refused");
	ok(err.line == 2 && err.column == 2, "at line 2 column 2 (got %ld:%d)", err.line, err.column);
	strbuf_free(&s.text);
	is_int(parse(after, strlen(after), 0, &s, &err), -1, "text after a closing quote refused");
	is_int(err.line, 2, "on line 2");
	strbuf_free(&s.text);

	s.stop_at = 2;
	is_int(parse(three, strlen(three), CSVR_HEADER, &s, &err), -1, "callback returning non-zero stops");
	is_str(err.msg, "refused record 2", "the callback's own message is kept");
	is_str(s.text.data, "2:[1]", "nothing after the refused record is delivered");
	strbuf_free(&s.text);
}

/* Parse text and return the error message (static buffer). */
static const char *
error_of(const char *text, long *line, int *column)
{
	static ds_err err;
	seen s = {0};

	parse(text, strlen(text), CSVR_HEADER, &s, &err);
	strbuf_free(&s.text);
	*line = err.line;
	*column = err.column;
	return err.msg;
}

/* Invalid UTF-8 and the legacy encodings it is named as. */
static void
test_encodings(void)
{
	static const char tcvn3[] = "ho_ten,ten,dia_chi,xa\n"
		"Nguy\xd4n V\xa8n \xa7\xf8" "c,L\xaa Th\xde Ho\xb5,\xcap M\xfc Ph\xad\xed" "c,x\xb7 T\xa9n H\xe9i\n";
	static const char viscii[] = "ho_ten,ten,dia_chi,xa\n"
		"Nguy\xadn V\xe5n \xd0\xd1" "c,L\xea Th\xb8 Ho\xe0,\xa4p M\xdb Ph\xdf\xbe" "c,x\xe3 T\xe2n H\xb5i\n";
	static const char vni[] = "ho_ten,ten,dia_chi,xa\n"
		"Nguye\xe3n Va\xean \xd1\xf6\xf9" "c,Le\xe2 Th\xf2 Hoa\xf8,a\xe1p My\xf5 Ph\xf6\xf4\xf9" "c,xa\xf5 Ta\xe2n Ho\xe4i\n";
	static const char cp1252[] = "ho_ten,ten,dia_chi,xa\n"
		"Caf\xe9 M\xfcller,Se\xf1or Garc\xed" "a,\xd8rsted Stra\xdf" "e,ok\n";
	static const char late[] = "a,b\n1,2\n3,\"x\ny\nz\xc3\"\n";
	const char *msg;
	long line;
	int col;

	i18n_set(LANG_VI);
	msg = error_of(tcvn3, &line, &col);
	ok(strstr(msg, "TCVN3 (ABC)") != NULL && strstr(msg, "UTF-8") != NULL, "TCVN3 line named: %s", msg);
	ok(line == 2 && col == 1, "at line 2 column 1 (got %ld:%d)", line, col);
	msg = error_of(viscii, &line, &col);
	ok(strstr(msg, "VISCII") != NULL && strstr(msg, "TCVN3") == NULL, "VISCII line named: %s", msg);
	msg = error_of(vni, &line, &col);
	ok(strstr(msg, "VNI-Windows") != NULL, "VNI line named: %s", msg);
	msg = error_of(cp1252, &line, &col);
	ok(strstr(msg, "Windows-1252") != NULL, "Windows-1252 line not misnamed: %s", msg);
	i18n_set(LANG_EN);
	msg = error_of(late, &line, &col);
	ok(strstr(msg, "not UTF-8") != NULL, "English message: %s", msg);
	ok(line == 5 && col == 2, "bad byte inside a multi-line field: line 5 column 2 (got %ld:%d)", line, col);
	{
		seen s = {0};
		ds_err err;

		is_int(parse("a\n\"x\0y\"\n", 8, 0, &s, &err), -1, "a NUL byte is refused");
		ok(strstr(err.msg, "NUL") != NULL && err.line == 2, "NUL named on line 2: %s", err.msg);
		strbuf_free(&s.text);
	}
	i18n_set(LANG_VI);

	is_int(legacyenc_guess("plain ascii", 11), LEGACY_UNKNOWN, "ASCII is no legacy encoding");
	is_int(legacyenc_guess("Nguy\xd4n V\xa8n", 10), LEGACY_TCVN3, "guess on a name alone: TCVN3");
	is_int(legacyenc_guess("Zq\x81x\x9d Tr\xa0", 9), LEGACY_UNKNOWN, "nonsense bytes: unknown");
}

/* Records or lines over the limits are refused without using the memory. */
static void
test_limits(void)
{
	size_t big = 2 * 1024 * 1024;
	char *text = xmalloc(big + 16);
	seen s = {0};
	ds_err err;

	memcpy(text, "a\n", 2);
	memset(text + 2, 'x', big);
	text[big + 2] = '\n';
	is_int(parse(text, big + 3, 0, &s, &err), -1, "a 2 MiB line is refused");
	is_int(err.line, 2, "refused on line 2: %s", err.msg);
	strbuf_free(&s.text);

	/* 32 quoted fields of 63 KiB: each field fits, the line does not. */
	memcpy(text, "a\n", 2);
	for (size_t f = 0, at = 2; f < 32; f++) {
		text[at] = '"';
		memset(text + at + 1, 'y', 63 * 1024);
		at += 63 * 1024 + 1;
		memcpy(text + at, f < 31 ? "\"," : "\"\n", 2);
		at += 2;
	}
	is_int(parse(text, 2 + 32 * (63 * 1024 + 3), 0, &s, &err), -1, "a 2 MiB line of fields that each fit is refused");
	ok(err.line == 2 && strstr(err.msg, "MiB") != NULL, "line 2 longer than 1 MiB: %s", err.msg);
	strbuf_free(&s.text);

	memset(text, 'x', 70 * 1024);
	text[0] = '"';
	for (size_t i = 1; i < 70 * 1024; i += 100)
		text[i] = '\n';
	text[70 * 1024] = '"';
	is_int(parse(text, 70 * 1024 + 1, 0, &s, &err), -1, "a quoted 70 KiB field over many short lines is refused");
	ok(err.line == 1 && strstr(err.msg, "KiB") != NULL, "field too long from line 1: %s", err.msg);
	strbuf_free(&s.text);
	free(text);
}

/* Reading a file bigger than one chunk, and a missing file. */
static void
test_file(void)
{
	char *dir = tap_tmpdir();
	char *path = xasprintf("%s/big.csv", dir);
	FILE *fp = fopen(path, "wb");
	seen s = {0};
	csvr *r;
	ds_err err;
	long rows = 0;

	fputs("stt,ho_ten\n", fp);
	for (int i = 1; i <= 5000; i++)
		fprintf(fp, "%d,\"Trần Thị\nMai %d\"\r\n", i, i);
	fclose(fp);
	r = csvr_new("big.csv", CSVR_HEADER);
	strbuf_init(&s.text);
	ds_err_clear(&err);
	is_int(csvr_parse_file(r, path, collect, &s, &err), 0, "a 150 KiB file is read in chunks");
	for (const char *p = s.text.data; (p = strstr(p, ":[")) != NULL; p++)
		rows++;
	is_int(rows, 5000, "every record delivered");
	ok(strstr(s.text.data, "10000:[5000|Trần Thị\nMai 5000]") != NULL, "last record starts on line 10000");
	csvr_free(&r);
	strbuf_free(&s.text);

	r = csvr_new("missing.csv", 0);
	is_int(csvr_parse_file(r, "/nonexistent/missing.csv", collect, &s, &err), -1, "a missing file is an error");
	is_str(err.file, "missing.csv", "the error names the file");
	csvr_free(&r);
	remove(path);
	remove(dir);
	free(path);
	free(dir);
}

int
main(void)
{
	test_quoting();
	test_header();
	test_lookup();
	test_errors();
	test_encodings();
	test_limits();
	test_file();
	return tap_done();
}
