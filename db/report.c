/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* report.c: the raw counts of the commune report (see report.h). */
#include "config.h"

#include "db/internal.h"
#include "db/report.h"
#include "db/stocks.h"
#include "domain/i18n.h"
#include "domain/model.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the flows: one pass over the events of the months ---- */

/* The events of the 12 months ?1 .. ?12 of the kinds the report counts,
 * read once each from the covering index event_period (schema version 8),
 * which SQLite seeks month by month and kind by kind (changes of details
 * and elderly checks are never read), and counted here by kind: the period's
 * flows, the year to date's (?13 is January's month) and the 12-month
 * window's births (of its months before January, only the births count,
 * and only their mothers' ages are read). What a kind's columns need
 * beyond the event's own fields is computed for that kind alone: AGE is
 * the subject's age in whole years on the event's date (the mother for a
 * birth, the deceased for a death) and SUBJECT_SEX the subject's sex, both
 * read from the person only for births and deaths. */
#define AGE "(SELECT CAST(substr(ev.event_date, 1, 4) AS INTEGER) - CAST(substr(m.birth_date, 1, 4) AS INTEGER)" \
	" - (substr(ev.event_date, 6, 5) <" \
	"    CASE WHEN length(m.birth_date) = 4 THEN '07-01' ELSE substr(m.birth_date, 6, 5) END)" \
	" FROM member m WHERE m.id = ev.member_id)"
#define SUBJECT_SEX "(SELECT m.sex FROM member m WHERE m.id = ev.member_id)"
/* The conditions screened for the birth's pregnancy, as one bit set (the
 * union of the bits of its mother's prenatal screenings): screenings of
 * the mother on or before the birth, less than 300 days (43 weeks) before
 * it, and after her previous birth (twins share the date, so the same
 * screenings serve both). 15: all four (PN_* of domain/model.h). BITS_OF
 * is the union of the five low bits of the conditions of the rows s. */
#define BITS_OF(s) "(max(" s ".conditions & 1) | max(" s ".conditions & 2) | max(" s ".conditions & 4)" \
	" | max(" s ".conditions & 8) | max(" s ".conditions & 16))"
#define PRENATAL_ALL "(SELECT " BITS_OF("s") " FROM event s" \
	" WHERE s.member_id = ev.member_id AND s.kind = 'prenatal_screening' AND s.cancelled = 0" \
	" AND s.event_date <= ev.event_date AND s.event_date > date(ev.event_date, '-300 days')" \
	" AND s.event_date > coalesce((SELECT max(b.event_date) FROM event b WHERE b.member_id = ev.member_id" \
	"   AND b.kind = 'birth' AND b.cancelled = 0 AND b.event_date < ev.event_date), ''))"
/* A newborn screening that completes its child's five conditions (31, the
 * NB_* bits): the union of the child's screenings up to this one (by date,
 * then id) is all five, and up to the one before was not (the union up to
 * this one is the one before's with this screening's own bits). Counted in the
 * month of that screening, so months add up and a closed month does not
 * change when a later screening is recorded. */
#define NB_BITS_BEFORE "coalesce((SELECT " BITS_OF("s") " FROM event s" \
	" WHERE s.member_id = ev.member_id AND s.kind = 'newborn_screening' AND s.cancelled = 0" \
	" AND (s.event_date < ev.event_date OR (s.event_date = ev.event_date AND s.id < ev.id))), 0)"
#define NEWBORN_COMPLETES "(SELECT ((b | ev.conditions) & 31) = 31 AND (b & 31) <> 31 FROM (SELECT " NB_BITS_BEFORE " AS b))"

/* The 12 months of the pass, ?1 .. ?12 ("YYYY-MM"), and the kinds it
 * counts: a list of both lets SQLite seek each month and kind in
 * event_period (led by period, then kind) instead of reading every event
 * of the months, changes of details and elderly checks included. */
#define TWELVE_MONTHS "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
#define COUNTED_KINDS "('birth', 'newborn_screening', 'death', 'move_in', 'move_out', 'fp_start', 'fp_stop'," \
	" 'pregnancy', 'prenatal_screening', 'marriage', 'divorce')"
#define PASS_MONTHS 12

/* Columns: 0 period, 1 kind, 2 member_id, 3 child_sex, 4 birth_order,
 * 5 birth_place, 6 method, 7 pregnancy_kind, 8 premarital_check,
 * 9 move_scope, 10 AGE (births, deaths), 11 all four prenatal conditions
 * screened (births of the year), 12 completes the five newborn conditions, 13
 * SUBJECT_SEX (deaths), 14 the people a move out of the commune took: 1,
 * or a whole household's members who left with it. */
