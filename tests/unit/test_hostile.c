/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_hostile.c: names that look like SQL or spreadsheet formulas are
 * stored as text, found again, and exported as text (CSV writer, excel
 * mode neutralises formulas). */
#include "config.h"

#include "tests/unit/db_fixture.h"
#include "exchange/csvwrite.h"

static const char *const hostile[] = {
	"O'Brien \"Bé\" Nguyễn",
	"Lê; Văn; Tám",
	"'); DROP TABLE member;--",
	"Robert'); DELETE FROM household WHERE ('1'='1",
	"=cmd|' /C calc'!A0",
	"+SUM(1,2)",
	"@HYPERLINK(\"http://x\")",
	"-2+3",
	"Trần \\ Thị %s %n",
};

/* Read the whole file at path (caller frees). */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = xcalloc(1, 65536);

	if (f != NULL) {
		size_t n = fread(buf, 1, 65535, f);
		buf[n] = '\0';
		fclose(f);
	}
	return buf;
}

int
main(void)
{
	db *d = fx_open();
	int64_t area_id = fx_area(d, 1, "Địa bàn 1");
	int64_t hh = fx_household(d, "1", area_id);
	int64_t ids[ARRAY_LEN(hostile)];
	ds_err err = {0};
	char buf[256], *text, *path, *dir = tap_tmpdir();
	csvw *w;

	for (size_t i = 0; i < ARRAY_LEN(hostile); i++)
		ids[i] = fx_member(d, hh, hostile[i], SEX_FEMALE, "1990-01-01", i == 0 ? "1" : "8", "1");
	is_int(fx_int("SELECT count(*) FROM member"), (long long)ARRAY_LEN(hostile), "every hostile name stored");
	is_int(fx_int("SELECT count(*) FROM sqlite_schema WHERE name = 'member'"), 1, "the member table is still there");
	is_int(fx_int("SELECT count(*) FROM household"), 1, "no household was deleted");
	for (size_t i = 0; i < ARRAY_LEN(hostile); i++) {
		member m;
		db_member_get(d, ids[i], &m, &err);
		is_str(m.full_name, hostile[i], "stored as typed: %s", hostile[i]);
	}
	is_str(fx_text("SELECT full_name FROM member WHERE full_name LIKE '%DROP TABLE%'", buf, sizeof buf),
	       hostile[2], "the SQL fragment is a plain value in the table");

	path = xasprintf("%s/names.csv", dir);
	w = csvw_open(dir, "names.csv", CSVW_EXCEL, &err);
	ok(w != NULL, "export file opened");
	for (size_t i = 0; w != NULL && i < ARRAY_LEN(hostile); i++)
		csvw_rowl(w, &err, "x", hostile[i], NULL);
	ok(w != NULL && csvw_commit(&w, &err) == 0, "export written");
	text = slurp(path);
	ok(strstr(text, "x,'=cmd|' /C calc'!A0\r\n") != NULL, "a formula-like name is exported as text ('=)");
	ok(strstr(text, "x,'+SUM(1,2)\r\n") == NULL && strstr(text, "x,\"'+SUM(1,2)\"\r\n") != NULL,
	   "a name with a comma is quoted and neutralised");
	ok(strstr(text, "x,'@HYPERLINK") != NULL || strstr(text, "x,\"'@HYPERLINK") != NULL, "@ is neutralised");
	ok(strstr(text, "x,'); DROP TABLE member;--\r\n") != NULL, "the SQL fragment is exported unchanged");
	ok(strstr(text, "x,Lê; Văn; Tám\r\n") != NULL, "semicolons are plain text");
	ok(strstr(text, "\"O'Brien \"\"Bé\"\" Nguyễn\"") != NULL, "quotes are doubled inside a quoted cell");
	free(text);
	free(path);
	free(dir);
	db_close(&d);
	return tap_done();
}
