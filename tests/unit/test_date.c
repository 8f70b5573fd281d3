/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_date.c: typed dates, ISO validation and date arithmetic. */
#include "config.h"

#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "tests/tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TODAY "2025-04-15"

/* Parsing text gives the ISO date want. */
static void
parses(const char *text, unsigned flags, const char *want)
{
	char out[DATE_LEN] = "";
	ds_err err;

	if (date_parse(text, TODAY, flags, "birth_date", out, &err) < 0) {
		ok(0, "\"%s\" parses (got error: %s)", text, err.msg);
		return;
	}
	is_str(out, want, "\"%s\" reads as %s", text, want);
}

/* Parsing text is refused with a message containing want (English). */
static void
refused(const char *text, unsigned flags, const char *want)
{
	char out[DATE_LEN] = "";
	ds_err err;
	int rc = date_parse(text, TODAY, flags, "birth_date", out, &err);

	ok(rc == -1 && strstr(err.msg, want) != NULL && strcmp(err.field, "birth_date") == 0,
	   "\"%s\" refused with \"%s\" (got: %s)", text, want, err.msg);
}

/* days_between from a to b is want. */
static void
days_is(const char *a, const char *b, long want)
{
	long days = -99999;

	ok(date_days_between(a, b, &days) == 0 && days == want, "%s to %s is %ld days (got %ld)", a, b, want, days);
}

/* a plus n months is want. */
static void
months_is(const char *a, int n, const char *want)
{
	char out[DATE_LEN] = "";

	ok(date_add_months(a, n, out) == 0, "%s + %d months computed", a, n);
	is_str(out, want, "%s + %d months = %s", a, n, want);
}

/* The one documented range (1900-01-01 to 2100-12-31, docs/rules.md) and
 * the Gregorian leap years, at every edge, through each way in. */
static void
test_edges(void)
{
	static const struct {
		const char *iso;
		int valid;
	} dates[] = {
		{"1900-01-01", 1}, {"1899-12-31", 0}, {"2100-12-31", 1}, {"2101-01-01", 0},
		{"1900-02-28", 1}, {"1900-02-29", 0}, {"2000-02-29", 1}, {"2100-02-28", 1},
		{"2100-02-29", 0}, {"2024-02-29", 1}, {"2025-02-29", 0}, {"2000-12-31", 1},
	};
	static const struct {
		const char *year;
		int valid;
	} years[] = {{"1900", 1}, {"1899", 0}, {"2100", 1}, {"2101", 0}, {"0000", 0}, {"9999", 0}};
	char out[DATE_LEN];
	long days;

	is_int(DATE_YEAR_MIN, 1900, "the first year is 1900");
	is_int(DATE_YEAR_MAX, 2100, "the last year is 2100");
	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
		int y = 0, m = 0, d = 0;

		is_int(date_valid(dates[i].iso), dates[i].valid, "%s is %s", dates[i].iso,
		       dates[i].valid ? "a date" : "not a date");
		if (sscanf(dates[i].iso, "%4d-%2d-%2d", &y, &m, &d) == 3)
			is_int(date_make(y, m, d, out) == 0, dates[i].valid, "date_make agrees on %s", dates[i].iso);
	}
	for (size_t i = 0; i < sizeof years / sizeof years[0]; i++)
		is_int(date_valid_or_year(years[i].year), years[i].valid, "the year %s alone is %s", years[i].year,
		       years[i].valid ? "valid" : "refused");
	ok(date_is_leap(2000) && !date_is_leap(1900) && !date_is_leap(2100) && date_is_leap(2096),
	   "divisible by 400 is leap, by 100 alone is not");
	is_int(date_days_in_month(1900, 2), 28, "February 1900 has 28 days");
	is_int(date_days_in_month(2000, 2), 29, "February 2000 has 29 days");
	is_int(date_days_in_month(2100, 2), 28, "February 2100 has 28 days");
	ok(date_days_between("2100-02-28", "2100-03-01", &days) == 0 && days == 1, "28/02/2100 is followed by 01/03");
	ok(date_add_days("2000-02-28", 1, out) == 0 && strcmp(out, "2000-02-29") == 0, "28/02/2000 + 1 = 29/02");
	ok(date_add_days("2100-12-30", 1, out) == 0 && strcmp(out, "2100-12-31") == 0, "the last day is reachable");
	ok(date_add_days("1900-01-02", -1, out) == 0 && strcmp(out, "1900-01-01") == 0, "the first day is reachable");
	is_int(date_days_from_civil(1970, 1, 1), 0, "day 0 is 01/01/1970");
	is_int(date_days_from_civil(2000, 3, 1), 11017, "01/03/2000 is day 11017");
	is_int(date_days_from_civil(1900, 1, 1), -25567, "01/01/1900 is day -25567");
	{
		long first = date_days_from_civil(DATE_YEAR_MIN, 1, 1), last = date_days_from_civil(DATE_YEAR_MAX, 12, 31);
		int bad = 0, y, m, d;
		char iso[DATE_LEN];

		for (long z = first; z <= last; z++) {
			date_civil_from_days(z, &y, &m, &d);
			bad += date_make(y, m, d, iso) != 0 || date_days_from_civil(y, m, d) != z;
		}
		is_int(bad, 0, "every day number from 1900 to 2100 is a valid date and converts back");
		is_int(last - first + 1, 73414, "the range holds 73,414 days");
	}
	refused("29/02/2100", 0, "2100 is not a leap year");
	parses("2100", DATE_ALLOW_YEAR, "2100");
	refused("2101", DATE_ALLOW_YEAR, "2101 is outside");
}

