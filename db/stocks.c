/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * stocks.c: the report's stocks, in one pass over the people (see stocks.h).
 *
 * Everything the stocks read of a person sits in the index member_stock
 * (schema version 8), led by left_on: the people present on a day are the
 * range left_on = '' (still here) and the range left_on > day (left after
 * it), so those who left before the day are never read. What an event
 * changed is read from a few small sets loaded first, each in one query
 * (over event_period, the partial index event_marital, fp_status's key),
 * instead of a look-up per person: the transfers after the day, the people
 * with a marital event, the contraceptive users of the month; the elderly
 * checked this year come from the report's pass over the events. The
 * rules are those of docs/rules.md, "Stocks on the period's last day", as
 * the SQL expressions MARITAL_AT and MEMBER_HOUSEHOLD_AT of db/internal.h
 * state them; tests/cmd/report_stable.sh holds the reports byte for byte.
 */
#include "config.h"

#include "db/internal.h"
#include "db/stocks.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* A sorted array of ids, each with a value. */
typedef struct id_map {
	int64_t *id;
	int64_t *value;
	size_t n, cap;
} id_map;

static void
map_add(id_map *m, int64_t id, int64_t value)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 256;
		m->id = xrealloc(m->id, m->cap * sizeof *m->id);
		m->value = xrealloc(m->value, m->cap * sizeof *m->value);
	}
	m->id[m->n] = id;
	m->value[m->n] = value;
	m->n++;
}

/* The index of id in m, or -1. The arrays are filled in id order. */
static long
map_find(const id_map *m, int64_t id)
{
	size_t lo = 0, hi = m->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->id[mid] < id)
			lo = mid + 1;
		else if (m->id[mid] > id)
			hi = mid;
		else
			return (long)mid;
	}
	return -1;
}

static void
map_free(id_map *m)
{
	free(m->id);
	free(m->value);
	memset(m, 0, sizeof *m);
}

/* Step st to its end; on a row call row(st, arg). 0 or db_fail(). */
static int
each_row(db *d, sqlite3_stmt *st, void (*row)(sqlite3_stmt *, void *), void *arg, ds_err *err)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		row(st, arg);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(d, err, L("Tính báo cáo", "Computing the report"));
}

/* ---- the transfers inside the commune after the day ---- */

/* The household a person was in on ?1 when a transfer inside the commune
 * moved them later: the prev_household_id of their earliest such transfer
 * (MEMBER_HOUSEHOLD_AT). An event's period is always its date's month, so
 * the period bound only narrows the range of event_period (the unary +
 * keeps the planner off event_member, whose order it would otherwise take
 * for the ORDER BY, reading every event). */
static const char moved_sql[] =
	"SELECT member_id, prev_household_id FROM event"
	" WHERE kind = 'move_in' AND period >= substr(?1, 1, 7) AND cancelled = 0 AND event_date > ?1"
	" AND move_scope = 1 AND prev_household_id IS NOT NULL AND member_id IS NOT NULL"
	" ORDER BY +member_id, event_date, id";

static void
moved_row(sqlite3_stmt *st, void *arg)
{
	id_map *m = arg;
	int64_t id = sqlite3_column_int64(st, 0);

	if (m->n == 0 || m->id[m->n - 1] != id)
		map_add(m, id, sqlite3_column_int64(st, 1));
}

/* ---- the marital status on the day ---- */

/* Every marriage, divorce and change of the marital detail, from the
 * partial index event_marital (schema version 8; its condition, repeated
 * word for word, is what lets SQLite read it): for MARITAL_AT, the status
 * the latest event on or before the day set, else the status before the
 * earliest event after it, for the subject and for the spouse of a
 * marriage or divorce. The rows are put in order here. */
static const char marital_sql[] =
	"SELECT member_id, related_member_id, event_date, id, kind, new_value, old_value, prev_marital,"
	" prev_spouse_marital FROM event"
	" WHERE " MARITAL_EVENT " AND cancelled = 0";

/* What the marital map says of a person (the value of its entries). */
enum { MARITAL_CURRENT = -1, MARITAL_OTHER = 0, MARITAL_MARRIED = 1 };

/* One row of marital_sql, reduced to what the rule reads. */
typedef struct marital_event {
	int64_t person, id;
	char date[16];
	int side;             /* 0 the subject, 1 the spouse */
	signed char set;      /* MARITAL_OTHER or MARITAL_MARRIED: the status it set */
	signed char before;   /* the status before it; MARITAL_CURRENT when not known ("") */
} marital_event;

struct marital_rows {
	marital_event *row;
	size_t n, cap;
};

