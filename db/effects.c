/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* effects.c (db): what each event kind does to the register, and how a
 * cancel or a correction undoes or re-applies it (docs/events.md). Runs
 * inside the transaction of events.c. */
#include "config.h"

#include "db/events.h"
#include "db/register.h"
#include "db/store.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Load a member that must exist. */
static int
member_need(db *d, int64_t id, member *m, const char *field, ds_err *err)
{
	int rc = db_member_get(d, id, m, err);

	if (rc > 0)
		return store_refuse(err, field, L("không có người này trong sổ", "no such person in the register"));
	return rc;
}

/* Set a member's status and date left, audited. */
int
effects_member_status(db *d, int64_t id, member_status status, const char *left_on, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE member SET status = ?2, left_on = ?3 WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, (int)status);
	db_bind_text(st, 3, left_on);
	return store_update(d, st, store_member_json_sql, "member", id, err,
	                    L("Ghi tình trạng nhân khẩu", "Saving the person's status"));
}

/* Set a member's marital status, audited. */
int
effects_member_marital(db *d, int64_t id, const char *marital, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE member SET marital = ?2 WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, marital);
	return store_update(d, st, store_member_json_sql, "member", id, err,
	                    L("Ghi tình trạng hôn nhân", "Saving the marital status"));
}

/* Change a household's status / end date, audited. */
static int
household_status_set(db *d, int64_t id, household_status status, const char *ended_on, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE household SET status = ?2, ended_on = ?3 WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, (int)status);
	db_bind_text(st, 3, ended_on);
	return store_update(d, st, store_household_json_sql, "household", id, err,
	                    L("Ghi tình trạng hộ", "Saving the household's status"));
}

/* Change a household's area, audited. */
static int
household_area_set(db *d, int64_t id, int64_t area_id, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE household SET area_id = ?2 WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, area_id);
	return store_update(d, st, store_household_json_sql, "household", id, err,
	                    L("Bàn giao hộ", "Handing the household over"));
}

/* ---- member fields a detail change may touch ---- */

/* The text of member field name into buf; -1 when not a changeable field. */
static int
field_get(const member *m, const char *name, char *buf, size_t n)
{
	if (strcmp(name, "full_name") == 0)
		return str_copy(buf, n, m->full_name), 0;
	if (strcmp(name, "birth_date") == 0)
		return str_copy(buf, n, m->birth_date), 0;
	if (strcmp(name, "sex") == 0)
		return str_printf(buf, n, "%d", (int)m->sex), 0;
	if (strcmp(name, "ethnicity") == 0)
		return str_copy(buf, n, m->ethnicity), 0;
	if (strcmp(name, "education") == 0)
		return str_copy(buf, n, m->education), 0;
	if (strcmp(name, "marital") == 0)
		return str_copy(buf, n, m->marital), 0;
	if (strcmp(name, "residence") == 0)
		return str_copy(buf, n, m->residence), 0;
	if (strcmp(name, "relation") == 0)
		return str_copy(buf, n, m->relation), 0;
	if (strcmp(name, "person_id") == 0)
		return str_copy(buf, n, m->person_id), 0;
	if (strcmp(name, "children_born") == 0)
		return str_printf(buf, n, "%d", m->children_born), 0;
	if (strcmp(name, "children_living") == 0)
		return str_printf(buf, n, "%d", m->children_living), 0;
	return -1;
}

/* A count of the history from text: 0..99 digits only, else -1. */
static int
count_parse(const char *v)
{
	size_t len = strlen(v);

	if (len < 1 || len > 2 || strspn(v, "0123456789") != len)
		return -1;
	return atoi(v);
}

/* Set member field name from text (checked later by db_member_update);
 * -1 when the value does not fit. */
