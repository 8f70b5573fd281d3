/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* events.c (db): storing, reading, listing and cancelling events. The
 * effect of each kind on the register lives in effects.c. */
#include "config.h"

#include "db/codes.h"
#include "db/events.h"
#include "db/event_columns.h"
#include "db/periods.h"
#include "db/register.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* The columns every event has, read by event_from_row in this order;
 * then the kind-specific ones (db/event_columns.h), then the undo data. */
#define EVENT_CORE_COLUMNS \
	"e.id, e.uid, e.kind, e.event_date, e.household_id, coalesce(e.member_id, 0), " \
	"coalesce(e.related_member_id, 0), coalesce(e.user_id, 0), e.cancelled, e.cancel_reason, e.created_at"
#define EVENT_UNDO_COLUMNS "e.prev_marital, e.prev_spouse_marital, coalesce(e.prev_area_id, 0), e.closed_household, " \
	"e.history_added, coalesce(e.history_member_id, 0), coalesce(e.prev_household_id, 0), e.prev_head"
#define EVENT_UNDO_NAMES "prev_marital, prev_spouse_marital, prev_area_id, closed_household, " \
	"history_added, history_member_id, prev_household_id, prev_head"

/* xasprintf(fmt, ...) kept in *slot the first time: a statement's text
 * built from the fields' table, stable so that db_stmt caches it. */
#define SQL_ONCE(slot, ...) ((slot) != NULL ? (slot) : ((slot) = xasprintf(__VA_ARGS__)))

/* Every column of an event row, in event_from_row's order. */
static const char *
event_columns(void)
{
	static char *s;

	return SQL_ONCE(s, EVENT_CORE_COLUMNS ", %s, " EVENT_UNDO_COLUMNS, evcols_list(EVC_SELECT, 0));
}

/* The change log's snapshot of an event row (?1 = id). */
static const char *
event_json_sql(void)
{
	static char *s;

	return SQL_ONCE(s, "SELECT json_object('uid', uid, 'kind', kind, 'event_date', event_date, "
	                "'household_id', household_id, 'member_id', member_id, 'related_member_id', related_member_id, "
	                "'user_id', user_id, 'cancelled', cancelled, 'cancel_reason', cancel_reason, %s) "
	                "FROM event WHERE id = ?1", evcols_list(EVC_JSON, 0));
}

/* Fill ev (and u when not NULL) from a row of event_columns(); returns
 * the number of its columns (where the caller's own columns start). */
static int
event_from_row(sqlite3_stmt *st, event *ev, effect_undo *u)
{
	char kind[32];
	int c = 0;

	memset(ev, 0, sizeof *ev);
	ev->id = sqlite3_column_int64(st, c++);
	db_column_text(st, c++, ev->uid, sizeof ev->uid);
	db_column_text(st, c++, kind, sizeof kind);
	if (event_kind_parse(kind, &ev->kind) != 0)
		ev->kind = EV_KIND_COUNT;
	db_column_text(st, c++, ev->date, sizeof ev->date);
	ev->household_id = sqlite3_column_int64(st, c++);
	ev->member_id = sqlite3_column_int64(st, c++);
	ev->related_member_id = sqlite3_column_int64(st, c++);
	ev->user_id = sqlite3_column_int64(st, c++);
	ev->cancelled = sqlite3_column_int(st, c++);
	db_column_text(st, c++, ev->cancel_reason, sizeof ev->cancel_reason);
	db_column_text(st, c++, ev->created_at, sizeof ev->created_at);
	c = evcols_read(st, c, ev, NULL);
	if (u != NULL) {
		db_column_text(st, c, u->prev_marital, sizeof u->prev_marital);
		db_column_text(st, c + 1, u->prev_spouse_marital, sizeof u->prev_spouse_marital);
		u->prev_area_id = sqlite3_column_int64(st, c + 2);
		u->closed_household = sqlite3_column_int(st, c + 3);
		u->history_added = sqlite3_column_int(st, c + 4);
		u->history_member_id = sqlite3_column_int64(st, c + 5);
		u->prev_household_id = sqlite3_column_int64(st, c + 6);
		u->prev_head = sqlite3_column_int(st, c + 7);
	}
	return c + 8;
}