/* "2" is married. */
static signed char
marital_state(const char *status)
{
	return strcmp(status, "2") == 0 ? MARITAL_MARRIED : MARITAL_OTHER;
}

/* A status before an event: nullif(..., ''), an empty one is not known and
 * the current status holds. */
static signed char
marital_before(const char *status)
{
	return status[0] == '\0' ? MARITAL_CURRENT : marital_state(status);
}

/* Add the event id of date, setting set, to person's rows (side 0 the
 * subject, 1 the spouse; before: the status before it). */
static void
marital_add(struct marital_rows *r, int64_t person, int64_t id, const char *date, int side, signed char set,
            signed char before)
{
	marital_event *e;

	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->row = xrealloc(r->row, r->cap * sizeof *r->row);
	}
	e = &r->row[r->n++];
	e->person = person;
	e->id = id;
	str_copy(e->date, sizeof e->date, date);
	e->side = side;
	e->set = set;
	e->before = before;
}

/* A row of marital_sql: one event for its subject (the status it set: a
 * marriage "2", a divorce "4", a change its new value; before it: the
 * subject's previous status, or the change's old value) and, for a
 * marriage or divorce, one for the spouse (before it: the spouse's
 * previous status). */
static void
marital_row(sqlite3_stmt *st, void *arg)
{
	struct marital_rows *r = arg;
	const char *kind = db_column_str(st, 4), *date = db_column_str(st, 2);
	int is_change = strcmp(kind, "detail_change") == 0;
	signed char set = strcmp(kind, "marriage") == 0 ? MARITAL_MARRIED
	                  : is_change                    ? marital_state(db_column_str(st, 5))
	                                                 : MARITAL_OTHER;
	int64_t id = sqlite3_column_int64(st, 3);

	if (sqlite3_column_type(st, 0) != SQLITE_NULL)
		marital_add(r, sqlite3_column_int64(st, 0), id, date, 0, set,
		            marital_before(db_column_str(st, is_change ? 6 : 7)));
	if (!is_change && sqlite3_column_type(st, 1) != SQLITE_NULL)
		marital_add(r, sqlite3_column_int64(st, 1), id, date, 1, set, marital_before(db_column_str(st, 8)));
}

/* By person, date, id, then the subject's row before the spouse's. */
static int
marital_order(const void *pa, const void *pb)
{
	const marital_event *a = pa, *b = pb;
	int c;

	if (a->person != b->person)
		return a->person < b->person ? -1 : 1;
	if ((c = strcmp(a->date, b->date)) != 0)
		return c;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return a->side - b->side;
}

/* The marital map of day from the rows: per person, the status the latest
 * event on or before day set; else the status before the earliest one
 * after it; else MARITAL_CURRENT. */
static void
marital_map(struct marital_rows *r, const char *day, id_map *map)
{
	if (r->n > 1)
		qsort(r->row, r->n, sizeof *r->row, marital_order);
	for (size_t i = 0; i < r->n;) {
		int64_t person = r->row[i].person;
		int state = MARITAL_CURRENT, decided = 0, after_seen = 0;

		for (; i < r->n && r->row[i].person == person; i++) {
			const marital_event *e = &r->row[i];
			if (i > 0 && r->row[i - 1].person == person && r->row[i - 1].id == e->id)
				continue; /* the same event on both sides: the subject's row came first */
			if (strcmp(e->date, day) <= 0) {
				state = e->set;
				decided = 1;
			} else if (!decided && !after_seen) {
				state = e->before;
				after_seen = 1;
			}
		}
		map_add(map, person, state);
	}
}

/* ---- contraception and elderly checks ---- */

/* The contraceptive state of every woman as of the month ?1 is her latest
 * row at or before it: rows in key order, the last of each woman kept. */
static const char fp_sql[] = "SELECT member_id, method <> '' FROM fp_status WHERE period <= ?1 ORDER BY member_id, period";

struct fp_scan {
	id_map *users;
	int64_t person;
	int using;
};

static void
fp_flush(struct fp_scan *s)
{
	if (s->person != 0 && s->using)
		map_add(s->users, s->person, 1);
}

static void
fp_row(sqlite3_stmt *st, void *arg)
{
	struct fp_scan *s = arg;
	int64_t person = sqlite3_column_int64(st, 0);

	if (person != s->person)
		fp_flush(s);
	s->person = person;
	s->using = sqlite3_column_int(st, 1);
}

static int
id_order(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;

	return a < b ? -1 : a > b;
}

