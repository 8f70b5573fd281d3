/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_register_import.c: `danso register-import FILE.csv [--skip-bad]`. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/register_import.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>

/* Print one bad row. */
static void
print_bad_row(void *arg, const ds_err *e)
{
	(void)arg;
	cmd_print_error(e);
}

int
cmd_register_import(cli_ctx *ctx, int argc, char **argv)
{
	int skip_bad = 0, npos = 0, rc;
	const arg_spec specs[] = {{"--skip-bad", ARG_FLAG, NULL, &skip_bad}};
	char **positional = xcalloc((size_t)argc + 1, sizeof *positional);
	register_import_result res;
	user_account u;
	ds_err err = {0};
	db *d = NULL;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), positional, &npos) != 0 || npos != 1) {
		if (npos != 1)
			fprintf(stderr, "danso register-import: %s\n", L("cần đúng một tệp CSV", "exactly one CSV file is required"));
		free(positional);
		return EXIT_USAGE;
	}
	/* a collaborator may load rows of her own area: app/access.h decides row by row */
	if (cmd_open_for_change(ctx, 0, &d, &u) != 0) {
		free(positional);
		return EXIT_REFUSED;
	}
	rc = register_import(d, positional[0], skip_bad, print_bad_row, NULL, &res, &err);
	if (rc != 0) {
		cmd_print_error(&err);
		fprintf(stderr, "danso register-import: %s\n", L("không nạp gì", "nothing was loaded"));
	} else if (res.rows_bad > 0 && !skip_bad) {
		fprintf(stderr, L("danso register-import: %ld dòng lỗi; không nạp gì (sửa tệp, hoặc dùng --skip-bad để nạp %ld dòng đúng)\n",
		                  "danso register-import: %ld bad rows; nothing was loaded (fix the file, or use --skip-bad to load the %ld good rows)\n"),
		        res.rows_bad, res.rows_good);
		rc = -1;
	} else {
		printf(L("Đã nạp %ld nhân khẩu, %ld hộ mới, %ld địa bàn mới", "Loaded %ld members, %ld new households, %ld new areas"),
		       res.members_added, res.households_added, res.areas_added);
		if (res.rows_bad > 0)
			printf(L("; bỏ qua %ld dòng lỗi", "; %ld bad rows skipped"), res.rows_bad);
		printf(".\n");
	}
	db_close(&d);
	free(positional);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}
