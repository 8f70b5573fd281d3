/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* minmax.c (app): min-max warnings of monthly counts (minmax.h). */
#include "config.h"

#include "app/minmax.h"
#include "db/imports.h"
#include "db/register.h"
#include "db/report.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The 12 months before month and month itself, oldest first, as text. */
static int
window_months(const char *month, char out[MINMAX_HISTORY + 1][PERIOD_LEN], ds_err *err)
{
	period p;

	if (period_parse(month, &p, err) != 0)
		return -1;
	if (p.type != PERIOD_MONTH)
		return ds_err_set(err, L("Kiểm tra min–max cần một tháng (YYYY-MM): %s",
		                         "The min–max check needs a month (YYYY-MM): %s"), month);
	for (int i = MINMAX_HISTORY; i >= 0; i--) {
		period_format(&p, out[i]);
		if (i > 0 && period_prev(&p, &p) != 0)
			return ds_err_set(err, L("Tháng ngoài khoảng năm: %s", "Month out of the year range: %s"), month);
	}
	return 0;
}

/* Append a warning when value is outside the range of its history. */
static void
check_one(minmax_warning **out, size_t *n, size_t *cap, const minmax_warning *proto, const long long *hist,
          size_t nhist, long long value)
{
	long long lo, hi;

	if (!indicator_minmax_outside(hist, nhist, value, &lo, &hi))
		return;
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		*out = xrealloc(*out, *cap * sizeof **out);
	}
	(*out)[*n] = *proto;
	(*out)[*n].value = value;
	(*out)[*n].lo = lo;
	(*out)[*n].hi = hi;
	(*out)[*n].months = (int)nhist;
	(*n)++;
}

/* The count of area in month (0 when it has no row). */
static long long
area_count(const area_month_counts *c, size_t nc, int64_t area_id, const char *month, int k)
{
	for (size_t i = 0; i < nc; i++)
		if (c[i].area_id == area_id && strcmp(c[i].month, month) == 0)
			return c[i].count[k];
	return 0;
}

int
minmax_area_warnings(db *d, const char *month, minmax_warning **out, size_t *n, ds_err *err)
{
	char months[MINMAX_HISTORY + 1][PERIOD_LEN], first[8];
	area_month_counts *counts = NULL;
	area *areas = NULL;
	size_t ncounts = 0, nareas = 0, cap = 0;

	*out = NULL;
	*n = 0;
	if (window_months(month, months, err) != 0 || db_register_first_month(d, first, err) != 0)
		return -1;
	if (first[0] == '\0')
		return 0;
	if (db_area_list(d, &areas, &nareas, err) != 0 ||
	    db_area_month_counts(d, months[0], months[MINMAX_HISTORY], &counts, &ncounts, err) != 0) {
		free(areas);
		return -1;
	}
	for (size_t a = 0; a < nareas; a++) {
		minmax_warning proto = {0};

		snprintf(proto.unit, sizeof proto.unit, L("%s (địa bàn %d)", "%s (area %d)"), areas[a].name, areas[a].number);
		str_copy(proto.month, sizeof proto.month, months[MINMAX_HISTORY]);
		for (int k = 0; k < MINMAX_MEASURES; k++) {
			long long hist[MINMAX_HISTORY];
			size_t nh = 0;

			for (int m = 0; m < MINMAX_HISTORY; m++)
				if (strcmp(months[m], first) >= 0)
					hist[nh++] = area_count(counts, ncounts, areas[a].id, months[m], k);
			proto.ind = minmax_measures[k];
			check_one(out, n, &cap, &proto, hist, nh,
			          area_count(counts, ncounts, areas[a].id, months[MINMAX_HISTORY], k));
		}
	}
	free(counts);
	free(areas);
	return 0;
}

/* The five checked counts of a commune's imported month; 0 found, 1 no
 * package (or a value missing), -1 error. */
static int
commune_counts(db *d, const char *code, const char *month, long long out[MINMAX_MEASURES], ds_err *err)
{
	import_value *v = NULL;
	size_t nv = 0;
	int found = 0;

	if (db_import_values(d, code, month, &v, &nv, err) != 0)
		return -1;
	for (int k = 0; k < MINMAX_MEASURES; k++) {
		const char *id = indicator_get(minmax_measures[k])->id;
		long x;

		for (size_t i = 0; i < nv; i++)
			if (strcmp(v[i].indicator, id) == 0 && str_to_long(v[i].value, &x) == 0) {
				out[k] = x;
				found++;
				break;
			}
	}
	free(v);
	return found == MINMAX_MEASURES ? 0 : 1;
}

int
minmax_commune_warnings(db *d, const char *period_text, minmax_warning **out, size_t *n, ds_err *err)
{
	period p, pm[12];
	size_t cap = 0;
	int nm;

	*out = NULL;
	*n = 0;
	if (period_parse(period_text, &p, err) != 0)
		return -1;
	nm = period_months(&p, pm);
	for (int m = 0; m < nm; m++) {
		char months[MINMAX_HISTORY + 1][PERIOD_LEN], text[PERIOD_LEN];
		import_package *pk = NULL;
		size_t np = 0;

		period_format(&pm[m], text);
		if (window_months(text, months, err) != 0 || db_import_list_period(d, text, &pk, &np, err) != 0)
			return -1;
		for (size_t c = 0; c < np; c++) {
			long long now[MINMAX_MEASURES], hist[MINMAX_MEASURES][MINMAX_HISTORY], one[MINMAX_MEASURES];
			size_t nh = 0;
			minmax_warning proto = {0};
			int rc = commune_counts(d, pk[c].commune_code, text, now, err);

			for (int h = 0; rc == 0 && h < MINMAX_HISTORY; h++) {
				int got = commune_counts(d, pk[c].commune_code, months[h], one, err);
				if (got < 0) {
					rc = -1;
				} else if (got == 0) {
					for (int k = 0; k < MINMAX_MEASURES; k++)
						hist[k][nh] = one[k];
					nh++;
				}
			}
			if (rc < 0) {
				free(pk);
				return -1;
			}
			if (rc != 0)
				continue;
			snprintf(proto.unit, sizeof proto.unit, "%s %s", pk[c].commune_code, pk[c].commune_name);
			str_copy(proto.unit_code, sizeof proto.unit_code, pk[c].commune_code);
			str_copy(proto.month, sizeof proto.month, text);
			for (int k = 0; k < MINMAX_MEASURES; k++) {
				proto.ind = minmax_measures[k];
				check_one(out, n, &cap, &proto, hist[k], nh, now[k]);
			}
		}
		free(pk);
	}
	return 0;
}

void
minmax_format(const minmax_warning *w, char *buf, size_t n)
{
	snprintf(buf, n, L("%s, tháng %.2s/%.4s: %s = %lld, ngoài khoảng %lld–%lld của %d tháng trước",
	                   "%s, %.2s/%.4s: %s = %lld, outside the range %lld–%lld of the %d months before"),
	         w->unit, w->month + 5, w->month, indicator_label(w->ind), w->value, w->lo, w->hi, w->months);
}
