/* codes.c (db): code lists in the database. */
#include "config.h"

#include "db/codes.h"
#include "db/store.h"
#include "domain/i18n.h"
#include "domain/util.h"

/* Put the compiled-in code lists into a new database. */
int
db_codes_seed(db *d, ds_err *err)
{
	static const char sql[] = "INSERT OR IGNORE INTO code_list(list, code, label_vi, label_en, sort) "
	                          "VALUES (?1, ?2, ?3, ?4, ?5)";

	for (size_t i = 0; i < code_default_count; i++) {
		sqlite3_stmt *st = db_stmt(d, sql);

		db_bind_text(st, 1, code_defaults[i].list);
		db_bind_text(st, 2, code_defaults[i].code);
		db_bind_text(st, 3, code_defaults[i].label_vi);
		db_bind_text(st, 4, code_defaults[i].label_en);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)i);
		if (db_step_done(d, st, err, L("Nạp danh mục mã", "Loading code lists")) != 0)
			return -1;
	}
	return 0;
}

/* Fill a code_entry from a row "code, label_vi, label_en" (a
 * store_fill_fn). */
static void
code_from_row(sqlite3_stmt *st, void *item)
{
	code_entry *c = item;

	db_column_text(st, 0, c->code, sizeof c->code);
	db_column_text(st, 1, c->label_vi, sizeof c->label_vi);
	db_column_text(st, 2, c->label_en, sizeof c->label_en);
}

/* Read one code list in display order. */
int
db_codes_list(db *d, const char *list, code_entry **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT code, label_vi, label_en FROM code_list WHERE list = ?1 "
	                              "ORDER BY sort, code");
	void *items;
	int rc;

	db_bind_text(st, 1, list);
	rc = store_rows(d, st, code_from_row, sizeof **out, &items, n, err, L("Đọc danh mục mã", "Reading a code list"));
	*out = items;
	return rc;
}

/* Whether a code belongs to a list. */
int
db_code_exists(db *d, const char *list, const char *code)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT 1 FROM code_list WHERE list = ?1 AND code = ?2");
	int rc;

	db_bind_text(st, 1, list);
	db_bind_text(st, 2, code);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* A code's label in the interface language (the code itself when unknown). */
int
db_code_label(db *d, const char *list, const char *code, char *buf, size_t n)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT label_vi, label_en FROM code_list WHERE list = ?1 AND code = ?2");

	db_bind_text(st, 1, list);
	db_bind_text(st, 2, code);
	if (sqlite3_step(st) == SQLITE_ROW) {
		db_column_text(st, i18n_lang == LANG_EN ? 1 : 0, buf, n);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	str_copy(buf, n, code);
	return 1;
}

/* Replace a whole code list inside the caller's transaction. */
int
db_codes_replace(db *d, const char *list, const code_entry *entries, size_t n, ds_err *err)
{
	sqlite3_stmt *st;

	if (!db_in_transaction(d))
		fatal("db_codes_replace outside a transaction");
	st = db_stmt(d, "DELETE FROM code_list WHERE list = ?1");
	db_bind_text(st, 1, list);
	if (db_step_done(d, st, err, L("Thay danh mục mã", "Replacing a code list")) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		st = db_stmt(d, "INSERT INTO code_list(list, code, label_vi, label_en, sort) VALUES (?1, ?2, ?3, ?4, ?5)");
		db_bind_text(st, 1, list);
		db_bind_text(st, 2, entries[i].code);
		db_bind_text(st, 3, entries[i].label_vi);
		db_bind_text(st, 4, entries[i].label_en);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)i);
		if (db_step_done(d, st, err, L("Thay danh mục mã", "Replacing a code list")) != 0)
			return -1;
	}
	return db_audit(d, "replace", "code_list", 0, "", list, "", err);
}
