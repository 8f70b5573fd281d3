/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_record.c: record_event / record_update / record_cancel: every rule
 * reached through the use case, confirmation, locks, one transaction. */
#include "config.h"

#include "app/record.h"
#include "db/events.h"
#include "db/periods.h"
#include "tests/unit/db_fixture.h"

static int64_t area1, hh, man, wife, girl, young, old_woman, single, elder;

/* An event of kind on date for member_id of the fixture household. */
static event
mk(event_kind kind, const char *date, int64_t member_id)
{
	event ev;

	event_init(&ev, kind);
	str_copy(ev.date, sizeof ev.date, date);
	ev.household_id = hh;
	ev.member_id = member_id;
	return ev;
}

/* A birth event with sane defaults. */
static event
birth(const char *date, int64_t mother, int order)
{
	event ev = mk(EV_BIRTH, date, mother);

	ev.child_sex = SEX_MALE;
	ev.birth_order = order;
	str_copy(ev.birth_place, sizeof ev.birth_place, "1");
	return ev;
}

/* 1 if r holds the rule. */
static int
has(const rule_result *r, const char *id)
{
	for (int i = 0; i < r->count; i++)
		if (strcmp(r->items[i].rule_id, id) == 0)
			return 1;
	return 0;
}

/* Record ev (unconfirmed) and check the status and that rule fired. */
static void
expect(db *d, event ev, const char *child_name, record_status want, const char *rule)
{
	member child;
	rule_result r;
	ds_err err = {0};
	long long before = fx_int("SELECT count(*) FROM event");
	record_status st;

	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, child_name != NULL ? child_name : "Bé");
	st = record_event(d, &ev, ev.kind == EV_BIRTH ? &child : NULL, 0, &r, &err);
	is_int(st, want, "%s: status (%s)", rule, record_status_message(st, &r, &err));
	ok(has(&r, rule), "%s reached through record_event", rule);
	if (want != RECORD_SAVED)
		is_int(fx_int("SELECT count(*) FROM event"), before, "%s: nothing saved", rule);
}

/* Save ev, confirming warnings; returns its id. */
static int64_t
save(db *d, event *ev, member *p)
{
	rule_result r;
	ds_err err = {0};
	record_status st = record_event(d, ev, p, 1, &r, &err);

	if (st != RECORD_SAVED)
		tap_diag("save %s: %s", event_kind_name(ev->kind), record_status_message(st, &r, &err));
	return st == RECORD_SAVED ? ev->id : 0;
}

/* The rules that block a save. */
static void
test_errors(db *d)
{
	event ev;
	member child;

	expect(d, mk(EV_PREGNANCY, "2025-02-30", wife), NULL, RECORD_REFUSED, "event.date_invalid");
	expect(d, mk(EV_ELDERLY_CHECK, "2025-04-02", elder), NULL, RECORD_REFUSED, "event.future");
	expect(d, birth("2025-03-02", man, 1), NULL, RECORD_REFUSED, "birth.mother_not_female");
	ev = birth("2025-03-02", wife, 1);
	ev.child_sex = SEX_UNKNOWN;
	expect(d, ev, NULL, RECORD_REFUSED, "birth.child_sex");
	expect(d, birth("2025-03-02", wife, 0), NULL, RECORD_REFUSED, "birth.order_invalid");
	ev = mk(EV_FP_START, "2025-03-02", wife);
	expect(d, ev, NULL, RECORD_REFUSED, "fp_start.no_method");
	ev = mk(EV_PREGNANCY, "2025-03-02", wife);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "1");
	expect(d, ev, NULL, RECORD_REFUSED, "pregnancy.number_invalid");
	ev = mk(EV_PRENATAL_SCREENING, "2025-03-02", wife);
	ev.gestational_week = 50;
	expect(d, ev, NULL, RECORD_REFUSED, "prenatal.week_invalid");

	ev = mk(EV_PREGNANCY, "2025-03-03", wife);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "1");
	ev.pregnancy_number = 2;
	ok(save(d, &ev, NULL) > 0, "pregnancy saved");
	ev.id = 0;
	ev.uid[0] = '\0';
	expect(d, ev, NULL, RECORD_REFUSED, "event.duplicate");

	ev = birth("2025-01-10", wife, 2);
	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, "Con Đầu");
	ok(save(d, &ev, &child) > 0, "a January birth saved");
	expect(d, birth("2025-03-04", wife, 1), NULL, RECORD_REFUSED, "birth.order_below_register");

	ev = mk(EV_DEATH, "2025-03-05", elder);
	ok(save(d, &ev, NULL) > 0, "death saved");
	expect(d, mk(EV_ELDERLY_CHECK, "2025-03-06", elder), NULL, RECORD_REFUSED, "event.subject_inactive");
	expect(d, mk(EV_MOVE_OUT, "2025-03-06", elder), NULL, RECORD_REFUSED, "move_out.not_active");
}

