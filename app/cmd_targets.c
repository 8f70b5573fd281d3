/* cmd_targets.c: `danso targets-import FILE.csv`: yearly targets per unit.
 *
 * The file has the columns unit,year,indicator,target (the form of
 * shared/data/hanoi-2025-targets.csv). Every row is checked and every
 * mistake reported with file:line:column; if any row is wrong nothing is
 * stored. Otherwise each (unit, year) in the file has its targets replaced
 * by the file's, all in one transaction. */
#include "config.h"

#include "app/args.h"
#include "app/commands.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/util.h"
#include "domain/vntext.h"
#include "db/db.h"
#include "db/targets.h"
#include "db/users.h"
#include "exchange/csvread.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Most errors printed before the rest are only counted. */
#define MAX_ERRORS_SHOWN 50

enum { COL_UNIT, COL_YEAR, COL_INDICATOR, COL_TARGET, COL_COUNT };

typedef struct import_ctx {
	csvr *reader;
	int col[COL_COUNT];      /* index of each column in the file */
	target_row *rows;
	long *lines;             /* the line of each row, for duplicates */
	size_t n, cap;
	int errors;
} import_ctx;

/* Print one row error (the first MAX_ERRORS_SHOWN) and count it. */
static void
row_error(import_ctx *c, const csvr_row *row, int which, const char *fmt, const char *value)
{
	ds_err err = {0};

	c->errors++;
	if (c->errors > MAX_ERRORS_SHOWN)
		return;
	csvr_error_at(c->reader, row, (size_t)c->col[which], &err, fmt, value);
	cmd_print_error(&err);
}

/* The year column: four digits, 1900-2100. */
static int
parse_year(const char *s, int *out)
{
	long y;

	if (strlen(s) != 4 || str_to_long(s, &y) != 0 || y < 1900 || y > 2100)
		return -1;
	*out = (int)y;
	return 0;
}

/* 1 if s is a plain decimal number: optional '-', digits, optional
 * fraction ("85", "0.15", "-0.5"); no exponent, spaces or thousands marks. */
static int
plain_number(const char *s)
{
	int digits = 0;

	if (*s == '-')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits++;
	return digits > 0 && *s == '\0';
}

/* The target column: a finite decimal number in the range of its measure
 * (counts whole and >= 0, percentages 0-100, ratios >= 0, the reduction of
 * the 3rd+ share -100..100 points). */
static int
parse_target(const char *s, const char *indicator, double *out)
{
	char *end;
	double v;
	int idx = indicator_find(indicator);

	if (!plain_number(s))
		return -1;
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || errno != 0 || !isfinite(v))
		return -1;
	if (idx < 0) {
		if (v < -100 || v > 100)
			return -1;
		*out = v;
		return 0;
	}
	if (v < 0 || (indicator_get((indicator_id)idx)->unit == IND_UNIT_PERCENT && v > 100) ||
	    (indicator_get((indicator_id)idx)->unit == IND_UNIT_COUNT && v != floor(v)))
		return -1;
	*out = v;
	return 0;
}

/* The line of an earlier row with the same unit, year and indicator; 0 if none. */
static long
duplicate_of(const import_ctx *c, const target_row *t)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->rows[i].year == t->year && strcmp(c->rows[i].indicator, t->indicator) == 0 &&
		    strcmp(c->rows[i].unit, t->unit) == 0)
			return c->lines[i];
	return 0;
}

/* Check the unit and year of a row into t; 0 ok, -1 after reporting. */
static int
check_unit_year(import_ctx *c, const csvr_row *row, target_row *t)
{
	const char *unit = row->fields[c->col[COL_UNIT]];
	const char *year = row->fields[c->col[COL_YEAR]];
	int rc = 0;

	if (str_empty(unit) || vn_nfc(unit, t->unit, sizeof t->unit) != 0) {
		row_error(c, row, COL_UNIT, L("đơn vị trống hoặc quá dài: \"%s\"", "unit is empty or too long: \"%s\""), unit);
		rc = -1;
	}
	if (parse_year(year, &t->year) != 0) {
		row_error(c, row, COL_YEAR, L("năm không đúng (cần 4 chữ số, 1900–2100): \"%s\"",
		                              "bad year (4 digits, 1900–2100): \"%s\""), year);
		rc = -1;
	}
	return rc;
}

/* Find the columns by their header names (the header has been read and
 * has them all: csvr_require). */
static void
find_columns(import_ctx *c)
{
	static const char *const names[COL_COUNT] = {"unit", "year", "indicator", "target"};

	for (int i = 0; i < COL_COUNT; i++)
		c->col[i] = csvr_index(c->reader, names[i]);
}

