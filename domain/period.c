/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* period.c: months, quarters and years of reporting. */
#include "config.h"

#include "domain/clock.h"
#include "domain/period.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define PERIOD_TEXT_MAX 16

/* 1 if the n characters at s are all digits; their value into *v. */
static int
digits_at(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

/* Build and check a period. */
int
period_make(period_type type, int year, int number, period *out)
{
	if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX)
		return -1;
	if ((type == PERIOD_MONTH && (number < 1 || number > 12)) ||
	    (type == PERIOD_QUARTER && (number < 1 || number > 4)) || (type == PERIOD_YEAR && number != 0) ||
	    type < PERIOD_MONTH || type > PERIOD_YEAR)
		return -1;
	out->type = type;
	out->year = year;
	out->number = number;
	return 0;
}

/* Recognise the shape of s: sets type, year and number (unchecked). */
static int
period_shape(const char *s, period *p)
{
	size_t n = strlen(s);

	if (n < 4 || !digits_at(s, 4, &p->year))
		return -1;
	s += 4;
	n -= 4;
	if (*s == '-') {
		s++;
		n--;
	}
	if (n == 0) {
		p->type = PERIOD_YEAR, p->number = 0;
		return s[-1] == '-' ? -1 : 0;
	}
	if ((*s == 'Q' || *s == 'q') && n == 2 && digits_at(s + 1, 1, &p->number)) {
		p->type = PERIOD_QUARTER;
		return 0;
	}
	if (n == 2 && digits_at(s, 2, &p->number)) {
		p->type = PERIOD_MONTH;
		return 0;
	}
	return -1;
}

/* Parse a period typed by the user or read from a file. */
int
period_parse(const char *text, period *out, ds_err *err)
{
	char buf[PERIOD_TEXT_MAX + 1];
	period p;

	ds_err_clear(err);
	ds_err_at(err, NULL, 0, 0, "period");
	if (text == NULL || strlen(text) > PERIOD_TEXT_MAX)
		return ds_err_set(err, L("Kỳ báo cáo quá dài: hãy gõ YYYY-MM (tháng), YYYY-Qn (quý) hoặc YYYY (năm)",
					 "The period is too long: type YYYY-MM (month), YYYY-Qn (quarter) or YYYY (year)"));
	str_copy(buf, sizeof buf, text);
	str_trim(buf);
	if (period_shape(buf, &p) < 0)
		return ds_err_set(err, L("Không đọc được kỳ báo cáo \"%s\": hãy gõ YYYY-MM (tháng), YYYY-Qn (quý) "
					 "hoặc YYYY (năm), ví dụ 2025-04",
					 "Cannot read the period \"%s\": type YYYY-MM (month), YYYY-Qn (quarter) or "
					 "YYYY (year), e.g. 2025-04"), buf);
	if (p.year < DATE_YEAR_MIN || p.year > DATE_YEAR_MAX)
		return ds_err_set(err, L("Kỳ \"%s\": năm %d nằm ngoài khoảng %d–%d",
					 "Period \"%s\": the year %d is outside %d–%d"),
				  buf, p.year, DATE_YEAR_MIN, DATE_YEAR_MAX);
	if (p.type == PERIOD_MONTH && (p.number < 1 || p.number > 12))
		return ds_err_set(err, L("Kỳ \"%s\": không có tháng %d, tháng phải từ 01 đến 12",
					 "Period \"%s\": there is no month %d, months run from 01 to 12"), buf, p.number);
	if (p.type == PERIOD_QUARTER && (p.number < 1 || p.number > 4))
		return ds_err_set(err, L("Kỳ \"%s\": không có quý %d, quý phải từ 1 đến 4",
					 "Period \"%s\": there is no quarter %d, quarters run from 1 to 4"),
				  buf, p.number);
	*out = p;
	ds_err_clear(err);
	return 0;
}

/* Canonical text of a period. */
void
period_format(const period *p, char *out)
{
	unsigned y = (unsigned)p->year % 10000u, n = (unsigned)p->number % 100u;

	if (p->type == PERIOD_MONTH)
		snprintf(out, PERIOD_LEN, "%04u-%02u", y, n);
	else if (p->type == PERIOD_QUARTER)
		snprintf(out, PERIOD_LEN, "%04u-Q%u", y, n % 10u);
	else
		snprintf(out, PERIOD_LEN, "%04u", y);
}

/* DHIS2 text of a period. */
void
period_dhis2(const period *p, char *out)
{
	unsigned y = (unsigned)p->year % 10000u, n = (unsigned)p->number % 100u;

	if (p->type == PERIOD_MONTH)
		snprintf(out, PERIOD_LEN, "%04u%02u", y, n);
	else if (p->type == PERIOD_QUARTER)
		snprintf(out, PERIOD_LEN, "%04uQ%u", y, n % 10u);
	else
		snprintf(out, PERIOD_LEN, "%04u", y);
}

