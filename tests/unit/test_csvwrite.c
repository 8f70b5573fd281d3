/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_csvwrite.c: exact bytes of the CSV writer, excel mode, atomic publish. */
#include "config.h"

#include "domain/error.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "exchange/csvread.h"
#include "exchange/csvwrite.h"
#include "tests/tap.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The whole content of a file (caller frees); *len gets its size. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = xmalloc(65536);

	*len = 0;
	if (fp == NULL)
		return buf;
	*len = fread(buf, 1, 65535, fp);
	buf[*len] = '\0';
	fclose(fp);
	return buf;
}

/* Names in dir, sorted by the directory's order, joined by spaces. */
static void
list_dir(const char *dir, char *out, size_t n)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	out[0] = '\0';
	while (d != NULL && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
			strncat(out, e->d_name, n - strlen(out) - 2);
			strcat(out, " ");
		}
	if (d != NULL)
		closedir(d);
}

/* Quoting only when needed, CRLF, NFC, row count. */
static void
test_plain(const char *dir)
{
	static const char want[] =
		"ho_ten,ghi_chu,so\r\n"
		"Nguyễn Thị Hoà,\"phố Huế, Hà Nội\",-5\r\n"
		"Lê,\"nói \"\"chào\"\"\",\r\n"
		"\"hai\r\ndòng\",=1+1,@x\r\n";
	ds_err err;
	csvw *w = csvw_open(dir, "plain.csv", 0, &err);
	char *path = xasprintf("%s/plain.csv", dir);
	char names[512];
	size_t len;
	char *got;

	ok(w != NULL, "writer opens");
	list_dir(dir, names, sizeof names);
	ok(strstr(names, ".plain.csv.tmp-") != NULL && strstr(names, "plain.csv ") != names,
	   "while writing only the temporary file exists: %s", names);
	ok(csvw_rowl(w, &err, "ho_ten", "ghi_chu", "so", NULL) == 0, "header written");
	/* "Hoà" given decomposed (NFD) must come out composed. */
	ok(csvw_rowl(w, &err, "Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3 Hoa\xcc\x80", "phố Huế, Hà Nội", "-5", NULL) == 0, "row 1");
	ok(csvw_rowl(w, &err, "Lê", "nói \"chào\"", "", NULL) == 0, "row 2");
	ok(csvw_rowl(w, &err, "hai\r\ndòng", "=1+1", "@x", NULL) == 0, "row 3");
	is_int(csvw_rowl(w, &err, "bad \xff", NULL), -1, "invalid UTF-8 refused");
	is_int(csvw_rows(w), 4, "four rows counted");
	is_int(csvw_commit(&w, &err), 0, "commit");
	ok(w == NULL, "commit frees the writer");
	got = slurp(path, &len);
	is_str(got, want, "exact bytes: minimal quoting, doubled quotes, CRLF, NFC, no neutralising without excel");
	list_dir(dir, names, sizeof names);
	is_str(names, "plain.csv ", "after commit no temporary file is left");
	free(got);
	free(path);
}

/* Row callback checking the round trip. */
static int
roundtrip(void *arg, const csvr_row *row, ds_err *err)
{
	strbuf *sb = arg;

	for (size_t i = 0; i < row->nfields; i++)
		strbuf_printf(sb, "%s<%s>", i ? "," : "", row->fields[i]);
	strbuf_puts(sb, ";");
	return 0;
}

/* The reader reads back what the writer wrote. */
static void
test_readback(const char *dir)
{
	char *path = xasprintf("%s/plain.csv", dir);
	csvr *r = csvr_new("plain.csv", CSVR_HEADER);
	strbuf sb;
	ds_err err;

	strbuf_init(&sb);
	ds_err_clear(&err);
	is_int(csvr_parse_file(r, path, roundtrip, &sb, &err), 0, "written file reads back");
	is_str(sb.data, "<Nguyễn Thị Hoà>,<phố Huế, Hà Nội>,<-5>;<Lê>,<nói \"chào\">,<>;<hai\r\ndòng>,<=1+1>,<@x>;",
	       "every field comes back as written");
	strbuf_free(&sb);
	csvr_free(&r);
	free(path);
}