static const char events_sql[] =
	"SELECT period, kind, member_id, child_sex, birth_order, birth_place, method, pregnancy_kind,"
	" premarital_check, move_scope,"
	" CASE WHEN kind = 'birth' OR (kind = 'death' AND period >= ?13) THEN " AGE " END,"
	" CASE WHEN kind = 'birth' AND period >= ?13 THEN (coalesce(" PRENATAL_ALL ", 0) & 15) = 15 END,"
	" CASE WHEN kind = 'newborn_screening' AND period >= ?13 THEN " NEWBORN_COMPLETES " END,"
	" CASE WHEN kind = 'death' AND period >= ?13 THEN " SUBJECT_SEX " END,"
	" CASE WHEN kind = 'move_out' AND move_scope = 0 AND period >= ?13 THEN CASE WHEN member_id IS NOT NULL THEN 1 ELSE"
	"   (SELECT count(*) FROM member x WHERE x.household_id = ev.household_id"
	"    AND x.status = 1 AND x.left_on = ev.event_date) END END"
	" FROM event ev WHERE ev.period IN " TWELVE_MONTHS " AND ev.kind IN " COUNTED_KINDS " AND ev.cancelled = 0";

/* The people with an elderly check in the months ?1 .. ?12 from ?13 on,
 * once per check. */
static const char elderly_sql[] =
	"SELECT member_id FROM event WHERE period IN " TWELVE_MONTHS " AND kind = 'elderly_check' AND cancelled = 0"
	" AND period >= ?13 AND member_id IS NOT NULL";

/* The births alone, and those of order 3 or higher: what the previous
 * year's share of 3rd-or-higher births reads. */
static const char birth_orders_sql[] =
	"SELECT count(*), count(*) FILTER (WHERE birth_order >= 3) FROM event"
	" WHERE period IN " TWELVE_MONTHS " AND kind = 'birth' AND cancelled = 0";

/* Every flow indicator (what the pass counts into a period). */
static const indicator_id flow_ids[] = {
	IND_BIRTHS_TOTAL, IND_BIRTHS_MALE, IND_BIRTHS_FEMALE, IND_BIRTHS_ORDER1, IND_BIRTHS_ORDER2,
	IND_BIRTHS_ORDER3PLUS, IND_BIRTHS_AT_FACILITY, IND_BIRTHS_MOTHER_UNDER20,
	IND_BIRTHS_SECOND_MOTHER_UNDER35,
	IND_FP_NEW_TOTAL, IND_FP_NEW_IUD, IND_FP_NEW_FEMALE_STERILISATION, IND_FP_NEW_MALE_STERILISATION,
	IND_FP_NEW_IMPLANT, IND_FP_NEW_INJECTABLE, IND_FP_NEW_PILL, IND_FP_NEW_CONDOM, IND_FP_NEW_OTHER_MODERN,
	IND_FP_NEW_TRADITIONAL, IND_FP_STOPS,
	IND_PREGNANCIES, IND_MISCARRIAGES, IND_ABORTIONS, IND_PRENATAL_SCREENED, IND_PRENATAL_SCREENED_4,
	IND_NEWBORN_SCREENED, IND_NEWBORN_SCREENED_5,
	IND_MARRIAGES, IND_MARRIAGES_WITH_PREMARITAL_CHECK, IND_DIVORCES,
	IND_DEATHS_TOTAL, IND_DEATHS_MALE, IND_DEATHS_FEMALE, IND_DEATHS_UNDER1, IND_MOVES_IN, IND_MOVES_OUT,
};

/* The fp_start method codes 1..9, in order. */
static const indicator_id fp_method_ids[] = {
	IND_FP_NEW_IUD, IND_FP_NEW_FEMALE_STERILISATION, IND_FP_NEW_MALE_STERILISATION, IND_FP_NEW_IMPLANT,
	IND_FP_NEW_INJECTABLE, IND_FP_NEW_PILL, IND_FP_NEW_CONDOM, IND_FP_NEW_OTHER_MODERN, IND_FP_NEW_TRADITIONAL,
};

