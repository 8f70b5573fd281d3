/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_backup.c: `danso backup` and `danso restore FILE`. */
#include "config.h"

#include "cli/args.h"
#include "app/auth.h"
#include "app/backup.h"
#include "cli/commands.h"
#include "app/admin.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/db.h"
#include "db/auth.h"
#include "db/restore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Print what a backup made, and its warning if any. */
static void
print_backup(const backup_result *res)
{
	printf(L("Đã sao lưu vào %s\n", "Backed up to %s\n"), term_safe(res->path));
	if (res->second_path[0] != '\0')
		printf(L("Bản sao thứ hai: %s\n", "Second copy: %s\n"), term_safe(res->second_path));
	if (res->warning[0] != '\0')
		fprintf(stderr, "danso: %s\n", term_safe(res->warning));
}

void
cmd_daily_backup(db *d)
{
	backup_result res;
	ds_err err = {0};
	int rc = backup_daily(d, &res, &err);

	if (rc < 0)
		fprintf(stderr, "danso: %s %s\n", L("Chưa sao lưu được hôm nay:", "Today's backup failed:"), term_safe(err.msg));
	else if (rc > 0 && res.warning[0] != '\0')
		fprintf(stderr, "danso: %s\n", term_safe(res.warning));
}

/* Apply --keep / --second (officer only); 0 or an exit status. */
static int
backup_settings(cli_ctx *ctx, db *d, const char *keep, const char *second)
{
	user_account u;
	ds_err err = {0};
	long n;

	if (keep == NULL && second == NULL)
		return EXIT_OK;
	if (keep != NULL && args_int("backup", "--keep", keep, 1, 1000, &n) != 0)
		return EXIT_USAGE;
	if (cmd_authenticate(ctx, d, 1, &u) != 0)
		return EXIT_REFUSED;
	if (admin_backup_settings(d, keep, second, &err) != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	return EXIT_OK;
}

/* danso backup: copy the database to a dated file. */
int
cmd_backup(cli_ctx *ctx, int argc, char **argv)
{
	const char *out = NULL, *keep = NULL, *second = NULL;
	const arg_spec specs[] = {
		{"--out", ARG_VALUE, &out, NULL},
		{"--keep", ARG_VALUE, &keep, NULL},
		{"--second", ARG_VALUE, &second, NULL},
	};
	backup_result res;
	user_account u;
	ds_err err = {0};
	db *d = NULL;
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	if ((rc = backup_settings(ctx, d, keep, second)) != EXIT_OK) {
		db_close(&d);
		return rc;
	}
	/* a copy holds every name and birth date: a login, and --out (a copy
	 * anywhere) is the officer's, audited with the path */
	if (keep == NULL && second == NULL && cmd_authenticate(ctx, d, out != NULL, &u) != 0) {
		db_close(&d);
		return EXIT_REFUSED;
	}
	if (out != NULL) {
		rc = backup_to_file(d, out, &err);
		if (rc == 0)
			printf(L("Đã sao lưu vào %s\n", "Backed up to %s\n"), term_safe(out));
	} else {
		rc = backup_now(d, &res, &err);
		if (rc == 0)
			print_backup(&res);
	}
	if (rc != 0)
		cmd_print_error(&err);
	db_close(&d);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}

/* Log in for a restore: on the current database when it opens, else (the
 * usual case: it is damaged) against the backup itself, read-only. */
static int
restore_login(cli_ctx *ctx, const char *file)
{
	user_account u;
	ds_err err = {0};
	db *d = NULL;
	int rc;

	if (db_open(ctx->db_path, 0, &d, &err) == 0 && db_is_initialised(d)) {
		rc = cmd_authenticate(ctx, d, 1, &u);
		db_close(&d);
		return rc;
	}
	db_close(&d);
	if (db_verify_file(file, &err) != 0 || db_open(file, DB_OPEN_READONLY, &d, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	rc = cmd_authenticate_readonly(d, 1, &u);
	db_close(&d);
	return rc;
}

/* The commune code of the database at path into code ("" when it cannot
 * be read: no file, damaged, not initialised). */
static void
commune_of(const char *path, char *code, size_t n)
{
	ds_err err = {0};
	db *d = NULL;

	code[0] = '\0';
	if (db_open(path, DB_OPEN_READONLY, &d, &err) == 0 && db_setting_get(d, "commune_code", code, n) != 0)
		code[0] = '\0';
	db_close(&d);
}

/* A backup of another commune over this one is refused unless forced. */
static int
refuse_other_commune(cli_ctx *ctx, const char *file, int force)
{
	char here[16], there[16];

	commune_of(ctx->db_path, here, sizeof here);
	commune_of(file, there, sizeof there);
	if (here[0] == '\0' || there[0] == '\0' || strcmp(here, there) == 0)
		return 0;
	if (force) {
		fprintf(stderr, L("danso restore: chú ý: %s là của xã %s, CSDL hiện tại là của xã %s (--force).\n",
		                  "danso restore: note: %s belongs to commune %s, the current database to commune %s (--force).\n"),
		        term_safe(file), there, here);
		return 0;
	}
	fprintf(stderr, L("danso restore: %s là CSDL của xã %s, không phải của xã này (%s); không thay đổi gì. Nếu đúng là muốn thay, thêm --force.\n",
	                  "danso restore: %s is the database of commune %s, not of this one (%s); nothing was changed. If that is really wanted, add --force.\n"),
	        term_safe(file), there, here);
	return -1;
}

int
cmd_restore(cli_ctx *ctx, int argc, char **argv)
{
	char *positional[4];
	int npos = 0, force = 0;
	char kept[1100];
	ds_err err = {0};
	const arg_spec specs[] = {
		{"--force", ARG_FLAG, NULL, &force},
	};

	if (argc > 5 || args_parse(argc, argv, specs, ARRAY_LEN(specs), positional, &npos) != 0)
		return EXIT_USAGE;
	if (npos != 1) {
		fprintf(stderr, "danso restore: %s\n", L("cần đúng một tệp sao lưu", "give exactly one backup file"));
		return EXIT_USAGE;
	}
	if (db_verify_file(positional[0], &err) != 0) {
		cmd_print_error(&err);
		fprintf(stderr, "danso restore: %s\n", L("không thay đổi gì.", "nothing was changed."));
		return EXIT_REFUSED;
	}
	if (refuse_other_commune(ctx, positional[0], force) != 0)
		return EXIT_REFUSED;
	if (restore_login(ctx, positional[0]) != 0)
		return EXIT_REFUSED;
	if (db_restore_file(ctx->db_path, positional[0], kept, sizeof kept, &err) != 0) {
		cmd_print_error(&err);
		fprintf(stderr, "danso restore: %s\n", L("không thay đổi gì.", "nothing was changed."));
		return EXIT_REFUSED;
	}
	printf(L("Đã khôi phục %s từ %s.\n", "Restored %s from %s.\n"), term_safe(ctx->db_path), term_safe(positional[0]));
	if (kept[0] != '\0')
		printf(L("Tệp cũ được giữ lại: %s\n", "The replaced file is kept as %s\n"), term_safe(kept));
	return EXIT_OK;
}