/* The rules that ask for confirmation; confirming saves. */
static void
test_warnings(db *d)
{
	event ev;
	member child;
	rule_result r;
	ds_err err = {0};

	expect(d, birth("2025-03-07", young, 1), NULL, RECORD_NEEDS_CONFIRMATION, "birth.mother_young");
	expect(d, birth("2025-03-07", old_woman, 1), NULL, RECORD_NEEDS_CONFIRMATION, "birth.mother_old");
	expect(d, birth("2025-03-07", girl, 3), NULL, RECORD_NEEDS_CONFIRMATION, "birth.order_high");
	expect(d, birth("2025-03-07", girl, 2), NULL, RECORD_NEEDS_CONFIRMATION, "birth.order_gap");
	expect(d, birth("2025-03-07", wife, 3), NULL, RECORD_NEEDS_CONFIRMATION, "birth.close_births");
	ev = mk(EV_FP_START, "2025-03-08", single);
	str_copy(ev.method, sizeof ev.method, "7");
	expect(d, ev, NULL, RECORD_NEEDS_CONFIRMATION, "fp_start.unmarried");
	ok(db_fp_set(d, girl, "2024-10", "2", "", &err) == 0, "girl sterilised in the book");
	ev = mk(EV_FP_START, "2025-03-08", girl);
	str_copy(ev.method, sizeof ev.method, "6");
	expect(d, ev, NULL, RECORD_NEEDS_CONFIRMATION, "fp_start.after_sterilisation");
	ev = mk(EV_PRENATAL_SCREENING, "2025-03-08", man);
	ev.gestational_week = 12;
	expect(d, ev, NULL, RECORD_NEEDS_CONFIRMATION, "prenatal.male");
	expect(d, mk(EV_ELDERLY_CHECK, "2025-03-08", man), NULL, RECORD_NEEDS_CONFIRMATION, "elderly.under_60");
	ev = mk(EV_ELDERLY_CHECK, "2025-01-08", old_woman);
	ok(save(d, &ev, NULL) > 0, "an elderly check in January");
	expect(d, mk(EV_ELDERLY_CHECK, "2025-03-09", old_woman), NULL, RECORD_NEEDS_CONFIRMATION, "elderly.repeat");

	ev = birth("2025-03-07", girl, 3);
	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, "Con Thứ Ba");
	is_int(record_event(d, &ev, &child, 1, &r, &err), RECORD_SAVED, "confirmed: saved");
	ok(ev.id > 0 && child.id > 0, "event and child stored");
	ok(r.warnings > 0, "the warnings are still reported");
}

/* Locks, correction, cancel through the use case. */
static void
test_locks_and_changes(db *d)
{
	event ev, got;
	rule_result r;
	ds_err err = {0};

	ev = mk(EV_PREGNANCY, "2025-02-10", girl);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "1");
	ev.pregnancy_number = 1;
	ok(save(d, &ev, NULL) > 0, "February pregnancy saved");
	int64_t feb = ev.id;
	ok(db_period_lock(d, "2025-02", 1, &err) == 0, "February locked");
	ev = mk(EV_PREGNANCY, "2025-02-11", wife);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "2");
	ev.pregnancy_number = 1;
	expect(d, ev, NULL, RECORD_REFUSED, "event.period_locked");
	ok(db_event_get(d, feb, &got, &err) == 0, "read back");
	got.pregnancy_number = 2;
	is_int(record_update(d, &got, 1, &r, &err), RECORD_REFUSED, "correction in a locked month refused");
	ok(has(&r, "event.period_locked"), "because of the lock");
	is_int(record_cancel(d, feb, "sai", &r, &err), RECORD_REFUSED, "cancel in a locked month refused");
	ok(strstr(err.msg, "locked") != NULL, "err says locked: %s", err.msg);
	ok(db_period_unlock(d, "2025-02", "sửa", &err) == 0, "officer unlocks");
	is_int(record_update(d, &got, 1, &r, &err), RECORD_SAVED, "correction saved");
	is_int(fx_int("SELECT pregnancy_number FROM event WHERE kind = 'pregnancy' AND event_date = '2025-02-10'"), 2,
	       "corrected value stored");
	str_copy(got.date, sizeof got.date, "2025-03-40");
	is_int(record_update(d, &got, 1, &r, &err), RECORD_REFUSED, "bad corrected date refused");
	is_int(record_cancel(d, feb, "  ", &r, &err), RECORD_REFUSED, "blank reason refused");
	is_str(err.field, "cancel_reason", "field cancel_reason");
	is_int(record_cancel(d, feb, "nhập trùng", &r, &err), RECORD_SAVED, "cancelled");
	is_int(fx_int("SELECT cancelled FROM event WHERE kind = 'pregnancy' AND event_date = '2025-02-10'"), 1,
	       "cancelled flag");
}

