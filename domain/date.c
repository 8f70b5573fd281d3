/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* date.c: calendar dates as ISO text, and what collaborators type. */
#include "config.h"

#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DATE_TEXT_MAX 32     /* longer input cannot be a date */

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
long
date_days_from_civil(int y, int m, int d)
{
	long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

/* The civil date of a day number from date_days_from_civil(). */
void
date_civil_from_days(long z, int *y, int *m, int *d)
{
	long era;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Leap year of the Gregorian calendar. */
int
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Length of a month. */
int
date_days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

/* 1 if the parts make a real date in the year range. */
static int
parts_valid(int y, int m, int d)
{
	return y >= DATE_YEAR_MIN && y <= DATE_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	       d <= date_days_in_month(y, m);
}

/* Read n digits at s into *v; 0 ok, -1 if one is not a digit. */
static int
read_digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* Split a valid "YYYY-MM-DD". */
int
date_split(const char *iso, int *y, int *m, int *d)
{
	int yy, mm, dd;

	if (iso == NULL || strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-')
		return -1;
	if (read_digits(iso, 4, &yy) < 0 || read_digits(iso + 5, 2, &mm) < 0 ||
	    read_digits(iso + 8, 2, &dd) < 0 || !parts_valid(yy, mm, dd))
		return -1;
	if (y != NULL)
		*y = yy;
	if (m != NULL)
		*m = mm;
	if (d != NULL)
		*d = dd;
	return 0;
}

/* A real full date. */
int
date_valid(const char *iso)
{
	return date_split(iso, NULL, NULL, NULL) == 0;
}

/* A year alone, in range. */
int
date_is_year_only(const char *s)
{
	int y;

	if (s == NULL || strlen(s) != 4 || read_digits(s, 4, &y) < 0)
		return 0;
	return y >= DATE_YEAR_MIN && y <= DATE_YEAR_MAX;
}

/* A full date or a year alone. */
int
date_valid_or_year(const char *s)
{
	return date_valid(s) || date_is_year_only(s);
}

/* Format parts as ISO. */
int
date_make(int y, int m, int d, char *out)
{
	if (!parts_valid(y, m, d))
		return -1;
	snprintf(out, DATE_LEN, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return 0;
}

/* The year of a full date or of a year alone. */
int
date_year(const char *iso)
{
	int y = 0;

	if (date_is_year_only(iso))
		read_digits(iso, 4, &y);
	else
		date_split(iso, &y, NULL, NULL);
	return y;
}

/* The month of a full date. */
int
date_month(const char *iso)
{
	int m = 0;

	date_split(iso, NULL, &m, NULL);
	return m;
}

/* The day of a full date. */
int
date_day(const char *iso)
{
	int d = 0;

	date_split(iso, NULL, NULL, &d);
	return d;
}

/* ISO dates compare as text; NULL sorts first. */
int
date_cmp(const char *a, const char *b)
{
	int c;

	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	c = strcmp(a, b);
	return (c > 0) - (c < 0);
}

/* Day number of a valid date; -1 if invalid. */
static int
date_serial(const char *iso, long *serial)
{
	int y, m, d;

	if (date_split(iso, &y, &m, &d) < 0)
		return -1;
	*serial = date_days_from_civil(y, m, d);
	return 0;
}

/* Signed number of days from one date to another. */
int
date_days_between(const char *from, const char *to, long *days)
{
	long a, b;

	if (date_serial(from, &a) < 0 || date_serial(to, &b) < 0)
		return -1;
	*days = b - a;
	return 0;
}

/* Move a date by whole days, staying inside the year range. */
int
date_add_days(const char *iso, long n, char *out)
{
	long start, lo = date_days_from_civil(DATE_YEAR_MIN, 1, 1), hi = date_days_from_civil(DATE_YEAR_MAX, 12, 31);
	int y, m, d;

	if (date_serial(iso, &start) < 0 || n < lo - start || n > hi - start)
		return -1;
	date_civil_from_days(start + n, &y, &m, &d);
	return date_make(y, m, d, out);
}

/* Move a date by whole months, clamping the day to the month's end. */
int
date_add_months(const char *iso, int n, char *out)
{
	int y, m, d, dim;
	long months;

	if (date_split(iso, &y, &m, &d) < 0 || n < -(DATE_YEAR_MAX - DATE_YEAR_MIN + 1) * 12 ||
	    n > (DATE_YEAR_MAX - DATE_YEAR_MIN + 1) * 12)
		return -1;
	months = (long)y * 12 + (m - 1) + n;
	y = (int)(months / 12);
	m = (int)(months % 12) + 1;
	dim = date_days_in_month(y, m);
	return date_make(y, m, d > dim ? dim : d, out);
}

/* Display form dd/mm/yyyy. */
void
date_format(const char *iso, char *out, size_t n)
{
	int y, m, d;

	if (date_split(iso, &y, &m, &d) == 0)
		snprintf(out, n, "%02d/%02d/%04d", d % 100, m % 100, y % 10000);
	else
		str_copy(out, n, iso != NULL ? iso : "");
}

/* Explain why y-m-d is not a date, or return 0 if it is one. */
static int
check_parts(int y, int m, int d, ds_err *err)
{
	if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX)
		return ds_err_set(err, L("Năm %d nằm ngoài khoảng %d–%d", "The year %d is outside %d–%d"), y,
				  DATE_YEAR_MIN, DATE_YEAR_MAX);
	if (m < 1 || m > 12)
		return ds_err_set(err, L("Không có tháng %d: tháng phải từ 1 đến 12",
					 "There is no month %d: months run from 1 to 12"), m);
	if (d < 1)
		return ds_err_set(err, L("Không có ngày %d: ngày bắt đầu từ 1", "There is no day %d: days start at 1"),
				  d);
	if (m == 2 && d == 29 && !date_is_leap(y))
		return ds_err_set(err, L("Năm %d không phải năm nhuận nên không có ngày 29/02",
					 "%d is not a leap year, so it has no 29/02"), y);
	if (d > date_days_in_month(y, m))
		return ds_err_set(err, L("Không có ngày %02d/%02d/%d: tháng %d chỉ có %d ngày",
					 "%02d/%02d/%d does not exist: month %d has only %d days"),
				  d, m, y, m, date_days_in_month(y, m));
	return 0;
}

/* Split text into up to three groups of digits joined by one kind of
 * separator ('/', '.' or '-'). Returns the number of groups, -1 if the text
 * has anything else. len[i] is the number of digits of group i. */
static int
split_groups(const char *s, int val[3], int len[3])
{
	int n = 0;
	char sep = 0;

	for (;;) {
		int k = 0;

		if (n == 3)
			return -1;
		val[n] = 0;
		while (isdigit((unsigned char)s[k]) && k < 4) {
			val[n] = val[n] * 10 + (s[k] - '0');
			k++;
		}
		if (k == 0)
			return -1;
		len[n++] = k;
		s += k;
		if (*s == '\0')
			return n;
		if ((*s != '/' && *s != '.' && *s != '-') || (sep != 0 && *s != sep))
			return -1;
		sep = *s++;
	}
}

/* The year "today" has, for forms typed without a year. */
static int
current_year(const char *today)
{
	char now[DATE_LEN];

	if (today != NULL && date_valid(today))
		return date_year(today);
	clock_today(now);
	return date_year(now);
}

/* Read the digits-only forms ddmmyyyy, ddmm and yyyy: 0 if not one of
 * them, 2 for a year alone, 1 for the others. */
static int
parse_compact(const char *s, const char *today, unsigned flags, int *y, int *m, int *d)
{
	size_t n = strlen(s);

	if (n != 8 && n != 4)
		return 0;
	if (strspn(s, "0123456789") != n)
		return 0;
	if (n == 8) {
		read_digits(s, 2, d);
		read_digits(s + 2, 2, m);
		read_digits(s + 4, 4, y);
	} else if (flags & DATE_ALLOW_YEAR) {
		read_digits(s, 4, y);
		*m = *d = 1;
		return 2;
	} else {
		read_digits(s, 2, d);
		read_digits(s + 2, 2, m);
		*y = current_year(today);
	}
	return 1;
}

/* Parse what a user typed into ISO text. */
int
date_parse(const char *text, const char *today, unsigned flags, const char *field, char *out, ds_err *err)
{
	char buf[DATE_TEXT_MAX + 1];
	int val[3], len[3], n, y, m, d, form;

	ds_err_clear(err);
	ds_err_at(err, NULL, 0, 0, field);
	if (text == NULL || strlen(text) > DATE_TEXT_MAX)
		return ds_err_set(err, L("Ngày quá dài: hãy gõ ngày/tháng/năm, ví dụ 25/04/2025",
					 "The date is too long: type day/month/year, e.g. 25/04/2025"));
	str_copy(buf, sizeof buf, text);
	str_trim(buf);
	if (buf[0] == '\0')
		return ds_err_set(err, L("Chưa nhập ngày", "The date is empty"));
	form = parse_compact(buf, today, flags, &y, &m, &d);
	if (form == 0) {
		n = split_groups(buf, val, len);
		if (n == 3 && len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
			y = val[0], m = val[1], d = val[2];
		} else if (n == 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 2) {
			return ds_err_set(err, L("Năm phải có 4 chữ số (\"%s\"), ví dụ 25/04/2025",
						 "The year needs 4 digits (\"%s\"), e.g. 25/04/2025"), buf);
		} else if (n == 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 4) {
			d = val[0], m = val[1], y = val[2];
		} else if (n == 2 && len[0] <= 2 && len[1] <= 2) {
			d = val[0], m = val[1], y = current_year(today);
		} else {
			return ds_err_set(err, L("Không đọc được ngày \"%s\": hãy gõ ngày/tháng/năm, ví dụ 25/04/2025",
						 "Cannot read the date \"%s\": type day/month/year, e.g. 25/04/2025"),
					  buf);
		}
	}
	if (check_parts(y, m, d, err) < 0)
		return -1;
	if (form == 2) {
		snprintf(out, DATE_LEN, "%04d", y % 10000);
		return 0;
	}
	date_make(y, m, d, out);
	return 0;
}
