/* report.c: the raw counts of the commune report (see report.h). */
#include "config.h"

#include "db/internal.h"
#include "db/report.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
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
static const char flow_sql[] =
	"WITH ev AS ("
	"  SELECT e.kind, e.member_id, e.household_id, e.event_date, e.child_sex, e.birth_order,"
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
	" count(*) FILTER (WHERE kind = 'newborn_screening'),"
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

/* The flow indicators in the column order of flow_sql. */
static const indicator_id flow_columns[] = {
	IND_BIRTHS_TOTAL, IND_BIRTHS_MALE, IND_BIRTHS_FEMALE, IND_BIRTHS_ORDER1, IND_BIRTHS_ORDER2,
	IND_BIRTHS_ORDER3PLUS, IND_BIRTHS_AT_FACILITY, IND_BIRTHS_MOTHER_UNDER20,
	IND_BIRTHS_SECOND_MOTHER_UNDER35,
	IND_FP_NEW_TOTAL, IND_FP_NEW_IUD, IND_FP_NEW_FEMALE_STERILISATION, IND_FP_NEW_MALE_STERILISATION,
	IND_FP_NEW_IMPLANT, IND_FP_NEW_INJECTABLE, IND_FP_NEW_PILL, IND_FP_NEW_CONDOM, IND_FP_NEW_OTHER_MODERN,
	IND_FP_NEW_TRADITIONAL, IND_FP_STOPS,
	IND_PREGNANCIES, IND_MISCARRIAGES, IND_ABORTIONS, IND_PRENATAL_SCREENED, IND_NEWBORN_SCREENED,
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
	if (read_row(d, st, stock_columns, ARRAY_LEN(stock_columns), out, err) != 0)
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