/* Bind the kind-specific columns, then EVENT_UNDO_NAMES, from parameter
 * first on. */
static void
event_bind_fields(sqlite3_stmt *st, int first, const event *ev, const effect_undo *u)
{
	int i = evcols_bind(st, first, ev, NULL);

	db_bind_text(st, i++, u->prev_marital);
	db_bind_text(st, i++, u->prev_spouse_marital);
	db_bind_id(st, i++, u->prev_area_id);
	sqlite3_bind_int(st, i++, u->closed_household);
	sqlite3_bind_int(st, i++, u->history_added);
	db_bind_id(st, i++, u->history_member_id);
	db_bind_id(st, i++, u->prev_household_id);
	sqlite3_bind_int(st, i, u->prev_head);
}

/* "?first, ..., ?(first + n - 1)" of the kind-specific and undo columns. */
static const char *
field_params(char **slot, int first)
{
	int undo = first + evcols_count();

	return SQL_ONCE(*slot, "%s, ?%d, ?%d, ?%d, ?%d, ?%d, ?%d, ?%d, ?%d", evcols_list(EVC_PARAMS, first), undo,
	                undo + 1, undo + 2, undo + 3, undo + 4, undo + 5, undo + 6, undo + 7);
}

/* The kind-specific checks that belong to storage. */
static int
event_validate_kind(db *d, const event *ev, ds_err *err)
{
	switch (ev->kind) {
	case EV_BIRTH:
		if (ev->child_sex != SEX_MALE && ev->child_sex != SEX_FEMALE)
			return store_refuse(err, "child_sex", L("giới tính của trẻ phải là 1 (nam) hoặc 2 (nữ)", "the child's sex must be 1 (male) or 2 (female)"));
		if (ev->birth_order < 1)
			return store_refuse(err, "birth_order", L("con thứ mấy phải từ 1 trở lên", "the birth order must be 1 or more"));
		if (ev->birth_weight_g < 0 || ev->birth_weight_g > 9000)
			return store_refuse(err, "birth_weight_g", L("cân nặng (gam) phải từ 0 đến 9000", "the weight (grams) must be between 0 and 9000"));
		return db_code_check(d, "birth_place", "birth_place", ev->birth_place, 1, err);
	case EV_DEATH:
		return db_code_check(d, "death_cause", "death_cause", ev->death_cause, 1, err);
	case EV_FP_START:
		if (db_code_check(d, "fp_method", "method", ev->method, 0, err) != 0)
			return -1;
		return db_code_check(d, "fp_provider", "provider", ev->provider, 1, err);
	case EV_FP_STOP:
		if (db_code_check(d, "fp_method", "method", ev->method, 1, err) != 0)
			return -1;
		return db_code_check(d, "fp_stop_reason", "stop_reason", ev->stop_reason, 1, err);
	case EV_PREGNANCY:
		return db_code_check(d, "pregnancy_kind", "pregnancy_kind", ev->pregnancy_kind, 0, err);
	case EV_PRENATAL_SCREENING:
		if (ev->gestational_week < 0 || ev->gestational_week > 45)
			return store_refuse(err, "gestational_week", L("tuần thai phải từ 0 đến 45", "the week of pregnancy must be between 0 and 45"));
		return 0;
	case EV_MOVE_OUT:
		if (ev->move_scope == MOVE_IN_COMMUNE && ev->whole_household && ev->to_area_id == 0)
			return store_refuse(err, "to_area_id", L("chuyển trong xã: cần chọn địa bàn mới", "a move inside the commune needs the new area"));
		if (ev->to_area_id != 0 && store_int(d, "SELECT id FROM area WHERE id = ?1", ev->to_area_id, 0) == 0)
			return store_refuse(err, "to_area_id", L("không có địa bàn này", "no such area"));
		return 0;
	default:
		return 0;
	}
}

