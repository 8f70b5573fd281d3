/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_db_events.c: every event kind stored and read back, its effect on
 * the register, cancel, correction, the fp book, rule facts, locks. */
#include "config.h"

#include "db/events.h"
#include "db/periods.h"
#include "tests/unit/db_fixture.h"

static int64_t area1, area2, hh, father, mother, grandma;

/* Store an event; returns its id (0 on failure, with a diagnostic). */
static int64_t
add(db *d, event *ev, member *p)
{
	ds_err err = {0};

	if (db_event_add(d, ev, p, &err) != 0) {
		tap_diag("add %s: %s", event_kind_name(ev->kind), err.msg);
		return 0;
	}
	return ev->id;
}

/* An event of kind on date for a member of the fixture household. */
static void
mk(event *ev, event_kind kind, const char *date, int64_t member_id)
{
	event_init(ev, kind);
	str_copy(ev->date, sizeof ev->date, date);
	ev->household_id = hh;
	ev->member_id = member_id;
}

/* A birth: the child joins; read back field by field; cancel. */
static void
test_birth(db *d)
{
	event ev, got;
	member child, c;
	ds_err err = {0};

	mk(&ev, EV_BIRTH, "2025-03-05", mother);
	ev.child_sex = SEX_FEMALE;
	ev.birth_order = 2;
	str_copy(ev.birth_place, sizeof ev.birth_place, "2");
	ev.birth_weight_g = 3100;
	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, "Trần Thị Mai");
	ok(add(d, &ev, &child) > 0, "birth stored");
	ok(ev.related_member_id == child.id && child.id > 0, "related member is the child");
	ok(db_event_get(d, ev.id, &got, &err) == 0, "read back");
	is_int(got.kind, EV_BIRTH, "kind");
	is_str(got.date, "2025-03-05", "date");
	is_int(got.member_id, mother, "mother");
	is_int(got.child_sex, SEX_FEMALE, "child sex");
	is_int(got.birth_order, 2, "birth order");
	is_str(got.birth_place, "2", "place");
	is_int(got.birth_weight_g, 3100, "weight");
	is_int(got.user_id, fx_officer, "user stamped");
	is_str(got.uid, ev.uid, "uid");
	ok(db_member_get(d, child.id, &c, &err) == 0, "child in register");
	is_int(c.household_id, hh, "in the mother's household");
	is_str(c.birth_date, "2025-03-05", "born on the event date");
	is_int(c.sex, SEX_FEMALE, "sex from the event");
	is_str(c.relation, "3", "relation child");
	is_str(c.ethnicity, "01", "ethnicity of the mother");
	is_str(c.marital, "1", "never married");
	is_str(c.entered_on, "2025-03-05", "entered on the date");

	/* correction: date and sex follow to the child */
	got.child_sex = SEX_MALE;
	str_copy(got.date, sizeof got.date, "2025-03-06");
	ok(db_event_update(d, &got, &err) == 0, "birth corrected (%s)", err.msg);
	db_member_get(d, child.id, &c, &err);
	is_int(c.sex, SEX_MALE, "child's sex corrected");
	is_str(c.birth_date, "2025-03-06", "child's birth date corrected");
	is_int(fx_int("SELECT count(*) FROM audit WHERE entity = 'event' AND action = 'update' "
	              "AND json_extract(before, '$.child_sex') = 2 AND json_extract(after, '$.child_sex') = 1"), 1,
	       "correction audited before/after");

	/* a newborn screening of the child blocks cancelling the birth */
	event sc;
	event_init(&sc, EV_NEWBORN_SCREENING);
	str_copy(sc.date, sizeof sc.date, "2025-03-08");
	sc.household_id = hh;
	sc.member_id = child.id;
	sc.conditions = NB_G6PD | NB_HEARING;
	ok(add(d, &sc, NULL) > 0, "newborn screening stored");
	ok(db_event_get(d, sc.id, &got, &err) == 0 && got.conditions == (NB_G6PD | NB_HEARING), "conditions read back");
	ok(db_event_cancel(d, ev.id, "nhập nhầm", &err) != 0, "birth with later events: cancel refused");
	ok(strstr(err.msg, "other events") != NULL, "says why: %s", err.msg);
	is_int(fx_int("SELECT cancelled FROM event WHERE kind = 'birth'"), 0, "birth not cancelled");
	ok(db_event_cancel(d, sc.id, "", &err) != 0, "cancel without a reason refused");
	ok(db_event_cancel(d, sc.id, "sai", &err) == 0, "screening cancelled");
	ok(db_event_cancel(d, ev.id, "nhập nhầm", &err) != 0, "still refused: a cancelled event refers to the child");

	/* twins and a fresh birth that can be cancelled */
	mk(&ev, EV_BIRTH, "2025-03-20", mother);
	ev.child_sex = SEX_MALE;
	ev.birth_order = 3;
	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, "Trần Văn Tư");
	ok(add(d, &ev, &child) > 0, "second birth");
	ok(db_event_cancel(d, ev.id, "nhập nhầm", &err) == 0, "cancel a birth with no other events (%s)", err.msg);
	ok(db_member_get(d, child.id, &c, &err) == 1, "the child is removed");
	is_int(fx_int("SELECT count(*) FROM event WHERE kind = 'birth' AND cancelled = 1 AND cancel_reason = 'nhập nhầm'"),
	       1, "the event stays, cancelled with its reason");
	is_int(fx_int("SELECT count(*) FROM audit WHERE action = 'cancel' AND reason = 'nhập nhầm'"), 1, "cancel audited");
}

