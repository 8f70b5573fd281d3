/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* credentials.c: asking for a login and PIN on the terminal or taking them
 * from the environment, for the headless commands. */
#include "config.h"

#include "app/auth.h"
#include "cli/commands.h"
#include "db/auth.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "domain/termsafe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
cmd_ask_secret(const char *prompt, char *buf, size_t n)
{
	if (!plat_stdin_is_terminal())
		return -1;
	return plat_ask(prompt, 1, buf, n);
}

int
cmd_new_pin(const char *login, char *buf, size_t n)
{
	const char *env = getenv("DANSO_NEW_PIN");
	char again[AUTH_SECRET_MAX + 2];
	char *prompt;
	int rc;

	if (env != NULL) {
		str_copy(buf, n, env);
		return 0;
	}
	if (!plat_stdin_is_terminal())
		return -1;
	prompt = xasprintf(L("Mã PIN mới cho %s: ", "New PIN for %s: "), login);
	rc = plat_ask(prompt, 1, buf, n);
	free(prompt);
	if (rc != 0 || plat_ask(L("Nhập lại mã PIN: ", "PIN again: "), 1, again, sizeof again) != 0)
		return -1;
	if (strcmp(buf, again) != 0) {
		fprintf(stderr, "danso: %s\n", L("Hai lần nhập mã PIN không khớp.", "The two PINs differ."));
		return -1;
	}
	return 0;
}

/* Fill login and pin from DANSO_USER / DANSO_PIN, else the terminal. */
static int
get_credentials(char *login, size_t login_len, char *pin, size_t pin_len)
{
	const char *env_user = getenv("DANSO_USER"), *env_pin = getenv("DANSO_PIN");
	int tty = plat_stdin_is_terminal();

	if (!str_empty(env_user))
		str_copy(login, login_len, env_user);
	else if (!tty || plat_ask(L("Tên đăng nhập: ", "Login: "), 0, login, login_len) != 0)
		return -1;
	if (env_pin != NULL)
		str_copy(pin, pin_len, env_pin);
	else if (!tty || plat_ask(L("Mã PIN: ", "PIN: "), 1, pin, pin_len) != 0)
		return -1;
	return 0;
}

/* Say why credentials could not be had. */
static void
no_credentials(void)
{
	fprintf(stderr, "danso: %s\n",
	        L("lệnh này thay đổi dữ liệu nên cần đăng nhập: đặt DANSO_USER và DANSO_PIN, hoặc chạy trên terminal.",
	          "this command changes data and needs a login: set DANSO_USER and DANSO_PIN, or run it on a terminal."));
}

/* Refuse a logged-in user who is not the officer when one is needed. */
static int
check_role(int need_officer, const user_account *u)
{
	if (need_officer && !auth_is_officer(u)) {
		fprintf(stderr, "danso: %s\n", L("chỉ cán bộ dân số xã được làm việc này.",
		                                 "only the commune officer may do this."));
		return -1;
	}
	return 0;
}

int
cmd_authenticate_readonly(db *d, int need_officer, user_account *u)
{
	char login[USER_LOGIN_LEN], pin[AUTH_SECRET_MAX + 2];
	ds_err err = {0};
	auth_status st;

	if (get_credentials(login, sizeof login, pin, sizeof pin) != 0) {
		no_credentials();
		return -1;
	}
	st = auth_check_only(d, login, pin, u, &err);
	memset(pin, 0, sizeof pin);
	if (st != AUTH_OK) {
		cmd_print_error(&err);
		return -1;
	}
	return check_role(need_officer, u);
}

int
cmd_authenticate(cli_ctx *ctx, db *d, int need_officer, user_account *u)
{
	char login[USER_LOGIN_LEN], pin[AUTH_SECRET_MAX + 2];
	ds_err err = {0};
	auth_status st;

	(void)ctx;
	if (get_credentials(login, sizeof login, pin, sizeof pin) != 0) {
		no_credentials();
		return -1;
	}
	st = auth_login(d, login, pin, u, &err);
	memset(pin, 0, sizeof pin);
	if (st == AUTH_NO_PIN) {
		fprintf(stderr, "danso: %s %s %s\n", term_safe(err.msg),
		        L("Hãy đặt mã PIN: danso user pin --login", "Set one with: danso user pin --login"), term_safe(login));
		return -1;
	}
	if (st != AUTH_OK) {
		cmd_print_error(&err);
		return -1;
	}
	return check_role(need_officer, u);
}

int
cmd_open_for_change(cli_ctx *ctx, int need_officer, db **out, user_account *u)
{
	if (cmd_open_db(ctx, 0, out) != 0)
		return -1;
	if (cmd_authenticate(ctx, *out, need_officer, u) != 0) {
		db_close(out);
		return -1;
	}
	cmd_daily_backup(*out);
	return 0;
}