/* Check one data row and keep it; errors are reported and counted. */
static int
on_row(void *arg, const csvr_row *row, ds_err *err)
{
	import_ctx *c = arg;
	const char *indicator, *target;
	target_row t = {0};
	int bad;
	long dup;

	(void)err;
	if (c->col[COL_UNIT] < 0)
		find_columns(c);
	indicator = row->fields[c->col[COL_INDICATOR]];
	target = row->fields[c->col[COL_TARGET]];
	bad = check_unit_year(c, row, &t) != 0;
	if (!indicator_target_known(indicator)) {
		row_error(c, row, COL_INDICATOR, L("chỉ số không có trong danh mục (docs/indicators.md): \"%s\"",
		                                   "unknown indicator (see docs/indicators.md): \"%s\""), indicator);
		bad = 1;
	} else {
		str_copy(t.indicator, sizeof t.indicator, indicator);
		if (parse_target(target, indicator, &t.target) != 0) {
			row_error(c, row, COL_TARGET, L("chỉ tiêu không phải số hợp lệ cho chỉ số này: \"%s\"",
			                                "target is not a valid number for this indicator: \"%s\""), target);
			bad = 1;
		}
	}
	if (bad)
		return 0;
	if ((dup = duplicate_of(c, &t)) != 0) {
		char line[32];
		snprintf(line, sizeof line, "%ld", dup);
		row_error(c, row, COL_INDICATOR, L("dòng trùng với dòng %s (cùng đơn vị, năm, chỉ số)",
		                                   "duplicate of line %s (same unit, year, indicator)"), line);
		return 0;
	}
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->rows = xrealloc(c->rows, c->cap * sizeof *c->rows);
		c->lines = xrealloc(c->lines, c->cap * sizeof *c->lines);
	}
	c->lines[c->n] = row->line;
	c->rows[c->n++] = t;
	return 0;
}

/* Read and check the whole file into c; 0 when every row is good. */
static int
read_targets(const char *path, import_ctx *c)
{
	static const char *const names[COL_COUNT] = {"unit", "year", "indicator", "target"};
	ds_err err = {0};

	for (int i = 0; i < COL_COUNT; i++)
		c->col[i] = -1;
	c->reader = csvr_new(path, CSVR_HEADER);
	csvr_require(c->reader, names, COL_COUNT);
	if (csvr_parse_file(c->reader, path, on_row, c, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	if (c->errors > MAX_ERRORS_SHOWN)
		fprintf(stderr, L("danso: ... và %d lỗi nữa\n", "danso: ... and %d more errors\n"),
		        c->errors - MAX_ERRORS_SHOWN);
	if (c->errors > 0) {
		fprintf(stderr, L("danso targets-import: %s: %d lỗi, không lưu chỉ tiêu nào.\n",
		                  "danso targets-import: %s: %d errors, no target was stored.\n"), path, c->errors);
		return -1;
	}
	if (c->n == 0) {
		fprintf(stderr, L("danso targets-import: %s: tệp không có dòng chỉ tiêu nào.\n",
		                  "danso targets-import: %s: the file has no target rows.\n"), path);
		return -1;
	}
	return 0;
}

/* Count the distinct unit-years of the rows. */
static int
unit_years(const import_ctx *c)
{
	int count = 0;

	for (size_t i = 0; i < c->n; i++) {
		size_t j;
		for (j = 0; j < i; j++)
			if (c->rows[j].year == c->rows[i].year && strcmp(c->rows[j].unit, c->rows[i].unit) == 0)
				break;
		count += j == i;
	}
	return count;
}

/* danso targets-import: load yearly targets from a CSV file. */
int
cmd_targets_import(cli_ctx *ctx, int argc, char **argv)
{
	import_ctx c = {0};
	char **files = xcalloc((size_t)argc + 1, sizeof *files);
	int nfiles = 0, rc = EXIT_REFUSED;
	ds_err err = {0};
	user_account u;
	db *d = NULL;

	if (args_parse(argc, argv, NULL, 0, files, &nfiles) != 0 || nfiles != 1) {
		if (nfiles != 1)
			fprintf(stderr, "danso targets-import: %s\n",
			        L("cần đúng một tệp: danso targets-import TỆP.csv",
			          "exactly one file is needed: danso targets-import FILE.csv"));
		free(files);
		return EXIT_USAGE;
	}
	if (read_targets(files[0], &c) == 0 && cmd_open_for_change(ctx, 1, &d, &u) == 0) {
		if (db_targets_replace(d, c.rows, c.n, &err) != 0) {
			cmd_print_error(&err);
		} else {
			printf(L("Đã nạp %zu chỉ tiêu của %d đơn vị-năm từ %s.\n",
			         "Loaded %zu targets of %d unit-years from %s.\n"), c.n, unit_years(&c), files[0]);
			rc = EXIT_OK;
		}
		db_close(&d);
	}
	csvr_free(&c.reader);
	free(c.rows);
	free(c.lines);
	free(files);
	return rc;
}