/* A birth whose child cannot be stored leaves nothing behind. */
static void
test_birth_rollback(db *d)
{
	event ev;
	member child;
	ds_err err = {0};
	long long events = fx_int("SELECT count(*) FROM event");
	long long members = fx_int("SELECT count(*) FROM member");

	mk(&ev, EV_BIRTH, "2025-03-10", mother);
	ev.child_sex = SEX_MALE;
	ev.birth_order = 3;
	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, "Bé");
	str_copy(child.person_id, sizeof child.person_id, "bad-id");
	ok(db_event_add(d, &ev, &child, &err) != 0, "child with a bad person id: refused");
	is_str(err.field, "person_id", "field person_id");
	is_int(ev.id, 0, "no event id");
	is_int(fx_int("SELECT count(*) FROM event"), events, "no event row");
	is_int(fx_int("SELECT count(*) FROM member"), members, "no member row");
}

/* Kinds with no effect on the register: stored and read back. */
static void
test_plain_kinds(db *d)
{
	event ev, got;
	ds_err err = {0};

	mk(&ev, EV_PREGNANCY, "2025-03-02", mother);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "2");
	ev.pregnancy_number = 3;
	ok(add(d, &ev, NULL) > 0, "pregnancy stored");
	db_event_get(d, ev.id, &got, &err);
	ok(strcmp(got.pregnancy_kind, "2") == 0 && got.pregnancy_number == 3, "pregnancy fields read back");
	mk(&ev, EV_PREGNANCY, "2025-03-02", mother);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "2");
	ok(db_event_add(d, &ev, NULL, &err) != 0, "same person, kind and date: refused");
	ok(strstr(err.msg, "duplicate") != NULL && strstr(err.msg, "constraint") == NULL, "plain message: %s", err.msg);
	mk(&ev, EV_PRENATAL_SCREENING, "2025-03-03", mother);
	ev.gestational_week = 16;
	ev.conditions = PN_DOWN | PN_THALASSAEMIA;
	ok(add(d, &ev, NULL) > 0, "prenatal screening stored");
	db_event_get(d, ev.id, &got, &err);
	ok(got.gestational_week == 16 && got.conditions == (PN_DOWN | PN_THALASSAEMIA), "prenatal fields read back");
	mk(&ev, EV_ELDERLY_CHECK, "2025-03-04", grandma);
	ok(add(d, &ev, NULL) > 0, "elderly check stored");
	mk(&ev, EV_PREGNANCY, "2025-03-05", mother);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, "7");
	ok(db_event_add(d, &ev, NULL, &err) != 0, "unknown pregnancy kind refused");
	is_str(err.field, "pregnancy_kind", "field pregnancy_kind");
}

