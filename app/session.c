/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* session.c: opening the register for a front end (session.h). */
#include "config.h"

#include "app/session.h"
#include "app/backup.h"
#include "db/auth.h"
#include "db/codes.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* After a damaged open: name the backup to restore, or say there is none. */
static void
damage_hint(const char *path, ds_err *err)
{
	char *good = backup_newest_good(path);
	char msg[sizeof err->msg];

	str_copy(msg, sizeof msg, err->msg);
	if (good != NULL)
		ds_err_set(err, L("%s Bản sao lưu tốt gần nhất là %s: danso restore %s",
		                  "%s The newest good backup is %s: danso restore %s"), msg, strrchr(good, '/') + 1, good);
	else
		ds_err_set(err, L("%s Không có bản sao lưu tốt nào trong thư mục backups bên cạnh; hãy dùng bản trên USB.",
		                  "%s There is no good backup in the backups folder beside it; use the copy on the USB stick."),
		           msg);
	free(good);
}

int
session_open_any(const char *path, int flags, db **out, ds_err *err)
{
	int rc = db_open(path, flags, out, err);

	if (rc == DB_DAMAGED && err != NULL)
		damage_hint(path, err);
	return rc == 0 ? 0 : -1;
}

/* Open path and refuse a file that `danso init` has not set up. */
int
session_open_db(const char *path, int flags, db **out, ds_err *err)
{
	*out = NULL;
	if (session_open_any(path, flags, out, err) != 0)
		return -1;
	if (!db_is_initialised(*out)) {
		db_close(out);
		return ds_err_set(err, "%s %s", path,
		               L("chưa được khởi tạo. Hãy chạy: danso init --commune MÃ --name TÊN",
		                 "is not initialised. Run: danso init --commune CODE --name NAME"));
	}
	return 0;
}

/* Write the settings, code lists and the officer account in one go. */
static int
init_contents(db *d, const session_commune *c, ds_err *err)
{
	user_account officer = {0};
	char key[65], now[21];
	int own, rc;

	clock_now_iso(now);
	ids_random_hex(key, 32);
	str_copy(officer.login, sizeof officer.login, "canbo");
	str_copy(officer.full_name, sizeof officer.full_name, L("Cán bộ dân số xã", "Commune population officer"));
	str_copy(officer.role, sizeof officer.role, "officer");
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = db_setting_set(d, "commune_code", c->commune, err) != 0 ||
	     db_setting_set(d, "commune_name", c->name, err) != 0 ||
	     db_setting_set(d, "province_code", c->province, err) != 0 ||
	     db_setting_set(d, "upper_name", c->upper, err) != 0 ||
	     db_setting_set(d, "created_at", now, err) != 0 ||
	     db_setting_set(d, "pseudonym_key", key, err) != 0 ||
	     db_codes_seed(d, err) != 0 ||
	     db_user_add(d, &officer, err) != 0 ||
	     (c->pin_hash[0] != '\0' && db_auth_set_pin(d, officer.id, c->pin_hash, err) != 0) ? -1 : 0;
	return db_tx_leave(d, own, rc, err);
}

int
session_init_commune(const char *path, const session_commune *c, ds_err *err)
{
	db *d = NULL;
	int rc;

	if (db_open(path, DB_OPEN_CREATE, &d, err) != 0)
		return -1;
	if (db_is_initialised(d))
		rc = ds_err_set(err, "%s %s", path,
		                L("đã có dữ liệu của một xã; không ghi đè. Dùng --db để chọn tệp khác.",
		                  "already holds a commune's data; nothing was overwritten. Use --db for another file."));
	else
		rc = init_contents(d, c, err);
	db_close(&d);
	return rc;
}

/* The upper level's officer account, in one transaction. */
int
session_add_upper_officer(db *d, const char *pin_hash, ds_err *err)
{
	user_account officer = {0};

	str_copy(officer.login, sizeof officer.login, "canbo");
	str_copy(officer.full_name, sizeof officer.full_name, L("Cán bộ dân số cấp trên", "Upper-level population officer"));
	str_copy(officer.role, sizeof officer.role, "officer");
	if (db_begin(d, err) != 0)
		return -1;
	if (db_user_add(d, &officer, err) != 0 || db_auth_set_pin(d, officer.id, pin_hash, err) != 0) {
		db_rollback(d);
		return -1;
	}
	return db_commit(d, err);
}
