/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_history.c: the stories of issue 10 items 1-3, through the use
 * cases (app/record.h, app/report.h, app/export.h):
 *   - a woman with two children born (one died) gets order 3 proposed,
 *     order 2 refused, order 5 warned; confirmed, her history says 5;
 *   - twins, a child's death, cancels and corrections keep her history;
 *   - the report of an exported month is the same bytes after a later
 *     marriage, divorce and death of its people;
 *   - a transfer inside the commune leaves moves_in and moves_out alone;
 *     a household counts while someone in it is present;
 *   - a death and a move out can be corrected. */
#include "config.h"

#include "app/export.h"
#include "app/household.h"
#include "app/record.h"
#include "app/report.h"
#include "db/events.h"
#include "domain/family.h"
#include "exchange/csvwrite.h"
#include "tests/unit/db_fixture.h"

static int64_t area1, hh1, hh2, hh5, husband, lan, mai, hoa, son, old_man;

/* An event of kind on date for member_id of household hh. */
static event
mk(event_kind kind, const char *date, int64_t household_id, int64_t member_id)
{
	event ev;

	event_init(&ev, kind);
	str_copy(ev.date, sizeof ev.date, date);
	ev.household_id = household_id;
	ev.member_id = member_id;
	return ev;
}

/* A birth of Lan's. */
static event
birth(const char *date, int order)
{
	event ev = mk(EV_BIRTH, date, hh1, lan);

	ev.child_sex = SEX_FEMALE;
	ev.birth_order = order;
	str_copy(ev.birth_place, sizeof ev.birth_place, "1");
	return ev;
}

/* 1 if r holds the rule; its message into msg when it does. */
static int
has(const rule_result *r, const char *id, char *msg, size_t n)
{
	for (int i = 0; i < r->count; i++)
		if (strcmp(r->items[i].rule_id, id) == 0) {
			if (msg != NULL)
				str_copy(msg, n, r->items[i].message);
			return 1;
		}
	return 0;
}

/* Record ev (with a child for a birth), confirming warnings or not. */
static record_status
rec(db *d, event *ev, int confirmed, rule_result *r)
{
	member child;
	ds_err err = {0};
	record_status st;

	member_init(&child);
	str_copy(child.full_name, sizeof child.full_name, "Bé Na");
	st = record_event(d, ev, ev->kind == EV_BIRTH ? &child : NULL, confirmed, r, &err);
	if (st == RECORD_FAILED)
		tap_diag("record %s: %s", event_kind_name(ev->kind), err.msg);
	return st;
}

/* Lan's history "born/living". */
static const char *
history(int64_t id)
{
	static char buf[32];
	char sql[128];

	str_printf(sql, sizeof sql, "SELECT children_born || '/' || children_living FROM member WHERE id = %lld",
	           (long long)id);
	return fx_text(sql, buf, sizeof buf);
}

/* The order the birth form proposes for Lan on date (tui/scr_event.c). */
static int
proposed(db *d, const char *date)
{
	event probe = birth(date, 0);
	rule_facts f;
	member buf;
	ds_err err = {0};

	memset(&f, 0, sizeof f);
	if (db_rule_facts(d, &probe, &buf, &f, &err) != 0)
		return -1;
	return family_proposed_birth_order(f.previous_births);
}

/* Item 1: the birth order from her history. */
static void
test_birth_order(db *d)
{
	rule_result r;
	event ev;
	char msg[320];
	int64_t first;

	is_str(history(lan), "2/1", "Lan entered the register with 2 children born, 1 living (one died)");
	is_int(proposed(d, "2025-03-05"), 3, "order 3 proposed (the old proposal said 1: no birth in the register)");

	ev = birth("2025-03-05", 2);
	is_int(rec(d, &ev, 1, &r), RECORD_REFUSED, "order 2 refused, even confirmed");
	ok(has(&r, "birth.order_below_register", msg, sizeof msg), "by birth.order_below_register");
	ok(strstr(msg, "has given birth to 2 children") != NULL, "the message names her recorded births: %s", msg);
	is_str(history(lan), "2/1", "her history unchanged");

	ev = birth("2025-03-05", 5);
	is_int(rec(d, &ev, 0, &r), RECORD_NEEDS_CONFIRMATION, "order 5 asks first");
	ok(has(&r, "birth.order_gap", msg, sizeof msg), "birth.order_gap warns");
	ok(strstr(msg, "unrecorded births?") != NULL, "it asks about unrecorded births: %s", msg);
	ok(has(&r, "birth.order_high", NULL, 0), "the 3rd-or-higher confirmation stays");
	ok(strstr(msg, "holds only") == NULL, "the old 'the register holds only 0 births' wording is gone");
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "confirmed, order 5 is saved");
	is_str(history(lan), "5/4", "her history now says 5 born (two unrecorded), 4 living");
	first = ev.id;

	is_int(proposed(d, "2025-03-05"), 6, "a twin the same day: 6 proposed");
	ev = birth("2025-03-05", 6);
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "the twin saved as 6");
	is_str(history(lan), "6/5", "twins: +1 each");

	is_int(record_cancel(d, ev.id, "nhập nhầm", &r, NULL), RECORD_SAVED, "the twin cancelled");
	is_str(history(lan), "5/4", "the cancel takes it out of her history");

	{
		event got;
		ds_err err = {0};

		ok(db_event_get(d, first, &got, &err) == 0, "the order-5 birth read back");
		got.birth_order = 3;
		is_int(record_update(d, &got, 1, &r, &err), RECORD_SAVED, "corrected to order 3 (%s)",
		       record_status_message(RECORD_SAVED, &r, &err));
		is_str(history(lan), "3/2", "the correction re-applies: the unrecorded births are taken back");
	}
}