/* Contraception: the book, method at a month, users, facts. */
static void
test_fp(db *d)
{
	event ev, got;
	rule_facts f;
	member subj;
	fp_user *users;
	size_t n;
	char m[CODE_LEN];
	ds_err err = {0};

	ok(db_fp_set(d, mother, "2024-12", "6", "", &err) == 0, "baseline: pill in December");
	mk(&ev, EV_FP_START, "2025-02-10", mother);
	str_copy(ev.method, sizeof ev.method, "1");
	str_copy(ev.provider, sizeof ev.provider, "1");
	ev.living_children = 2;
	ok(add(d, &ev, NULL) > 0, "fp start stored");
	int64_t start = ev.id;
	db_event_get(d, start, &got, &err);
	ok(strcmp(got.method, "1") == 0 && strcmp(got.provider, "1") == 0 && got.living_children == 2, "fp fields read back");
	db_fp_method_at(d, mother, "2025-01", m, &err);
	is_str(m, "6", "January: still the pill (book carries forward)");
	db_fp_method_at(d, mother, "2025-03", m, &err);
	is_str(m, "1", "March: IUD from February");
	ok(db_fp_users_at(d, "2025-03", 0, 0, &users, &n, &err) == 0, "users at March");
	ok(n == 1 && users[0].member_id == mother && strcmp(users[0].method, "1") == 0, "the mother uses an IUD");
	free(users);
	ok(db_fp_users_at(d, "2025-03", 0, 1, &users, &n, &err) == 0 && n == 1, "grandma (widowed, 85) not counted");
	free(users);

	mk(&ev, EV_FP_STOP, "2025-03-15", mother);
	str_copy(ev.method, sizeof ev.method, "1");
	str_copy(ev.stop_reason, sizeof ev.stop_reason, "1");
	memset(&f, 0, sizeof f);
	ok(db_rule_facts(d, &ev, &subj, &f, &err) == 0, "facts for the stop");
	is_str(f.current_method, "1", "current method before the stop");
	is_str(f.period, "2025-03", "period from the date");
	is_str(f.today, "2025-03-31", "today from DANSO_TODAY");
	ok(f.subject != NULL && f.subject->id == mother, "subject loaded");
	{
		event first;

		mk(&first, EV_FP_START, "1900-01-15", mother);
		memset(&f, 0, sizeof f);
		ok(db_rule_facts(d, &first, &subj, &f, &err) == 0, "facts for an event of January 1900 (%s)", err.msg);
		is_str(f.current_method, "", "no month before it, so no method in use");
	}
	ok(add(d, &ev, NULL) > 0, "fp stop stored");
	db_fp_method_at(d, mother, "2025-03", m, &err);
	is_str(m, "", "March: not using");
	is_str(fx_text("SELECT stop_reason FROM fp_status WHERE period = '2025-03'", m, sizeof m), "1", "stop reason in book");
	ok(db_event_cancel(d, ev.id, "sai", &err) == 0, "stop cancelled");
	db_fp_method_at(d, mother, "2025-03", m, &err);
	is_str(m, "1", "after cancel: IUD again");
	got.method[0] = '\0';
	str_copy(got.method, sizeof got.method, "4");
	ok(db_event_update(d, &got, &err) == 0, "start corrected to implant");
	db_fp_method_at(d, mother, "2025-02", m, &err);
	is_str(m, "4", "book follows the correction");
}

