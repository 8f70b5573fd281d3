/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* targets_file.c: reading and checking a yearly targets file. */
#include "config.h"

#include "exchange/targets_file.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/util.h"
#include "domain/vntext.h"
#include "exchange/csvread.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COL_UNIT, COL_YEAR, COL_INDICATOR, COL_TARGET, COL_COUNT };

typedef struct import_ctx {
	csvr *reader;
	int col[COL_COUNT];      /* index of each column in the file */
	targets_file *out;
	size_t cap;
	long *lines;             /* the line of each row, for duplicates */
	targets_error_fn on_error;
	void *arg;
} import_ctx;

/* Report one row error to the caller and count it. */
static void
row_error(import_ctx *c, const csvr_row *row, int which, const char *fmt, const char *value)
{
	ds_err err = {0};

	c->out->errors++;
	csvr_error_at(c->reader, row, (size_t)c->col[which], &err, fmt, value);
	if (c->on_error != NULL)
		c->on_error(c->arg, &err);
}

/* The year column: four digits in the range of domain/date.h. */
static int
parse_year(const char *s, int *out)
{
	if (!date_is_year_only(s))
		return -1;
	*out = date_year(s);
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
	int idx = indicator_target_measure(indicator);

	if (!plain_number(s))
		return -1;
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || errno != 0 || !isfinite(v))
		return -1;
	if (idx < 0) {
		if (v < (strcmp(indicator, TARGET_SHARE) == 0 ? 0 : -100) || v > 100)
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
	for (size_t i = 0; i < c->out->n; i++)
		if (c->out->rows[i].year == t->year && strcmp(c->out->rows[i].indicator, t->indicator) == 0 &&
		    strcmp(c->out->rows[i].unit, t->unit) == 0)
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
	if (indicator_target_legacy_max(indicator)) {
		char fixed[TARGET_INDICATOR_LEN + 8];
		snprintf(fixed, sizeof fixed, "%s%s", indicator, TARGET_MAX_SUFFIX);
		row_error(c, row, COL_INDICATOR, L("đây là mức trần: viết \"%s\" (chỉ tiêu không có _max là mức sàn)",
		                                   "this is an upper bound: write \"%s\" (a target without _max is a floor)"),
		          fixed);
		bad = 1;
	} else if (!indicator_target_known(indicator)) {
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
	if (c->out->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->out->rows = xrealloc(c->out->rows, c->cap * sizeof *c->out->rows);
		c->lines = xrealloc(c->lines, c->cap * sizeof *c->lines);
	}
	c->lines[c->out->n] = row->line;
	c->out->rows[c->out->n++] = t;
	return 0;
}

/* Start a parse of a file called name into out. */
static void
ctx_init(import_ctx *c, const char *name, targets_file *out, targets_error_fn on_error, void *arg)
{
	static const char *const names[COL_COUNT] = {"unit", "year", "indicator", "target"};

	memset(c, 0, sizeof *c);
	memset(out, 0, sizeof *out);
	for (int i = 0; i < COL_COUNT; i++)
		c->col[i] = -1;
	c->out = out;
	c->on_error = on_error;
	c->arg = arg;
	c->reader = csvr_new(name, CSVR_HEADER);
	csvr_require(c->reader, names, COL_COUNT);
}

/* Finish a parse: free the reader's state, keep the rows. */
static int
ctx_done(import_ctx *c, int rc)
{
	csvr_free(&c->reader);
	free(c->lines);
	return rc;
}

int
targets_file_read(const char *path, targets_file *out, targets_error_fn on_error, void *arg, ds_err *err)
{
	import_ctx c;

	ctx_init(&c, path, out, on_error, arg);
	return ctx_done(&c, csvr_parse_file(c.reader, path, on_row, &c, err));
}

int
targets_file_parse(const char *name, const void *buf, size_t len, targets_file *out, targets_error_fn on_error,
                   void *arg, ds_err *err)
{
	import_ctx c;

	ctx_init(&c, name, out, on_error, arg);
	return ctx_done(&c, csvr_parse_buffer(c.reader, buf, len, on_row, &c, err));
}

void
targets_file_free(targets_file *f)
{
	free(f->rows);
	memset(f, 0, sizeof *f);
}

int
targets_file_unit_years(const targets_file *f)
{
	int count = 0;

	for (size_t i = 0; i < f->n; i++) {
		size_t j;
		for (j = 0; j < i; j++)
			if (f->rows[j].year == f->rows[i].year && strcmp(f->rows[j].unit, f->rows[i].unit) == 0)
				break;
		count += j == i;
	}
	return count;
}