static int
field_set(member *m, const char *name, const char *v)
{
	if (strcmp(name, "full_name") == 0)
		return str_copy(m->full_name, sizeof m->full_name, v);
	if (strcmp(name, "birth_date") == 0)
		return str_copy(m->birth_date, sizeof m->birth_date, v);
	if (strcmp(name, "sex") == 0) {
		m->sex = strcmp(v, "1") == 0 ? SEX_MALE : strcmp(v, "2") == 0 ? SEX_FEMALE : SEX_UNKNOWN;
		return 0;
	}
	if (strcmp(name, "ethnicity") == 0)
		return str_copy(m->ethnicity, sizeof m->ethnicity, v);
	if (strcmp(name, "education") == 0)
		return str_copy(m->education, sizeof m->education, v);
	if (strcmp(name, "marital") == 0)
		return str_copy(m->marital, sizeof m->marital, v);
	if (strcmp(name, "residence") == 0)
		return str_copy(m->residence, sizeof m->residence, v);
	if (strcmp(name, "relation") == 0)
		return str_copy(m->relation, sizeof m->relation, v);
	if (strcmp(name, "person_id") == 0)
		return str_copy(m->person_id, sizeof m->person_id, v);
	if (strcmp(name, "children_born") == 0)
		return (m->children_born = count_parse(v)) < 0 ? -1 : 0;
	if (strcmp(name, "children_living") == 0)
		return (m->children_living = count_parse(v)) < 0 ? -1 : 0;
	return -1;
}

/* Set member.field from `from` to `to`, refusing when the register holds
 * something else than `from` now. */
static int
field_change(db *d, int64_t member_id, const char *field, const char *from, const char *to, ds_err *err)
{
	member m;
	char cur[VALUE_LEN];

	if (member_need(d, member_id, &m, "member_id", err) != 0)
		return -1;
	if (field_get(&m, field, cur, sizeof cur) != 0)
		return store_refuse(err, "field", L("thông tin này không sửa được bằng sự kiện thay đổi",
		                                    "this field cannot be changed by a change-of-details event"));
	if (strcmp(cur, from) != 0) {
		ds_err_at(err, NULL, 0, 0, "old_value");
		return ds_err_set(err, L("old_value: giá trị hiện tại trong sổ là \"%s\", không phải \"%s\"",
		                         "old_value: the register holds \"%s\", not \"%s\""), cur, from);
	}
	if (field_set(&m, field, to) != 0)
		return store_refuse(err, "new_value", L("giá trị mới quá dài hoặc không phải là số", "the new value is too long or not a number"));
	if (strcmp(field, "children_born") == 0 &&
	    m.children_born < store_int(d, "SELECT count(*) FROM event WHERE member_id = ?1 AND kind = 'birth' AND cancelled = 0",
	                                member_id, 0))
		return store_refuse(err, "new_value", L("số con đã sinh ít hơn số lần sinh đã ghi trong sổ",
		                                        "fewer live births than the births the register records"));
	if (db_member_update(d, &m, err) != 0) {
		char msg[sizeof err->msg];
		str_copy(msg, sizeof msg, err != NULL ? err->msg : "");
		ds_err_at(err, NULL, 0, 0, "new_value");
		return ds_err_set(err, "new_value: %s", msg);
	}
	return 0;
}

/* ---- a woman's reproductive history ---- */

/* Add born / living to a woman's history (either may be negative),
 * audited; a count never goes below 0 nor living above born. */
static int
history_add(db *d, int64_t id, int born, int living, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE member SET children_born = max(0, children_born + ?2), "
	                              "children_living = min(max(0, children_born + ?2), max(0, children_living + ?3)) "
	                              "WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, born);
	sqlite3_bind_int(st, 3, living);
	return store_update(d, st, store_member_json_sql, "member", id, err,
	                    L("Ghi số con của người mẹ", "Saving the mother's children"));
}

/* What a birth of this order adds to its mother's history: 1, or more
 * when the order, confirmed, is beyond her recorded births (births she had
 * that were never recorded: docs/rules.md). already: what this event added
 * before (a correction), 0 for a new one. */
static int
history_delta(db *d, const event *ev, const member *mother, int already)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT coalesce(sum(CASE WHEN history_added > 0 THEN history_added ELSE 1 END), 0) "
	                              "FROM event WHERE member_id = ?1 AND kind = 'birth' AND cancelled = 0 AND id <> ?3 "
	                              "AND event_date > ?2");
	int later = 0, before;

	sqlite3_bind_int64(st, 1, mother->id);
	db_bind_text(st, 2, ev->date);
	sqlite3_bind_int64(st, 3, ev->id);
	if (sqlite3_step(st) == SQLITE_ROW)
		later = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	before = mother->children_born - already - later;
	if (before < 0)
		before = 0;
	return ev->birth_order - before > 1 ? ev->birth_order - before : 1;
}