/* Sort m's ids and drop the repeated ones (the values are all alike). */
static void
map_sort_unique(id_map *m)
{
	size_t k = 0;

	if (m->n < 2)
		return; /* (qsort of a NULL array is undefined, even of none) */
	qsort(m->id, m->n, sizeof *m->id, id_order);
	for (size_t i = 0; i < m->n; i++)
		if (k == 0 || m->id[k - 1] != m->id[i])
			m->id[k++] = m->id[i];
	m->n = k;
}

static void
id_row(sqlite3_stmt *st, void *arg)
{
	map_add(arg, sqlite3_column_int64(st, 0), 1);
}

/* ---- the pass over the people ---- */

/* The people present on the last day ?1 or the middle day ?2 (?2 <= ?1),
 * in three ranges of member_stock: those still here who entered by ?2
 * (present on both days: nine in ten people read only these five
 * columns), those still here who entered after ?2 and by ?1 (present on the
 * last day alone), and those who left after ?2 and entered by ?1. */
static const char people_both_sql[] =
	"SELECT id, household_id, sex, birth_date, marital FROM member"
	" WHERE left_on = '' AND status = 0 AND entered_on <= ?2";
static const char people_end_sql[] =
	"SELECT id, household_id, sex, birth_date, marital FROM member"
	" WHERE left_on = '' AND status = 0 AND entered_on > ?2 AND entered_on <= ?1";
static const char people_left_sql[] =
	"SELECT id, household_id, sex, birth_date, marital, entered_on, left_on FROM member"
	" WHERE left_on > ?2 AND entered_on <= ?1";

/* Which of the two days a range's people are present on. */
enum presence { ON_BOTH, ON_END, ON_EITHER };

/* Present on day for someone who entered on entered and left on left
 * (after the middle day: people_left_sql's rows). */
static int
present_on(const char *entered, const char *left, const char *day)
{
	return strcmp(entered, day) <= 0 && strcmp(left, day) > 0;
}

/* A person's birth date (column 3 of st) as the stocks compare it: a year
 * alone counts as 1 July of that year. Points into buf or into st's row. */
static const char *
born_day(sqlite3_stmt *st, char buf[16])
{
	const char *birth = db_column_str(st, 3);

	if (sqlite3_column_bytes(st, 3) != 4)
		return birth;
	str_printf(buf, 16, "%s-07-01", birth);
	return buf;
}

/* born <= lo and born > hi, as text (lo and hi from years_before). */
static int
born_between(const char *born, const char *lo, const char *hi)
{
	return strcmp(born, lo) <= 0 && strcmp(born, hi) > 0;
}

/* Everything the pass needs, loaded before it. */
struct stock_sets {
	id_map moved, marital, fp_users, elderly, nonfamily;
	unsigned char *seen;  /* households already counted, by id */
	int64_t max_household;
};

static void
sets_free(struct stock_sets *s)
{
	map_free(&s->moved);
	map_free(&s->marital);
	map_free(&s->fp_users);
	map_free(&s->elderly);
	map_free(&s->nonfamily);
	free(s->seen);
}

static int
load_sets(db *d, const stock_days *days, const int64_t *elderly, size_t nelderly, struct stock_sets *s, ds_err *err)
{
	char month[8];
	struct marital_rows mr = {0};
	struct fp_scan fs = {.users = &s->fp_users};
	sqlite3_stmt *st;

	memset(s, 0, sizeof *s);
	str_printf(month, sizeof month, "%.7s", days->last_day);

	st = db_stmt(d, moved_sql);
	db_bind_text(st, 1, days->last_day);
	if (each_row(d, st, moved_row, &s->moved, err) != 0)
		return -1;
	if (each_row(d, db_stmt(d, marital_sql), marital_row, &mr, err) != 0) {
		free(mr.row);
		return -1;
	}
	marital_map(&mr, days->last_day, &s->marital);
	free(mr.row);
	st = db_stmt(d, fp_sql);
	db_bind_text(st, 1, month);
	if (each_row(d, st, fp_row, &fs, err) != 0)
		return -1;
	fp_flush(&fs);
	for (size_t i = 0; i < nelderly; i++)
		map_add(&s->elderly, elderly[i], 1);
	map_sort_unique(&s->elderly);
	if (each_row(d, db_stmt(d, "SELECT id FROM household WHERE kind <> '1' ORDER BY id"), id_row, &s->nonfamily,
	             err) != 0)
		return -1;
	st = db_stmt(d, "SELECT coalesce(max(id), 0) FROM household");
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return db_fail(d, err, L("Tính báo cáo", "Computing the report"));
	}
	s->max_household = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	s->seen = xcalloc((size_t)s->max_household + 1, 1);
	return 0;
}

/* Count one person present on the last day; -1 for a household id that
 * cannot be one. */
