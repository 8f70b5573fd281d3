/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* report.c: the raw counts of the commune report (see report.h). */
#include "config.h"

#include "db/internal.h"
#include "db/report.h"
#include "db/stocks.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Flows of the reporting months substr(?1,1,7) .. substr(?2,1,7), one
 * statement per group of kinds over the index event_kind (schema version
 * 8): each event is read once, by the statement of its kind, and tested
 * against that kind's columns alone; kinds no column counts (elderly
 * checks, changes of details) are never read. AGE is
 * the subject's age in whole years on the event's date (the mother for a
 * birth, the deceased for a death) and SUBJECT_SEX the subject's sex: both
 * read the person only for the few events whose filter gets that far (a
 * join read a person for every event: on a province, random reads all over
 * the file). */
#define FLOWS_OF(kinds) " FROM event ev WHERE ev.kind " kinds \
	" AND ev.period BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7) AND ev.cancelled = 0"
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
 * then id) is all five, and up to the one before was not. Counted in the
 * month of that screening, so months add up and a closed month does not
 * change when a later screening is recorded. */
#define NB_BITS_UPTO(cmp) "(SELECT " BITS_OF("s") " FROM event s" \
	" WHERE s.member_id = ev.member_id AND s.kind = 'newborn_screening' AND s.cancelled = 0" \
	" AND (s.event_date < ev.event_date OR (s.event_date = ev.event_date AND s.id " cmp " ev.id)))"
#define NEWBORN_COMPLETES "(coalesce(" NB_BITS_UPTO("<=") ", 0) & 31) = 31" \
	" AND (coalesce(" NB_BITS_UPTO("<") ", 0) & 31) <> 31"

static const char births_sql[] =
	"SELECT count(*), count(*) FILTER (WHERE child_sex = 1), count(*) FILTER (WHERE child_sex = 2),"
	" count(*) FILTER (WHERE birth_order = 1), count(*) FILTER (WHERE birth_order = 2),"
	" count(*) FILTER (WHERE birth_order >= 3), count(*) FILTER (WHERE birth_place IN ('1', '2')),"
	" count(*) FILTER (WHERE " AGE " < 20), count(*) FILTER (WHERE birth_order = 2 AND " AGE " < 35),"
	" count(*) FILTER (WHERE (coalesce(" PRENATAL_ALL ", 0) & 15) = 15)"
	FLOWS_OF("= 'birth'");
static const indicator_id births_columns[] = {
	IND_BIRTHS_TOTAL, IND_BIRTHS_MALE, IND_BIRTHS_FEMALE, IND_BIRTHS_ORDER1, IND_BIRTHS_ORDER2,
	IND_BIRTHS_ORDER3PLUS, IND_BIRTHS_AT_FACILITY, IND_BIRTHS_MOTHER_UNDER20, IND_BIRTHS_SECOND_MOTHER_UNDER35,
	IND_PRENATAL_SCREENED_4,
};

#define FP_METHOD(m) " count(*) FILTER (WHERE kind = 'fp_start' AND method = '" #m "'),"
static const char fp_sql[] =
	"SELECT count(*) FILTER (WHERE kind = 'fp_start'),"
	FP_METHOD(1) FP_METHOD(2) FP_METHOD(3) FP_METHOD(4) FP_METHOD(5) FP_METHOD(6) FP_METHOD(7) FP_METHOD(8)
	FP_METHOD(9)
	" count(*) FILTER (WHERE kind = 'fp_stop')"
	FLOWS_OF("IN ('fp_start', 'fp_stop')");
static const indicator_id fp_columns[] = {
	IND_FP_NEW_TOTAL, IND_FP_NEW_IUD, IND_FP_NEW_FEMALE_STERILISATION, IND_FP_NEW_MALE_STERILISATION,
	IND_FP_NEW_IMPLANT, IND_FP_NEW_INJECTABLE, IND_FP_NEW_PILL, IND_FP_NEW_CONDOM, IND_FP_NEW_OTHER_MODERN,
	IND_FP_NEW_TRADITIONAL, IND_FP_STOPS,
};

static const char pregnancy_sql[] =
	"SELECT count(*) FILTER (WHERE pregnancy_kind = '1'), count(*) FILTER (WHERE pregnancy_kind = '2'),"
	" count(*) FILTER (WHERE pregnancy_kind = '3')"
	FLOWS_OF("= 'pregnancy'");