/* Marriage, divorce, detail change, facts on births. */
static void
test_person_changes(db *d)
{
	event ev, got;
	member m;
	rule_facts f;
	ds_err err = {0};
	int64_t son = fx_member(d, hh, "Trần Văn Cường", SEX_MALE, "2000-01-01", "3", "1");
	int64_t bride_hh = fx_household(d, "7", area1);
	int64_t bride = fx_member(d, bride_hh, "Phạm Thị Dung", SEX_FEMALE, "2001-01-01", "1", "1");

	mk(&ev, EV_MARRIAGE, "2025-03-12", son);
	ev.related_member_id = bride;
	ev.premarital_check = 1;
	ok(add(d, &ev, NULL) > 0, "marriage stored");
	db_event_get(d, ev.id, &got, &err);
	ok(got.premarital_check == 1 && strcmp(got.spouse_name, "Phạm Thị Dung") == 0, "marriage fields read back");
	db_member_get(d, son, &m, &err);
	is_str(m.marital, "2", "groom married");
	db_member_get(d, bride, &m, &err);
	is_str(m.marital, "2", "bride married");
	ok(db_event_cancel(d, ev.id, "sai", &err) == 0, "marriage cancelled");
	db_member_get(d, bride, &m, &err);
	is_str(m.marital, "1", "bride back to never married");
	mk(&ev, EV_DIVORCE, "2025-03-13", father);
	ok(add(d, &ev, NULL) > 0, "divorce stored");
	db_member_get(d, father, &m, &err);
	is_str(m.marital, "4", "divorced");

	mk(&ev, EV_DETAIL_CHANGE, "2025-03-14", son);
	str_copy(ev.field, sizeof ev.field, "full_name");
	str_copy(ev.old_value, sizeof ev.old_value, "Sai Tên");
	str_copy(ev.new_value, sizeof ev.new_value, "Trần Văn Cương");
	ok(db_event_add(d, &ev, NULL, &err) != 0, "old value not matching: refused");
	is_str(err.field, "old_value", "field old_value");
	ev.old_value[0] = '\0';
	ok(add(d, &ev, NULL) > 0, "detail change stored");
	db_event_get(d, ev.id, &got, &err);
	is_str(got.old_value, "Trần Văn Cường", "old value stored");
	db_member_get(d, son, &m, &err);
	is_str(m.full_name, "Trần Văn Cương", "name changed");
	str_copy(got.new_value, sizeof got.new_value, "Trần Văn Cừ");
	ok(db_event_update(d, &got, &err) == 0, "detail corrected");
	db_member_get(d, son, &m, &err);
	is_str(m.full_name, "Trần Văn Cừ", "corrected value applied");
	ok(db_event_cancel(d, got.id, "sai", &err) == 0, "detail cancelled");
	db_member_get(d, son, &m, &err);
	is_str(m.full_name, "Trần Văn Cường", "old name restored");
	mk(&ev, EV_DETAIL_CHANGE, "2025-03-14", son);
	str_copy(ev.field, sizeof ev.field, "birth_date");
	str_copy(ev.new_value, sizeof ev.new_value, "2000-02-31");
	ok(db_event_add(d, &ev, NULL, &err) != 0, "invalid new birth date refused");
	is_str(err.field, "new_value", "field new_value");

	mk(&ev, EV_BIRTH, "2025-03-25", mother);
	memset(&f, 0, sizeof f);
	ok(db_rule_facts(d, &ev, &m, &f, &err) == 0, "facts for a new birth");
	is_int(f.previous_births, 2, "her history: the order-2 birth says two births (the cancelled one not counted)");
	is_str(f.last_birth_date, "2025-03-06", "its date");
	mk(&ev, EV_ELDERLY_CHECK, "2025-03-30", grandma);
	memset(&f, 0, sizeof f);
	db_rule_facts(d, &ev, &m, &f, &err);
	is_int(f.elderly_checks_this_year, 1, "one elderly check this year");
	mk(&ev, EV_ELDERLY_CHECK, "2025-03-04", grandma);
	memset(&f, 0, sizeof f);
	db_rule_facts(d, &ev, &m, &f, &err);
	is_int(f.duplicate, 1, "duplicate seen");
}