/* Count one event of kind k (row of events_sql in st) into the flows c. */
static void
count_flow(long long *c, event_kind k, sqlite3_stmt *st)
{
	int null_age = sqlite3_column_type(st, 10) == SQLITE_NULL;
	long long age = sqlite3_column_int64(st, 10);

	switch (k) {
	case EV_BIRTH: {
		int child = sqlite3_column_int(st, 3), order = sqlite3_column_int(st, 4);
		const char *place = db_column_str(st, 5);
		c[IND_BIRTHS_TOTAL]++;
		c[IND_BIRTHS_MALE] += child == 1;
		c[IND_BIRTHS_FEMALE] += child == 2;
		c[IND_BIRTHS_ORDER1] += order == 1;
		c[IND_BIRTHS_ORDER2] += order == 2;
		c[IND_BIRTHS_ORDER3PLUS] += order >= 3;
		c[IND_BIRTHS_AT_FACILITY] += strcmp(place, "1") == 0 || strcmp(place, "2") == 0;
		c[IND_BIRTHS_MOTHER_UNDER20] += !null_age && age < 20;
		c[IND_BIRTHS_SECOND_MOTHER_UNDER35] += order == 2 && !null_age && age < 35;
		c[IND_PRENATAL_SCREENED_4] += sqlite3_column_int(st, 11) != 0;
		break;
	}
	case EV_FP_START: {
		const char *m = db_column_str(st, 6);
		c[IND_FP_NEW_TOTAL]++;
		if (m[0] >= '1' && m[0] <= '9' && m[1] == '\0')
			c[fp_method_ids[m[0] - '1']]++;
		break;
	}
	case EV_FP_STOP:
		c[IND_FP_STOPS]++;
		break;
	case EV_PREGNANCY: {
		const char *pk = db_column_str(st, 7);
		c[IND_PREGNANCIES] += strcmp(pk, "1") == 0;
		c[IND_MISCARRIAGES] += strcmp(pk, "2") == 0;
		c[IND_ABORTIONS] += strcmp(pk, "3") == 0;
		break;
	}
	case EV_PRENATAL_SCREENING:
		c[IND_PRENATAL_SCREENED]++;
		break;
	case EV_NEWBORN_SCREENING:
		c[IND_NEWBORN_SCREENED]++;
		c[IND_NEWBORN_SCREENED_5] += sqlite3_column_int(st, 12) != 0;
		break;
	case EV_MARRIAGE:
		c[IND_MARRIAGES]++;
		c[IND_MARRIAGES_WITH_PREMARITAL_CHECK] += sqlite3_column_int(st, 8) != 0;
		break;
	case EV_DIVORCE:
		c[IND_DIVORCES]++;
		break;
	case EV_DEATH: {
		int dead = sqlite3_column_type(st, 13) == SQLITE_NULL ? 0 : sqlite3_column_int(st, 13);
		c[IND_DEATHS_TOTAL]++;
		c[IND_DEATHS_MALE] += dead == 1;
		c[IND_DEATHS_FEMALE] += dead == 2;
		c[IND_DEATHS_UNDER1] += !null_age && age < 1;
		break;
	}
	case EV_MOVE_IN:
		c[IND_MOVES_IN] += sqlite3_column_int(st, 9) == 0;
		break;
	case EV_MOVE_OUT:
		c[IND_MOVES_OUT] += sqlite3_column_int64(st, 14);
		break;
	default:
		break;
	}
}

/* Where the pass counts: the months of each part, "YYYY-MM". */
struct events_pass {
	char first[8];                 /* the period's first month */
	char year_first[8];            /* January of the last month's year */
	char window_first[8];          /* the 12 months ending with the last */
	long long period[IND_COUNT], ytd[IND_COUNT];
	long long births_12m, births_by_age[IND_AGE_GROUPS];
	int64_t *elderly;              /* people with an elderly check this year, unsorted */
	size_t nelderly, elderly_cap;
};

/* One event of the pass. */
static void
count_event(struct events_pass *p, sqlite3_stmt *st)
{
	const char *month = db_column_str(st, 0);
	event_kind k;
	int in_year = strcmp(month, p->year_first) >= 0;

	if (event_kind_parse(db_column_str(st, 1), &k) != 0)
		return;
	if (k == EV_BIRTH && strcmp(month, p->window_first) >= 0) {
		p->births_12m++;
		if (sqlite3_column_type(st, 10) != SQLITE_NULL) {
			long long age = sqlite3_column_int64(st, 10);
			if (age >= 15 && age < 15 + 5 * IND_AGE_GROUPS)
				p->births_by_age[(age - 15) / 5]++;
		}
	}
	if (in_year)
		count_flow(p->ytd, k, st);
	if (strcmp(month, p->first) >= 0)
		count_flow(p->period, k, st);
}

