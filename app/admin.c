/* admin.c (app): areas, accounts, targets, unlocking (admin.h). */
#include "config.h"

#include "app/admin.h"
#include "app/access.h"
#include "db/auth.h"
#include "db/periods.h"
#include "db/register.h"
#include "domain/model.h"

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

int
admin_targets_replace(db *d, const target_row *rows, size_t n, ds_err *err)
{
	if (access_officer(d, err) != 0)
		return -1;
	return db_targets_replace(d, rows, n, err);
}

int
admin_period_unlock(db *d, const char *period, const char *reason, ds_err *err)
{
	if (access_officer(d, err) != 0)
		return -1;
	return db_period_unlock(d, period, reason, err);
}