/* ---- apply ---- */

/* Birth: the child joins the mother's household; her history counts it
 * (and the unrecorded births a higher order, confirmed, says she had). */
static int
apply_birth(db *d, event *ev, member *child, effect_undo *u, ds_err *err)
{
	member mother;

	if (member_need(d, ev->member_id, &mother, "member_id", err) != 0)
		return -1;
	u->history_added = history_delta(d, ev, &mother, 0);
	if (history_add(d, mother.id, u->history_added, u->history_added, err) != 0)
		return -1;
	child->id = 0;
	child->household_id = mother.household_id;
	child->sex = ev->child_sex;
	str_copy(child->birth_date, sizeof child->birth_date, ev->date);
	if (str_empty(child->relation))
		str_copy(child->relation, sizeof child->relation, family_newborn_relation(mother.relation));
	if (str_empty(child->ethnicity))
		str_copy(child->ethnicity, sizeof child->ethnicity, mother.ethnicity);
	str_copy(child->marital, sizeof child->marital, "1");
	str_copy(child->residence, sizeof child->residence, "1");
	str_copy(child->entered_on, sizeof child->entered_on, ev->date);
	child->status = MEMBER_ACTIVE;
	child->left_on[0] = '\0';
	if (db_member_add(d, child, err) != 0)
		return -1;
	ev->related_member_id = child->id;
	return 0;
}

/* Move in: the person joins the event's household. */
static int
apply_move_in(db *d, event *ev, member *p, ds_err *err)
{
	p->id = 0;
	p->household_id = ev->household_id;
	str_copy(p->entered_on, sizeof p->entered_on, ev->date);
	p->status = MEMBER_ACTIVE;
	p->left_on[0] = '\0';
	if (db_member_add(d, p, err) != 0)
		return -1;
	ev->member_id = p->id;
	return 0;
}

/* A child born in the register died: one child fewer living for the
 * mother of that birth (children born before the register are not linked
 * to their mother: her history is corrected by a change of details). */
static int
child_death(db *d, int64_t child_id, effect_undo *u, ds_err *err)
{
	int64_t mother = store_int(d, "SELECT member_id FROM event WHERE kind = 'birth' AND cancelled = 0 "
	                              "AND related_member_id = ?1", child_id, 0);

	if (mother == 0 || store_int(d, "SELECT children_living FROM member WHERE id = ?1", mother, 0) <= 0)
		return 0;
	u->history_added = 1;
	u->history_member_id = mother;
	return history_add(d, mother, 0, -1, err);
}

/* Close household hh when nobody active is left in it (status `to`, from
 * `on`); 1 in *closed when it did. */
static int
household_close_if_empty(db *d, int64_t hh, household_status to, const char *on, int *closed, ds_err *err)
{
	household h;

	if (store_int(d, "SELECT count(*) FROM member WHERE household_id = ?1 AND status = 0", hh, 0) > 0)
		return 0;
	if (db_household_get(d, hh, &h, err) != 0 || h.status != HH_ACTIVE)
		return 0;
	*closed = 1;
	return household_status_set(d, h.id, to, on, err);
}

/* Set or clear a household's head, audited. */
static int
household_head_set(db *d, int64_t id, int64_t head, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE household SET head_member_id = ?2 WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	db_bind_id(st, 2, head);
	return store_update(d, st, store_household_json_sql, "household", id, err,
	                    L("Ghi chủ hộ", "Saving the household's head"));
}

/* A transfer inside the commune: a person of the register joins the
 * event's household from another one (one event, neither a move in nor a
 * move out of the commune). The household left loses its head when it was
 * this person, and closes when nobody is left. */
