/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* import_report.c (app): the by-commune report of the upper level from
 * the imported packages (01-DSH layout), see import.h. */
#include "config.h"

#include "app/import.h"
#include "app/minmax.h"
#include "app/report.h"
#include "db/imports.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/period.h"
#include "domain/termsafe.h"
#include "exchange/csvwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A commune seen in the imports of the period. */
typedef struct commune_ref {
	char code[CODE_LEN];
	char name[NAME_LEN];
} commune_ref;

/* Add the communes holding a package for month to the list (by code). */
static int
collect_communes(db *d, const char *month, commune_ref **list, size_t *n, ds_err *err)
{
	import_package *pk = NULL;
	size_t np = 0;

	if (db_import_list_period(d, month, &pk, &np, err) != 0)
		return -1;
	for (size_t i = 0; i < np; i++) {
		size_t j;

		for (j = 0; j < *n && strcmp((*list)[j].code, pk[i].commune_code) != 0; j++)
			;
		if (j == *n) {
			*list = xrealloc(*list, (*n + 1) * sizeof **list);
			(*n)++;
		}
		str_copy((*list)[j].code, sizeof (*list)[j].code, pk[i].commune_code);
		str_copy((*list)[j].name, sizeof (*list)[j].name, pk[i].commune_name);
	}
	free(pk);
	return 0;
}

/* Compare communes by code. */
static int
cmp_commune(const void *a, const void *b)
{
	return strcmp(((const commune_ref *)a)->code, ((const commune_ref *)b)->code);
}

/* The values of one commune for one month (all unknown when not held). */
static int
month_values(db *d, const commune_ref *c, const char *month, indicator_values *out, ds_err *err)
{
	import_value *v = NULL;
	report_value *rv;
	report *r;
	size_t n = 0;
	int rc;

	indicator_values_clear(out);
	if (db_import_values(d, c->code, month, &v, &n, err) != 0)
		return -1;
	if (n == 0) {
		free(v);
		return 0;
	}
	rv = xcalloc(n, sizeof *rv);
	for (size_t i = 0; i < n; i++) {
		rv[i].indicator = v[i].indicator;
		rv[i].value = v[i].value;
	}
	r = xmalloc(sizeof *r);
	rc = report_from_values(r, c->code, c->name, month, rv, n, err);
	if (rc == 0)
		*out = r->values;
	free(r);
	free(rv);
	free(v);
	return rc;
}

int
import_reports_by_commune(db *d, const char *period_text, report **reports, size_t *n, report *total, ds_err *err)
{
	period p, months[12];
	char mtext[12][PERIOD_LEN];
	indicator_values per_month[12];
	commune_ref *communes = NULL;
	size_t nc = 0, nm;

	*reports = NULL;
	*n = 0;
	if (period_parse(period_text, &p, err) != 0)
		return -1;
	nm = (size_t)period_months(&p, months);
	for (size_t m = 0; m < nm; m++) {
		period_format(&months[m], mtext[m]);
		if (collect_communes(d, mtext[m], &communes, &nc, err) != 0)
			goto fail;
	}
	if (nc == 0) {
		ds_err_set(err, L("chưa nhập gói nào của kỳ %s", "no package has been imported for %s"), period_text);
		goto fail;
	}
	qsort(communes, nc, sizeof *communes, cmp_commune);
	*reports = xcalloc(nc, sizeof **reports);
	for (size_t i = 0; i < nc; i++) {
		for (size_t m = 0; m < nm; m++)
			if (month_values(d, &communes[i], mtext[m], &per_month[m], err) != 0)
				goto fail;
		if (report_from_values(&(*reports)[i], communes[i].code, communes[i].name, period_text, NULL, 0, err) != 0)
			goto fail;
		indicators_combine_periods(per_month, nm, &(*reports)[i].values);
	}
	*n = nc;
	report_sum(*reports, nc, total);
	free(communes);
	return 0;
fail:
	free(communes);
	free(*reports);
	*reports = NULL;
	return -1;
}

/* The total of every commune holding a package in months first..last of
 * year (combined by kind, then summed). *held: 0 when no package at all. */
static int
range_total(db *d, int year, int first, int last, indicator_values *out, int *held, ds_err *err)
{
	char mtext[12][PERIOD_LEN];
	indicator_values per_month[12], *parts = NULL;
	commune_ref *communes = NULL;
	size_t nc = 0, nm = 0;
	int rc = 0;

	for (int m = first; m <= last; m++, nm++) {
		snprintf(mtext[nm], sizeof mtext[nm], "%04u-%02u", (unsigned)year % 10000u, (unsigned)m % 100u);
		if (collect_communes(d, mtext[nm], &communes, &nc, err) != 0) {
			free(communes);
			return -1;
		}
	}
	*held = nc > 0;
	parts = xcalloc(nc > 0 ? nc : 1, sizeof *parts);
	for (size_t i = 0; rc == 0 && i < nc; i++) {
		for (size_t m = 0; rc == 0 && m < nm; m++)
			rc = month_values(d, &communes[i], mtext[m], &per_month[m], err);
		if (rc == 0)
			indicators_combine_periods(per_month, nm, &parts[i]);
	}
	if (rc == 0)
		indicators_sum(parts, nc, out);
	free(parts);
	free(communes);
	return rc;
}

