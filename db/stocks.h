/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * stocks.h (db, inside db/ only): the report's stocks on a period's last
 * day and the people of the 12-month window's middle day, counted in one
 * pass over the people (db/stocks.c; the rules are in db/report.h).
 */
#ifndef DANSO_DB_STOCKS_H
#define DANSO_DB_STOCKS_H

#include "db/db.h"
#include "domain/indicators.h"

#include <stdint.h>

/* Room for "YYYY-MM-DD" and whatever a year number prints as. */
#define DAY_BUF 24

/* The days and birth-date bounds of one count (YYYY-MM-DD each). Born on
 * or before ageN is N or older on the day; mid_age[g] is the bound of
 * 15 + 5g years on mid_day. */
typedef struct stock_days {
	char last_day[DAY_BUF];  /* the period's last day, the last day of a month */
	char age15[DAY_BUF], age50[DAY_BUF], age60[DAY_BUF];
	char mid_day[DAY_BUF];   /* the first day of the window's 7th month, <= last_day */
	char mid_age[IND_AGE_GROUPS + 1][DAY_BUF];
} stock_days;

typedef struct stock_counts {
	long long households, family_households, people, males, females;
	long long married_women, aged_60, fp_users, elderly_checked;
	long long people_mid, women_mid[IND_AGE_GROUPS];
} stock_counts;

/* Count the people present on days->last_day and on days->mid_day;
 * elderly: the people with an elderly check from 1 January of
 * days->last_day's year to that day (any order, repeats allowed). 0 ok, -1 with err filled. */
int db_report_stocks(db *d, const stock_days *days, const int64_t *elderly, size_t nelderly, stock_counts *c,
                     ds_err *err);

#endif