/* The first day of the month `back` months before iso's month. */
static void
month_start_before(const char *iso, int back, char out[DAY_BUF])
{
	int y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
	int m = (iso[5] - '0') * 10 + (iso[6] - '0') - 1 - back;

	while (m < 0) {
		m += 12;
		y--;
	}
	snprintf(out, DAY_BUF, "%04d-%02d-01", y, m + 1);
}

/* Bind the 12 months ending with last's as ?1 .. ?12 and, unless NULL,
 * year_first as ?13; months holds their texts while the statement runs. */
static void
bind_months(sqlite3_stmt *st, const char *last_day, const char *year_first, char months[PASS_MONTHS][8])
{
	for (int i = 0; i < PASS_MONTHS; i++) {
		char day[DAY_BUF];
		month_start_before(last_day, PASS_MONTHS - 1 - i, day);
		str_printf(months[i], 8, "%.7s", day);
		db_bind_static(st, i + 1, months[i]);
	}
	if (year_first != NULL)
		db_bind_static(st, PASS_MONTHS + 1, year_first);
}

/* Run the pass over the 12 months ending with last_day's. 0 or db_fail(). */
static int
events_pass_run(db *d, const char *first_day, const char *last_day, struct events_pass *p, ds_err *err)
{
	char window[DAY_BUF], months[PASS_MONTHS][8];
	sqlite3_stmt *st = db_stmt(d, events_sql);
	int rc;

	month_start_before(last_day, PASS_MONTHS - 1, window);
	if (strcmp(first_day, window) < 0)
		fatal("db_report_counts: a period of more than 12 months (%s to %s)", first_day, last_day);
	str_printf(p->first, sizeof p->first, "%.7s", first_day);
	str_printf(p->year_first, sizeof p->year_first, "%.4s-01", last_day);
	str_printf(p->window_first, sizeof p->window_first, "%.7s", window);
	bind_months(st, last_day, p->year_first, months);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		count_event(p, st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(d, err, L("Tính báo cáo", "Computing the report"));
	st = db_stmt(d, elderly_sql);
	bind_months(st, last_day, p->year_first, months);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (p->nelderly == p->elderly_cap) {
			p->elderly_cap = p->elderly_cap ? 2 * p->elderly_cap : 256;
			p->elderly = xrealloc(p->elderly, p->elderly_cap * sizeof *p->elderly);
		}
		p->elderly[p->nelderly++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(d, err, L("Tính báo cáo", "Computing the report"));
}

/* Mark the flows c known in out. */
static void
set_flows(const long long *c, indicator_values *out)
{
	for (size_t i = 0; i < ARRAY_LEN(flow_ids); i++)
		indicator_values_set(out, flow_ids[i], c[flow_ids[i]]);
}

/* The date `years` years before iso, same month and day, as text: a person
 * born on or before it is at least `years` old on iso (29 February works as
 * text: someone born on 29/02 turns a year older on 1 March). */
static void
years_before(const char *iso, int years, char out[DAY_BUF])
{
	int y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');

	snprintf(out, DAY_BUF, "%04d%.6s", y - years, iso + 4);
}

/* Abort on dates that are not YYYY-MM-DD. */
static void
check_days(const char *first_day, const char *last_day)
{
	if (strlen(first_day) != 10 || strlen(last_day) != 10)
		fatal("db_report_counts: dates must be YYYY-MM-DD (%s, %s)", first_day, last_day);
}

/* The days of the stocks of a period ending on last_day. */
static void
set_days(const char *last_day, stock_days *days)
{
	str_copy(days->last_day, sizeof days->last_day, last_day);
	years_before(last_day, 15, days->age15);
	years_before(last_day, 50, days->age50);
	years_before(last_day, 60, days->age60);
	month_start_before(last_day, 5, days->mid_day);
	for (int g = 0; g <= IND_AGE_GROUPS; g++)
		years_before(days->mid_day, 15 + 5 * g, days->mid_age[g]);
}

/* Mark the stocks c known in out. */
static void
set_stocks(const stock_counts *c, indicator_values *out)
{
	indicator_values_set(out, IND_HOUSEHOLDS_TOTAL, c->households);
	indicator_values_set(out, IND_HOUSEHOLDS_FAMILY, c->family_households);
	indicator_values_set(out, IND_POPULATION_TOTAL, c->people);
	indicator_values_set(out, IND_POPULATION_MALE, c->males);
	indicator_values_set(out, IND_POPULATION_FEMALE, c->females);
	indicator_values_set(out, IND_MARRIED_WOMEN_15_49, c->married_women);
	indicator_values_set(out, IND_PEOPLE_60_PLUS, c->aged_60);
	indicator_values_set(out, IND_FP_CURRENT_USERS, c->fp_users);
	indicator_values_set(out, IND_ELDERLY_CHECKED_YTD, c->elderly_checked);
	indicator_values_set(out, IND_POPULATION_MID_12M, c->people_mid);
	for (int g = 0; g < IND_AGE_GROUPS; g++)
		indicator_values_set(out, (indicator_id)(IND_WOMEN_15_19 + g), c->women_mid[g]);
}

/* Count every stock and flow of a period (and the year to date's flows). */
int
db_report_counts(db *d, const char *first_day, const char *last_day, indicator_values *out, indicator_values *ytd,
                 ds_err *err)
{
	struct events_pass *p = xcalloc(1, sizeof *p);
	stock_days days;
	stock_counts c;
	int rc;

	check_days(first_day, last_day);
	indicator_values_clear(out);
	set_days(last_day, &days);
	rc = events_pass_run(d, first_day, last_day, p, err);
	if (rc == 0)
		rc = db_report_stocks(d, &days, p->elderly, p->nelderly, &c, err);
	if (rc == 0) {
		set_stocks(&c, out);
		indicator_values_set(out, IND_BIRTHS_12M, p->births_12m);
		for (int g = 0; g < IND_AGE_GROUPS; g++)
			indicator_values_set(out, (indicator_id)(IND_BIRTHS_MOTHER_15_19 + g), p->births_by_age[g]);
		set_flows(p->period, out);
		if (ytd != NULL) {
			*ytd = *out;
			set_flows(p->ytd, ytd);
		}
	}
	free(p->elderly);
	free(p);
	return rc;
}

/* Only the births of the 12 months ending with last_day (first_day is the
 * first of them) and those of order 3 or higher. */
int
db_report_birth_orders(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	char months[PASS_MONTHS][8], window[DAY_BUF];
	sqlite3_stmt *st = db_stmt(d, birth_orders_sql);
	int rc;

	check_days(first_day, last_day);
	month_start_before(last_day, PASS_MONTHS - 1, window);
	if (strncmp(first_day, window, 7) != 0)
		fatal("db_report_birth_orders: %s to %s is not 12 months", first_day, last_day);
	indicator_values_clear(out);
	bind_months(st, last_day, NULL, months);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		indicator_values_set(out, IND_BIRTHS_TOTAL, sqlite3_column_int64(st, 0));
		indicator_values_set(out, IND_BIRTHS_ORDER3PLUS, sqlite3_column_int64(st, 1));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, err, L("Tính báo cáo", "Computing the report"));
}

/* The min-max counts, one row per area and month (report.h). */
static const char area_month_sql[] =
	"SELECT h.area_id, e.period,"
	" count(*) FILTER (WHERE e.kind = 'birth'),"
	" count(*) FILTER (WHERE e.kind = 'death'),"
	" count(*) FILTER (WHERE e.kind = 'fp_start'),"
	" count(*) FILTER (WHERE e.kind = 'prenatal_screening'),"
	" count(*) FILTER (WHERE e.kind = 'newborn_screening')"
	" FROM event e JOIN household h ON h.id = e.household_id"
	" WHERE e.period BETWEEN ?1 AND ?2 AND e.cancelled = 0"
	" AND e.kind IN ('birth', 'death', 'fp_start', 'prenatal_screening', 'newborn_screening')"
	" GROUP BY h.area_id, e.period ORDER BY h.area_id, e.period";

int
db_area_month_counts(db *d, const char *first_month, const char *last_month, area_month_counts **out, size_t *n,
                     ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, area_month_sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	db_bind_text(st, 1, first_month);
	db_bind_text(st, 2, last_month);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		area_month_counts *c;
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		c = &(*out)[(*n)++];
		c->area_id = sqlite3_column_int64(st, 0);
		db_column_text(st, 1, c->month, sizeof c->month);
		for (int i = 0; i < MINMAX_MEASURES; i++)
			c->count[i] = sqlite3_column_int64(st, 2 + i);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(d, err, L("Đếm theo địa bàn và tháng", "Counting by area and month"));
	}
	return 0;
}

int
db_register_first_month(db *d, char out[8], ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT coalesce(min(period), '') FROM event WHERE cancelled = 0");
	int rc = sqlite3_step(st);

	out[0] = '\0';
	if (rc == SQLITE_ROW)
		db_column_text(st, 0, out, 8);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, err, L("Tìm tháng đầu của sổ", "Finding the register's first month"));
}