/* The checks every kind shares: kind, date, household, subject. */
static int
event_validate(db *d, const event *ev, ds_err *err)
{
	int needs_member = !(ev->kind == EV_MOVE_IN || (ev->kind == EV_MOVE_OUT && ev->whole_household));

	if ((int)ev->kind < 0 || ev->kind >= EV_KIND_COUNT)
		return store_refuse(err, "kind", L("loại sự kiện không hợp lệ", "not a valid event kind"));
	if (!date_valid(ev->date))
		return store_refuse(err, "event_date", L("ngày không hợp lệ (YYYY-MM-DD)", "not a valid date (YYYY-MM-DD)"));
	if (store_int(d, "SELECT id FROM household WHERE id = ?1", ev->household_id, 0) == 0)
		return store_refuse(err, "household_id", L("không có hộ này trong sổ", "no such household in the register"));
	if (needs_member && ev->member_id == 0)
		return store_refuse(err, "member_id", L("cần chọn người của sự kiện", "choose the person of the event"));
	if (ev->member_id != 0 && ev->kind == EV_MOVE_IN && ev->move_scope == MOVE_IN_COMMUNE) {
		/* a transfer: the person comes from another household (effects.c) */
		if (store_int(d, "SELECT id FROM member WHERE id = ?1", ev->member_id, 0) == 0)
			return store_refuse(err, "member_id", L("không có người này trong sổ", "no such person in the register"));
	} else if (ev->member_id != 0 &&
	    store_int(d, "SELECT household_id FROM member WHERE id = ?1", ev->member_id, 0) != ev->household_id)
		return store_refuse(err, "member_id", L("người này không có trong hộ đã chọn", "this person is not in the chosen household"));
	if (ev->related_member_id != 0 && ev->kind != EV_BIRTH &&
	    store_int(d, "SELECT id FROM member WHERE id = ?1", ev->related_member_id, 0) == 0)
		return store_refuse(err, "related_member_id", L("không có người này trong sổ", "no such person in the register"));
	return event_validate_kind(d, ev, err);
}

/* Insert the row of a new event (ids and undo data already set). */
static int
event_insert(db *d, event *ev, const effect_undo *u, ds_err *err)
{
	static char *sql, *params;
	sqlite3_stmt *st = db_stmt(d, SQL_ONCE(sql, "INSERT INTO event(uid, kind, event_date, period, household_id, "
	                                       "member_id, related_member_id, user_id, created_at, updated_at, %s, "
	                                       EVENT_UNDO_NAMES ") VALUES (?1, ?2, ?3, substr(?3, 1, 7), ?4, ?5, ?6, "
	                                       "?7, ?8, ?8, %s)", evcols_list(EVC_NAMES, 0), field_params(&params, 9)));

	db_bind_text(st, 1, ev->uid);
	db_bind_text(st, 2, event_kind_name(ev->kind));
	db_bind_text(st, 3, ev->date);
	sqlite3_bind_int64(st, 4, ev->household_id);
	db_bind_id(st, 5, ev->member_id);
	db_bind_id(st, 6, ev->related_member_id);
	db_bind_id(st, 7, ev->user_id);
	db_bind_text(st, 8, ev->created_at);
	event_bind_fields(st, 9, ev, u);
	if (store_step(d, st, err, L("Ghi sự kiện", "Saving the event")) != 0)
		return -1;
	ev->id = sqlite3_last_insert_rowid(d->sql);
	return 0;
}

