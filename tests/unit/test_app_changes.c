/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_app_changes.c: every change to the register through app/ asks who
 * may make it (app/access.h): a collaborator's own area, the officer's
 * commune-wide changes and handovers, the locked months. Each refusal
 * leaves the register as it was. */
#include "config.h"

#include "app/access.h"
#include "app/admin.h"
#include "app/auth.h"
#include "app/export.h"
#include "app/household.h"
#include "app/record.h"
#include "db/periods.h"
#include "db/targets.h"
#include "tests/unit/db_fixture.h"

static int64_t area1, area2, hh1, hh2, head1, other2;

/* Tie the fixture's collaborator to area_id (through SQLite directly). */
static void
collab_area(int64_t area_id)
{
	sqlite3 *s;
	char sql[128];

	snprintf(sql, sizeof sql, "UPDATE app_user SET area_id = %lld WHERE id = %lld", (long long)area_id,
	         (long long)fx_collab);
	if (sqlite3_open(fx_path, &s) != SQLITE_OK || sqlite3_exec(s, sql, NULL, NULL, NULL) != SQLITE_OK)
		tap_diag("collab_area: %s", sqlite3_errmsg(s));
	sqlite3_close(s);
}

/* A new household numbered number in area_id, created on created_on. */
static household
new_household(const char *number, int64_t area_id, const char *created_on)
{
	household h;

	household_init(&h);
	str_copy(h.number, sizeof h.number, number);
	h.area_id = area_id;
	str_copy(h.created_on, sizeof h.created_on, created_on);
	return h;
}

/* Households: created and edited in the collaborator's own area only, the
 * area never changed by an edit. */
static void
test_households(db *d)
{
	household h, stored;
	ds_err err = {0};
	long long before = fx_int("SELECT count(*) FROM household");

	db_set_user(d, fx_collab);
	h = new_household("305", area2, "2025-03-10");
	ok(household_create(d, &h, &err) != 0, "a collaborator of area 1 cannot create a household in area 2");
	is_str(err.field, "area", "the refusal points at the area field");
	ok(strstr(err.msg, "another area") != NULL, "and says why: %s", err.msg);
	is_int(fx_int("SELECT count(*) FROM household"), before, "nothing was saved");
	h = new_household("306", area1, "2025-03-10");
	is_int(household_create(d, &h, &err), 0, "in her own area it is saved (%s)", err.msg);

	db_household_get(d, hh1, &stored, &err);
	h = stored;
	h.area_id = area2;
	memset(&err, 0, sizeof err);
	ok(household_edit(d, &h, &err) != 0, "she cannot move her household to area 2 by editing it");
	is_str(err.field, "area", "the refusal points at the area field");
	is_int(fx_int("SELECT area_id FROM household WHERE number = '1'"), area1, "the household stays in area 1");
	h = stored;
	str_copy(h.address, sizeof h.address, "Số 5");
	is_int(household_edit(d, &h, &err), 0, "she edits its address (%s)", err.msg);
	db_household_get(d, hh2, &h, &err);
	str_copy(h.address, sizeof h.address, "Số 9");
	ok(household_edit(d, &h, &err) != 0, "but not a household of area 2");

	db_set_user(d, fx_officer);
	h = new_household("307", area2, "2025-03-10");
	is_int(household_create(d, &h, &err), 0, "the officer creates a household in any area (%s)", err.msg);
	h.area_id = area1;
	ok(household_edit(d, &h, &err) != 0, "the officer too changes an area only by a move event");
	ok(strstr(err.msg, "move") != NULL, "which the message names: %s", err.msg);
}

/* Members: added and edited only in households the user may change; the
 * first head becomes the household's head. */