static int
apply_transfer(db *d, event *ev, effect_undo *u, ds_err *err)
{
	member m;
	household from;

	if (member_need(d, ev->member_id, &m, "member_id", err) != 0)
		return -1;
	if (m.status != MEMBER_ACTIVE)
		return store_refuse(err, "member_id", L("người này đã chết hoặc đã chuyển đi", "this person has died or moved out"));
	if (m.household_id == ev->household_id)
		return store_refuse(err, "member_id", L("người này đã ở trong hộ này", "this person is already in this household"));
	if (db_household_get(d, m.household_id, &from, err) != 0)
		return -1;
	u->prev_household_id = m.household_id;
	if (str_empty(ev->place))
		str_printf(ev->place, sizeof ev->place, L("hộ số %s", "household %s"), from.number);
	if (from.head_member_id == m.id) {
		u->prev_head = 1;
		if (household_head_set(d, from.id, 0, err) != 0)
			return -1;
	}
	m.household_id = ev->household_id;
	if (db_member_update(d, &m, err) != 0)
		return -1;
	return household_close_if_empty(d, from.id, HH_DISSOLVED, ev->date, &u->closed_household, err);
}

/* Undo a transfer: the person goes back to the household left. */
static int
undo_transfer(db *d, const event *ev, const effect_undo *u, ds_err *err)
{
	member m;

	if (member_need(d, ev->member_id, &m, "member_id", err) != 0)
		return -1;
	if (m.status != MEMBER_ACTIVE || m.household_id != ev->household_id || u->prev_household_id == 0)
		return store_refuse(err, "member_id", L("người này đã chuyển tiếp hoặc đã ra khỏi sổ sau sự kiện; không hoàn tác được",
		                                        "this person moved again or left after the event; it cannot be undone"));
	if (u->closed_household && household_status_set(d, u->prev_household_id, HH_ACTIVE, "", err) != 0)
		return -1;
	m.household_id = u->prev_household_id;
	if (db_member_update(d, &m, err) != 0)
		return -1;
	if (u->prev_head && store_int(d, "SELECT coalesce(head_member_id, 0) FROM household WHERE id = ?1",
	                              u->prev_household_id, 0) == 0)
		return household_head_set(d, u->prev_household_id, m.id, err);
	return 0;
}

/* One person leaves (died / moved out); the household closes when nobody
 * active is left. */
static int
apply_leave(db *d, const event *ev, member_status status, effect_undo *u, ds_err *err)
{
	member m;
	household h;

	if (member_need(d, ev->member_id, &m, "member_id", err) != 0)
		return -1;
	if (m.status != MEMBER_ACTIVE)
		return store_refuse(err, "member_id", L("người này đã chết hoặc đã chuyển đi", "this person has died or moved out"));
	if (effects_member_status(d, m.id, status, ev->date, err) != 0)
		return -1;
	if (status == MEMBER_DIED && child_death(d, m.id, u, err) != 0)
		return -1;
	if (store_int(d, "SELECT count(*) FROM member WHERE household_id = ?1 AND status = 0", m.household_id, 0) > 0)
		return 0;
	if (db_household_get(d, m.household_id, &h, err) != 0 || h.status != HH_ACTIVE)
		return 0;
	u->closed_household = 1;
	return household_status_set(d, h.id, status == MEMBER_DIED ? HH_DISSOLVED : HH_MOVED_OUT, ev->date, err);
}

/* Set every member of a household with status `from` (and, when on is not
 * NULL, left_on == on) to status `to` / left_on. */
static int
members_move(db *d, int64_t hh, member_status from, const char *on, member_status to, const char *left_on, ds_err *err)
{
	member *ms;
	size_t n;
	int rc = 0;

	if (db_member_list(d, hh, 1, &ms, &n, err) != 0)
		return -1;
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (ms[i].status == from && (on == NULL || strcmp(ms[i].left_on, on) == 0))
			rc = effects_member_status(d, ms[i].id, to, left_on, err);
	free(ms);
	return rc;
}