/* An event recorded while working on a chosen month must fall in it. */
static void
test_working_month(db *d)
{
	event ev;
	rule_result r;
	ds_err err = {0};
	long long before = fx_int("SELECT count(*) FROM event");

	ev = mk(EV_ELDERLY_CHECK, "2025-02-15", old_woman);
	is_int(record_event_in(d, "2025-03", &ev, NULL, 1, &r, &err), RECORD_REFUSED,
	       "a February event while working on March refused");
	ok(has(&r, "event.outside_period"), "because of event.outside_period");
	ok(r.count > 0 && strstr(r.items[0].message, "15/02/2025") != NULL && strstr(r.items[0].message, "03/2025") != NULL,
	   "the message names the date and the month: %s", r.count > 0 ? r.items[0].message : "");
	is_int(fx_int("SELECT count(*) FROM event"), before, "nothing saved");
	ev = mk(EV_ELDERLY_CHECK, "2025-03-15", man);
	is_int(record_event_in(d, "2025-03", &ev, NULL, 1, &r, &err), RECORD_SAVED, "a March event while working on March saved");
	ok(!has(&r, "event.outside_period"), "no outside_period finding");
	ev = mk(EV_ELDERLY_CHECK, "2025-02-16", man);
	is_int(record_event_in(d, "", &ev, NULL, 1, &r, &err), RECORD_SAVED, "an empty month means the event's own");
}

/* Put the fixture's collaborator in an area (a raw update on the file). */
static void
set_collab_area(int64_t area_id)
{
	sqlite3 *s;
	char sql[128];

	snprintf(sql, sizeof sql, "UPDATE app_user SET area_id = %lld WHERE id = %lld", (long long)area_id,
	         (long long)fx_collab);
	if (sqlite3_open(fx_path, &s) != SQLITE_OK || sqlite3_exec(s, sql, NULL, NULL, NULL) != SQLITE_OK)
		tap_diag("set_collab_area: %s", sqlite3_errmsg(s));
	sqlite3_close(s);
}

/* A collaborator records, corrects and cancels only in their own area. */
static void
test_own_area(db *d)
{
	int64_t area2 = fx_area(d, 2, "Thôn Hai");
	int64_t hh2 = fx_household(d, "2", area2);
	int64_t other = fx_member(d, hh2, "Phạm Thị Khác", SEX_FEMALE, "1950-01-01", "1", "3");
	long long before;
	event ev, mine;
	rule_result r;
	ds_err err = {0};

	set_collab_area(area1);
	db_set_user(d, fx_collab);
	before = fx_int("SELECT count(*) FROM event");
	ev = mk(EV_ELDERLY_CHECK, "2025-03-20", other);
	ev.household_id = hh2;
	is_int(record_event(d, &ev, NULL, 1, &r, &err), RECORD_REFUSED, "a collaborator cannot record in another area");
	ok(has(&r, "auth.other_area"), "because of auth.other_area");
	ok(r.count > 0 && strstr(r.items[0].message, "Household 2") != NULL, "the message names the household: %s",
	   r.count > 0 ? r.items[0].message : "");
	is_int(fx_int("SELECT count(*) FROM event"), before, "nothing saved");
	mine = mk(EV_ELDERLY_CHECK, "2025-03-20", old_woman);
	is_int(record_event(d, &mine, NULL, 1, &r, &err), RECORD_SAVED, "in their own area it is saved (%s)", err.msg);

	db_set_user(d, fx_officer);
	ev = mk(EV_ELDERLY_CHECK, "2025-03-20", other);
	ev.household_id = hh2;
	is_int(record_event(d, &ev, NULL, 1, &r, &err), RECORD_SAVED, "the officer records in any area (%s)", err.msg);
	db_set_user(d, fx_collab);
	is_int(record_cancel(d, ev.id, "nhầm", &r, &err), RECORD_REFUSED, "the collaborator cannot cancel it");
	is_int(fx_int("SELECT count(*) FROM event WHERE cancelled = 1 AND id = (SELECT max(id) FROM event)"), 0,
	       "it stays active");
	ev.date[9] = '1';
	is_int(record_update(d, &ev, 1, &r, &err), RECORD_REFUSED, "nor correct it");
	ok(has(&r, "auth.other_area"), "because of auth.other_area");
	db_set_user(d, fx_officer);
}

