/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* admin.c (app): areas, accounts, targets, unlocking (admin.h). */
#include "config.h"

#include "app/admin.h"
#include "app/access.h"
#include "db/auth.h"
#include "db/periods.h"
#include "db/register.h"
#include "domain/i18n.h"
#include "domain/model.h"
#include "domain/util.h"
#include "domain/vntext.h"

int
admin_area_add(db *d, area *a, ds_err *err)
{
	if (access_officer(d, err) != 0)
		return -1;
	return db_area_add(d, a, err);
}

int
admin_user_add(db *d, user_account *u, ds_err *err)
{
	if (access_officer(d, err) != 0)
		return -1;
	return db_auth_add_user(d, u, "", err);
}

/* Targets are the officer's; an upper level's database has no accounts. */
static int
targets_allowed(db *d, ds_err *err)
{
	return access_upper_level(d) || access_officer(d, err) == 0;
}

int
admin_targets_replace(db *d, const target_row *rows, size_t n, ds_err *err)
{
	if (!targets_allowed(d, err))
		return -1;
	return db_targets_replace(d, rows, n, err);
}

int
admin_target_unit_set(db *d, const char *unit, ds_err *err)
{
	char value[TARGET_UNIT_LEN] = "";
	int own, rc;

	if (unit != NULL && (str_empty(unit) || vn_nfc(unit, value, sizeof value) != 0)) {
		ds_err_set(err, L("Đơn vị trống hoặc quá dài (tối đa %d byte)", "The unit is empty or too long (at most %d bytes)"),
		           TARGET_UNIT_LEN - 1);
		ds_err_at(err, NULL, 0, 0, "unit");
		return -1;
	}
	if (!targets_allowed(d, err) || db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = db_setting_set(d, "target_unit", value, err) != 0 || db_auth_audit_setting(d, "target_unit", value, err) != 0;
	return db_tx_leave(d, own, rc ? -1 : 0, err);
}

int
admin_period_unlock(db *d, const char *period, const char *reason, ds_err *err)
{
	if (access_officer(d, err) != 0)
		return -1;
	return db_period_unlock(d, period, reason, err);
}

int
admin_codes_replace(db *d, const code_list_change *lists, size_t n, ds_err *err)
{
	int own, rc = 0;

	if (access_officer(d, err) != 0 || db_tx_enter(d, &own, err) != 0)
		return -1;
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = db_codes_replace(d, lists[i].list, lists[i].entries, lists[i].n, err);
	return db_tx_leave(d, own, rc, err);
}

int
admin_backup_settings(db *d, const char *keep, const char *second, ds_err *err)
{
	int own, rc = 0;

	if (keep == NULL && second == NULL)
		return 0;
	if (access_officer(d, err) != 0 || db_tx_enter(d, &own, err) != 0)
		return -1;
	if (keep != NULL)
		rc = db_setting_set(d, "backup_keep", keep, err) != 0 || db_auth_audit_setting(d, "backup_keep", keep, err) != 0;
	if (rc == 0 && second != NULL)
		rc = db_setting_set(d, "backup_dir2", second, err) != 0 ||
		     db_auth_audit_setting(d, "backup_dir2", second, err) != 0;
	return db_tx_leave(d, own, rc ? -1 : 0, err);
}
