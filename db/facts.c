/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* facts.c (db): the contraception book and the facts the rules need. */
#include "config.h"

#include "db/events.h"
#include "db/periods.h"
#include "db/register.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The contraceptive method a woman uses at the end of a month. */
int
db_fp_method_at(db *d, int64_t member_id, const char *period, char out[CODE_LEN], ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT method FROM fp_status WHERE member_id = ?1 AND period <= ?2 "
	                              "ORDER BY period DESC LIMIT 1");
	int rc;

	out[0] = '\0';
	if (store_check_month(period, err) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, member_id);
	db_bind_text(st, 2, period);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_column_text(st, 0, out, CODE_LEN);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(d, err, L("Đọc biện pháp tránh thai", "Reading the contraceptive method"));
	return 0;
}

/* Write a month's contraception-book state directly, audited. */
int
db_fp_set(db *d, int64_t member_id, const char *period, const char *method, const char *nonuse_reason, ds_err *err)
{
	sqlite3_stmt *st;
	char *after;
	int own, rc;

	if (store_check_month(period, err) != 0)
		return -1;
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	st = db_stmt(d, "INSERT INTO fp_status(member_id, period, method, nonuse_reason, stop_reason) "
	                "VALUES (?1, ?2, ?3, ?4, '') ON CONFLICT(member_id, period) DO UPDATE SET "
	                "method = excluded.method, nonuse_reason = excluded.nonuse_reason, stop_reason = ''");
	sqlite3_bind_int64(st, 1, member_id);
	db_bind_text(st, 2, period);
	db_bind_text(st, 3, method != NULL ? method : "");
	db_bind_text(st, 4, nonuse_reason != NULL ? nonuse_reason : "");
	rc = store_step(d, st, err, L("Ghi biện pháp tránh thai", "Saving the contraceptive method"));
	if (rc == 0) {
		st = db_stmt(d, "SELECT json_object('period', ?1, 'method', ?2, 'nonuse_reason', ?3)");
		db_bind_text(st, 1, period);
		db_bind_text(st, 2, method);
		db_bind_text(st, 3, nonuse_reason);
		after = sqlite3_step(st) == SQLITE_ROW ? xstrdup((const char *)sqlite3_column_text(st, 0)) : NULL;
		sqlite3_reset(st);
		rc = store_audit(d, "update", "fp_status", member_id, NULL, after, "", err);
	}
	return db_tx_leave(d, own, rc, err);
}

/* Fill an fp_user from a row "member id, area id, method" (a store_fill_fn). */
static void
fp_user_from_row(sqlite3_stmt *st, void *item)
{
	fp_user *u = item;

	u->member_id = sqlite3_column_int64(st, 0);
	u->area_id = sqlite3_column_int64(st, 1);
	db_column_text(st, 2, u->method, sizeof u->method);
}

/* The married women 15-49 of a month with their methods: married on the
 * month's last day (MARITAL_AT, docs/rules.md). */
int
db_fp_users_at(db *d, const char *period, int64_t area_id, int include_nonusers, fp_user **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d,
		"WITH p(end_date) AS (SELECT date(?1 || '-01', '+1 month', '-1 day')), "
		"w AS (SELECT m.id, h.area_id, "
		"  CASE WHEN length(m.birth_date) = 4 THEN m.birth_date || '-07-01' ELSE m.birth_date END AS bd, "
		"  (SELECT f.method FROM fp_status f WHERE f.member_id = m.id AND f.period <= ?1 "
		"   ORDER BY f.period DESC LIMIT 1) AS method "
		"  FROM member m JOIN household h ON h.id = m.household_id, p "
		"  WHERE m.sex = 2 AND m.entered_on <= p.end_date "
		"  AND (m.status = 0 OR m.left_on > p.end_date) AND (?2 = 0 OR h.area_id = ?2)"
		"  AND " MARITAL_AT("m.id", "m.marital", "p.end_date") " = '2') "
		"SELECT w.id, w.area_id, coalesce(w.method, '') FROM w, p "
		"WHERE CAST(substr(p.end_date, 1, 4) AS INTEGER) - CAST(substr(w.bd, 1, 4) AS INTEGER) "
		"  - (substr(p.end_date, 6, 5) < substr(w.bd, 6, 5)) BETWEEN 15 AND 49 "
		"AND (?3 OR coalesce(w.method, '') <> '') ORDER BY w.id");
	void *items;
	int rc;

	*out = NULL;
	*n = 0;
	if (store_check_month(period, err) != 0)
		return -1;
	db_bind_text(st, 1, period);
	sqlite3_bind_int64(st, 2, area_id);
	sqlite3_bind_int(st, 3, include_nonusers != 0);
	rc = store_rows(d, st, fp_user_from_row, sizeof **out, &items, n, err,
	                L("Đọc người dùng BPTT", "Reading contraceptive users"));
	*out = items;
	return rc;
}

/* The method in use just before ev: an earlier fp event of the same month
 * wins over the book's state at the end of the previous month. (The unary
 * + keeps the planner on event_member: with the period it would take the
 * covering event_period and read every fp event of the month in the
 * register, for each event checked.) */
