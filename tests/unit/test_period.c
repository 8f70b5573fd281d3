/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_period.c: months, quarters and years of reporting. */
#include "config.h"

#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "tests/tap.h"

#include <string.h>

/* Parse text, expecting the canonical form want. */
static void
parses(const char *text, const char *want, period_type type)
{
	period p;
	char out[PERIOD_LEN] = "";
	ds_err err;

	if (period_parse(text, &p, &err) < 0) {
		ok(0, "\"%s\" parses (got error: %s)", text, err.msg);
		return;
	}
	period_format(&p, out);
	ok(strcmp(out, want) == 0 && p.type == type, "\"%s\" reads as %s (got %s)", text, want, out);
}

/* Parsing text is refused with a message containing want. */
static void
refused(const char *text, const char *want)
{
	period p;
	ds_err err;

	ok(period_parse(text, &p, &err) == -1 && strstr(err.msg, want) != NULL && strcmp(err.field, "period") == 0,
	   "\"%s\" refused with \"%s\" (got: %s)", text, want, err.msg);
}

/* The first and last days of a period text. */
static void
span_is(const char *text, const char *first, const char *last)
{
	period p;
	char a[DATE_LEN] = "", b[DATE_LEN] = "";

	period_parse(text, &p, NULL);
	period_first_day(&p, a);
	period_last_day(&p, b);
	ok(strcmp(a, first) == 0 && strcmp(b, last) == 0, "%s runs %s to %s (got %s to %s)", text, first, last, a,
	   b);
}

/* Shifting text by one step gives want. */
static void
shift_is(const char *text, int step, const char *want)
{
	period p, q;
	char out[PERIOD_LEN] = "";

	period_parse(text, &p, NULL);
	ok((step < 0 ? period_prev(&p, &q) : period_next(&p, &q)) == 0, "%s has a %s", text,
	   step < 0 ? "predecessor" : "successor");
	period_format(&q, out);
	is_str(out, want, "%s %s is %s", step < 0 ? "before" : "after", text, want);
}