int
main(void)
{
	char out[DATE_LEN], buf[32];
	ds_err err;

	i18n_set(LANG_EN);

	/* The forms collaborators type. */
	parses("25/04/2025", 0, "2025-04-25");
	parses("5/4/2025", 0, "2025-04-05");
	parses(" 05/04/2025 ", 0, "2025-04-05");
	parses("05.04.2025", 0, "2025-04-05");
	parses("05-04-2025", 0, "2025-04-05");
	parses("25042025", 0, "2025-04-25");
	parses("2504", 0, "2025-04-25");
	parses("25/4", 0, "2025-04-25");
	parses("2025-04-25", 0, "2025-04-25");
	parses("2025-4-5", 0, "2025-04-05");
	parses("29/02/2024", 0, "2024-02-29");
	parses("29/02/2000", 0, "2000-02-29");
	parses("01/01/1900", 0, "1900-01-01");
	parses("31/12/2100", 0, "2100-12-31");
	parses("1950", DATE_ALLOW_YEAR, "1950");
	parses("12/03/1950", DATE_ALLOW_YEAR, "1950-03-12");
	parses("0103", 0, "2025-03-01");

	/* Impossible dates and unreadable text. */
	refused("31/04/2025", 0, "month 4 has only 30 days");
	refused("31/06/2025", 0, "month 6 has only 30 days");
	refused("29/02/2025", 0, "2025 is not a leap year");
	refused("29/02/1900", 0, "1900 is not a leap year");
	refused("15/13/2025", 0, "no month 13");
	refused("00/01/2025", 0, "no day 0");
	refused("01/00/2025", 0, "no month 0");
	refused("01/01/1899", 0, "1899 is outside 1900");
	refused("01/01/2101", 0, "2101 is outside");
	refused("1950", 0, "no month 50");
	refused("1850", DATE_ALLOW_YEAR, "1850 is outside");
	refused("abc", 0, "Cannot read the date \"abc\"");
	refused("", 0, "empty");
	refused("25/04/25", 0, "year needs 4 digits");
	refused("25/04-2025", 0, "Cannot read");
	refused("2025/04/25/1", 0, "Cannot read");
	refused("123456", 0, "Cannot read");
	refused("1/2/3/4", 0, "Cannot read");
	refused("01234567890123456789012345678901234", 0, "too long");

	i18n_set(LANG_VI);
	ok(date_parse("31/04/2025", TODAY, 0, "date", out, &err) == -1 &&
	   strcmp(err.msg, "Không có ngày 31/04/2025: tháng 4 chỉ có 30 ngày") == 0,
	   "Vietnamese message for 31/04 (got: %s)", err.msg);
	i18n_set(LANG_EN);

	/* Validation. */
	ok(date_valid("2024-02-29"), "2024-02-29 is valid");
	ok(!date_valid("2023-02-29"), "2023-02-29 is not");
	ok(!date_valid("2025-4-05"), "ISO needs two-digit months");
	ok(!date_valid("1950"), "a year alone is not a full date");
	ok(date_valid_or_year("1950") && date_is_year_only("1950"), "a year alone is a valid birth date");
	ok(!date_valid(NULL) && !date_valid("") && !date_valid("2025-04-15x"), "junk is not valid");
	ok(date_is_leap(2000) && date_is_leap(2024) && !date_is_leap(1900) && !date_is_leap(2100),
	   "leap years: 2000 and 2024, not 1900 or 2100");
	is_int(date_days_in_month(2024, 2), 29, "February 2024 has 29 days");
	is_int(date_days_in_month(2025, 2), 28, "February 2025 has 28 days");
	is_int(date_days_in_month(2025, 13), 0, "month 13 has no days");

	test_edges();

	/* Parts, comparison, arithmetic. */
	is_int(date_year("2025-04-15"), 2025, "year");
	is_int(date_month("2025-04-15"), 4, "month");
	is_int(date_day("2025-04-15"), 15, "day");
	is_int(date_year("1948"), 1948, "year of a year alone");
	is_int(date_month("1948"), 0, "no month in a year alone");
	ok(date_cmp("2025-01-31", "2025-02-01") < 0 && date_cmp("2025-02-01", "2025-02-01") == 0 &&
	   date_cmp("2025-03-01", "2025-02-28") > 0, "dates compare in calendar order");
	days_is("2025-01-01", "2025-12-31", 364);
	days_is("2024-01-01", "2024-12-31", 365);
	days_is("2024-02-28", "2024-03-01", 2);
	days_is("2025-04-15", "2025-04-01", -14);
	days_is("1900-01-01", "2100-12-31", 73413);
	ok(date_days_between("2025-02-30", "2025-03-01", &(long){0}) == -1, "invalid date gives no difference");
	ok(date_add_days("2024-02-28", 1, out) == 0 && strcmp(out, "2024-02-29") == 0, "28/02/2024 + 1 = 29/02");
	ok(date_add_days("2025-02-28", 1, out) == 0 && strcmp(out, "2025-03-01") == 0, "28/02/2025 + 1 = 01/03");
	ok(date_add_days("2025-01-01", -1, out) == 0 && strcmp(out, "2024-12-31") == 0, "back across a year");
	ok(date_add_days("2025-04-15", 280, out) == 0 && strcmp(out, "2026-01-20") == 0, "280 days on");
	ok(date_add_days("2100-12-31", 1, out) == -1, "beyond 2100 refused");
	ok(date_add_days("1900-01-01", -1, out) == -1, "before 1900 refused");
	months_is("2025-01-31", 1, "2025-02-28");
	months_is("2024-01-31", 1, "2024-02-29");
	months_is("2025-03-31", -1, "2025-02-28");
	months_is("2024-05-15", 9, "2025-02-15");
	months_is("2025-01-15", -13, "2023-12-15");
	ok(date_add_months("2100-06-01", 7, out) == -1, "months beyond 2100 refused");

	/* Display and today. */
	date_format("2025-04-05", buf, sizeof buf);
	is_str(buf, "05/04/2025", "displayed as dd/mm/yyyy");
	date_format("1948", buf, sizeof buf);
	is_str(buf, "1948", "a year alone displays as the year");
	setenv("DANSO_TODAY", "2024-02-29", 1);
	clock_today(out);
	is_str(out, "2024-02-29", "DANSO_TODAY sets today");
	ok(date_parse("01/03", NULL, 0, "date", out, &err) == 0 && strcmp(out, "2024-03-01") == 0,
	   "dd/mm takes the year of DANSO_TODAY");
	setenv("DANSO_TODAY", "2024-02-30", 1);
	clock_today(out);
	ok(date_valid(out) && strcmp(out, "2024-02-30") != 0, "an invalid DANSO_TODAY is ignored");
	unsetenv("DANSO_TODAY");
	clock_today(out);
	ok(date_valid(out) && date_year(out) >= 2025, "the clock gives a valid date");
	return tap_done();
}