/* The whole household moves: out of the commune, or to another area. */
static int
apply_household_move(db *d, const event *ev, effect_undo *u, ds_err *err)
{
	household h;

	if (db_household_get(d, ev->household_id, &h, err) != 0)
		return -1;
	if (h.status != HH_ACTIVE)
		return store_refuse(err, "household_id", L("hộ này đã chuyển đi hoặc giải thể", "this household has moved out or dissolved"));
	if (ev->move_scope == MOVE_IN_COMMUNE) {
		if (ev->to_area_id == h.area_id)
			return store_refuse(err, "to_area_id", L("địa bàn mới trùng địa bàn hiện tại", "the new area is the current one"));
		u->prev_area_id = h.area_id;
		return household_area_set(d, h.id, ev->to_area_id, err);
	}
	if (members_move(d, h.id, MEMBER_ACTIVE, NULL, MEMBER_MOVED_OUT, ev->date, err) != 0)
		return -1;
	return household_status_set(d, h.id, HH_MOVED_OUT, ev->date, err);
}

/* Detail change: old_value defaults to what the register holds. */
static int
apply_detail(db *d, event *ev, ds_err *err)
{
	member m;

	if (member_need(d, ev->member_id, &m, "member_id", err) != 0)
		return -1;
	if (str_empty(ev->old_value) &&
	    field_get(&m, ev->field, ev->old_value, sizeof ev->old_value) != 0)
		return store_refuse(err, "field", L("thông tin này không sửa được bằng sự kiện thay đổi",
		                                    "this field cannot be changed by a change-of-details event"));
	if (strcmp(ev->old_value, ev->new_value) == 0)
		return store_refuse(err, "new_value", L("giá trị mới giống giá trị cũ", "the new value is the same as the old one"));
	return field_change(d, ev->member_id, ev->field, ev->old_value, ev->new_value, err);
}

/* Marriage / divorce: the subject's (and spouse's) marital status. */
static int
apply_marital(db *d, event *ev, effect_undo *u, ds_err *err)
{
	const char *to = ev->kind == EV_MARRIAGE ? "2" : "4";
	member m, s;

	if (member_need(d, ev->member_id, &m, "member_id", err) != 0)
		return -1;
	str_copy(u->prev_marital, sizeof u->prev_marital, m.marital);
	if (effects_member_marital(d, m.id, to, err) != 0)
		return -1;
	if (ev->related_member_id == 0)
		return 0;
	if (ev->related_member_id == ev->member_id)
		return store_refuse(err, "related_member_id", L("vợ/chồng phải là người khác", "the spouse must be another person"));
	if (member_need(d, ev->related_member_id, &s, "related_member_id", err) != 0)
		return -1;
	if (str_empty(ev->spouse_name))
		str_copy(ev->spouse_name, sizeof ev->spouse_name, s.full_name);
	str_copy(u->prev_spouse_marital, sizeof u->prev_spouse_marital, s.marital);
	return effects_member_marital(d, s.id, to, err);
}

/* Apply a new event's effect on the register. */
int
effects_apply(db *d, event *ev, member *new_person, effect_undo *u, ds_err *err)
{
	switch (ev->kind) {
	case EV_BIRTH:
		return apply_birth(d, ev, new_person, u, err);
	case EV_MOVE_IN:
		if (ev->move_scope == MOVE_IN_COMMUNE && ev->member_id != 0)
			return apply_transfer(d, ev, u, err);
		return apply_move_in(d, ev, new_person, err);
	case EV_DEATH:
		return apply_leave(d, ev, MEMBER_DIED, u, err);
	case EV_MOVE_OUT:
		if (ev->whole_household) {
			ev->member_id = 0;
			return apply_household_move(d, ev, u, err);
		}
		return apply_leave(d, ev, MEMBER_MOVED_OUT, u, err);
	case EV_DETAIL_CHANGE:
		return apply_detail(d, ev, err);
	case EV_MARRIAGE:
	case EV_DIVORCE:
		return apply_marital(d, ev, u, err);
	default:
		return 0;
	}
}

