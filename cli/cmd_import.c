/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_import.c: `danso import PATH...`, the upper level loading commune
 * packages (app/import.h). The upper level's database need not be a
 * commune's: it is created on first use. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/session.h"
#include "app/import.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/auth_policy.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Say what happened to one package. */
static void
print_outcome(const import_outcome *o)
{
	printf("%s %s r%d: ", term_safe(o->commune_code), term_safe(o->period), o->revision);
	switch (o->status) {
	case IMPORT_NEW:
		printf(L("đã nhập (%ld chỉ tiêu, %ld sự kiện)\n", "imported (%ld indicators, %ld events)\n"),
		       o->indicators, o->events);
		break;
	case IMPORT_REPLACED:
		printf(L("đã thay lần %d (%ld chỉ tiêu, %ld sự kiện)\n", "replaced revision %d (%ld indicators, %ld events)\n"),
		       o->previous_revision, o->indicators, o->events);
		break;
	case IMPORT_SAME:
		printf("%s\n", L("đã nhập lần này rồi, không thay đổi gì", "already imported, nothing changed"));
		break;
	}
}

/* The upper level's database has accounts too: the first import into a
 * new one gives it the officer account "canbo", with the PIN of
 * DANSO_NEW_PIN or asked twice on the terminal (as init does). 0 when
 * there are accounts now; prints why and returns -1 otherwise. */
static int
upper_accounts(db *d)
{
	user_account *users = NULL;
	char pin[AUTH_SECRET_MAX + 2], hash[AUTH_HASH_LEN];
	size_t n = 0;
	ds_err err = {0};

	if (db_user_list(d, &users, &n, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	free(users);
	if (n > 0)
		return 0;
	if (cmd_new_pin("canbo", pin, sizeof pin) != 0) {
		fprintf(stderr, "danso import: %s\n",
		        L("CSDL cấp trên mới cần tài khoản cán bộ \"canbo\": đặt DANSO_NEW_PIN hoặc chạy trên terminal.",
		          "a new upper-level database needs the officer account \"canbo\": set DANSO_NEW_PIN or run on a terminal."));
		return -1;
	}
	if (auth_secret_form_ok(pin, &err) != 0 || auth_secret_hash(pin, hash) != 0) {
		memset(pin, 0, sizeof pin);
		cmd_print_error(&err);
		return -1;
	}
	memset(pin, 0, sizeof pin);
	if (session_add_upper_officer(d, hash, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	return 0;
}

int
cmd_import(cli_ctx *ctx, int argc, char **argv)
{
	char **positional = xcalloc((size_t)argc + 1, sizeof *positional);
	char **manifests = NULL;
	size_t nmanifests = 0;
	int npos = 0, refused = 0;
	user_account u;
	ds_err err = {0};
	db *d = NULL;

	if (args_parse(argc, argv, NULL, 0, positional, &npos) != 0 || npos == 0) {
		if (npos == 0)
			fprintf(stderr, "danso import: %s\n", L("cần ít nhất một tệp kê khai, thư mục gói hoặc tệp của gói",
			                                        "at least one manifest, package folder or package file is required"));
		free(positional);
		return EXIT_USAGE;
	}
	if (import_resolve(positional, (size_t)npos, &manifests, &nmanifests, &err) != 0) {
		cmd_print_error(&err);
		free(positional);
		return EXIT_REFUSED;
	}
	free(positional);
	if (session_open_any(ctx->db_path, DB_OPEN_CREATE, &d, &err) != 0) {
		cmd_print_error(&err);
		refused = 1;
	} else if (upper_accounts(d) != 0 || cmd_authenticate(ctx, d, 1, &u) != 0) {
		/* importing changes data: a login, and the audit rows name the user */
		db_close(&d);
		refused = 1;
	}
	for (size_t i = 0; d != NULL && i < nmanifests; i++) {
		import_outcome o;

		ds_err_clear(&err);
		if (import_package_file(d, manifests[i], &o, &err) != 0) {
			cmd_print_error(&err);
			fprintf(stderr, "danso import: %s: %s\n", term_safe(manifests[i]),
			        L("gói bị từ chối, CSDL không thay đổi", "package refused, the database is unchanged"));
			refused = 1;
		} else {
			print_outcome(&o);
		}
	}
	for (size_t i = 0; i < nmanifests; i++)
		free(manifests[i]);
	free(manifests);
	db_close(&d);
	return refused ? EXIT_REFUSED : EXIT_OK;
}
