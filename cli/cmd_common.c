/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_common.c: what the commands share: error printing and opening. */
#include "config.h"
#include "domain/termsafe.h"

#include "cli/commands.h"
#include "domain/i18n.h"
#include "app/session.h"
#include "db/db.h"

#include <stdio.h>

/* Print an error for the user on stderr. */
void
cmd_print_error(const ds_err *err)
{
	char buf[1024];

	ds_err_format(err, buf, sizeof buf);
	fprintf(stderr, "danso: %s\n", term_safe(buf));
}

/* Open the command's database; prints why it cannot be used. */
int
cmd_open_db(cli_ctx *ctx, int flags, db **out)
{
	ds_err err = {0};

	if (session_open_db(ctx->db_path, flags, out, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	return 0;
}
