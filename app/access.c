/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* access.c (app): who may change what (access.h). */
#include "config.h"

#include "app/access.h"
#include "app/auth.h"
#include "db/periods.h"
#include "domain/i18n.h"
#include "domain/model.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

int
access_actor(db *d, user_account *u, ds_err *err)
{
	int rc;

	memset(u, 0, sizeof *u);
	if (db_user(d) == 0) {
		str_copy(u->role, sizeof u->role, "officer");
		u->active = 1;
		return 0;
	}
	if ((rc = db_user_get(d, db_user(d), u, err)) == 0)
		return 0;
	if (rc > 0)
		ds_err_set(err, L("Tài khoản đang làm việc không còn trong sổ.", "The account at work is no longer registered."));
	return -1;
}

int
access_is_officer(db *d, ds_err *err)
{
	user_account u;

	if (access_actor(d, &u, err) != 0)
		return -1;
	return auth_is_officer(&u);
}

int
access_upper_level(db *d)
{
	user_account *users = NULL;
	size_t n = 0;
	ds_err err = {0};
	int upper;

	if (db_is_initialised(d))
		return 0;
	/* no commune code, and no account either: a commune whose settings
	 * were damaged still has its officer and is not let in */
	upper = db_user_list(d, &users, &n, &err) == 0 && n == 0;
	free(users);
	return upper;
}

int
access_officer(db *d, ds_err *err)
{
	int rc = access_is_officer(d, err);

	if (rc < 0)
		return -1;
	if (rc == 1)
		return 0;
	ds_err_set(err, L("Chỉ cán bộ dân số xã được làm việc này.", "Only the commune officer may do this."));
	return 1;
}

int
access_area(db *d, int64_t area_id, const char *household_number, const char *field, ds_err *err)
{
	user_account u;

	if (access_actor(d, &u, err) != 0)
		return -1;
	if (auth_can_edit_area(&u, area_id))
		return 0;
	ds_err_at(err, NULL, 0, 0, field);
	ds_err_set(err, L("Hộ số %s ở địa bàn khác: cộng tác viên chỉ ghi được hộ, nhân khẩu và sự kiện của địa bàn mình.",
	                  "Household %s is in another area: a collaborator records households, members and events of her "
	                  "own area only."),
	           household_number != NULL ? household_number : "");
	return 1;
}

int
access_pin_change(db *d, int64_t user_id, ds_err *err)
{
	int rc;

	if (db_user(d) == user_id)
		return 0;
	if ((rc = access_is_officer(d, err)) < 0)
		return -1;
	if (rc == 1)
		return 0;
	ds_err_set(err, L("Chỉ cán bộ dân số xã được đổi mã PIN của người khác.",
	                  "Only the commune officer may change another user's PIN."));
	return 1;
}

int
access_handover(db *d, ds_err *err)
{
	int rc = access_is_officer(d, err);

	if (rc < 0)
		return -1;
	if (rc == 0) {
		ds_err_at(err, NULL, 0, 0, "to_area");
		ds_err_set(err, L("Chuyển hộ sang địa bàn khác là biến động chỉ cán bộ dân số xã ghi được.",
		                  "Moving a household to another area is an event only the commune officer records."));
		return 1;
	}
	return 0;
}

int
access_month_open(db *d, const char *date, const char *field, ds_err *err)
{
	char period[PERIOD_LEN];
	int locked;

	if (date == NULL || strlen(date) < 7)
		return 0;    /* not a date: the register's own check says so */
	str_printf(period, sizeof period, "%.7s", date);
	if ((locked = db_period_is_locked(d, period, err)) < 0)
		return -1;
	if (!locked)
		return 0;
	ds_err_at(err, NULL, 0, 0, field);
	ds_err_set(err, L("Tháng %.2s/%.4s đã xuất báo cáo và bị khóa: cán bộ dân số xã phải mở khóa trước.",
	                  "%.2s/%.4s has been exported and is locked: the commune officer must unlock it first."),
	           period + 5, period);
	return 1;
}
