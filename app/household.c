/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* household.c (app): households and members, permissions first
 * (household.h). */
#include "config.h"

#include "app/household.h"
#include "app/access.h"
#include "app/namefind.h"
#include "db/events.h"
#include "db/register.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <string.h>

/* The stored household id into out; -1 with err when it is not there. */
static int
household_need(db *d, int64_t id, household *out, ds_err *err)
{
	int rc = db_household_get(d, id, out, err);

	if (rc > 0) {
		ds_err_at(err, NULL, 0, 0, "household");
		ds_err_set(err, L("Không có hộ này trong sổ.", "No such household in the register."));
	}
	return rc == 0 ? 0 : -1;
}

/* 0 if a date may change from was to now (both outside locked months;
 * was NULL for something new). */
static int
dates_open(db *d, const char *was, const char *now, const char *field, ds_err *err)
{
	if (was != NULL && strcmp(was, now) == 0)
		return 0;
	if (was != NULL && access_month_open(d, was, field, err) != 0)
		return -1;
	return access_month_open(d, now, field, err) != 0 ? -1 : 0;
}

int
household_create(db *d, household *h, ds_err *err)
{
	if (access_area(d, h->area_id, h->number, "area", err) != 0 ||
	    dates_open(d, NULL, h->created_on, "created_on", err) != 0)
		return -1;
	h->id = 0;
	return db_household_add(d, h, err);
}

int
household_edit(db *d, const household *h, ds_err *err)
{
	household stored;
	int64_t before;

	if (household_need(d, h->id, &stored, err) != 0 ||
	    access_area(d, stored.area_id, stored.number, "area", err) != 0)
		return -1;
	if (h->area_id != stored.area_id) {
		ds_err_at(err, NULL, 0, 0, "area");
		return ds_err_set(err, L("Không đổi địa bàn ở đây: hộ sang địa bàn khác là biến động chuyển cả hộ trong xã "
		                         "(F7), chỉ cán bộ dân số xã ghi được.",
		                         "The area is not changed here: a household going to another area is a whole-household "
		                         "move inside the commune (F7), which only the commune officer records."));
	}
	if (dates_open(d, stored.created_on, h->created_on, "created_on", err) != 0)
		return -1;
	before = db_generation(d);
	if (db_household_update(d, h, err) != 0)
		return -1;
	namefind_noted(d, before, 0, h->id);  /* its number shows in the name search */
	return 0;
}

/* Make member m the head of household hh when it has none yet. */
static int
head_if_first(db *d, household *hh, const member *m, ds_err *err)
{
	if (!family_becomes_head(m->relation, hh->head_member_id))
		return 0;
	hh->head_member_id = m->id;
	return db_household_update(d, hh, err);
}

int
member_create(db *d, member *m, ds_err *err)
{
	household hh;
	int64_t before;
	int own, rc;

	if (household_need(d, m->household_id, &hh, err) != 0 ||
	    access_area(d, hh.area_id, hh.number, "household", err) != 0 ||
	    dates_open(d, NULL, m->entered_on, "entered_on", err) != 0)
		return -1;
	before = db_generation(d);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	m->id = 0;
	rc = db_member_add(d, m, err);
	if (rc == 0)
		rc = head_if_first(d, &hh, m, err);
	if ((rc = db_tx_leave(d, own, rc, err)) != 0 && own)
		m->id = 0;
	if (rc == 0)
		namefind_noted(d, before, m->id, 0);
	return rc;
}

int
member_edit(db *d, const member *m, ds_err *err)
{
	member stored, changed = *m;
	household hh;
	int64_t before;
	int rc = db_member_get(d, m->id, &stored, err);

	if (rc != 0) {
		if (rc > 0)
			ds_err_set(err, L("Không có nhân khẩu này trong sổ.", "No such member in the register."));
		return -1;
	}
	if (household_need(d, stored.household_id, &hh, err) != 0 ||
	    access_area(d, hh.area_id, hh.number, "household", err) != 0 ||
	    dates_open(d, stored.entered_on, m->entered_on, "entered_on", err) != 0)
		return -1;
	if (m->children_born != stored.children_born || m->children_living != stored.children_living) {
		ds_err_at(err, NULL, 0, 0, m->children_born != stored.children_born ? "children_born" : "children_living");
		return ds_err_set(err, L("Số con đã sinh / hiện sống chỉ sửa bằng sự kiện thay đổi thông tin, có ghi lý do.",
		                         "Live births and children living are corrected by a change-of-details event, "
		                         "with a reason."));
	}
	changed.household_id = stored.household_id;
	changed.status = stored.status;
	str_copy(changed.left_on, sizeof changed.left_on, stored.left_on);
	before = db_generation(d);
	if (db_member_update(d, &changed, err) != 0)
		return -1;
	namefind_noted(d, before, m->id, 0);
	return 0;
}

int
member_contraception_set(db *d, int64_t member_id, const char *period, const char *method,
                         const char *nonuse_reason, ds_err *err)
{
	member m;
	household hh;
	char first[DATE_LEN];
	int rc = db_member_get(d, member_id, &m, err);

	if (rc != 0) {
		if (rc > 0)
			ds_err_set(err, L("Không có nhân khẩu này trong sổ.", "No such member in the register."));
		return -1;
	}
	str_printf(first, sizeof first, "%.7s-01", period);
	if (household_need(d, m.household_id, &hh, err) != 0 ||
	    access_area(d, hh.area_id, hh.number, "household", err) != 0 || access_month_open(d, first, "period", err) != 0)
		return -1;
	return db_fp_set(d, member_id, period, method, nonuse_reason, err);
}
