/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_user.c: `danso user add | pin | list`: the accounts of the officer
 * and the collaborators. */
#include "config.h"

#include "cli/args.h"
#include "app/access.h"
#include "app/admin.h"
#include "app/auth.h"
#include "cli/commands.h"
#include "db/auth.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/auth_policy.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fill u from the options of `user add`; prints what is wrong. */
static int
user_from_options(db *d, const char *login, const char *name, const char *role, const char *area,
                  user_account *u)
{
	ds_err err = {0};
	long number;
	int rc;

	memset(u, 0, sizeof *u);
	if (auth_login_form_ok(login, &err) != 0) {
		fprintf(stderr, "danso user add: --login %s: %s\n", term_safe(login), term_safe(err.msg));
		return -1;
	}
	if (*str_trim((char *)name) == '\0' || str_copy(u->full_name, sizeof u->full_name, name) != 0) {
		fprintf(stderr, "danso user add: --name: %s\n", L("tên trống hoặc quá dài", "empty or too long"));
		return -1;
	}
	if (strcmp(role, "officer") != 0 && strcmp(role, "collaborator") != 0) {
		fprintf(stderr, "danso user add: --role %s: %s\n", term_safe(role), L("phải là officer hoặc collaborator",
		                                                          "must be officer or collaborator"));
		return -1;
	}
	if ((strcmp(role, "collaborator") == 0) != (area != NULL)) {
		fprintf(stderr, "danso user add: %s\n", L("cộng tác viên cần --area SỐ; cán bộ xã thì không",
		                                           "a collaborator needs --area NUMBER; the officer does not"));
		return -1;
	}
	if (area != NULL) {
		if (args_int("user add", "--area", area, 1, 100000, &number) != 0)
			return -1;
		rc = db_auth_area_id(d, number, &u->area_id, &err);
		if (rc != 0) {
			if (rc > 0)
				ds_err_set(&err, L("Chưa có địa bàn số %ld.", "There is no area number %ld."), number);
			cmd_print_error(&err);
			return -1;
		}
	}
	str_copy(u->login, sizeof u->login, login);
	str_copy(u->role, sizeof u->role, role);
	return 0;
}

/* `user add --login L --name N --role R [--area NUMBER]` (officer). */
static int
user_add(cli_ctx *ctx, db *d, int argc, char **argv)
{
	const char *login = NULL, *name = NULL, *role = NULL, *area = NULL;
	const arg_spec specs[] = {
		{"--login", ARG_VALUE, &login, NULL},
		{"--name", ARG_VALUE, &name, NULL},
		{"--role", ARG_VALUE, &role, NULL},
		{"--area", ARG_VALUE, &area, NULL},
	};
	user_account me, u;
	ds_err err = {0};

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (login == NULL || name == NULL || role == NULL) {
		fprintf(stderr, "danso user add: %s\n", L("cần --login, --name và --role", "--login, --name and --role are required"));
		return EXIT_USAGE;
	}
	if (cmd_authenticate(ctx, d, 1, &me) != 0)
		return EXIT_REFUSED;
	cmd_daily_backup(d);
	if (user_from_options(d, login, name, role, area, &u) != 0)
		return EXIT_REFUSED;
	if (admin_user_add(d, &u, &err) != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	printf(L("Đã thêm tài khoản %s (%s). Đặt mã PIN: danso user pin --login %s\n",
	         "Added account %s (%s). Set its PIN: danso user pin --login %s\n"), term_safe(u.login),
	       term_safe(u.role), term_safe(u.login));
	return EXIT_OK;
}

/* `user pin --login L`: the user themself or the officer; the very first
 * officer PIN (no officer has one yet) needs no login. */
static int
user_pin(cli_ctx *ctx, db *d, int argc, char **argv)
{
	const char *login = NULL;
	const arg_spec specs[] = {{"--login", ARG_VALUE, &login, NULL}};
	char pin[AUTH_SECRET_MAX + 2];
	user_account me, target;
	ds_err err = {0};
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (login == NULL) {
		fprintf(stderr, "danso user pin: %s\n", L("cần --login", "--login is required"));
		return EXIT_USAGE;
	}
	if ((rc = db_user_find(d, login, &target, &err)) != 0) {
		if (rc > 0)
			ds_err_set(&err, L("Không có tài khoản %s.", "No account %s."), login);
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	rc = db_auth_officer_has_pin(d, &err);
	if (rc < 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	if (rc == 0 && strcmp(target.role, "officer") != 0) {
		fprintf(stderr, "danso user pin: %s\n", L("hãy đặt mã PIN của cán bộ xã trước.",
		                                          "set the officer's PIN first."));
		return EXIT_REFUSED;
	}
	if (rc == 1) {
		if (cmd_authenticate(ctx, d, 0, &me) != 0)
			return EXIT_REFUSED;
		cmd_daily_backup(d);
		if (access_pin_change(d, target.id, &err) != 0) {
			fprintf(stderr, "danso user pin: %s\n", err.msg);
			return EXIT_REFUSED;
		}
	}
	if (cmd_new_pin(login, pin, sizeof pin) != 0) {
		fprintf(stderr, "danso user pin: %s\n", L("không có mã PIN mới: đặt DANSO_NEW_PIN hoặc chạy trên terminal.",
		                                          "no new PIN: set DANSO_NEW_PIN or run it on a terminal."));
		return EXIT_REFUSED;
	}
	rc = auth_set_pin(d, login, pin, &err);
	memset(pin, 0, sizeof pin);
	if (rc != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	printf(L("Đã đặt mã PIN cho %s.\n", "PIN set for %s.\n"), term_safe(login));
	return EXIT_OK;
}

/* `user list`: login, role, area, whether a PIN is set. */
static int
user_list(db *d, int argc, char **argv)
{
	user_account *v;
	size_t n;
	ds_err err = {0};

	if (args_parse(argc, argv, NULL, 0, NULL, NULL) != 0)
		return EXIT_USAGE;
	if (db_user_list(d, &v, &n, &err) != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	for (size_t i = 0; i < n; i++)
		printf("%s\t%s\t%lld\t%s\t%s\n", term_safe(v[i].login), term_safe(v[i].role), (long long)v[i].area_id,
		       v[i].has_pin ? "pin" : L("chưa có PIN", "no PIN"), term_safe(v[i].full_name));
	free(v);
	return EXIT_OK;
}

int
cmd_user(cli_ctx *ctx, int argc, char **argv)
{
	db *d = NULL;
	int rc;

	if (argc < 2) {
		fprintf(stderr, "danso user: %s\n", L("cần add, pin hoặc list", "add, pin or list is required"));
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "add") != 0 && strcmp(argv[1], "pin") != 0 && strcmp(argv[1], "list") != 0) {
		fprintf(stderr, "danso user: %s: %s\n", L("lệnh con không rõ", "unknown subcommand"), term_safe(argv[1]));
		return EXIT_USAGE;
	}
	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	if (strcmp(argv[1], "add") == 0)
		rc = user_add(ctx, d, argc - 1, argv + 1);
	else if (strcmp(argv[1], "pin") == 0)
		rc = user_pin(ctx, d, argc - 1, argv + 1);
	else
		rc = user_list(d, argc - 1, argv + 1);
	db_close(&d);
	return rc;
}