int
import_total_targets(db *d, report *total, ds_err *err)
{
	char unit[TARGET_UNIT_LEN] = "";
	int held;

	if (db_setting_get(d, "target_unit", unit, sizeof unit) != 0 || str_empty(unit))
		return 0;
	int last_month = (total->last_day[5] - '0') * 10 + (total->last_day[6] - '0');

	if (range_total(d, total->per.year, 1, last_month, &total->ytd, &held, err) != 0 ||
	    range_total(d, total->per.year - 1, 1, 12, &total->last_year, &total->has_last_year, err) != 0)
		return -1;
	total->has_ytd = 1;
	return report_load_unit_targets(d, total, unit, err);
}

/* The by-commune report as CSV on stdout. */
static int
print_csv(const report *reports, size_t n, const report *total, ds_err *err)
{
	csvw *w = csvw_open_stream(stdout, "stdout", 0);
	report_row *rows = xcalloc((n + 1) * IND_COUNT, sizeof *rows);
	const char **f = xcalloc(n + 3, sizeof *f);
	size_t nrows = 0;
	int rc;

	f[0] = "indicator";
	f[1] = "label_vi";
	for (size_t i = 0; i < n; i++) {
		f[i + 2] = reports[i].commune_code;
		nrows = report_rows(&reports[i], rows + i * IND_COUNT);
	}
	f[n + 2] = "total";
	report_rows(total, rows + n * IND_COUNT);
	rc = csvw_row(w, f, n + 3, err);
	for (size_t r = 0; rc == 0 && r < nrows; r++) {
		f[0] = rows[r].indicator;
		f[1] = rows[r].label_vi;
		for (size_t i = 0; i <= n; i++)
			f[i + 2] = rows[i * IND_COUNT + r].value;
		rc = csvw_row(w, f, n + 3, err);
	}
	if (rc == 0)
		rc = csvw_commit(&w, err);
	else
		csvw_abort(&w);
	free(f);
	free(rows);
	return rc;
}

/* Mark the cells of the communes' min-max warnings ("*") and list the
 * warnings into sb. */
static int
mark_minmax(db *d, const char *period_text, report *reports, size_t n, strbuf *sb, ds_err *err)
{
	minmax_warning *w = NULL;
	size_t nw = 0;
	char line[512];

	if (minmax_commune_warnings(d, period_text, &w, &nw, err) != 0)
		return -1;
	for (size_t i = 0; i < nw; i++)
		for (size_t c = 0; c < n; c++)
			if (strcmp(reports[c].commune_code, w[i].unit_code) == 0)
				reports[c].flagged[w[i].ind] = 1;
	if (nw > 0)
		strbuf_printf(sb, L("\n* Cảnh báo min–max (số của tháng ngoài khoảng 12 tháng trước của xã):\n",
		                    "\n* Min–max warnings (a month's count outside the commune's range of the 12 months before):\n"));
	for (size_t i = 0; i < nw; i++) {
		minmax_format(&w[i], line, sizeof line);
		strbuf_printf(sb, "  %s\n", line);
	}
	free(w);
	return 0;
}

/* Name every commune-month of the period that has no package, for every
 * commune the database holds a package of from that month or earlier (a
 * commune that began sending later is not missing before it began). */
static int
list_missing(db *d, const char *period_text, strbuf *sb, ds_err *err)
{
	period p, months[12];
	import_package *communes = NULL;
	size_t nc = 0;
	int nm, header = 0;

	if (period_parse(period_text, &p, err) != 0 || db_import_communes(d, &communes, &nc, err) != 0)
		return -1;
	nm = period_months(&p, months);
	for (size_t c = 0; c < nc; c++) {
		for (int m = 0; m < nm; m++) {
			char text[PERIOD_LEN];
			import_package pk;
			int rc;

			period_format(&months[m], text);
			if (strcmp(text, communes[c].period) < 0)
				continue;
			if ((rc = db_import_package_get(d, communes[c].commune_code, text, &pk, err)) < 0) {
				free(communes);
				return -1;
			}
			if (rc == 0)
				continue;
			if (!header++)
				strbuf_printf(sb, L("\nThiếu gói số liệu (các số của kỳ không đủ, hiện –):\n",
				                    "\nPackages missing (the period's flows are incomplete, shown –):\n"));
			strbuf_printf(sb, L("  %s %s: tháng %.2s/%.4s\n", "  %s %s: %.2s/%.4s\n"), communes[c].commune_code,
			              communes[c].commune_name, text + 5, text);
		}
	}
	free(communes);
	return 0;
}

int
import_print_by_commune(db *d, const char *period_text, int csv, ds_err *err)
{
	report *reports = NULL, *total = xmalloc(sizeof *total);
	size_t n = 0;
	int rc = import_reports_by_commune(d, period_text, &reports, &n, total, err);

	if (rc == 0 && csv) {
		rc = print_csv(reports, n, total, err);
	} else if (rc == 0) {
		strbuf sb;
		char *safe;

		strbuf_init(&sb);
		rc = mark_minmax(d, period_text, reports, n, &sb, err);
		if (rc == 0) {
			strbuf tail = sb;
			strbuf_init(&sb);
			report_format_columns(reports, n, total, 80, &sb);
			if (tail.len > 0)
				strbuf_append(&sb, tail.data, tail.len);
			strbuf_free(&tail);
			rc = list_missing(d, period_text, &sb, err);
		}
		if (rc == 0 && (rc = import_total_targets(d, total, err)) == 0 && total->has_ytd)
			report_format_targets(total, &sb);
		if (rc == 0 && sb.data != NULL) {
			safe = term_safe_dup(sb.data, TERM_SAFE_LINES);
			fputs(safe, stdout);
			free(safe);
		}
		strbuf_free(&sb);
	}
	free(reports);
	free(total);
	return rc;
}