/* Validate and store a new event with its effect, in one transaction. */
int
db_event_add(db *d, event *ev, member *new_person, ds_err *err)
{
	effect_undo u;
	int own, rc;

	int transfer = ev->kind == EV_MOVE_IN && ev->move_scope == MOVE_IN_COMMUNE && ev->member_id != 0;

	memset(&u, 0, sizeof u);
	if (event_validate(d, ev, err) != 0)
		return -1;
	if ((ev->kind == EV_BIRTH || (ev->kind == EV_MOVE_IN && !transfer)) && new_person == NULL)
		return store_refuse(err, "full_name", L("cần thông tin của người mới (họ tên ...)", "the new person's details (name ...) are needed"));
	if (str_empty(ev->uid))
		ids_new_uid(ev->uid);
	ev->user_id = db_user(d);
	ev->cancelled = 0;
	ev->cancel_reason[0] = '\0';
	clock_now_iso(ev->created_at);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = effects_apply(d, ev, new_person, &u, err);
	if (rc == 0)
		rc = event_insert(d, ev, &u, err);
	if (rc == 0 && (ev->kind == EV_FP_START || ev->kind == EV_FP_STOP)) {
		char period[PERIOD_LEN];
		str_printf(period, sizeof period, "%.7s", ev->date);
		rc = effects_fp_rebuild(d, ev->member_id, period, err);
	}
	if (rc == 0)
		rc = store_audit(d, "insert", "event", ev->id, NULL, store_json(d, event_json_sql(), ev->id), "", err);
	rc = db_tx_leave(d, own, rc, err);
	if (rc != 0 && own) {
		ev->id = 0;
		if (ev->kind == EV_BIRTH)
			ev->related_member_id = 0;
		if (ev->kind == EV_MOVE_IN && !transfer)
			ev->member_id = 0;
	}
	return rc;
}

/* Store a whole household arriving: the household, its people, a move_in each. */
int
db_event_move_in_household(db *d, household *h, member *people, size_t n, const event *tmpl, ds_err *err)
{
	int own, rc = 0;

	if (n == 0)
		return store_refuse(err, "members", L("hộ chuyển đến cần ít nhất một người", "a household moving in needs at least one person"));
	if (str_empty(h->created_on))
		str_copy(h->created_on, sizeof h->created_on, tmpl->date);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = db_household_add(d, h, err);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		event ev = *tmpl;
		ev.id = 0;
		/* the template's uid (the caller's, when it gave one) is the first
		 * person's; the others' are derived from it, so a caller that
		 * chooses its uids (the demo generator) gets the same rows again */
		if (str_empty(tmpl->uid))
			ev.uid[0] = '\0';
		else if (i > 0)
			ids_derived_uid(tmpl->uid, (unsigned)i, ev.uid);
		ev.kind = EV_MOVE_IN;
		ev.household_id = h->id;
		ev.member_id = 0;
		rc = db_event_add(d, &ev, &people[i], err);
		if (rc == 0 && family_becomes_head(people[i].relation, h->head_member_id))
			h->head_member_id = people[i].id;
	}
	if (rc == 0 && h->head_member_id != 0)
		rc = db_household_update(d, h, err);
	rc = db_tx_leave(d, own, rc, err);
	if (rc != 0 && own) {
		h->id = 0;
		h->head_member_id = 0;
		for (size_t i = 0; i < n; i++)
			people[i].id = 0;
	}
	return rc;
}

/* Read an event and its undo data: 0 / 1 / -1. */
static int
event_load(db *d, int64_t id, event *out, effect_undo *u, ds_err *err)
{
	static char *sql;
	sqlite3_stmt *st = db_stmt(d, SQL_ONCE(sql, "SELECT %s FROM event e WHERE e.id = ?1", event_columns()));
	int rc;

	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		event_from_row(st, out, u);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return db_fail(d, err, L("Đọc sự kiện", "Reading an event"));
}

/* Read one event by id. */
int
db_event_get(db *d, int64_t id, event *out, ds_err *err)
{
	effect_undo u;

	return event_load(d, id, out, &u, err);
}

/* Refuse changes a correction may not make. */
static int
update_allowed(const event *old, const event *nw, ds_err *err)
{
	if (old->cancelled)
		return store_refuse(err, "cancelled", L("sự kiện đã hủy, không sửa được", "the event is cancelled and cannot be corrected"));
	if (old->kind != nw->kind || old->household_id != nw->household_id || old->member_id != nw->member_id)
		return store_refuse(err, "kind", L("không được đổi loại sự kiện, hộ hoặc người; hãy hủy rồi ghi lại",
		                                   "the kind, household or person cannot change; cancel the event and record it again"));
	if (old->kind != EV_MARRIAGE && old->kind != EV_DIVORCE && old->related_member_id != nw->related_member_id)
		return store_refuse(err, "related_member_id", L("không được đổi người liên quan; hãy hủy rồi ghi lại",
		                                                "the related person cannot change; cancel and record again"));
	if (old->kind == EV_MOVE_OUT && (old->whole_household != nw->whole_household || old->move_scope != nw->move_scope))
		return store_refuse(err, "whole_household", L("không được đổi phạm vi chuyển đi; hãy hủy rồi ghi lại",
		                                              "the scope of the move cannot change; cancel and record again"));
	if (old->kind == EV_DETAIL_CHANGE && strcmp(old->field, nw->field) != 0)
		return store_refuse(err, "field", L("không được đổi thông tin được sửa; hãy hủy rồi ghi lại",
		                                    "the corrected field cannot change; cancel and record again"));
	return 0;
}