/* Recompute a woman's contraception-book row for one month from its events. */
int
effects_fp_rebuild(db *d, int64_t member_id, const char *period, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT kind, method, stop_reason FROM event WHERE member_id = ?1 "
	                              "AND period = ?2 AND kind IN ('fp_start', 'fp_stop') AND cancelled = 0 "
	                              "ORDER BY event_date DESC, id DESC LIMIT 1");
	char kind[16] = "", method[CODE_LEN] = "", reason[CODE_LEN] = "";
	int rc;

	sqlite3_bind_int64(st, 1, member_id);
	db_bind_text(st, 2, period);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_column_text(st, 0, kind, sizeof kind);
		db_column_text(st, 1, method, sizeof method);
		db_column_text(st, 2, reason, sizeof reason);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		st = db_stmt(d, "DELETE FROM fp_status WHERE member_id = ?1 AND period = ?2");
		sqlite3_bind_int64(st, 1, member_id);
		db_bind_text(st, 2, period);
		return store_step(d, st, err, L("Ghi sổ BPTT", "Writing the contraception book"));
	}
	if (rc != SQLITE_ROW)
		return db_fail(d, err, L("Ghi sổ BPTT", "Writing the contraception book"));
	st = db_stmt(d, "INSERT INTO fp_status(member_id, period, method, nonuse_reason, stop_reason) "
	                "VALUES (?1, ?2, ?3, '', ?4) ON CONFLICT(member_id, period) DO UPDATE SET "
	                "method = excluded.method, nonuse_reason = '', stop_reason = excluded.stop_reason");
	sqlite3_bind_int64(st, 1, member_id);
	db_bind_text(st, 2, period);
	db_bind_text(st, 3, strcmp(kind, "fp_start") == 0 ? method : "");
	db_bind_text(st, 4, strcmp(kind, "fp_stop") == 0 ? reason : "");
	return store_step(d, st, err, L("Ghi sổ BPTT", "Writing the contraception book"));
}

/* ---- cancel ---- */

/* Remove a member that the cancelled event created, when nothing else
 * refers to it; col_sql clears the event's reference first. */
static int
remove_created(db *d, const event *ev, int64_t id, const char *clear_sql, ds_err *err)
{
	sqlite3_stmt *st;
	char *before;

	if (id == 0)
		return 0;
	if (store_int(d, "SELECT count(*) FROM event WHERE (member_id = ?1 OR related_member_id = ?1) AND cancelled = 0",
	              id, 0) > 0 ||
	    store_int(d, "SELECT count(*) FROM event WHERE member_id = ?1 OR related_member_id = ?1", id, 0) > 1 ||
	    store_int(d, "SELECT count(*) FROM fp_status WHERE member_id = ?1", id, 0) > 0)
		return store_refuse(err, "id", L("người do sự kiện này tạo ra đã có sự kiện khác; hãy hủy các sự kiện đó trước",
		                                 "the person this event created has other events; cancel those first"));
	if (store_int(d, "SELECT count(*) FROM household WHERE head_member_id = ?1", id, 0) > 0)
		return store_refuse(err, "id", L("người do sự kiện này tạo ra đang là chủ hộ; hãy đổi chủ hộ trước",
		                                 "the person this event created is a household head; change the head first"));
	before = store_json(d, store_member_json_sql, id);
	st = db_stmt(d, clear_sql);
	sqlite3_bind_int64(st, 1, ev->id);
	if (store_step(d, st, err, L("Hủy sự kiện", "Cancelling the event")) != 0) {
		free(before);
		return -1;
	}
	st = db_stmt(d, "DELETE FROM member WHERE id = ?1");
	sqlite3_bind_int64(st, 1, id);
	if (store_step(d, st, err, L("Xóa người do sự kiện tạo ra", "Removing the person the event created")) != 0) {
		free(before);
		return -1;
	}
	return store_audit(d, "delete", "member", id, before, NULL, L("hủy sự kiện", "event cancelled"), err);
}

/* Bring back a person who died / moved out with this event. */
static int
undo_leave(db *d, const event *ev, member_status status, const effect_undo *u, ds_err *err)
{
	member m;

	if (member_need(d, ev->member_id, &m, "member_id", err) != 0)
		return -1;
	if (m.status != status || strcmp(m.left_on, ev->date) != 0)
		return store_refuse(err, "member_id", L("tình trạng của người này đã thay đổi sau sự kiện; không hoàn tác được",
		                                        "this person's status changed after the event; it cannot be undone"));
	if (effects_member_status(d, m.id, MEMBER_ACTIVE, "", err) != 0)
		return -1;
	if (u->closed_household)
		return household_status_set(d, m.household_id, HH_ACTIVE, "", err);
	return 0;
}

