/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* report.c: the raw counts of the commune report (see report.h). */
#include "config.h"

#include "db/internal.h"
#include "db/report.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Room for "YYYY-MM-DD" and whatever a year number prints as. */
#define DAY_BUF 24

/* Stocks at ?1 (last day). ?2: born on or before this date is 15 or older;
 * ?3: born after this date is under 50; ?4: born on or before this date is
 * 60 or older; ?5: 1 January of ?1's year. A year-only birth date counts
 * as 1 July of that year. One pass over the people present at ?1: every
 * person count is a FILTER of the same scan. Everything an event changes is
 * read as of ?1 rather than from the current row (docs/rules.md, "Stocks
 * on the period's last day"): presence from entered_on / left_on, the
 * household from the transfers (MEMBER_HOUSEHOLD_AT), the marital status
 * from the marriages, divorces and changes of details (MARITAL_AT, read
 * last in each filter so that only women 15-49 pay for it). A household
 * counts while one of its people is present. */
static const char stock_sql[] =
	"WITH person AS ("
	"  SELECT id, sex, marital, hh, (SELECT h.kind FROM household h WHERE h.id = hh) AS hh_kind, born FROM ("
	"   SELECT id, sex, marital, " MEMBER_HOUSEHOLD_AT("member.id", "member.household_id", "?1") " AS hh,"
	"          CASE WHEN length(birth_date) = 4 THEN birth_date || '-07-01' ELSE birth_date END AS born"
	"   FROM member"
	"   WHERE entered_on <= ?1 AND (left_on > ?1 OR (left_on = '' AND status = 0))))"
	"SELECT"
	" count(DISTINCT hh),"
	" count(DISTINCT hh) FILTER (WHERE hh_kind = '1'),"
	" count(*),"
	" count(*) FILTER (WHERE sex = 1),"
	" count(*) FILTER (WHERE sex = 2),"
	" count(*) FILTER (WHERE sex = 2 AND born <= ?2 AND born > ?3 AND " MARITAL_AT("person.id", "person.marital", "?1") " = '2'),"
	" count(*) FILTER (WHERE born <= ?4),"
	" count(*) FILTER (WHERE sex = 2 AND born <= ?2 AND born > ?3"
	"   AND (SELECT f.method FROM fp_status f WHERE f.member_id = person.id AND f.period <= substr(?1, 1, 7)"
	"        ORDER BY f.period DESC LIMIT 1) <> ''"
	"   AND " MARITAL_AT("person.id", "person.marital", "?1") " = '2'),"
	" count(*) FILTER (WHERE born <= ?4 AND EXISTS ("
	"   SELECT 1 FROM event e WHERE e.member_id = person.id AND e.kind = 'elderly_check'"
	"   AND e.event_date BETWEEN ?5 AND ?1 AND e.cancelled = 0))"
	" FROM person";