static void
test_members(db *d)
{
	member m, stored;
	household h = new_household("308", area1, "2025-03-10");
	ds_err err = {0};
	char buf[32];

	db_set_user(d, fx_collab);
	household_create(d, &h, &err);
	fx_member_fill(&m, h.id, "Đỗ Văn Đầu", SEX_MALE, "1980-01-01", "1", "2");
	str_copy(m.entered_on, sizeof m.entered_on, "2025-03-10");
	is_int(member_create(d, &m, &err), 0, "a collaborator adds the first person of her new household (%s)", err.msg);
	str_printf(buf, sizeof buf, "%lld", (long long)m.id);
	is_str(fx_text("SELECT head_member_id FROM household WHERE number = '308'", (char[32]){0}, 32), buf,
	       "the person recorded as head is the household's head");
	fx_member_fill(&m, h.id, "Đỗ Văn Hai", SEX_MALE, "1982-01-01", "1", "2");
	str_copy(m.entered_on, sizeof m.entered_on, "2025-03-10");
	is_int(member_create(d, &m, &err), 0, "a second person marked head is saved (%s)", err.msg);
	is_str(fx_text("SELECT head_member_id FROM household WHERE number = '308'", (char[32]){0}, 32), buf,
	       "does not replace the head");

	fx_member_fill(&m, hh2, "Người Lạ", SEX_FEMALE, "1990-01-01", "3", "1");
	str_copy(m.entered_on, sizeof m.entered_on, "2025-03-10");
	ok(member_create(d, &m, &err) != 0, "she cannot add a member to a household of area 2");
	is_int(fx_int("SELECT count(*) FROM member WHERE full_name = 'Người Lạ'"), 0, "nothing was saved");
	db_member_get(d, other2, &stored, &err);
	m = stored;
	str_copy(m.full_name, sizeof m.full_name, "Tên Khác");
	ok(member_edit(d, &m, &err) != 0, "nor edit a member of area 2");
	db_member_get(d, head1, &stored, &err);
	m = stored;
	m.household_id = hh2;
	str_copy(m.full_name, sizeof m.full_name, "Trần Văn Một");
	is_int(member_edit(d, &m, &err), 0, "she edits a member of her area (%s)", err.msg);
	is_int(fx_int("SELECT household_id FROM member WHERE full_name = 'Trần Văn Một'"), hh1,
	       "and an edit never moves the member to another household");
	db_set_user(d, fx_officer);
}

/* Nothing dated in a locked month is added or changed. */
static void
test_locked_month(db *d)
{
	household h = new_household("309", area1, "2025-02-10"), stored;
	member m;
	ds_err err = {0};

	db_period_lock(d, "2025-02", 1, &err);
	ok(household_create(d, &h, &err) != 0, "a household created in locked February is refused");
	is_str(err.field, "created_on", "pointing at its date");
	ok(strstr(err.msg, "locked") != NULL, "saying the month is locked: %s", err.msg);
	fx_member_fill(&m, hh1, "Vào Tháng Hai", SEX_FEMALE, "2000-01-01", "3", "1");
	str_copy(m.entered_on, sizeof m.entered_on, "2025-02-20");
	ok(member_create(d, &m, &err) != 0, "a member entered in February is refused");
	is_str(err.field, "entered_on", "pointing at her entry date");
	db_member_get(d, head1, &m, &err);
	str_copy(m.entered_on, sizeof m.entered_on, "2025-02-01");
	ok(member_edit(d, &m, &err) != 0, "an entry date moved into February is refused");
	db_household_get(d, hh1, &stored, &err);
	str_copy(stored.created_on, sizeof stored.created_on, "2025-02-01");
	ok(household_edit(d, &stored, &err) != 0, "so is a creation date moved into February");
	is_int(fx_int("SELECT count(*) FROM household WHERE created_on LIKE '2025-02%'") +
	       fx_int("SELECT count(*) FROM member WHERE entered_on LIKE '2025-02%'"), 0, "nothing dated February was saved");
	str_copy(h.created_on, sizeof h.created_on, "2025-03-02");
	is_int(household_create(d, &h, &err), 0, "March is open (%s)", err.msg);
	db_period_unlock(d, "2025-02", "thử", &err);
}

/* Handing a household over to another area is the officer's move event. */
static void
test_handover(db *d)
{
	event ev;
	rule_result r;
	ds_err err = {0};

	event_init(&ev, EV_MOVE_OUT);
	str_copy(ev.date, sizeof ev.date, "2025-03-15");
	ev.household_id = hh1;
	ev.whole_household = 1;
	ev.move_scope = MOVE_IN_COMMUNE;
	ev.to_area_id = area2;
	db_set_user(d, fx_collab);
	is_int(record_event(d, &ev, NULL, 1, &r, &err), RECORD_REFUSED, "a collaborator cannot hand her household over");
	ok(r.count > 0 && strcmp(r.items[0].rule_id, "auth.handover") == 0, "because of auth.handover");
	is_int(fx_int("SELECT area_id FROM household WHERE number = '1'"), area1, "the household stays in area 1");
	db_set_user(d, fx_officer);
	is_int(record_event(d, &ev, NULL, 1, &r, &err), RECORD_SAVED, "the officer records the handover (%s)",
	       record_status_message(RECORD_REFUSED, &r, &err));
	is_int(fx_int("SELECT area_id FROM household WHERE number = '1'"), area2, "the household is now in area 2");
	collab_area(area2);
	db_set_user(d, fx_collab);
	is_int(record_cancel(d, ev.id, "nhầm", &r, &err), RECORD_REFUSED,
	       "the collaborator of area 2 cannot cancel it and send it back");
	str_copy(ev.date, sizeof ev.date, "2025-03-16");
	is_int(record_update(d, &ev, 1, &r, &err), RECORD_REFUSED, "nor correct it");
	db_set_user(d, fx_officer);
	is_int(record_cancel(d, ev.id, "nhầm", &r, &err), RECORD_SAVED, "the officer can (%s)", err.msg);
	collab_area(area1);
}