/* Store a correction of an event and re-apply its effect. */
int
db_event_update(db *d, const event *ev, ds_err *err)
{
	static char *update_sql, *params;
	event old, nw = *ev;
	effect_undo u;
	sqlite3_stmt *st;
	char *before;
	int own, rc;

	if ((rc = event_load(d, ev->id, &old, &u, err)) != 0)
		return rc < 0 ? -1 : store_refuse(err, "id", L("không có sự kiện này", "no such event"));
	if (update_allowed(&old, ev, err) != 0 || event_validate(d, ev, err) != 0)
		return -1;
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	before = store_json(d, event_json_sql(), ev->id);
	rc = effects_correct(d, &old, &nw, &u, err);
	st = db_stmt(d, SQL_ONCE(update_sql, "UPDATE event SET event_date = ?2, period = substr(?2, 1, 7), "
	                         "related_member_id = ?3, updated_at = ?4, (%s, " EVENT_UNDO_NAMES ") = (%s) WHERE id = ?1",
	                         evcols_list(EVC_NAMES, 0), field_params(&params, 5)));
	if (rc == 0) {
		char now[TS_LEN];
		clock_now_iso(now);
		sqlite3_bind_int64(st, 1, ev->id);
		db_bind_text(st, 2, nw.date);
		db_bind_id(st, 3, nw.related_member_id);
		db_bind_text(st, 4, now);
		event_bind_fields(st, 5, &nw, &u);
		rc = store_step(d, st, err, L("Sửa sự kiện", "Correcting the event"));
	}
	if (rc == 0 && (old.kind == EV_FP_START || old.kind == EV_FP_STOP)) {
		char p_old[PERIOD_LEN], p_new[PERIOD_LEN];
		str_printf(p_old, sizeof p_old, "%.7s", old.date);
		str_printf(p_new, sizeof p_new, "%.7s", nw.date);
		rc = effects_fp_rebuild(d, old.member_id, p_old, err);
		if (rc == 0 && strcmp(p_old, p_new) != 0)
			rc = effects_fp_rebuild(d, old.member_id, p_new, err);
	}
	if (rc == 0)
		rc = store_audit(d, "update", "event", ev->id, before, store_json(d, event_json_sql(), ev->id), "", err);
	else
		free(before);
	return db_tx_leave(d, own, rc, err);
}

/* Cancel an event with a reason and undo its effect. */
int
db_event_cancel(db *d, int64_t id, const char *reason, ds_err *err)
{
	event ev;
	effect_undo u;
	sqlite3_stmt *st;
	char *before;
	int own, rc;

	if (reason == NULL || *reason == '\0')
		return store_refuse(err, "cancel_reason", L("cần ghi lý do hủy", "a reason for cancelling is required"));
	if ((rc = event_load(d, id, &ev, &u, err)) != 0)
		return rc < 0 ? -1 : store_refuse(err, "id", L("không có sự kiện này", "no such event"));
	if (ev.cancelled)
		return store_refuse(err, "cancelled", L("sự kiện đã bị hủy trước đó", "the event was already cancelled"));
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	before = store_json(d, event_json_sql(), id);
	st = db_stmt(d, "UPDATE event SET cancelled = 1, cancel_reason = ?2, updated_at = ?3 WHERE id = ?1");
	{
		char now[TS_LEN];
		clock_now_iso(now);
		sqlite3_bind_int64(st, 1, id);
		db_bind_text(st, 2, reason);
		db_bind_text(st, 3, now);
	}
	rc = store_step(d, st, err, L("Hủy sự kiện", "Cancelling the event"));
	ev.cancelled = 1;
	if (rc == 0)
		rc = effects_cancel(d, &ev, &u, err);
	if (rc == 0)
		rc = store_audit(d, "cancel", "event", id, before, store_json(d, event_json_sql(), id), reason, err);
	else
		free(before);
	return db_tx_leave(d, own, rc, err);
}

