/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* auth.c (app): logging in with throttling, and permissions. */
#include "config.h"

#include "app/auth.h"
#include "app/access.h"
#include "db/auth.h"
#include "domain/auth_policy.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <string.h>
#include <time.h>

/* Count one more failure for r and say what the user must do now. */
static auth_status
login_failed(db *d, auth_record *r, int failures, time_t now, ds_err *err)
{
	int wait = auth_wait_after(failures + 1);
	int locked = failures + 1 >= AUTH_MAX_FAILURES;
	char until[21] = "";
	ds_err store = {0};

	if (wait > 0)
		clock_format_iso(now + wait, until);
	if (db_auth_record_failure(d, r->user.id, failures + 1, until, locked, &store) != 0) {
		*err = store;
		return AUTH_FAILED;
	}
	if (locked)
		ds_err_set(err, L("Sai mã PIN %d lần: tài khoản %s bị khóa %d phút.",
		                  "Wrong PIN %d times: account %s is locked for %d minutes."),
		           failures + 1, r->user.login, AUTH_LOCK_SECONDS / 60);
	else if (wait > 0)
		ds_err_set(err, L("Sai mã PIN (lần %d). Chờ %d giây rồi thử lại.",
		                  "Wrong PIN (attempt %d). Wait %d seconds and try again."), failures + 1, wait);
	else
		ds_err_set(err, L("Sai tên đăng nhập hoặc mã PIN.", "Wrong login or PIN."));
	return AUTH_WRONG;
}

auth_status
auth_login(db *d, const char *login, const char *pin, user_account *u, ds_err *err)
{
	auth_record r;
	char rehash[AUTH_HASH_LEN] = "";
	time_t now = clock_now(), until;
	int rc = db_auth_get(d, login, &r, err), failures;

	if (rc < 0)
		return AUTH_FAILED;
	if (rc == 1 || !r.user.active) {
		ds_err_set(err, L("Sai tên đăng nhập hoặc mã PIN.", "Wrong login or PIN."));
		return AUTH_WRONG;
	}
	until = clock_parse_iso(r.blocked_until);
	failures = auth_failures_in_force(r.failed_attempts, until, now);
	if (now < until) {
		long left = (long)(until - now);
		if (failures >= AUTH_MAX_FAILURES)
			ds_err_set(err, L("Tài khoản %s đang bị khóa, còn %ld phút.", "Account %s is locked for %ld more minutes."),
			           login, (left + 59) / 60);
		else
			ds_err_set(err, L("Hãy chờ %ld giây nữa rồi thử lại.", "Wait %ld more seconds and try again."), left);
		return AUTH_BLOCKED;
	}
	if (r.pin_hash[0] == '\0') {
		*u = r.user;
		ds_err_set(err, L("Tài khoản %s chưa có mã PIN.", "Account %s has no PIN yet."), login);
		return AUTH_NO_PIN;
	}
	if (!auth_secret_verify(r.pin_hash, pin))
		return login_failed(d, &r, failures, now, err);
	db_set_user(d, r.user.id);
	if (auth_secret_weak(r.pin_hash) && auth_secret_hash(pin, rehash) != 0)
		fatal("out of memory hashing a PIN");
	rc = db_auth_record_success(d, r.user.id, rehash[0] != '\0' ? rehash : NULL, err);
	memset(rehash, 0, sizeof rehash);
	if (rc != 0) {
		db_set_user(d, 0);
		return AUTH_FAILED;
	}
	*u = r.user;
	return AUTH_OK;
}

auth_status
auth_check_only(db *d, const char *login, const char *pin, user_account *u, ds_err *err)
{
	auth_record r;
	int rc = db_auth_get(d, login, &r, err);

	if (rc < 0)
		return AUTH_FAILED;
	if (rc == 1 || !r.user.active || (r.pin_hash[0] != '\0' && !auth_secret_verify(r.pin_hash, pin))) {
		ds_err_set(err, L("Sai tên đăng nhập hoặc mã PIN.", "Wrong login or PIN."));
		return AUTH_WRONG;
	}
	*u = r.user;
	if (r.pin_hash[0] == '\0') {
		ds_err_set(err, L("Tài khoản %s chưa có mã PIN.", "Account %s has no PIN yet."), login);
		return AUTH_NO_PIN;
	}
	return AUTH_OK;
}

int
auth_set_pin(db *d, const char *login, const char *new_pin, ds_err *err)
{
	user_account u;
	char hash[AUTH_HASH_LEN];
	int rc;

	if (auth_secret_form_ok(new_pin, err) != 0)
		return -1;
	rc = db_user_find(d, login, &u, err);
	if (rc < 0)
		return -1;
	if (rc == 1)
		return ds_err_set(err, L("Không có tài khoản %s.", "No account %s."), login);
	if (access_pin_change(d, u.id, err) != 0)
		return -1;
	if (auth_secret_hash(new_pin, hash) != 0)
		fatal("out of memory hashing a PIN");
	rc = db_auth_set_pin(d, u.id, hash, err);
	memset(hash, 0, sizeof hash);
	return rc;
}

int
auth_is_officer(const user_account *u)
{
	return u != NULL && u->active && strcmp(u->role, "officer") == 0;
}

int
auth_can_edit_area(const user_account *u, int64_t area_id)
{
	if (u == NULL || !u->active)
		return 0;
	return auth_is_officer(u) || (area_id != 0 && u->area_id == area_id);
}

int
auth_can_see_area(const user_account *u, int64_t area_id)
{
	return auth_can_edit_area(u, area_id);
}

int
auth_can_unlock_period(const user_account *u)
{
	return auth_is_officer(u);
}

int
auth_can_manage_users(const user_account *u)
{
	return auth_is_officer(u);
}