/* Item 1: a child's death, the change of details with a reason. */
static void
test_child_death(db *d)
{
	rule_result r;
	event ev;
	int64_t child = fx_int("SELECT related_member_id FROM event WHERE kind = 'birth' AND cancelled = 0");

	ev = mk(EV_DEATH, "2025-03-20", hh1, child);
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "the baby died");
	is_str(history(lan), "3/1", "one child fewer living");
	is_int(record_cancel(d, ev.id, "ghi nhầm", &r, NULL), RECORD_SAVED, "the death cancelled");
	is_str(history(lan), "3/2", "living again");

	ev = mk(EV_DETAIL_CHANGE, "2025-03-21", hh1, lan);
	str_copy(ev.field, sizeof ev.field, "children_born");
	str_copy(ev.new_value, sizeof ev.new_value, "4");
	is_int(rec(d, &ev, 1, &r), RECORD_REFUSED, "correcting her births without a reason is refused");
	ok(has(&r, "detail.history_no_reason", NULL, 0), "by detail.history_no_reason");
	str_copy(ev.change_reason, sizeof ev.change_reason, "sót một lần sinh năm 2010");
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "with a reason it is saved");
	is_str(history(lan), "4/2", "her history corrected");
	ev = mk(EV_DETAIL_CHANGE, "2025-03-22", hh1, lan);
	str_copy(ev.field, sizeof ev.field, "children_born");
	str_copy(ev.new_value, sizeof ev.new_value, "0");
	str_copy(ev.change_reason, sizeof ev.change_reason, "thử");
	ok(rec(d, &ev, 1, &r) != RECORD_SAVED, "but never below the births the register records");
	is_int(proposed(d, "2025-03-25"), 5, "and the next proposal follows it");
	{
		char buf[64];
		is_str(fx_text("SELECT change_reason FROM event WHERE kind = 'detail_change'", buf, sizeof buf),
		       "sót một lần sinh năm 2010", "the reason is kept with the event");
	}
	{
		member m;
		ds_err err = {0};

		db_member_get(d, lan, &m, &err);
		m.children_born = 7;
		ok(member_edit(d, &m, &err) != 0, "the member form cannot change her history (%s)", err.msg);
	}
}

/* The report of a period as the bytes of `danso report --format csv`. */
static char *
report_csv(db *d, const char *period_text)
{
	static const char *const header[] = {"commune_code", "period", "indicator", "value", "label_vi",
	                                     "target", "numerator", "denominator"};
	report rep;
	report_row rows[IND_COUNT];
	ds_err err = {0};
	char *buf = NULL;
	size_t len = 0, n;
	FILE *f = open_memstream(&buf, &len);
	csvw *w = csvw_open_stream(f, "memory", 0);

	if (report_compute(d, period_text, &rep, &err) != 0)
		fatal("report: %s", err.msg);
	n = report_rows(&rep, rows);
	csvw_row(w, header, ARRAY_LEN(header), &err);
	for (size_t i = 0; i < n; i++) {
		const char *fields[] = {rep.commune_code, rep.period, rows[i].indicator, rows[i].value,
		                        rows[i].label_vi, rows[i].target, rows[i].numerator, rows[i].denominator};
		csvw_row(w, fields, ARRAY_LEN(fields), &err);
	}
	csvw_commit(&w, &err);
	fclose(f);
	return buf;
}