/* Death, moves, hand-over, dissolution and their cancels. */
static void
test_moves(db *d)
{
	event ev, got;
	member m, p;
	household h;
	ds_err err = {0};
	int64_t hh9 = fx_household(d, "9", area1);
	int64_t lone = fx_member(d, hh9, "Hoàng Văn Độc", SEX_MALE, "1950-01-01", "1", "3");

	event_init(&ev, EV_DEATH);
	str_copy(ev.date, sizeof ev.date, "2025-03-09");
	ev.household_id = hh9;
	ev.member_id = lone;
	str_copy(ev.death_cause, sizeof ev.death_cause, "3");
	ok(add(d, &ev, NULL) > 0, "death stored");
	db_event_get(d, ev.id, &got, &err);
	is_str(got.death_cause, "3", "cause read back");
	db_member_get(d, lone, &m, &err);
	ok(m.status == MEMBER_DIED && strcmp(m.left_on, "2025-03-09") == 0, "died on the date");
	db_household_get(d, hh9, &h, &err);
	ok(h.status == HH_DISSOLVED && strcmp(h.ended_on, "2025-03-09") == 0, "household dissolved");
	ok(db_event_cancel(d, ev.id, "nhầm", &err) == 0, "death cancelled");
	db_member_get(d, lone, &m, &err);
	ok(m.status == MEMBER_ACTIVE && m.left_on[0] == '\0', "alive again");
	db_household_get(d, hh9, &h, &err);
	is_int(h.status, HH_ACTIVE, "household active again");

	event_init(&ev, EV_MOVE_IN);
	str_copy(ev.date, sizeof ev.date, "2025-03-11");
	ev.household_id = hh9;
	str_copy(ev.place, sizeof ev.place, "Hà Nam");
	fx_member_fill(&p, 0, "Hoàng Thị Đến", SEX_FEMALE, "1990-04-04", "7", "1");
	ok(add(d, &ev, &p) > 0, "move in stored");
	ok(ev.member_id == p.id && p.id > 0, "the person is the subject");
	db_member_get(d, p.id, &m, &err);
	ok(m.household_id == hh9 && strcmp(m.entered_on, "2025-03-11") == 0, "joined on the date");
	db_event_get(d, ev.id, &got, &err);
	is_str(got.place, "Hà Nam", "from where");

	event_init(&ev, EV_MOVE_OUT);
	str_copy(ev.date, sizeof ev.date, "2025-03-16");
	ev.household_id = hh9;
	ev.whole_household = 1;
	ev.move_scope = MOVE_IN_COMMUNE;
	ev.to_area_id = area2;
	ok(add(d, &ev, NULL) > 0, "hand-over stored");
	db_household_get(d, hh9, &h, &err);
	ok(h.area_id == area2 && h.status == HH_ACTIVE, "household now in area 2, still active");
	db_member_get(d, p.id, &m, &err);
	is_int(m.status, MEMBER_ACTIVE, "people stay active");
	ok(db_event_cancel(d, ev.id, "nhầm", &err) == 0, "hand-over cancelled");
	db_household_get(d, hh9, &h, &err);
	is_int(h.area_id, area1, "back in area 1");

	event_init(&ev, EV_MOVE_OUT);
	str_copy(ev.date, sizeof ev.date, "2025-03-17");
	ev.household_id = hh9;
	ev.whole_household = 1;
	str_copy(ev.place, sizeof ev.place, "TP HCM");
	ok(add(d, &ev, NULL) > 0, "whole household moves out");
	db_household_get(d, hh9, &h, &err);
	is_int(h.status, HH_MOVED_OUT, "household moved out");
	is_int(fx_int("SELECT count(*) FROM member WHERE status = 1 AND left_on = '2025-03-17'"), 2, "both members left");
	str_copy(ev.date, sizeof ev.date, "2025-03-18");
	ok(db_event_update(d, &ev, &err) == 0, "date corrected");
	is_int(fx_int("SELECT count(*) FROM member WHERE status = 1 AND left_on = '2025-03-18'"), 2, "left_on follows");
	ok(db_event_cancel(d, ev.id, "nhầm", &err) == 0, "move out cancelled");
	is_int(fx_int("SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id "
	              "WHERE h.number = '9' AND m.status = 0 AND h.status = 0"), 2, "everyone back");

	event_init(&ev, EV_MOVE_OUT);
	str_copy(ev.date, sizeof ev.date, "2025-03-19");
	ev.household_id = hh9;
	ev.member_id = p.id;
	ok(add(d, &ev, NULL) > 0, "one person moves out");
	db_member_get(d, p.id, &m, &err);
	is_int(m.status, MEMBER_MOVED_OUT, "moved out");
	ok(db_event_add(d, &ev, NULL, &err) != 0, "a person who left cannot leave again");
}