static int
count_at_end(const stock_days *days, struct stock_sets *s, sqlite3_stmt *st, int sex, const char *born,
             stock_counts *c)
{
	int64_t id = sqlite3_column_int64(st, 0);
	int64_t hh = sqlite3_column_int64(st, 1);
	long at;

	if (s->moved.n > 0 && (at = map_find(&s->moved, id)) >= 0)
		hh = s->moved.value[at];
	if (hh < 0)
		return -1;
	if (hh > s->max_household) {
		/* only a register whose foreign keys were off gets here */
		s->seen = xrealloc(s->seen, (size_t)hh + 1);
		memset(s->seen + s->max_household + 1, 0, (size_t)(hh - s->max_household));
		s->max_household = hh;
	}
	if (!s->seen[hh]) {
		s->seen[hh] = 1;
		c->households++;
		if (s->nonfamily.n == 0 || map_find(&s->nonfamily, hh) < 0)
			c->family_households++;
	}
	c->people++;
	if (sex == 1)
		c->males++;
	else if (sex == 2)
		c->females++;
	if (strcmp(born, days->age60) <= 0) {
		c->aged_60++;
		if (map_find(&s->elderly, id) >= 0)
			c->elderly_checked++;
	}
	if (sex == 2 && born_between(born, days->age15, days->age50)) {
		int married;
		if (s->marital.n > 0 && (at = map_find(&s->marital, id)) >= 0 && s->marital.value[at] != MARITAL_CURRENT)
			married = s->marital.value[at] == MARITAL_MARRIED;
		else
			married = strcmp(db_column_str(st, 4), "2") == 0;
		if (married) {
			c->married_women++;
			if (map_find(&s->fp_users, id) >= 0)
				c->fp_users++;
		}
	}
	return 0;
}

/* Count a woman present on the middle day into her age group there. */
static void
count_woman_mid(const stock_days *days, const char *born, stock_counts *c)
{
	if (!born_between(born, days->mid_age[0], days->mid_age[IND_AGE_GROUPS]))
		return;
	for (int g = 0; g < IND_AGE_GROUPS; g++)
		if (born_between(born, days->mid_age[g], days->mid_age[g + 1])) {
			c->women_mid[g]++;
			return;
		}
}

/* Count the rows of one range of people. 0, -1 with err filled. */
static int
count_people(db *d, const stock_days *days, struct stock_sets *s, sqlite3_stmt *st, enum presence on,
             stock_counts *c, ds_err *err)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int at_mid = on == ON_BOTH, at_end = on != ON_EITHER;
		int sex;
		char buf[16];
		const char *born;

		if (on == ON_EITHER) {
			const char *entered = db_column_str(st, 5), *left = db_column_str(st, 6);
			at_mid = present_on(entered, left, days->mid_day);
			at_end = present_on(entered, left, days->last_day);
			if (!at_mid && !at_end)
				continue;
		}
		sex = sqlite3_column_int(st, 2);
		born = born_day(st, buf);
		if (at_mid) {
			c->people_mid++;
			if (sex == 2)
				count_woman_mid(days, born, c);
		}
		if (at_end && count_at_end(days, s, st, sex, born, c) != 0) {
			ds_err_set(err, L("Sổ có một người thuộc hộ mã %lld không có thật; hãy chạy danso check",
			                  "The register has a person in a household numbered %lld, which cannot be; run danso check"),
			           (long long)sqlite3_column_int64(st, 1));
			sqlite3_reset(st);
			return -1;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(d, err, L("Tính báo cáo", "Computing the report"));
}

/* One range: its statement, bound to the two days, counted. */
static int
count_range(db *d, const stock_days *days, struct stock_sets *s, const char *sql, enum presence on,
            stock_counts *c, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, sql);

	db_bind_static(st, 1, days->last_day);
	db_bind_static(st, 2, days->mid_day);
	return count_people(d, days, s, st, on, c, err);
}

int
db_report_stocks(db *d, const stock_days *days, const int64_t *elderly, size_t nelderly, stock_counts *c,
                 ds_err *err)
{
	struct stock_sets s;
	int rc;

	memset(c, 0, sizeof *c);
	rc = load_sets(d, days, elderly, nelderly, &s, err);
	if (rc == 0)
		rc = count_range(d, days, &s, people_both_sql, ON_BOTH, c, err);
	if (rc == 0)
		rc = count_range(d, days, &s, people_end_sql, ON_END, c, err);
	if (rc == 0)
		rc = count_range(d, days, &s, people_left_sql, ON_EITHER, c, err);
	sets_free(&s);
	return rc;
}