/* One indicator's value in a report CSV ("" when absent). */
static const char *
value_of(const char *csv, const char *id, char *out, size_t n)
{
	char key[64];
	const char *p;

	out[0] = '\0';
	str_printf(key, sizeof key, ",%s,", id);
	if ((p = strstr(csv, key)) == NULL)
		return out;
	p += strlen(key);
	str_copy(out, n, p);
	out[strcspn(out, ",")] = '\0';
	return out;
}

/* Item 2: a closed month's report does not move. */
static void
test_exported_month(db *d)
{
	export_options o = {0};
	export_result res;
	rule_result r;
	ds_err err = {0};
	event ev;
	char *before, *after, v1[32], v2[32];

	setenv("DANSO_TODAY", "2025-05-31", 1);
	db_setting_set(d, "pseudonym_key", "00112233445566778899aabbccddeeff", &err);
	before = report_csv(d, "2025-03");
	o.period = "2025-03";
	o.out_dir = tap_tmpdir();
	is_int(export_package(d, &o, &res, &err), 0, "March exported (%s)", err.msg);
	is_str(value_of(before, "married_women_15_49", v1, sizeof v1), "1", "March counts 1 married woman (Lan)");
	is_str(value_of(before, "fp_current_users", v1, sizeof v1), "1", "who uses the pill");

	ev = mk(EV_MARRIAGE, "2025-04-10", hh2, mai);
	ev.premarital_check = 1;
	str_copy(ev.spouse_name, sizeof ev.spouse_name, "Phan Văn Tú");
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "April: Mai marries");
	ev = mk(EV_MARRIAGE, "2025-04-11", hh2, hoa);
	str_copy(ev.spouse_name, sizeof ev.spouse_name, "Đinh Văn Lộc");
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "April: Hoa marries");
	ev = mk(EV_DIVORCE, "2025-04-12", hh1, lan);
	ev.related_member_id = husband;
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "April: Lan and her husband divorce");
	ev = mk(EV_DEATH, "2025-04-15", hh5, old_man);
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "April: the old man dies, his household is left empty");
	is_int(fx_int("SELECT count(*) FROM member WHERE marital = '2' AND sex = 2"), 2,
	       "today's rows: Mai and Hoa married, Lan divorced");

	after = report_csv(d, "2025-03");
	is_str(after, before, "the report of exported March is the same bytes after April's events");
	{
		char *april = report_csv(d, "2025-04");
		value_of(april, "married_women_15_49", v2, sizeof v2);
		is_str(v2, "2", "April counts Mai and Hoa");
		ok(strcmp(value_of(april, "households_total", v2, sizeof v2),
		          value_of(before, "households_total", v1, sizeof v1)) != 0,
		   "April's households: %s, one fewer than March's %s (nobody left in the old man's)", v2, v1);
		free(april);
	}
	free(before);
	free(after);
	free((char *)o.out_dir);
}

/* Item 3: one transfer inside the commune; corrections of a death and a
 * move out. */