static const indicator_id pregnancy_columns[] = {IND_PREGNANCIES, IND_MISCARRIAGES, IND_ABORTIONS};

static const char screening_sql[] =
	"SELECT count(*) FILTER (WHERE kind = 'prenatal_screening'), count(*) FILTER (WHERE kind = 'newborn_screening'),"
	" count(*) FILTER (WHERE kind = 'newborn_screening' AND " NEWBORN_COMPLETES ")"
	FLOWS_OF("IN ('prenatal_screening', 'newborn_screening')");
static const indicator_id screening_columns[] = {
	IND_PRENATAL_SCREENED, IND_NEWBORN_SCREENED, IND_NEWBORN_SCREENED_5,
};

static const char marriage_sql[] =
	"SELECT count(*) FILTER (WHERE kind = 'marriage'),"
	" count(*) FILTER (WHERE kind = 'marriage' AND premarital_check <> 0), count(*) FILTER (WHERE kind = 'divorce')"
	FLOWS_OF("IN ('marriage', 'divorce')");
static const indicator_id marriage_columns[] = {
	IND_MARRIAGES, IND_MARRIAGES_WITH_PREMARITAL_CHECK, IND_DIVORCES,
};

static const char death_sql[] =
	"SELECT count(*), count(*) FILTER (WHERE " SUBJECT_SEX " = 1), count(*) FILTER (WHERE " SUBJECT_SEX " = 2),"
	" count(*) FILTER (WHERE " AGE " < 1)"
	FLOWS_OF("= 'death'");
static const indicator_id death_columns[] = {
	IND_DEATHS_TOTAL, IND_DEATHS_MALE, IND_DEATHS_FEMALE, IND_DEATHS_UNDER1,
};

/* Moves from or to outside the commune (move_scope 0; 1 is a transfer
 * inside it); a whole household moving out counts the members who left
 * with it. */
static const char move_sql[] =
	"SELECT count(*) FILTER (WHERE kind = 'move_in'),"
	" coalesce(sum(CASE WHEN member_id IS NOT NULL THEN 1 ELSE"
	"   (SELECT count(*) FROM member x WHERE x.household_id = ev.household_id"
	"    AND x.status = 1 AND x.left_on = ev.event_date) END) FILTER (WHERE kind = 'move_out'), 0)"
	FLOWS_OF("IN ('move_in', 'move_out')") " AND ev.move_scope = 0";
static const indicator_id move_columns[] = {IND_MOVES_IN, IND_MOVES_OUT};

/* One statement of flows and the indicators of its columns. */
typedef struct flow_group {
	const char *sql;
	const indicator_id *columns;
	size_t ncolumns;
} flow_group;

#define GROUP(name) {name##_sql, name##_columns, ARRAY_LEN(name##_columns)}
static const flow_group flow_groups[] = {
	GROUP(births), GROUP(fp), GROUP(pregnancy), GROUP(screening), GROUP(marriage), GROUP(death), GROUP(move),
};

/* What the previous year's share of 3rd-or-higher births reads. */
static const char birth_orders_sql[] =
	"SELECT count(*), count(*) FILTER (WHERE birth_order >= 3)" FLOWS_OF("= 'birth'");
static const indicator_id birth_orders_columns[] = {IND_BIRTHS_TOTAL, IND_BIRTHS_ORDER3PLUS};
static const flow_group birth_orders_group = GROUP(birth_orders);
#undef GROUP

/* The births of the 12 months ?1 .. ?2, each with its mother's age on the
 * birth date (NULL when the mother is not in the register). */
static const char window_births_sql[] = "SELECT " AGE FLOWS_OF("= 'birth'");

/* The date `years` years before iso, same month and day, as text: a person
 * born on or before it is at least `years` old on iso (29 February works as
 * text: someone born on 29/02 turns a year older on 1 March). */
static void
years_before(const char *iso, int years, char out[DAY_BUF])
{
	int y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');

	snprintf(out, DAY_BUF, "%04d%.6s", y - years, iso + 4);
}

/* Step a one-row statement and copy its columns into out. */
static int
read_row(db *d, sqlite3_stmt *st, const indicator_id *cols, size_t ncols, indicator_values *out, ds_err *err)
{
	if (sqlite3_step(st) != SQLITE_ROW) {
		db_fail(d, err, L("Tính báo cáo", "Computing the report"));
		sqlite3_reset(st);
		return -1;
	}
	for (size_t i = 0; i < ncols; i++)
		indicator_values_set(out, cols[i], sqlite3_column_int64(st, (int)i));
	sqlite3_reset(st);
	return 0;
}