/* Flows of the reporting months substr(?1,1,7) .. substr(?2,1,7). AGE is
 * the subject's age in whole years on the event's date (the mother for a
 * birth, the deceased for a death) and SUBJECT_SEX the subject's sex: both
 * read the person only for the few events whose filter gets that far (a
 * join read a person for every event: on a province, random reads all over
 * the file). */
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
static const char flow_sql[] =
	"WITH ev AS ("
	"  SELECT e.id, e.kind, e.member_id, e.household_id, e.event_date, e.child_sex, e.birth_order,"
	"         e.birth_place, e.method, e.pregnancy_kind, e.premarital_check, e.move_scope"
	"  FROM event e"
	"  WHERE e.period BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7) AND e.cancelled = 0"
	")"
	"SELECT"
	" count(*) FILTER (WHERE kind = 'birth'),"
	" count(*) FILTER (WHERE kind = 'birth' AND child_sex = 1),"
	" count(*) FILTER (WHERE kind = 'birth' AND child_sex = 2),"
	" count(*) FILTER (WHERE kind = 'birth' AND birth_order = 1),"
	" count(*) FILTER (WHERE kind = 'birth' AND birth_order = 2),"
	" count(*) FILTER (WHERE kind = 'birth' AND birth_order >= 3),"
	" count(*) FILTER (WHERE kind = 'birth' AND birth_place IN ('1', '2')),"
	" count(*) FILTER (WHERE kind = 'birth' AND " AGE " < 20),"
	" count(*) FILTER (WHERE kind = 'birth' AND birth_order = 2 AND " AGE " < 35),"
	" count(*) FILTER (WHERE kind = 'fp_start'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '1'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '2'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '3'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '4'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '5'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '6'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '7'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '8'),"
	" count(*) FILTER (WHERE kind = 'fp_start' AND method = '9'),"
	" count(*) FILTER (WHERE kind = 'fp_stop'),"
	" count(*) FILTER (WHERE kind = 'pregnancy' AND pregnancy_kind = '1'),"
	" count(*) FILTER (WHERE kind = 'pregnancy' AND pregnancy_kind = '2'),"
	" count(*) FILTER (WHERE kind = 'pregnancy' AND pregnancy_kind = '3'),"
	" count(*) FILTER (WHERE kind = 'prenatal_screening'),"
	" count(*) FILTER (WHERE kind = 'birth' AND (coalesce(" PRENATAL_ALL ", 0) & 15) = 15),"
	" count(*) FILTER (WHERE kind = 'newborn_screening'),"
	" count(*) FILTER (WHERE kind = 'newborn_screening' AND " NEWBORN_COMPLETES "),"
	" count(*) FILTER (WHERE kind = 'marriage'),"
	" count(*) FILTER (WHERE kind = 'marriage' AND premarital_check <> 0),"
	" count(*) FILTER (WHERE kind = 'divorce'),"
	" count(*) FILTER (WHERE kind = 'death'),"
	" count(*) FILTER (WHERE kind = 'death' AND " SUBJECT_SEX " = 1),"
	" count(*) FILTER (WHERE kind = 'death' AND " SUBJECT_SEX " = 2),"
	" count(*) FILTER (WHERE kind = 'death' AND " AGE " < 1),"
	" count(*) FILTER (WHERE kind = 'move_in' AND move_scope = 0),"
	" coalesce(sum(CASE WHEN member_id IS NOT NULL THEN 1 ELSE"
	"   (SELECT count(*) FROM member x WHERE x.household_id = ev.household_id"
	"    AND x.status = 1 AND x.left_on = ev.event_date) END)"
	"   FILTER (WHERE kind = 'move_out' AND move_scope = 0), 0)"
	" FROM ev";

/* The 12 months ending with the period: ?1 the window's first day, ?2 its
 * last day (the period's), ?3 its middle (the first day of its 7th month:
 * 1 July for a calendar year). People present at ?3 (as stock_sql at
 * its day); women by age at ?3 in five-year groups, from ?4 (born on or
 * before ?4 + g is at least 15 + 5g) ... ; births of the window by the
 * mother's age on the birth date. */
#define WOMEN_AGED(lo, hi) " count(*) FILTER (WHERE sex = 2 AND born <= " lo " AND born > " hi "),"
#define MOTHER_AGED(lo, hi) \
	" (SELECT count(*) FROM ev WHERE kind = 'birth' AND " AGE " BETWEEN " #lo " AND " #hi "),"
static const char window_sql[] =
	"WITH ev AS ("
	"  SELECT e.kind, e.member_id, e.event_date FROM event e"
	"  WHERE e.period BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7) AND e.cancelled = 0 AND e.kind = 'birth'"
	")"
	"SELECT"
	" count(*),"
	WOMEN_AGED("?4", "?5") WOMEN_AGED("?5", "?6") WOMEN_AGED("?6", "?7") WOMEN_AGED("?7", "?8")
	WOMEN_AGED("?8", "?9") WOMEN_AGED("?9", "?10") WOMEN_AGED("?10", "?11")
	" (SELECT count(*) FROM ev),"
	MOTHER_AGED(15, 19) MOTHER_AGED(20, 24) MOTHER_AGED(25, 29) MOTHER_AGED(30, 34) MOTHER_AGED(35, 39)
	MOTHER_AGED(40, 44) MOTHER_AGED(45, 49)
	" 0"
	" FROM ("
	"  SELECT sex,"
	"         CASE WHEN length(birth_date) = 4 THEN birth_date || '-07-01' ELSE birth_date END AS born"
	"  FROM member"
	"  WHERE entered_on <= ?3 AND (left_on > ?3 OR (left_on = '' AND status = 0))"
	" ) person";