/* Bring back a whole household that moved out / was handed over. */
static int
undo_household_move(db *d, const event *ev, const effect_undo *u, ds_err *err)
{
	household h;

	if (db_household_get(d, ev->household_id, &h, err) != 0)
		return -1;
	if (ev->move_scope == MOVE_IN_COMMUNE) {
		if (h.area_id != ev->to_area_id || u->prev_area_id == 0)
			return store_refuse(err, "to_area_id", L("hộ đã được bàn giao tiếp sau sự kiện này; không hoàn tác được",
			                                         "the household was handed over again after this event; it cannot be undone"));
		return household_area_set(d, h.id, u->prev_area_id, err);
	}
	if (h.status != HH_MOVED_OUT || strcmp(h.ended_on, ev->date) != 0)
		return store_refuse(err, "household_id", L("tình trạng của hộ đã thay đổi sau sự kiện; không hoàn tác được",
		                                           "the household's status changed after the event; it cannot be undone"));
	if (members_move(d, h.id, MEMBER_MOVED_OUT, ev->date, MEMBER_ACTIVE, "", err) != 0)
		return -1;
	return household_status_set(d, h.id, HH_ACTIVE, "", err);
}

/* Put a marital status back if the event's value is still there. */
static int
undo_marital_one(db *d, int64_t id, const char *set, const char *prev, ds_err *err)
{
	member m;

	if (id == 0 || str_empty(prev))
		return 0;
	if (member_need(d, id, &m, "member_id", err) != 0)
		return -1;
	if (strcmp(m.marital, set) != 0)
		return 0;
	return effects_member_marital(d, id, prev, err);
}

/* Undo a cancelled event's effect, or refuse when later changes forbid it. */
int
effects_cancel(db *d, const event *ev, const effect_undo *u, ds_err *err)
{
	const char *set = ev->kind == EV_MARRIAGE ? "2" : "4";
	char period[PERIOD_LEN];

	switch (ev->kind) {
	case EV_BIRTH:
		if (remove_created(d, ev, ev->related_member_id,
		                   "UPDATE event SET related_member_id = NULL WHERE id = ?1", err) != 0)
			return -1;
		return history_add(d, ev->member_id, -u->history_added, -u->history_added, err);
	case EV_MOVE_IN:
		if (ev->move_scope == MOVE_IN_COMMUNE && u->prev_household_id != 0)
			return undo_transfer(d, ev, u, err);
		return remove_created(d, ev, ev->member_id, "UPDATE event SET member_id = NULL WHERE id = ?1", err);
	case EV_DEATH:
		if (undo_leave(d, ev, MEMBER_DIED, u, err) != 0)
			return -1;
		if (u->history_added > 0 && u->history_member_id != 0)
			return history_add(d, u->history_member_id, 0, u->history_added, err);
		return 0;
	case EV_MOVE_OUT:
		if (ev->whole_household)
			return undo_household_move(d, ev, u, err);
		return undo_leave(d, ev, MEMBER_MOVED_OUT, u, err);
	case EV_DETAIL_CHANGE:
		return field_change(d, ev->member_id, ev->field, ev->new_value, ev->old_value, err);
	case EV_FP_START:
	case EV_FP_STOP:
		str_printf(period, sizeof period, "%.7s", ev->date);
		return effects_fp_rebuild(d, ev->member_id, period, err);
	case EV_MARRIAGE:
	case EV_DIVORCE:
		if (undo_marital_one(d, ev->member_id, set, u->prev_marital, err) != 0)
			return -1;
		return undo_marital_one(d, ev->related_member_id, set, u->prev_spouse_marital, err);
	default:
		return 0;
	}
}

/* ---- correct ---- */

/* A corrected birth: the child's sex and dates follow the event. */
static int
correct_birth(db *d, const event *old, const event *nw, ds_err *err)
{
	member c;

	if (member_need(d, old->related_member_id, &c, "related_member_id", err) != 0)
		return -1;
	c.sex = nw->child_sex;
	str_copy(c.birth_date, sizeof c.birth_date, nw->date);
	str_copy(c.entered_on, sizeof c.entered_on, nw->date);
	return db_member_update(d, &c, err);
}

