/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_export_lock.c: exporting locks the month: record_event refuses an
 * event of it until the officer unlocks it with a reason, and the next
 * export is revision 2 (app/export.h, app/record.h, db/periods.h). */
#include "config.h"

#include <stdlib.h>

#include "app/admin.h"
#include "app/export.h"
#include "app/record.h"
#include "db/periods.h"
#include "tests/unit/db_fixture.h"

/* A contraception start for woman on date. */
static record_status
fp_start(db *d, int64_t hh, int64_t woman, const char *date)
{
	event ev;
	ds_err err = {0};

	event_init(&ev, EV_FP_START);
	str_copy(ev.date, sizeof ev.date, date);
	ev.household_id = hh;
	ev.member_id = woman;
	str_copy(ev.method, sizeof ev.method, "6");
	str_copy(ev.provider, sizeof ev.provider, "1");
	ev.living_children = 1;
	return record_event(d, &ev, NULL, 1, NULL, &err);
}

int
main(void)
{
	db *d = fx_open();
	int64_t area1 = fx_area(d, 1, "Thôn Một");
	int64_t hh = fx_household(d, "1", area1);
	int64_t woman = fx_member(d, hh, "Lê Thị Hoa", SEX_FEMALE, "1995-02-02", "1", "2");
	export_options o = {0};
	export_result res;
	ds_err err = {0};
	int rev = 0;

	/* March is exported once it has ended (app/export.h) */
	setenv("DANSO_NOW", "2025-04-02T08:00:00Z", 1);
	setenv("DANSO_TODAY", "2025-04-02", 1);
	db_setting_set(d, "pseudonym_key", "00112233445566778899aabbccddeeff", &err);
	is_int(fp_start(d, hh, woman, "2025-03-05"), RECORD_SAVED, "an event of March is saved before the export");
	o.period = "2025-03";
	o.out_dir = tap_tmpdir();
	is_int(export_package(d, &o, &res, &err), 0, "March exports");
	is_int(res.revision, 1, "as revision 1");
	is_int(res.events, 1, "with its one event");
	is_int(db_period_is_locked(d, "2025-03", &err), 1, "March is locked");
	is_int(fp_start(d, hh, woman, "2025-03-20"), RECORD_REFUSED, "a new event of the locked month is refused");
	is_int(fx_int("SELECT count(*) FROM event"), 1, "nothing was saved");
	db_set_user(d, fx_collab);
	ok(admin_period_unlock(d, "2025-03", "sửa", &err) != 0, "a collaborator cannot unlock");
	db_set_user(d, fx_officer);
	ok(admin_period_unlock(d, "2025-03", "", &err) != 0, "an unlock needs a reason");
	is_int(admin_period_unlock(d, "2025-03", "thiếu một sự kiện", &err), 0, "the officer unlocks with a reason");
	is_int(fp_start(d, hh, woman, "2025-03-20"), RECORD_SAVED, "the unlocked month takes the correction");
	db_period_next_revision(d, "2025-03", &rev, &err);
	is_int(rev, 2, "the next export is revision 2");
	is_int(export_package(d, &o, &res, &err), 0, "March exports again");
	is_int(res.revision, 2, "as revision 2");
	is_int(res.events, 2, "with both events");
	db_close(&d);
	free((char *)o.out_dir);
	return tap_done();
}