static void
test_transfer(db *d)
{
	rule_result r;
	ds_err err = {0};
	event ev, got;
	char *before, *after, a[32], b[32];
	int64_t hh3 = fx_household(d, "3", area1), hh4 = fx_household(d, "4", area1);
	int64_t tam = fx_member(d, hh3, "Trịnh Văn Tâm", SEX_MALE, "1990-01-01", "1", "1");
	int64_t dung = fx_member(d, hh4, "Trịnh Văn Dũng", SEX_MALE, "1960-01-01", "1", "2");
	household h;

	/* heads, as the member form sets them (app/household.h) */
	db_household_get(d, hh3, &h, &err);
	h.head_member_id = tam;
	db_household_update(d, &h, &err);

	before = report_csv(d, "2025-05");
	ev = mk(EV_MOVE_IN, "2025-05-03", hh4, tam);
	ev.move_scope = MOVE_IN_COMMUNE;
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "Tâm moves from household 3 to household 4 (one event)");
	is_int(fx_int("SELECT count(*) FROM event WHERE cancelled = 0 AND kind IN ('move_in', 'move_out') "
	              "AND event_date = '2025-05-03'"), 1, "a single event");
	is_int(fx_int("SELECT count(*) FROM member WHERE full_name = 'Trịnh Văn Tâm'"), 1, "a single person");
	is_int(fx_int("SELECT household_id FROM member WHERE full_name = 'Trịnh Văn Tâm'"), hh4, "now in household 4");
	after = report_csv(d, "2025-05");
	is_str(value_of(after, "moves_in", a, sizeof a), value_of(before, "moves_in", b, sizeof b),
	       "moves_in unchanged (%s)", a);
	is_str(value_of(after, "moves_out", a, sizeof a), value_of(before, "moves_out", b, sizeof b),
	       "moves_out unchanged (%s)", a);
	is_str(value_of(after, "population_total", a, sizeof a), value_of(before, "population_total", b, sizeof b),
	       "the population unchanged");
	ok(atoi(value_of(after, "households_total", a, sizeof a)) == atoi(value_of(before, "households_total", b, sizeof b)) - 1,
	   "household 3, left empty, no longer counts (%s, was %s)", a, b);
	is_int(fx_int("SELECT status FROM household WHERE number = '3'"), HH_DISSOLVED, "and is closed, as check wants");
	{
		char *empty;

		fx_household(d, "6", area1);
		empty = report_csv(d, "2025-05");
		is_str(value_of(empty, "households_total", a, sizeof a), value_of(after, "households_total", b, sizeof b),
		       "a household with nobody in it is not counted (%s), as danso check says it is a problem", a);
		free(empty);
	}
	free(after);
	after = report_csv(d, "2025-04");
	ok(strstr(after, ",households_total,") != NULL, "April rebuilt");
	free(after);

	is_int(record_cancel(d, ev.id, "nhầm hộ", &r, &err), RECORD_SAVED, "the transfer cancelled");
	is_int(fx_int("SELECT household_id FROM member WHERE full_name = 'Trịnh Văn Tâm'"), hh3, "back in household 3");
	is_int(fx_int("SELECT status FROM household WHERE number = '3'"), HH_ACTIVE, "household 3 open again");
	is_int(fx_int("SELECT head_member_id FROM household WHERE number = '3'"), tam, "and he heads it again");

	ev = mk(EV_DEATH, "2025-05-10", hh4, dung);
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "Dũng died");
	ok(db_event_get(d, ev.id, &got, &err) == 0, "read back");
	str_copy(got.date, sizeof got.date, "2025-05-09");
	str_copy(got.death_cause, sizeof got.death_cause, "1");
	is_int(record_update(d, &got, 1, &r, &err), RECORD_SAVED, "his death corrected (date and cause)");
	is_int(fx_int("SELECT left_on = '2025-05-09' FROM member WHERE full_name = 'Trịnh Văn Dũng'"), 1,
	       "the date he left follows");
	ev = mk(EV_MOVE_OUT, "2025-05-12", hh3, tam);
	str_copy(ev.place, sizeof ev.place, "Hà Nội");
	is_int(rec(d, &ev, 1, &r), RECORD_SAVED, "Tâm moves out of the commune");
	ok(db_event_get(d, ev.id, &got, &err) == 0, "read back");
	str_copy(got.date, sizeof got.date, "2025-05-13");
	str_copy(got.place, sizeof got.place, "Hải Phòng");
	is_int(record_update(d, &got, 1, &r, &err), RECORD_SAVED, "his move out corrected (date and place)");
	{
		char buf[64];
		is_str(fx_text("SELECT place FROM event WHERE kind = 'move_out'", buf, sizeof buf), "Hải Phòng", "place corrected");
	}
	free(before);
}

int
main(void)
{
	db *d = fx_open();
	member m;
	ds_err err = {0};

	area1 = fx_area(d, 1, "Tổ 1");
	hh1 = fx_household(d, "1", area1);
	hh2 = fx_household(d, "2", area1);
	husband = fx_member(d, hh1, "Lê Văn Hùng", SEX_MALE, "1985-01-01", "1", "2");
	fx_member_fill(&m, hh1, "Nguyễn Thị Lan", SEX_FEMALE, "1990-05-05", "2", "2");
	m.children_born = 2;
	m.children_living = 1;
	if (member_create(d, &m, &err) != 0)
		fatal("Lan: %s", err.msg);
	lan = m.id;
	son = fx_member(d, hh1, "Lê Văn Sơn", SEX_MALE, "2015-01-01", "3", "1");
	hh5 = fx_household(d, "5", area1);
	old_man = fx_member(d, hh5, "Phan Văn Cụ", SEX_MALE, "1940-01-01", "1", "3");
	mai = fx_member(d, hh2, "Phan Thị Mai", SEX_FEMALE, "2000-01-01", "1", "1");
	hoa = fx_member(d, hh2, "Phan Thị Hoa", SEX_FEMALE, "2002-01-01", "7", "1");
	if (db_fp_set(d, lan, "2025-01", "6", "", &err) != 0)
		fatal("Lan's pill: %s", err.msg);
	test_birth_order(d);
	test_child_death(d);
	test_exported_month(d);
	test_transfer(d);
	db_close(&d);
	return tap_done();
}