/* Lists and period locks. */
static void
test_lists_locks(db *d)
{
	event_row *rows;
	export_entry e = {0}, *log;
	size_t n;
	int rev;
	ds_err err = {0};

	ok(db_event_list_period(d, "2025-03", 0, 0, &rows, &n, &err) == 0, "period list");
	ok(n > 5, "events of March listed (%zu)", n);
	int sorted = 1;
	for (size_t i = 1; i < n; i++)
		sorted &= strcmp(rows[i - 1].ev.date, rows[i].ev.date) <= 0;
	ok(sorted, "ordered by date");
	int nocancel = 1;
	for (size_t i = 0; i < n; i++)
		nocancel &= !rows[i].ev.cancelled;
	ok(nocancel, "cancelled ones left out");
	free(rows);
	ok(db_event_list_period(d, "2025-03", area2, 1, &rows, &n, &err) == 0 && n == 0, "area filter");
	free(rows);
	ok(db_event_list_member(d, mother, 1, &rows, &n, &err) == 0 && n > 3, "member list");
	ok(n > 0 && strcmp(rows[0].subject_name, "Lê Thị Mẹ") == 0, "subject's name");
	free(rows);
	ok(db_event_list_household(d, hh, 0, &rows, &n, &err) == 0 && n > 3, "household list");
	free(rows);

	ok(db_period_is_locked(d, "2025-03", &err) == 0, "not locked");
	ok(db_period_next_revision(d, "2025-03", &rev, &err) == 0 && rev == 1, "first revision 1");
	str_copy(e.period, sizeof e.period, "2025-03");
	e.revision = 1;
	str_copy(e.out_dir, sizeof e.out_dir, "/tmp/out");
	str_copy(e.manifest_sha256, sizeof e.manifest_sha256, "ab");
	ok(db_export_log_add(d, &e, &err) == 0 && db_period_lock(d, "2025-03", 1, &err) == 0, "export logged, locked");
	ok(db_period_is_locked(d, "2025-03", &err) == 1, "locked");
	ok(db_export_log_add(d, &e, &err) != 0, "same revision refused");
	db_set_user(d, fx_officer);
	ok(db_period_unlock(d, "2025-03", "", &err) != 0, "no reason: refused");
	ok(db_period_unlock(d, "2025-03", "sửa số sinh", &err) == 0, "officer unlocks");
	ok(db_period_is_locked(d, "2025-03", &err) == 0, "unlocked");
	ok(db_period_next_revision(d, "2025-03", &rev, &err) == 0 && rev == 2, "next revision 2");
	is_int(fx_int("SELECT count(*) FROM audit WHERE entity = 'period' AND action = 'unlock' AND reason = 'sửa số sinh'"),
	       1, "unlock audited with reason");
	ok(db_export_log_list(d, NULL, &log, &n, &err) == 0 && n == 1 && log[0].revision == 1, "export log listed");
	free(log);
}

int
main(void)
{
	db *d = fx_open();

	area1 = fx_area(d, 1, "Thôn Một");
	area2 = fx_area(d, 2, "Thôn Hai");
	hh = fx_household(d, "1", area1);
	father = fx_member(d, hh, "Trần Văn Bố", SEX_MALE, "1990-01-01", "1", "2");
	mother = fx_member(d, hh, "Lê Thị Mẹ", SEX_FEMALE, "1992-01-01", "2", "2");
	grandma = fx_member(d, hh, "Ngô Thị Bà", SEX_FEMALE, "1940", "6", "3");
	test_birth(d);
	test_birth_rollback(d);
	test_plain_kinds(d);
	test_fp(d);
	test_person_changes(d);
	test_moves(d);
	test_lists_locks(d);
	fx_integrity(d);
	db_close(&d);
	return tap_done();
}