/* Display label of a period. */
void
period_label(const period *p, char *out, size_t n)
{
	if (p->type == PERIOD_MONTH)
		snprintf(out, n, "%02d/%04d", p->number % 100, p->year % 10000);
	else if (p->type == PERIOD_QUARTER)
		snprintf(out, n, L("Quý %d/%04d", "Q%d %04d"), p->number % 10, p->year % 10000);
	else
		snprintf(out, n, "%04d", p->year % 10000);
}

/* Name of a period type. */
const char *
period_type_label(period_type type)
{
	switch (type) {
	case PERIOD_MONTH:
		return L("tháng", "month");
	case PERIOD_QUARTER:
		return L("quý", "quarter");
	default:
		return L("năm", "year");
	}
}

/* First and last month numbers of a period. */
static void
month_span(const period *p, int *first, int *last)
{
	if (p->type == PERIOD_MONTH)
		*first = *last = p->number;
	else if (p->type == PERIOD_QUARTER)
		*first = p->number * 3 - 2, *last = p->number * 3;
	else
		*first = 1, *last = 12;
}

/* First day of a period. */
void
period_first_day(const period *p, char *out)
{
	int first, last;

	month_span(p, &first, &last);
	date_make(p->year, first, 1, out);
}

/* Last day of a period. */
void
period_last_day(const period *p, char *out)
{
	int first, last;

	month_span(p, &first, &last);
	date_make(p->year, last, date_days_in_month(p->year, last), out);
}

/* Whether a date falls in a period. */
int
period_contains(const period *p, const char *iso)
{
	char first[DATE_LEN], last[DATE_LEN];

	if (!date_valid(iso))
		return 0;
	period_first_day(p, first);
	period_last_day(p, last);
	return strcmp(iso, first) >= 0 && strcmp(iso, last) <= 0;
}

/* The months of a period. */
int
period_months(const period *p, period months[12])
{
	int first, last, m, n = 0;

	month_span(p, &first, &last);
	for (m = first; m <= last; m++)
		period_make(PERIOD_MONTH, p->year, m, &months[n++]);
	return n;
}

/* Shift a period by one unit of its own type. */
static int
period_shift(const period *p, int step, period *out)
{
	int per_year = p->type == PERIOD_MONTH ? 12 : p->type == PERIOD_QUARTER ? 4 : 1;
	int index, year, number;

	if (p->type == PERIOD_YEAR)
		return period_make(PERIOD_YEAR, p->year + step, 0, out);
	index = p->year * per_year + (p->number - 1) + step;
	year = index / per_year;
	number = index % per_year + 1;
	return period_make(p->type, year, number, out);
}

/* The period before p. */
int
period_prev(const period *p, period *out)
{
	return period_shift(p, -1, out);
}

/* The period after p. */
int
period_next(const period *p, period *out)
{
	return period_shift(p, 1, out);
}

/* 1 January to the period's last day. */
void
period_ytd(const period *p, char *first, char *last)
{
	date_make(p->year, 1, 1, first);
	period_last_day(p, last);
}

/* The quarter holding a period's last month. */
void
period_quarter_of(const period *p, period *out)
{
	int first, last;

	month_span(p, &first, &last);
	period_make(PERIOD_QUARTER, p->year, (last + 2) / 3, out);
}

/* The month of a date. */
int
period_month_of(const char *iso, period *out)
{
	int y, m;

	if (date_split(iso, &y, &m, NULL) < 0)
		return -1;
	return period_make(PERIOD_MONTH, y, m, out);
}

/* The month before today's month. */
int
period_last_complete_month(const char *today, period *out)
{
	char now[DATE_LEN];
	period this_month;

	if (today == NULL) {
		clock_today(now);
		today = now;
	}
	if (period_month_of(today, &this_month) < 0)
		return -1;
	return period_prev(&this_month, out);
}

/* Order periods by their first day, shorter first on a tie. */
int
period_cmp(const period *a, const period *b)
{
	char fa[DATE_LEN], fb[DATE_LEN];
	int c;

	period_first_day(a, fa);
	period_first_day(b, fb);
	c = strcmp(fa, fb);
	if (c != 0)
		return (c > 0) - (c < 0);
	return (a->type > b->type) - (a->type < b->type);
}

/* The date proposed inside the working period (see period.h). */
void
period_propose_date(const period *p, const char *today, period_proposal what, char *out)
{
	char first[DATE_LEN], last[DATE_LEN];

	period_first_day(p, first);
	period_last_day(p, last);
	if (period_contains(p, today))
		str_copy(out, DATE_LEN, today);
	else if (strcmp(today, last) > 0 && what == PROPOSE_EVENT)
		str_copy(out, DATE_LEN, last);
	else
		str_copy(out, DATE_LEN, first);
}