/* A whole household arriving in one go. */
static void
test_household_move_in(db *d)
{
	household h;
	member people[2];
	event tmpl;
	rule_result r;
	ds_err err = {0};

	household_init(&h);
	str_copy(h.number, sizeof h.number, "88");
	h.area_id = area1;
	fx_member_fill(&people[0], 0, "Vũ Văn Tới", SEX_MALE, "1985-01-01", "1", "2");
	fx_member_fill(&people[1], 0, "Vũ Thị Nơi", SEX_FEMALE, "1987-01-01", "2", "2");
	event_init(&tmpl, EV_MOVE_IN);
	str_copy(tmpl.date, sizeof tmpl.date, "2025-03-21");
	str_copy(tmpl.place, sizeof tmpl.place, "Nam Định");
	is_int(record_household_move_in(d, &h, people, 2, &tmpl, 0, &r, &err), RECORD_SAVED, "household moved in (%s)",
	       err.msg);
	ok(h.id > 0 && h.head_member_id == people[0].id, "head set to the relation-1 person");
	is_int(fx_int("SELECT count(*) FROM event WHERE kind = 'move_in' AND event_date = '2025-03-21'"), 2,
	       "one move_in per person");
	is_int(fx_int("SELECT count(DISTINCT uid) FROM event WHERE kind = 'move_in' AND event_date = '2025-03-21' "
	              "AND length(uid) = 32"), 2, "with two uids of their own (no uid given: random)");
	/* a caller that gives the template a uid (the demo generator) gets the
	 * same rows again: that uid for the first person, derived ones after
	 * (BLAKE2b-128 of "uid/k", the values from Python's hashlib) */
	household_init(&h);
	str_copy(h.number, sizeof h.number, "90");
	h.area_id = area1;
	fx_member_fill(&people[0], 0, "Vũ Văn Ba", SEX_MALE, "1980-01-01", "1", "2");
	fx_member_fill(&people[1], 0, "Vũ Thị Tư", SEX_FEMALE, "1982-01-01", "2", "2");
	event_init(&tmpl, EV_MOVE_IN);
	str_copy(tmpl.date, sizeof tmpl.date, "2025-03-22");
	str_copy(tmpl.uid, sizeof tmpl.uid, "0123456789abcdef0123456789abcdef");
	is_int(record_household_move_in(d, &h, people, 2, &tmpl, 0, &r, &err), RECORD_SAVED,
	       "a household with the template's uid moved in (%s)", err.msg);
	{
		char sql[256], buf[64];

		str_printf(sql, sizeof sql, "SELECT uid FROM event WHERE member_id = %lld", (long long)people[0].id);
		is_str(fx_text(sql, buf, sizeof buf), "0123456789abcdef0123456789abcdef", "the first person's event has it");
		str_printf(sql, sizeof sql, "SELECT uid FROM event WHERE member_id = %lld", (long long)people[1].id);
		is_str(fx_text(sql, buf, sizeof buf), "857a3fc04e82ee2cc51766fe86154058", "the second one's is derived from it");
	}
	tmpl.uid[0] = '\0';
	household_init(&h);
	str_copy(h.number, sizeof h.number, "89");
	h.area_id = area1;
	fx_member_fill(&people[0], 0, "Người Một", SEX_MALE, "1985-01-01", "1", "2");
	fx_member_fill(&people[1], 0, "Người Hai", SEX_FEMALE, "1987-01-01", "2", "99");
	is_int(record_household_move_in(d, &h, people, 2, &tmpl, 1, &r, &err), RECORD_FAILED,
	       "a bad second person fails the whole household");
	is_str(err.field, "marital", "field marital");
	is_int(fx_int("SELECT count(*) FROM household WHERE number = '89'"), 0, "no household row left");
	is_int(fx_int("SELECT count(*) FROM member WHERE full_name = 'Người Một'"), 0, "no member row left");
}

int
main(void)
{
	db *d = fx_open();

	area1 = fx_area(d, 1, "Thôn Một");
	hh = fx_household(d, "1", area1);
	man = fx_member(d, hh, "Trần Văn Chồng", SEX_MALE, "1990-01-01", "1", "2");
	wife = fx_member(d, hh, "Lê Thị Vợ", SEX_FEMALE, "1992-01-01", "2", "2");
	girl = fx_member(d, hh, "Trần Thị Gái", SEX_FEMALE, "1995-05-05", "3", "2");
	young = fx_member(d, hh, "Trần Thị Nhỏ", SEX_FEMALE, "2012-01-01", "3", "1");
	old_woman = fx_member(d, hh, "Ngô Thị Già", SEX_FEMALE, "1960-01-01", "6", "3");
	single = fx_member(d, hh, "Trần Thị Độc", SEX_FEMALE, "1998-01-01", "3", "1");
	elder = fx_member(d, hh, "Ngô Văn Cụ", SEX_MALE, "1935", "6", "2");
	test_errors(d);
	test_warnings(d);
	test_locks_and_changes(d);
	test_working_month(d);
	test_household_move_in(d);
	test_own_area(d);
	fx_integrity(d);
	db_close(&d);
	return tap_done();
}