/* The officer's commune-wide changes. */
static void
test_officer_only(db *d)
{
	area a = {0};
	user_account u = {0};
	target_row t = {"Xã Thử", 2025, "tfr", 2.1};
	export_options o = {0};
	export_result res;
	ds_err err = {0};

	db_set_user(d, fx_collab);
	a.number = 7;
	str_copy(a.name, sizeof a.name, "Thôn Bảy");
	ok(admin_area_add(d, &a, &err) != 0, "a collaborator cannot add an area");
	ok(strstr(err.msg, "officer") != NULL, "only the officer: %s", err.msg);
	str_copy(u.login, sizeof u.login, "ctv9");
	str_copy(u.full_name, sizeof u.full_name, "Chín");
	str_copy(u.role, sizeof u.role, "collaborator");
	u.area_id = area1;
	ok(admin_user_add(d, &u, &err) != 0, "nor an account");
	ok(admin_targets_replace(d, &t, 1, &err) != 0, "nor targets");
	db_period_lock(d, "2025-01", 1, &err);
	ok(admin_period_unlock(d, "2025-01", "sửa", &err) != 0, "nor unlock a month");
	ok(export_allowed(d, &err) != 0, "nor export");
	o.period = "2025-03";
	o.out_dir = tap_tmpdir();
	ok(export_package(d, &o, &res, &err) != 0, "export_package itself refuses her");
	is_int(fx_int("SELECT count(*) FROM area WHERE number = 7") + fx_int("SELECT count(*) FROM app_user WHERE login = 'ctv9'") +
	       fx_int("SELECT count(*) FROM target") + fx_int("SELECT count(*) FROM export_log"), 0, "nothing was saved");
	is_int(db_period_is_locked(d, "2025-01", &err), 1, "January stays locked");
	ok(access_pin_change(d, fx_collab, &err) == 0, "she may change her own PIN");
	ok(access_pin_change(d, fx_officer, &err) != 0, "not the officer's");

	db_set_user(d, fx_officer);
	is_int(admin_area_add(d, &a, &err), 0, "the officer adds the area (%s)", err.msg);
	is_int(admin_user_add(d, &u, &err), 0, "and the account (%s)", err.msg);
	is_int(admin_targets_replace(d, &t, 1, &err), 0, "and the targets (%s)", err.msg);
	is_int(admin_period_unlock(d, "2025-01", "sửa", &err), 0, "unlocks January (%s)", err.msg);
	is_int(export_allowed(d, &err), 0, "may export");
	ok(access_pin_change(d, fx_collab, &err) == 0, "and sets anyone's PIN");
	free((char *)o.out_dir);
}

int
main(void)
{
	db *d = fx_open();
	ds_err err = {0};

	area1 = fx_area(d, 1, "Thôn Một");
	area2 = fx_area(d, 2, "Thôn Hai");
	hh1 = fx_household(d, "1", area1);
	hh2 = fx_household(d, "2", area2);
	head1 = fx_member(d, hh1, "Trần Văn Chủ", SEX_MALE, "1970-01-01", "1", "2");
	other2 = fx_member(d, hh2, "Phạm Thị Khác", SEX_FEMALE, "1950-01-01", "1", "3");
	db_setting_set(d, "pseudonym_key", "00112233445566778899aabbccddeeff", &err);
	collab_area(area1);
	test_households(d);
	test_members(d);
	test_locked_month(d);
	test_handover(d);
	test_officer_only(d);
	fx_integrity(d);
	db_close(&d);
	return tap_done();
}