/* A corrected date of a death / move out / move in. */
static int
correct_dates(db *d, const event *old, const event *nw, const effect_undo *u, ds_err *err)
{
	member m;
	household h;

	if (strcmp(old->date, nw->date) == 0)
		return 0;
	if (old->kind == EV_MOVE_IN && old->move_scope == MOVE_IN_COMMUNE && u->prev_household_id != 0) {
		if (u->closed_household && db_household_get(d, u->prev_household_id, &h, err) == 0)
			return household_status_set(d, h.id, h.status, nw->date, err);
		return 0;
	}
	if (old->kind == EV_MOVE_IN) {
		if (member_need(d, old->member_id, &m, "member_id", err) != 0)
			return -1;
		str_copy(m.entered_on, sizeof m.entered_on, nw->date);
		return db_member_update(d, &m, err);
	}
	if (old->kind == EV_MOVE_OUT && old->whole_household) {
		if (old->move_scope == MOVE_IN_COMMUNE)
			return 0;
		if (members_move(d, old->household_id, MEMBER_MOVED_OUT, old->date, MEMBER_MOVED_OUT, nw->date, err) != 0)
			return -1;
		return household_status_set(d, old->household_id, HH_MOVED_OUT, nw->date, err);
	}
	if (member_need(d, old->member_id, &m, "member_id", err) != 0)
		return -1;
	if (effects_member_status(d, m.id, m.status, nw->date, err) != 0)
		return -1;
	if (u->closed_household && db_household_get(d, m.household_id, &h, err) == 0)
		return household_status_set(d, h.id, h.status, nw->date, err);
	return 0;
}

/* Carry a corrected event's new values into the register. */
int
effects_correct(db *d, const event *old, event *nw, effect_undo *u, ds_err *err)
{
	const char *set = old->kind == EV_MARRIAGE ? "2" : "4";
	event *w = nw;
	member s;

	switch (old->kind) {
	case EV_BIRTH: {
		member mother;
		int delta;

		w->related_member_id = old->related_member_id;
		if (correct_birth(d, old, nw, err) != 0 || member_need(d, old->member_id, &mother, "member_id", err) != 0)
			return -1;
		delta = history_delta(d, nw, &mother, u->history_added);
		if (delta == u->history_added)
			return 0;
		if (history_add(d, mother.id, delta - u->history_added, delta - u->history_added, err) != 0)
			return -1;
		u->history_added = delta;
		return 0;
	}
	case EV_DEATH:
	case EV_MOVE_IN:
		return correct_dates(d, old, nw, u, err);
	case EV_MOVE_OUT:
		w->member_id = old->member_id;
		if (old->whole_household && old->move_scope == MOVE_IN_COMMUNE && nw->to_area_id != old->to_area_id) {
			if (nw->to_area_id == u->prev_area_id)
				return store_refuse(err, "to_area_id", L("địa bàn mới trùng địa bàn cũ", "the new area is the old one"));
			return household_area_set(d, old->household_id, nw->to_area_id, err);
		}
		return correct_dates(d, old, nw, u, err);
	case EV_DETAIL_CHANGE:
		str_copy(w->old_value, sizeof w->old_value, old->old_value);
		if (strcmp(old->new_value, nw->new_value) == 0)
			return 0;
		return field_change(d, old->member_id, old->field, old->new_value, nw->new_value, err);
	case EV_MARRIAGE:
	case EV_DIVORCE:
		if (old->related_member_id == nw->related_member_id)
			return 0;
		if (undo_marital_one(d, old->related_member_id, set, u->prev_spouse_marital, err) != 0)
			return -1;
		u->prev_spouse_marital[0] = '\0';
		if (nw->related_member_id == 0)
			return 0;
		if (nw->related_member_id == nw->member_id)
			return store_refuse(err, "related_member_id", L("vợ/chồng phải là người khác", "the spouse must be another person"));
		if (member_need(d, nw->related_member_id, &s, "related_member_id", err) != 0)
			return -1;
		str_copy(u->prev_spouse_marital, sizeof u->prev_spouse_marital, s.marital);
		return effects_member_marital(d, s.id, set, err);
	default:
		return 0;
	}
}