/* ---- lists ---- */

/* A list of event rows: the columns of event_columns(), the household's
 * number and area, the subject's and the related person's names, then the
 * rest of the statement (WHERE ...). */
#define EVENT_ROW_SELECT(slot, rest) \
	SQL_ONCE(slot, "SELECT %s, h.number, h.area_id, coalesce(s.full_name, ''), coalesce(r.full_name, '') " \
	         "FROM event e JOIN household h ON h.id = e.household_id " \
	         "LEFT JOIN member s ON s.id = e.member_id LEFT JOIN member r ON r.id = e.related_member_id " rest, \
	         event_columns())

/* Fill an event_row from a row of EVENT_ROW_SELECT (a store_fill_fn). */
static void
event_row_from_row(sqlite3_stmt *st, void *item)
{
	event_row *r = item;
	int c = event_from_row(st, &r->ev, NULL);

	db_column_text(st, c, r->household_number, sizeof r->household_number);
	r->area_id = sqlite3_column_int64(st, c + 1);
	db_column_text(st, c + 2, r->subject_name, sizeof r->subject_name);
	db_column_text(st, c + 3, r->related_name, sizeof r->related_name);
}

/* Collect event_row results of a bound EVENT_ROW_SELECT statement. */
static int
event_rows(db *d, sqlite3_stmt *st, event_row **out, size_t *n, ds_err *err)
{
	void *items;
	int rc = store_rows(d, st, event_row_from_row, sizeof **out, &items, n, err,
	                    L("Đọc danh sách sự kiện", "Reading the events"));

	*out = items;
	return rc;
}

/* The events of a month, optionally of one area. */
int
db_event_list_period(db *d, const char *period, int64_t area_id, int include_cancelled,
                     event_row **out, size_t *n, ds_err *err)
{
	static char *sql;
	sqlite3_stmt *st = db_stmt(d, EVENT_ROW_SELECT(sql, "WHERE e.period = ?1 AND (?2 = 0 OR h.area_id = ?2) "
	                                               "AND (?3 OR e.cancelled = 0) ORDER BY e.event_date, e.id"));

	db_bind_text(st, 1, period);
	sqlite3_bind_int64(st, 2, area_id);
	sqlite3_bind_int(st, 3, include_cancelled != 0);
	return event_rows(d, st, out, n, err);
}

/* The events a person is the subject of or related to. */
int
db_event_list_member(db *d, int64_t member_id, int include_cancelled, event_row **out, size_t *n, ds_err *err)
{
	static char *sql;
	sqlite3_stmt *st = db_stmt(d, EVENT_ROW_SELECT(sql, "WHERE e.id IN (SELECT id FROM event WHERE member_id = ?1 "
	                                               "UNION SELECT id FROM event WHERE related_member_id = ?1) "
	                                               "AND (?2 OR e.cancelled = 0) ORDER BY e.event_date, e.id"));

	sqlite3_bind_int64(st, 1, member_id);
	sqlite3_bind_int(st, 2, include_cancelled != 0);
	return event_rows(d, st, out, n, err);
}

/* The events of one household. */
int
db_event_list_household(db *d, int64_t household_id, int include_cancelled, event_row **out, size_t *n, ds_err *err)
{
	static char *sql;
	sqlite3_stmt *st = db_stmt(d, EVENT_ROW_SELECT(sql, "WHERE e.household_id = ?1 AND (?2 OR e.cancelled = 0) "
	                                               "ORDER BY e.event_date, e.id"));

	sqlite3_bind_int64(st, 1, household_id);
	sqlite3_bind_int(st, 2, include_cancelled != 0);
	return event_rows(d, st, out, n, err);
}
