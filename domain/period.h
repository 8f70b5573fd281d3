/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * period.h: reporting periods (docs/rules.md, "Periods").
 *
 * A period is a calendar month "YYYY-MM", a quarter "YYYY-Qn" (quarters end
 * 31/3, 30/6, 30/9, 31/12) or a year "YYYY". period_parse() also reads the
 * DHIS2 forms "YYYYMM" and "YYYYQn" and a lower-case q; anything else, a
 * month outside 01-12 or a quarter outside 1-4, is refused with a
 * bilingual message. Years share the date range of date.h.
 *
 * The default working month of the program is the last complete month
 * before today (period_last_complete_month()): in the first days of May the
 * collaborator reports April.
 */
#ifndef DANSO_PERIOD_H
#define DANSO_PERIOD_H

#include "domain/error.h"
#include "domain/model.h"

#include <stddef.h>

typedef enum period_type {
	PERIOD_MONTH = 0,
	PERIOD_QUARTER = 1,
	PERIOD_YEAR = 2
} period_type;

typedef struct period {
	period_type type;
	int year;
	int number;          /* month 1-12, quarter 1-4; 0 for a year */
} period;

/* Parse "YYYY-MM", "YYYY-Qn", "YYYY" (or "YYYYMM", "YYYYQn"); 0 ok, -1 with
 * err filled (field "period"). */
int period_parse(const char *text, period *out, ds_err *err);

/* Build a period; 0 ok, -1 if the parts are out of range. */
int period_make(period_type type, int year, int number, period *out);

/* The canonical text ("2025-04", "2025-Q2", "2025") into out (PERIOD_LEN). */
void period_format(const period *p, char *out);

/* The DHIS2 form ("202504", "2025Q2", "2025") into out (PERIOD_LEN). */
void period_dhis2(const period *p, char *out);

/* A label for display: "04/2025", "Quý 2/2025" / "Q2 2025", "2025". */
void period_label(const period *p, char *out, size_t n);

/* The type's name in the interface language ("tháng" / "month" ...). */
const char *period_type_label(period_type type);

/* First and last day of the period, ISO, into out (DATE_LEN). */
void period_first_day(const period *p, char *out);
void period_last_day(const period *p, char *out);

/* The date a form proposes for something of the working period p, into
 * out (DATE_LEN): today when it lies inside p; otherwise, when today is
 * after p, its last day for an event (PROPOSE_EVENT: events have happened
 * by then) or its first day for an entry into the register
 * (PROPOSE_ENTRY: a household or person on the month's slip was there for
 * all of its events); the first day when today is before p.
 * docs/decisions.md "Dates proposed inside the working month". */
typedef enum period_proposal {
	PROPOSE_EVENT = 0,
	PROPOSE_ENTRY = 1
} period_proposal;
void period_propose_date(const period *p, const char *today, period_proposal what, char *out);

/* 1 if the full ISO date lies inside the period (a year alone or an
 * invalid date never does). */
int period_contains(const period *p, const char *iso);

/* The months of the period, in order, into months[12]; returns how many
 * (1, 3 or 12). */
int period_months(const period *p, period months[12]);

/* The period of the same type just before / after p (for a month: the
 * previous / next month, crossing years). 0 ok, -1 outside the year range. */
int period_prev(const period *p, period *out);
int period_next(const period *p, period *out);

/* Year to date: 1 January of p's year to p's last day, ISO. */
void period_ytd(const period *p, char *first, char *last);

/* The quarter containing a month (a quarter is returned as it is; a year
 * gives its fourth quarter). */
void period_quarter_of(const period *p, period *out);

/* The month containing a full ISO date; 0 ok, -1 if iso is not valid. */
int period_month_of(const char *iso, period *out);

/* The last complete month before `today` (ISO; NULL for clock_today()), the
 * default working month. 0 ok, -1 if today is unreadable. */
int period_last_complete_month(const char *today, period *out);

/* Compare two periods by first day, then by length (<0, 0, >0). */
int period_cmp(const period *a, const period *b);

#endif
