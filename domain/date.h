/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * date.h: calendar dates as ISO text.
 *
 * The register stores dates as "YYYY-MM-DD" (and "YYYY" alone for an
 * elderly person whose birth date is unknown), so they sort and compare as
 * text. Years run from DATE_YEAR_MIN to DATE_YEAR_MAX; anything outside is
 * a typing mistake.
 *
 * date_parse() reads what a collaborator types in a form or a spreadsheet:
 *
 *     dd/mm/yyyy  d/m/yyyy   (also with '.' or '-' between the parts)
 *     ddmmyyyy               eight digits
 *     dd/mm  d/m  ddmm       the year is taken from "today"
 *     yyyy-mm-dd             ISO
 *     yyyy                   only with DATE_ALLOW_YEAR (then four digits are
 *                            always a year, never ddmm)
 *
 * and refuses impossible dates (31/04, 29/02 of a non-leap year, month 13,
 * a year outside the range) with a bilingual message naming the field.
 *
 * "Today" is clock_today() (domain/clock.h), the one home of the date.
 */
#ifndef DANSO_DATE_H
#define DANSO_DATE_H

#include "domain/error.h"
#include "domain/model.h"

#include <stddef.h>

#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 2100

/* Flags of date_parse(). */
enum date_parse_flag {
	DATE_ALLOW_YEAR = 1 << 0     /* accept "yyyy" alone (elderly birth dates) */
};

/* Parse typed text into ISO `out` (DATE_LEN bytes). `today` (ISO, or NULL
 * for clock_today()) supplies the year of "dd/mm" and "ddmm"; `field` names
 * the form field in the error. 0 ok; -1 with err filled. */
int date_parse(const char *text, const char *today, unsigned flags, const char *field, char *out,
	       ds_err *err);

/* 1 if y is a leap year of the Gregorian calendar. */
int date_is_leap(int y);

/* Days in month m (1-12) of year y; 0 if m is out of range. */
int date_days_in_month(int y, int m);

/* 1 if iso is a real "YYYY-MM-DD" date in the year range. */
int date_valid(const char *iso);

/* 1 if s is a year alone "YYYY" in the range. */
int date_is_year_only(const char *s);

/* 1 if s is a valid full date or a valid year alone. */
int date_valid_or_year(const char *s);

/* Split a valid full date; 0 ok, -1 if iso is not valid (outputs untouched).
 * Any output pointer may be NULL. */
int date_split(const char *iso, int *y, int *m, int *d);

/* Build "YYYY-MM-DD" from parts into out (DATE_LEN); 0 ok, -1 invalid. */
int date_make(int y, int m, int d, char *out);

/* Parts of a valid date; 0 when iso is not valid. date_year() also reads
 * a year alone. */
int date_year(const char *iso);
int date_month(const char *iso);
int date_day(const char *iso);

/* Compare two ISO texts (<0, 0, >0); equal to strcmp for valid dates. */
int date_cmp(const char *a, const char *b);

/* Whole days from `from` to `to` (negative if to is earlier) into *days;
 * 0 ok, -1 if either is not a valid full date. */
int date_days_between(const char *from, const char *to, long *days);

/* iso plus n days (n may be negative) into out; 0 ok, -1 if iso is not
 * valid or the result leaves the year range. */
int date_add_days(const char *iso, long n, char *out);

/* iso plus n months into out; a day past the new month's end becomes its
 * last day (31/01 + 1 month = 28/02 or 29/02). 0 ok, -1 as above. */
int date_add_months(const char *iso, int n, char *out);

/* Day numbers: whole days since 1970-01-01 in the proleptic Gregorian
 * calendar, for code that counts days in bulk (the demo generator). Pure
 * arithmetic on any parts (month 1-12, day 1-31): no range check. */
long date_days_from_civil(int y, int m, int d);
void date_civil_from_days(long days, int *y, int *m, int *d);

/* "dd/mm/yyyy" for display ("yyyy" for a year alone) into out (size n);
 * an unreadable date is copied as it is. */
void date_format(const char *iso, char *out, size_t n);


#endif
