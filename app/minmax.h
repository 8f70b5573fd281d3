/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * minmax.h (app): the min-max check of monthly counts before they leave
 * the commune, and at the upper level (docs/rules.md, "Min–max warnings").
 *
 * Like DHIS2's min-max check, a month's count is compared with the range
 * (lowest to highest) of the same count of the same unit over the 12
 * months before it: births, deaths, new contraceptive users, prenatal and
 * newborn screenings (minmax_measures). A count outside the range is a
 * warning, never a refusal: a real surge happens, and the collaborator
 * confirms it or finds the missing or doubled events. The range needs at
 * least MINMAX_MIN_HISTORY months of history: at a commune the months from
 * the register's first event on, at the upper level the months it holds a
 * package of that commune.
 *
 *     minmax_warning *w; size_t n;
 *     if (minmax_area_warnings(d, "2025-05", &w, &n, &err) == 0) {
 *         for (i...) minmax_format(&w[i], buf, sizeof buf);  -- one line each
 *         free(w);
 *     }
 */
#ifndef DANSO_APP_MINMAX_H
#define DANSO_APP_MINMAX_H

#include "db/db.h"
#include "domain/error.h"
#include "domain/indicators.h"
#include "domain/model.h"

#include <stddef.h>

typedef struct minmax_warning {
	char unit[NAME_LEN + 24];   /* "Thôn Đông (địa bàn 1)" or "10002 Xã B" */
	char unit_code[CODE_LEN];   /* the commune's code at the upper level; "" at a commune */
	char month[PERIOD_LEN];     /* "YYYY-MM" */
	indicator_id ind;           /* births_total, deaths_total, ... */
	long long value, lo, hi;    /* the month's count and the range of its history */
	int months;                 /* months of history the range is made of */
} minmax_warning;

/* The warnings of month ("YYYY-MM") for every area of the commune, by
 * area number then measure. The caller frees *out. 0 ok, -1 with err. */
int minmax_area_warnings(db *d, const char *month, minmax_warning **out, size_t *n, ds_err *err);

/* At the upper level: the warnings of the months of period_text for every
 * commune holding a package of that month, against its own imported
 * months. The caller frees *out. 0 ok, -1 with err. */
int minmax_commune_warnings(db *d, const char *period_text, minmax_warning **out, size_t *n, ds_err *err);

/* One warning as a sentence in the interface language. */
void minmax_format(const minmax_warning *w, char *buf, size_t n);

#endif
