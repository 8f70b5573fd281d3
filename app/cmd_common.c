/* cmd_common.c: what the commands share: error printing and opening. */
#include "config.h"

#include "app/commands.h"
#include "domain/i18n.h"
#include "db/db.h"

#include <stdio.h>

/* Print an error for the user on stderr. */
void
cmd_print_error(const ds_err *err)
{
	char buf[1024];

	ds_err_format(err, buf, sizeof buf);
	fprintf(stderr, "danso: %s\n", buf);
}

/* Open the command's database. */
int
cmd_open_db(cli_ctx *ctx, int flags, db **out)
{
	ds_err err = {0};

	if (db_open(ctx->db_path, flags, out, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	if (!db_is_initialised(*out)) {
		fprintf(stderr, "danso: %s %s\n", ctx->db_path,
		        L("chưa được khởi tạo. Hãy chạy: danso init --commune MÃ --name TÊN",
		          "is not initialised. Run: danso init --commune CODE --name NAME"));
		db_close(out);
		return -1;
	}
	return 0;
}
