/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_db_core.c: opening, migrating and protecting the database file;
 * the default code lists against data/ethnicities.csv. */
#include "config.h"

#include "db/codes.h"
#include "db/db.h"
#include "db/internal.h"
#include "db/schema.h"
#include "domain/codes.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "tests/tap.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Run one SQL text on a raw connection (to tamper with files). */
static void
raw_exec(const char *path, const char *sql)
{
	sqlite3 *s;

	if (sqlite3_open(path, &s) != SQLITE_OK || sqlite3_exec(s, sql, NULL, NULL, NULL) != SQLITE_OK)
		fprintf(stderr, "raw_exec: %s\n", sqlite3_errmsg(s));
	sqlite3_close(s);
}

/* The default ethnicity list equals data/ethnicities.csv line by line. */
static void
test_ethnicities_match_data(void)
{
	const char *top = getenv("TOP_SRCDIR");
	char *path = xasprintf("%s/data/ethnicities.csv", top != NULL ? top : "..");
	FILE *f = fopen(path, "r");
	char line[256];
	size_t k = 0, rows = 0, mismatches = 0;

	ok(f != NULL, "data/ethnicities.csv readable");
	if (f == NULL) {
		free(path);
		return;
	}
	if (fgets(line, sizeof line, f) == NULL)  /* header */
		line[0] = '\0';
	while (k < code_default_count && strcmp(code_defaults[k].list, "ethnicity") != 0)
		k++;
	while (fgets(line, sizeof line, f) != NULL) {
		char *code = strtok(line, ","), *vi = strtok(NULL, ",");

		rows++;
		if (k >= code_default_count || strcmp(code_defaults[k].list, "ethnicity") != 0 ||
		    code == NULL || vi == NULL || strcmp(code_defaults[k].code, code) != 0 ||
		    strcmp(code_defaults[k].label_vi, vi) != 0)
			mismatches++;
		k++;
	}
	fclose(f);
	free(path);
	is_int(rows, 55, "55 ethnic groups in the data file");
	is_int(mismatches, 0, "compiled-in ethnic groups match the data file");
}

/* PRAGMA cache_size of the connection (negative: KiB). */
static int
cache_size(db *d)
{
	sqlite3_stmt *st = db_stmt(d, "PRAGMA cache_size");
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;

	sqlite3_reset(st);
	return n;
}

int
main(void)
{
	char *dir = tap_tmpdir();
	char *path = xasprintf("%s/sub/dir/t.db", dir);
	char *other = xasprintf("%s/other.db", dir);
	char *copy = xasprintf("%s/copy.db", dir);
	char buf[64];
	ds_err err = {0};
	db *d = NULL;
	struct stat sb;
	size_t n = 0;
	code_entry *codes = NULL;

	ids_init();
	i18n_set(LANG_VI);
	ok(db_open(path, 0, &d, &err) == -1 && d == NULL, "opening a missing file without CREATE fails");
	ok(strstr(err.msg, "danso init") != NULL, "and the message says how to create it");
	ok(stat(path, &sb) != 0, "and creates nothing");

	ok(db_open(path, DB_OPEN_CREATE, &d, &err) == 0, "create a database in missing folders");
	ok(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600, "file is owner-only (0600)");
	is_int(db_schema_version(d), schema_step_count, "migrated to the latest schema");
	ok(!db_is_initialised(d), "a new database is not initialised");
	ok(db_setting_get(d, "commune_code", buf, sizeof buf) == 1, "absent setting reported as absent");
	ok(db_begin(d, &err) == 0, "begin");
	ok(db_setting_set(d, "commune_code", "00004", &err) == 0, "set a setting");
	ok(db_codes_seed(d, &err) == 0, "seed the code lists");
	ok(db_commit(d, &err) == 0, "commit");
	ok(db_is_initialised(d), "initialised once a commune code is set");
	ok(db_codes_list(d, "relation", &codes, &n, &err) == 0 && n == 9, "9 relation codes");
	if (n == 9)
		is_str(codes[0].label_vi, "Chủ hộ", "relation 1 is the head");
	free(codes);
	is_int(db_code_exists(d, "fp_method", "1"), 1, "IUD code exists");
	is_int(db_code_exists(d, "fp_method", "99"), 0, "code 99 does not");
	ok(db_code_label(d, "sex", "2", buf, sizeof buf) == 0, "label of sex 2");
	is_str(buf, "Nữ", "is Nữ");

	/* A rolled-back change leaves nothing. */
	ok(db_begin(d, &err) == 0, "begin again");
	db_setting_set(d, "commune_name", "half-done", &err);
	db_rollback(d);
	ok(db_setting_get(d, "commune_name", buf, sizeof buf) == 1, "rollback leaves no trace");

	{
		int64_t g = db_generation(d);

		db_setting_get(d, "commune_code", buf, sizeof buf);
		ok(db_generation(d) == g, "reading leaves the generation as it was");
		db_setting_set(d, "upper_name", "TTYT", &err);
		ok(db_generation(d) != g, "a write through the handle moves it");
		g = db_generation(d);
		raw_exec(path, "UPDATE setting SET value = 'khác' WHERE key = 'upper_name'");
		ok(db_generation(d) != g, "a commit by another connection moves it");
	}
	ok(db_integrity(d, &err) == 0, "integrity and foreign keys clean");
	ok(db_backup_to(d, copy, &err) == 0, "online backup");
	db_close(&d);
	ok(d == NULL, "db_close clears the pointer");

	ok(db_open(copy, 0, &d, &err) == 0 && db_is_initialised(d), "backup opens and holds the data");
	is_int(cache_size(d), -2000, "a command's connection keeps SQLite's page cache (2,000 KiB)");
	db_close(&d);
	ok(db_open(copy, DB_OPEN_SCREEN, &d, &err) == 0, "the interface's connection opens");
	is_int(cache_size(d), -256, "with a page cache of 256 KiB (docs/performance.md, fix 22)");
	db_close(&d);

	/* A database from a newer danso is refused, not downgraded. */
	raw_exec(copy, "PRAGMA user_version = 99");
	ok(db_open(copy, 0, &d, &err) == -1, "newer schema refused");
	ok(strstr(err.msg, "mới hơn") != NULL, "message says a newer danso made it");

	/* Another program's SQLite file is refused. */
	raw_exec(other, "CREATE TABLE t(x)");
	ok(db_open(other, DB_OPEN_CREATE, &d, &err) == -1, "foreign SQLite file refused");
	ok(strstr(err.msg, "không phải là CSDL của danso") != NULL, "message names the problem");

	/* Read-only opening never migrates. */
	ok(db_open(path, DB_OPEN_READONLY, &d, &err) == 0, "read-only open of a current database");
	db_close(&d);

	test_ethnicities_match_data();
	free(path);
	free(other);
	free(copy);
	free(dir);
	return tap_done();
}