static int
facts_method_before(db *d, const event *ev, char out[CODE_LEN], ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT CASE kind WHEN 'fp_start' THEN method ELSE '' END FROM event "
	                              "WHERE member_id = ?1 AND kind IN ('fp_start', 'fp_stop') AND cancelled = 0 "
	                              "AND +period = substr(?2, 1, 7) AND id <> ?3 "
	                              "AND (event_date < ?2 OR (event_date = ?2 AND ?3 <> 0 AND id < ?3) "
	                              "     OR (event_date = ?2 AND ?3 = 0)) "
	                              "ORDER BY event_date DESC, id DESC LIMIT 1");
	char before[DATE_LEN];
	int rc;

	sqlite3_bind_int64(st, 1, ev->member_id);
	db_bind_text(st, 2, ev->date);
	sqlite3_bind_int64(st, 3, ev->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_column_text(st, 0, out, CODE_LEN);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return db_fail(d, err, L("Đọc biện pháp tránh thai", "Reading the contraceptive method"));
	if (date_add_months(ev->date, -1, before) != 0) {
		out[0] = '\0';   /* no month before the first one: no method */
		return 0;
	}
	before[7] = '\0';   /* its month, "YYYY-MM" */
	return db_fp_method_at(d, ev->member_id, before, out, err);
}

/* The mother's live births before ev (her history, children_born, less
 * what the births recorded after ev added, and less ev itself when it is
 * a correction: a twin recorded earlier on the same day counts before it)
 * and the date of her latest earlier recorded birth. */
static int
facts_births(db *d, const event *ev, const member *mother, rule_facts *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT "
	                              "coalesce(sum(CASE WHEN history_added > 0 THEN history_added ELSE 1 END) FILTER ("
	                              "  WHERE id = ?3 OR event_date > ?2 OR (event_date = ?2 AND ?3 <> 0 AND id > ?3)), 0), "
	                              "coalesce(max(event_date) FILTER (WHERE event_date < ?2 AND id <> ?3), '') FROM event "
	                              "WHERE member_id = ?1 AND kind = 'birth' AND cancelled = 0");
	int rc, later = 0;

	sqlite3_bind_int64(st, 1, ev->member_id);
	db_bind_text(st, 2, ev->date);
	sqlite3_bind_int64(st, 3, ev->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		later = sqlite3_column_int(st, 0);
		db_column_text(st, 1, out->last_birth_date, sizeof out->last_birth_date);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(d, err, L("Đếm số lần sinh", "Counting births"));
	out->previous_births = mother != NULL && mother->children_born > later ? mother->children_born - later : 0;
	return 0;
}

/* 1 when ev corrects the death or move out that took its subject out of
 * the register (the rules then let the correction through). */
static int
facts_left_by(db *d, const event *ev, const member *subject)
{
	event old;

	if (ev->id == 0 || subject == NULL || subject->status == MEMBER_ACTIVE || db_event_get(d, ev->id, &old, NULL) != 0)
		return 0;
	return !old.cancelled && old.member_id == subject->id && (old.kind == EV_DEATH || old.kind == EV_MOVE_OUT) &&
	       strcmp(subject->left_on, old.date) == 0;
}

/* Count of a member's active events: same kind and date (duplicate), or
 * elderly checks in the event's year; neither counts ev itself. */
static int
facts_counts(db *d, const event *ev, rule_facts *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT "
	                              "(SELECT count(*) FROM event WHERE member_id = ?1 AND kind = ?2 AND event_date = ?3 "
	                              " AND cancelled = 0 AND id <> ?4), "
	                              "(SELECT count(*) FROM event WHERE member_id = ?1 AND kind = 'elderly_check' "
	                              " AND substr(event_date, 1, 4) = substr(?3, 1, 4) AND cancelled = 0 AND id <> ?4)");
	int rc;

	sqlite3_bind_int64(st, 1, ev->member_id);
	db_bind_text(st, 2, event_kind_name(ev->kind));
	db_bind_text(st, 3, ev->date);
	sqlite3_bind_int64(st, 4, ev->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->duplicate = ev->kind != EV_BIRTH && sqlite3_column_int(st, 0) > 0;
		out->elderly_checks_this_year = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, err, L("Tìm sự kiện trùng", "Looking for duplicates"));
}

/* Gather what the rules need to know about an event from the register. */
int
db_rule_facts(db *d, const event *ev, member *subject_buf, rule_facts *out, ds_err *err)
{
	char period[PERIOD_LEN];
	int locked;

	str_copy(period, sizeof period, out->period);
	memset(out, 0, sizeof *out);
	out->ev = ev;
	if (period[0] != '\0')
		str_copy(out->period, sizeof out->period, period);
	else
		str_printf(out->period, sizeof out->period, "%.7s", ev->date);
	clock_today(out->today);
	if (ev->member_id != 0) {
		int rc = db_member_get(d, ev->member_id, subject_buf, err);
		if (rc < 0)
			return -1;
		if (rc == 0)
			out->subject = subject_buf;
		out->left_by_this_event = facts_left_by(d, ev, out->subject);
	}
	if (ev->member_id != 0 &&
	    (facts_counts(d, ev, out, err) != 0 || facts_births(d, ev, out->subject, out, err) != 0 ||
	     facts_method_before(d, ev, out->current_method, err) != 0))
		return -1;
	if (ev->related_member_id != 0 && (ev->kind == EV_MARRIAGE || ev->kind == EV_DIVORCE)) {
		member spouse;
		int rc = db_member_get(d, ev->related_member_id, &spouse, err);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			str_copy(out->related_name, sizeof out->related_name, spouse.full_name);
			str_copy(out->related_relation, sizeof out->related_relation, spouse.relation);
		}
	}
	if (strlen(ev->date) >= 7) {
		char evp[PERIOD_LEN];
		str_printf(evp, sizeof evp, "%.7s", ev->date);
		if ((locked = db_period_is_locked(d, evp, err)) < 0)
			return -1;
		out->period_locked = locked;
	}
	return 0;
}
