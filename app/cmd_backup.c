/* cmd_backup.c: `danso backup`: a consistent copy of the open database. */
#include "config.h"

#include "app/args.h"
#include "app/commands.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "db/db.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The default backup name: backups/danso-YYYYMMDD-HHMMSS.db beside the
 * database. Caller owns the string. */
static char *
default_backup_path(const char *db_file)
{
	const char *slash = strrchr(db_file, '/');
	char now[21], stamp[16];
	char *dir, *path;

	db_now(now);
	snprintf(stamp, sizeof stamp, "%.4s%.2s%.2s-%.2s%.2s%.2s", now, now + 5, now + 8, now + 11, now + 14, now + 17);
	if (slash == NULL)
		dir = xstrdup("backups");
	else
		dir = xasprintf("%.*s/backups", (int)(slash - db_file), db_file);
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		free(dir);
		return NULL;
	}
	path = xasprintf("%s/danso-%s.db", dir, stamp);
	free(dir);
	return path;
}

/* danso backup: copy the database to a dated file. */
int
cmd_backup(cli_ctx *ctx, int argc, char **argv)
{
	const char *out = NULL;
	const arg_spec specs[] = {{"--out", ARG_VALUE, &out, NULL}};
	ds_err err = {0};
	char *path;
	db *d = NULL;
	int rc = EXIT_OK;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	path = out != NULL ? xstrdup(out) : default_backup_path(ctx->db_path);
	if (path == NULL) {
		fprintf(stderr, "danso backup: %s: %s\n", L("không tạo được thư mục sao lưu", "cannot create the backup folder"),
		        strerror(errno));
		rc = EXIT_REFUSED;
	} else if (db_backup_to(d, path, &err) != 0) {
		cmd_print_error(&err);
		rc = EXIT_REFUSED;
	} else {
		printf(L("Đã sao lưu vào %s\n", "Backed up to %s\n"), path);
	}
	free(path);
	db_close(&d);
	return rc;
}