/* The window indicators in the column order of window_sql. */
static const indicator_id window_columns[] = {
	IND_POPULATION_MID_12M, IND_WOMEN_15_19, IND_WOMEN_20_24, IND_WOMEN_25_29, IND_WOMEN_30_34,
	IND_WOMEN_35_39, IND_WOMEN_40_44, IND_WOMEN_45_49, IND_BIRTHS_12M, IND_BIRTHS_MOTHER_15_19,
	IND_BIRTHS_MOTHER_20_24, IND_BIRTHS_MOTHER_25_29, IND_BIRTHS_MOTHER_30_34, IND_BIRTHS_MOTHER_35_39,
	IND_BIRTHS_MOTHER_40_44, IND_BIRTHS_MOTHER_45_49,
};

/* The flow indicators in the column order of flow_sql. */
static const indicator_id flow_columns[] = {
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

/* The stock (and year-to-date) indicators in the column order of stock_sql. */
static const indicator_id stock_columns[] = {
	IND_HOUSEHOLDS_TOTAL, IND_HOUSEHOLDS_FAMILY, IND_POPULATION_TOTAL, IND_POPULATION_MALE,
	IND_POPULATION_FEMALE, IND_MARRIED_WOMEN_15_49, IND_PEOPLE_60_PLUS, IND_FP_CURRENT_USERS,
	IND_ELDERLY_CHECKED_YTD,
};

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

/* Step flow_sql for first_day..last_day into out. */
static int
read_flows(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, flow_sql);

	db_bind_text(st, 1, first_day);
	db_bind_text(st, 2, last_day);
	return read_row(d, st, flow_columns, ARRAY_LEN(flow_columns), out, err);
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

/* Step window_sql for the 12 months ending with last_day into out. */
static int
read_window(db *d, const char *last_day, indicator_values *out, ds_err *err)
{
	char first[DAY_BUF], mid[DAY_BUF], age[IND_AGE_GROUPS + 1][DAY_BUF];
	sqlite3_stmt *st = db_stmt(d, window_sql);

	month_start_before(last_day, 11, first);
	month_start_before(last_day, 5, mid);
	db_bind_text(st, 1, first);
	db_bind_text(st, 2, last_day);
	db_bind_text(st, 3, mid);
	for (int g = 0; g <= IND_AGE_GROUPS; g++) {
		years_before(mid, 15 + 5 * g, age[g]);
		db_bind_text(st, 4 + g, age[g]);
	}
	return read_row(d, st, window_columns, ARRAY_LEN(window_columns), out, err);
}

/* Abort on dates that are not YYYY-MM-DD. */
static void
check_days(const char *first_day, const char *last_day)
{
	if (strlen(first_day) != 10 || strlen(last_day) != 10)
		fatal("db_report_counts: dates must be YYYY-MM-DD (%s, %s)", first_day, last_day);
}

/* Count every stock and flow of a period for the report. */
int
db_report_counts(db *d, const char *first_day, const char *last_day, indicator_values *out, ds_err *err)
{
	char age15[DAY_BUF], age50[DAY_BUF], age60[DAY_BUF], jan1[DAY_BUF];
	sqlite3_stmt *st;

	check_days(first_day, last_day);
	indicator_values_clear(out);
	years_before(last_day, 15, age15);
	years_before(last_day, 50, age50);
	years_before(last_day, 60, age60);
	snprintf(jan1, sizeof jan1, "%.4s-01-01", last_day);

	st = db_stmt(d, stock_sql);
	db_bind_text(st, 1, last_day);
	db_bind_text(st, 2, age15);
	db_bind_text(st, 3, age50);
	db_bind_text(st, 4, age60);
	db_bind_text(st, 5, jan1);
	if (read_row(d, st, stock_columns, ARRAY_LEN(stock_columns), out, err) != 0 ||
	    read_window(d, last_day, out, err) != 0)
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