/* Count the flows of one group for first_day..last_day into out. */
static int
read_group(db *d, const flow_group *g, const char *first_day, const char *last_day, indicator_values *out,
           ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, g->sql);

	db_bind_text(st, 1, first_day);
	db_bind_text(st, 2, last_day);
	return read_row(d, st, g->columns, g->ncolumns, out, err);
}

/* Every group of flows for first_day..last_day into out. */
static int
read_flows(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	for (size_t i = 0; i < ARRAY_LEN(flow_groups); i++)
		if (read_group(d, &flow_groups[i], first_day, last_day, out, err) != 0)
			return -1;
	return 0;
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

/* The births of the 12 months ending with last_day, by the mother's age in
 * five-year groups from 15 (a mother outside 15-49 counts in the total
 * alone). */
static int
read_window_births(db *d, const char *last_day, indicator_values *out, ds_err *err)
{
	char first[DAY_BUF];
	long long total = 0, by_age[IND_AGE_GROUPS] = {0};
	sqlite3_stmt *st = db_stmt(d, window_births_sql);
	int rc;

	month_start_before(last_day, 11, first);
	db_bind_text(st, 1, first);
	db_bind_text(st, 2, last_day);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		total++;
		if (sqlite3_column_type(st, 0) != SQLITE_NULL) {
			long long age = sqlite3_column_int64(st, 0);
			if (age >= 15 && age < 15 + 5 * IND_AGE_GROUPS)
				by_age[(age - 15) / 5]++;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(d, err, L("Tính báo cáo", "Computing the report"));
	indicator_values_set(out, IND_BIRTHS_12M, total);
	for (int g = 0; g < IND_AGE_GROUPS; g++)
		indicator_values_set(out, (indicator_id)(IND_BIRTHS_MOTHER_15_19 + g), by_age[g]);
	return 0;
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
	snprintf(days->jan1, sizeof days->jan1, "%.4s-01-01", last_day);
	years_before(last_day, 15, days->age15);
	years_before(last_day, 50, days->age50);
	years_before(last_day, 60, days->age60);
	month_start_before(last_day, 5, days->mid_day);
	for (int g = 0; g <= IND_AGE_GROUPS; g++)
		years_before(days->mid_day, 15 + 5 * g, days->mid_age[g]);
}

/* Count every stock and flow of a period for the report. */
int
db_report_counts(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	stock_days days;
	stock_counts c;

	check_days(first_day, last_day);
	indicator_values_clear(out);
	set_days(last_day, &days);
	if (db_report_stocks(d, &days, &c, err) != 0)
		return -1;
	indicator_values_set(out, IND_HOUSEHOLDS_TOTAL, c.households);
	indicator_values_set(out, IND_HOUSEHOLDS_FAMILY, c.family_households);
	indicator_values_set(out, IND_POPULATION_TOTAL, c.people);
	indicator_values_set(out, IND_POPULATION_MALE, c.males);
	indicator_values_set(out, IND_POPULATION_FEMALE, c.females);
	indicator_values_set(out, IND_MARRIED_WOMEN_15_49, c.married_women);
	indicator_values_set(out, IND_PEOPLE_60_PLUS, c.aged_60);
	indicator_values_set(out, IND_FP_CURRENT_USERS, c.fp_users);
	indicator_values_set(out, IND_ELDERLY_CHECKED_YTD, c.elderly_checked);
	indicator_values_set(out, IND_POPULATION_MID_12M, c.people_mid);
	for (int g = 0; g < IND_AGE_GROUPS; g++)
		indicator_values_set(out, (indicator_id)(IND_WOMEN_15_19 + g), c.women_mid[g]);
	if (read_window_births(d, last_day, out, err) != 0)
		return -1;
	return read_flows(d, first_day, last_day, out, err);
}

/* Replace the flow counts of out with those of first_day..last_day. */
int
db_report_flows(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	check_days(first_day, last_day);
	return read_flows(d, first_day, last_day, out, err);
}

/* Only the births of first_day..last_day and those of order 3 or higher. */
int
db_report_birth_orders(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	check_days(first_day, last_day);
	indicator_values_clear(out);
	return read_group(d, &birth_orders_group, first_day, last_day, out, err);
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