/* Excel mode: BOM and formula neutralising. */
static void
test_excel(const char *dir)
{
	static const char want[] =
		"\xEF\xBB\xBF"
		"'=SUM(A1:A9),-5,'-5+3,'@cmd,'+x,2025-01-31,+84912345678,a=b,'\tx,-0.5,'-\r\n";
	ds_err err;
	csvw *w = csvw_open(dir, "excel.csv", CSVW_EXCEL, &err);
	char *path = xasprintf("%s/excel.csv", dir);
	size_t len;
	char *got;

	ok(csvw_rowl(w, &err, "=SUM(A1:A9)", "-5", "-5+3", "@cmd", "+x", "2025-01-31", "+84912345678", "a=b", "\tx",
		     "-0.5", "-", NULL) == 0, "excel row written");
	is_int(csvw_commit(&w, &err), 0, "commit");
	got = slurp(path, &len);
	is_int(len, strlen(want), "size");
	is_str(got, want, "BOM first; formulas prefixed with '; numbers, dates and inner '=' kept");
	ok(csvw_is_number("-12.5") && !csvw_is_number("-") && !csvw_is_number("1.") && !csvw_is_number("1e5"),
	   "plain number test");
	free(got);
	free(path);
}

/* Abort leaves nothing; errors name the file; SHA-256 of a file. */
static void
test_abort_and_errors(const char *dir)
{
	ds_err err;
	csvw *w = csvw_open(dir, "gone.csv", 0, &err);
	char names[512];
	char *path = xasprintf("%s/plain.csv", dir);
	char hex[65], want[65];
	size_t len;
	char *content;
	FILE *full;

	csvw_rowl(w, &err, "a", "b", NULL);
	csvw_abort(&w);
	ok(w == NULL, "abort frees the writer");
	list_dir(dir, names, sizeof names);
	ok(strstr(names, "gone") == NULL, "abort leaves neither the file nor the temporary: %s", names);

	i18n_set(LANG_EN);
	ds_err_clear(&err);
	ok(csvw_open("/nonexistent-danso-dir", "x.csv", 0, &err) == NULL, "a missing folder is refused");
	ok(strstr(err.msg, "/nonexistent-danso-dir/x.csv") != NULL && strstr(err.msg, "unplugged") != NULL,
	   "message names the file and the likely cause: %s", err.msg);
	full = fopen("/dev/full", "w");
	if (full != NULL) {
		w = csvw_open_stream(full, "full.csv", 0);
		for (int i = 0; i < 2000; i++)
			csvw_rowl(w, &err, "dữ liệu", "đầy", NULL);
		ds_err_clear(&err);
		is_int(csvw_commit(&w, &err), -1, "a full disk is reported");
		ok(strstr(err.msg, "full.csv") != NULL && strstr(err.msg, "disk is full") != NULL, "disk full: %s", err.msg);
		fclose(full);
	} else {
		tap_skip(2, "no /dev/full here to fill");
	}
	i18n_set(LANG_VI);

	content = slurp(path, &len);
	ids_sha256_hex(content, len, want);
	is_int(ids_sha256_file(path, hex, &err), 0, "file hashed");
	is_str(hex, want, "SHA-256 of the file equals that of its bytes");
	is_int(ids_sha256_file("/nonexistent-danso-dir/x", hex, &err), -1, "missing file cannot be hashed");
	free(content);
	free(path);
}

int
main(void)
{
	char *dir = tap_tmpdir();
	char *cmd;

	ids_init();
	test_plain(dir);
	test_readback(dir);
	test_excel(dir);
	test_abort_and_errors(dir);
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		tap_diag("could not remove %s", dir);
	free(cmd);
	free(dir);
	return tap_done();
}
