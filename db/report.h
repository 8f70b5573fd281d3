/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * report.h (db): the raw counts of the commune report, computed from the
 * register with a few aggregate queries (the indicator definitions are in
 * domain/indicators.h and docs/indicators.md).
 *
 * What is counted, for a period from first_day to last_day (ISO dates, the
 * first and last days of whole months):
 *   - stocks at the end of last_day: a household exists when created_on <=
 *     last_day and it ended after last_day (or has not ended and is
 *     active); a member likewise with entered_on / left_on / status. Ages
 *     are whole years at last_day; a birth date "YYYY" counts as 1 July.
 *     Married women 15-49: female, marital '2' (today's marital status),
 *     aged 15..49. Current contraceptive users: those married women whose
 *     fp_status state for last_day's month (the latest row at or before it)
 *     has a method.
 *   - flows: events of the reporting months first_day..last_day (event.period),
 *     never cancelled ones. Moves inside the commune (move_scope 1) are
 *     hand-overs and count neither in nor out; a whole household moving out
 *     counts the members who left with it.
 *   - elderly_checked_ytd: people counted in people_60_plus at last_day
 *     with at least one elderly_check event from 1 January of last_day's
 *     year to last_day.
 * Rates are not computed here (see indicator_value()).
 */
#ifndef DANSO_DB_REPORT_H
#define DANSO_DB_REPORT_H

#include "db/db.h"
#include "domain/indicators.h"

#include <stdint.h>

/* Fill out with every stock, flow and year-to-date count of the period
 * first_day..last_day (the first and last days of whole months, at most 12
 * of them), all marked known; and, when ytd is not NULL, ytd with the same
 * stocks and the flows of 1 January to last_day. 0 ok, -1 with err filled. */
int db_report_counts(db *d, const char *first_day, const char *last_day, indicator_values *out, indicator_values *ytd,
                     ds_err *err);

/* Only the births of first_day..last_day (12 whole months: a calendar
 * year) and those of order 3 or higher (every other indicator of out left
 * unknown): what the previous year's share of 3rd-or-higher births needs.
 * 0 ok, -1 with err filled. */
int db_report_birth_orders(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err);

/* One area's counts of one month for the min-max check, in the order of
 * minmax_measures (births, deaths, new contraceptive users, prenatal and
 * newborn screenings): events of the month (event.period), never cancelled
 * ones, by the area their household is in now. */
typedef struct area_month_counts {
	int64_t area_id;
	char month[8];                       /* "YYYY-MM" */
	long long count[MINMAX_MEASURES];
} area_month_counts;

/* The counts of every area and month from first_month to last_month that
 * has at least one such event (a missing pair is all zeros). The caller
 * frees *out. 0 ok, -1 with err. */
int db_area_month_counts(db *d, const char *first_month, const char *last_month, area_month_counts **out, size_t *n,
                         ds_err *err);

/* The first month of the register: the month of its earliest event that
 * is not cancelled, "" when it has none. 0 ok, -1 with err. */
int db_register_first_month(db *d, char out[8], ds_err *err);

#endif