int
main(void)
{
	period p, q, months[12];
	char out[PERIOD_LEN], first[DATE_LEN], last[DATE_LEN], label[32];
	int n;

	i18n_set(LANG_EN);
	parses("2025-04", "2025-04", PERIOD_MONTH);
	parses("2025-Q2", "2025-Q2", PERIOD_QUARTER);
	parses("2025-q4", "2025-Q4", PERIOD_QUARTER);
	parses("2025", "2025", PERIOD_YEAR);
	parses("202504", "2025-04", PERIOD_MONTH);
	parses("2025Q1", "2025-Q1", PERIOD_QUARTER);
	parses(" 2025-12 ", "2025-12", PERIOD_MONTH);

	refused("2025-13", "no month 13");
	refused("2025-00", "no month 0");
	refused("2025-Q5", "no quarter 5");
	refused("2025-Q0", "no quarter 0");
	refused("1899-01", "1899 is outside");
	refused("2025-4", "Cannot read the period \"2025-4\"");
	refused("2025-", "Cannot read");
	refused("25-04", "Cannot read");
	refused("2025-04-01", "Cannot read");
	refused("", "Cannot read");
	refused("april", "Cannot read");
	refused("2025-04-01-2025-04-30", "too long");

	span_is("2025-04", "2025-04-01", "2025-04-30");
	span_is("2024-02", "2024-02-01", "2024-02-29");
	span_is("2025-02", "2025-02-01", "2025-02-28");
	span_is("2025-Q1", "2025-01-01", "2025-03-31");
	span_is("2025-Q2", "2025-04-01", "2025-06-30");
	span_is("2025-Q3", "2025-07-01", "2025-09-30");
	span_is("2025-Q4", "2025-10-01", "2025-12-31");
	span_is("2025", "2025-01-01", "2025-12-31");

	period_parse("2025-Q1", &p, NULL);
	ok(period_contains(&p, "2025-03-31"), "31/03 is in Q1");
	ok(!period_contains(&p, "2025-04-01"), "01/04 is not in Q1");
	ok(!period_contains(&p, "2024-12-31"), "31/12 of the year before is not in Q1");
	ok(!period_contains(&p, "2025"), "a year alone is in no period");
	n = period_months(&p, months);
	period_format(&months[2], out);
	ok(n == 3 && strcmp(out, "2025-03") == 0, "Q1 has 3 months, the last March");
	period_parse("2025", &p, NULL);
	is_int(period_months(&p, months), 12, "a year has 12 months");
	period_parse("2025-07", &p, NULL);
	is_int(period_months(&p, months), 1, "a month has itself");

	shift_is("2025-01", -1, "2024-12");
	shift_is("2025-12", 1, "2026-01");
	shift_is("2025-04", 1, "2025-05");
	shift_is("2025-Q1", -1, "2024-Q4");
	shift_is("2025-Q4", 1, "2026-Q1");
	shift_is("2025", -1, "2024");
	period_parse("1900-01", &p, NULL);
	ok(period_prev(&p, &q) == -1, "no month before January 1900");

	period_parse("2025-05", &p, NULL);
	period_ytd(&p, first, last);
	ok(strcmp(first, "2025-01-01") == 0 && strcmp(last, "2025-05-31") == 0, "year to date of May: 01/01-31/05");
	period_parse("2024-Q1", &p, NULL);
	period_ytd(&p, first, last);
	ok(strcmp(first, "2024-01-01") == 0 && strcmp(last, "2024-03-31") == 0, "year to date of Q1 2024");

	period_parse("2025-06", &p, NULL);
	period_quarter_of(&p, &q);
	period_format(&q, out);
	is_str(out, "2025-Q2", "June is in Q2");
	period_parse("2025-07", &p, NULL);
	period_quarter_of(&p, &q);
	period_format(&q, out);
	is_str(out, "2025-Q3", "July is in Q3");

	ok(period_last_complete_month("2025-05-02", &p) == 0, "last complete month computed");
	period_format(&p, out);
	is_str(out, "2025-04", "on 02/05/2025 the working month is April");
	period_last_complete_month("2025-01-10", &p);
	period_format(&p, out);
	is_str(out, "2024-12", "in January the working month is December of the year before");
	ok(period_last_complete_month("2025-13-01", &p) == -1, "an unreadable today is refused");

	period_parse("2025-04", &p, NULL);
	period_dhis2(&p, out);
	is_str(out, "202504", "DHIS2 month");
	period_parse("2025-Q3", &p, NULL);
	period_dhis2(&p, out);
	is_str(out, "2025Q3", "DHIS2 quarter");
	period_parse("2025", &p, NULL);
	period_dhis2(&p, out);
	is_str(out, "2025", "DHIS2 year");

	period_parse("2025-Q2", &p, NULL);
	period_label(&p, label, sizeof label);
	is_str(label, "Q2 2025", "English quarter label");
	is_str(period_type_label(p.type), "quarter", "type label");
	i18n_set(LANG_VI);
	period_label(&p, label, sizeof label);
	is_str(label, "Quý 2/2025", "Vietnamese quarter label");
	period_parse("2025-04", &p, NULL);
	period_label(&p, label, sizeof label);
	is_str(label, "04/2025", "month label");

	ok(period_month_of("2025-04-30", &p) == 0 && p.type == PERIOD_MONTH && p.number == 4, "month of a date");
	period_parse("2025-Q2", &q, NULL);
	period_parse("2025-05", &p, NULL);
	ok(period_cmp(&p, &q) > 0, "May 2025 sorts after Q2 2025 (later start)");
	period_parse("2025-04", &p, NULL);
	ok(period_cmp(&p, &q) < 0, "April sorts before Q2 starting the same day");
	ok(period_make(PERIOD_MONTH, 2025, 13, &p) == -1 && period_make(PERIOD_QUARTER, 2025, 4, &p) == 0,
	   "period_make checks ranges");
	return tap_done();
}
