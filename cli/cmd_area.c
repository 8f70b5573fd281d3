/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_area.c: `danso area add | list`: the areas (địa bàn) of the commune,
 * one per collaborator. A new commune creates its areas here before adding
 * collaborators (user add --area) and households. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/admin.h"
#include "db/db.h"
#include "db/register.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/model.h"
#include "domain/util.h"
#include "domain/vntext.h"
#include "domain/termsafe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* danso area add --number N --name NAME (officer only). */
static int
area_add(cli_ctx *ctx, int argc, char **argv)
{
	const char *number = NULL, *name = NULL;
	const arg_spec specs[] = {
		{"--number", ARG_VALUE, &number, NULL},
		{"--name", ARG_VALUE, &name, NULL},
	};
	user_account u;
	ds_err err = {0};
	area a = {0};
	long n;
	db *d = NULL;
	int rc = EXIT_REFUSED;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0 || number == NULL || name == NULL) {
		fprintf(stderr, "danso area add: %s\n", L("cần --number SỐ và --name TÊN", "--number N and --name NAME are required"));
		return EXIT_USAGE;
	}
	if (args_int("area add", "--number", number, 1, 100000, &n) != 0)
		return EXIT_USAGE;
	if (vn_nfc(name, a.name, sizeof a.name) != 0 || *str_trim(a.name) == '\0') {
		fprintf(stderr, "danso area add: --name: %s\n",
		        L("tên trống, quá dài hoặc không phải UTF-8", "empty, too long or not UTF-8"));
		return EXIT_REFUSED;
	}
	a.number = (int)n;
	if (cmd_open_for_change(ctx, 1, &d, &u) != 0)
		return EXIT_REFUSED;
	if (admin_area_add(d, &a, &err) != 0) {
		cmd_print_error(&err);
	} else {
		printf(L("Đã thêm địa bàn %d: %s.\n", "Added area %d: %s.\n"), a.number, term_safe(a.name));
		rc = EXIT_OK;
	}
	db_close(&d);
	return rc;
}

/* danso area list: every area with its number and name. */
static int
area_list(cli_ctx *ctx, int argc, char **argv)
{
	ds_err err = {0};
	area *areas = NULL;
	size_t n = 0;
	db *d = NULL;
	int rc = EXIT_OK;

	if (args_parse(argc, argv, NULL, 0, NULL, NULL) != 0)
		return EXIT_USAGE;
	if (cmd_open_db(ctx, DB_OPEN_READONLY, &d) != 0)
		return EXIT_REFUSED;
	if (db_area_list(d, &areas, &n, &err) != 0) {
		cmd_print_error(&err);
		rc = EXIT_REFUSED;
	}
	for (size_t i = 0; i < n; i++)
		printf("%d\t%s\n", areas[i].number, term_safe(areas[i].name));
	free(areas);
	db_close(&d);
	return rc;
}

int
cmd_area(cli_ctx *ctx, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return area_add(ctx, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "list") == 0)
		return area_list(ctx, argc - 1, argv + 1);
	fprintf(stderr, "danso area: %s\n", L("cần add hoặc list", "add or list is required"));
	return EXIT_USAGE;
}
