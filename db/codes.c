/* codes.c (db): code lists in the database. */
#include "config.h"

#include "db/codes.h"
#include "db/store.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* One (list, code) of code_list, for the in-memory copy. */
struct code_pair {
	char *list;
	char *code;
};

/* Put the compiled-in code lists into a new database. */
int
db_codes_seed(db *d, ds_err *err)
{
	static const char sql[] = "INSERT OR IGNORE INTO code_list(list, code, label_vi, label_en, sort) "
	                          "VALUES (?1, ?2, ?3, ?4, ?5)";

	db_codes_forget(d);
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

/* Order code_pairs by list, then code. */
static int
pair_cmp(const void *a, const void *b)
{
	const struct code_pair *x = a, *y = b;
	int c = strcmp(x->list, y->list);

	return c != 0 ? c : strcmp(x->code, y->code);
}

void
db_codes_forget(db *d)
{
	for (size_t i = 0; i < d->ncodes; i++) {
		free(d->codes[i].list);
		free(d->codes[i].code);
	}
	free(d->codes);
	d->codes = NULL;
	d->ncodes = 0;
	d->codes_loaded = 0;
}

/* Read all of code_list into d->codes, sorted; 0 ok, -1 on an error. */
static int
codes_load(db *d)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT list, code FROM code_list");
	size_t cap = 0;
	int rc;

	db_codes_forget(d);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (d->ncodes == cap) {
			cap = cap ? cap * 2 : 256;
			d->codes = xrealloc(d->codes, cap * sizeof *d->codes);
		}
		d->codes[d->ncodes].list = xstrdup((const char *)sqlite3_column_text(st, 0));
		d->codes[d->ncodes].code = xstrdup((const char *)sqlite3_column_text(st, 1));
		d->ncodes++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_codes_forget(d);
		return -1;
	}
	if (d->ncodes > 1)
		qsort(d->codes, d->ncodes, sizeof *d->codes, pair_cmp);
	d->codes_loaded = 1;
	return 0;
}

/* Whether a code belongs to a list. Inside a write transaction nobody
 * else can change code_list, so the lists are read once and searched in
 * memory (bulk work validates several codes per row). */
int
db_code_exists(db *d, const char *list, const char *code)
{
	sqlite3_stmt *st;
	int rc;

	if (d->in_tx && (d->codes_loaded || codes_load(d) == 0)) {
		struct code_pair key = {(char *)list, (char *)code};

		return bsearch(&key, d->codes, d->ncodes, sizeof *d->codes, pair_cmp) != NULL;
	}
	st = db_stmt(d, "SELECT 1 FROM code_list WHERE list = ?1 AND code = ?2");
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
/* Refuse a new list that drops a code members of the register still hold
 * (their records would show a code with no meaning, and check would not
 * see it). Only the lists kept on the member record are looked at here;
 * the codes of events are checked by the required codes of each list. */
static int
codes_still_used(db *d, const char *list, ds_err *err)
{
	static const struct {
		const char *list, *sql;
	} uses[] = {
		{"relation", "SELECT relation, count(*) FROM member WHERE relation NOT IN (SELECT code FROM code_list WHERE list = 'relation') GROUP BY 1 LIMIT 1"},
		{"ethnicity", "SELECT ethnicity, count(*) FROM member WHERE ethnicity NOT IN (SELECT code FROM code_list WHERE list = 'ethnicity') GROUP BY 1 LIMIT 1"},
		{"education", "SELECT education, count(*) FROM member WHERE education <> '' AND education NOT IN (SELECT code FROM code_list WHERE list = 'education') GROUP BY 1 LIMIT 1"},
		{"marital", "SELECT marital, count(*) FROM member WHERE marital NOT IN (SELECT code FROM code_list WHERE list = 'marital') GROUP BY 1 LIMIT 1"},
		{"residence", "SELECT residence, count(*) FROM member WHERE residence NOT IN (SELECT code FROM code_list WHERE list = 'residence') GROUP BY 1 LIMIT 1"},
	};

	for (size_t i = 0; i < ARRAY_LEN(uses); i++) {
		sqlite3_stmt *st;
		char code[64];
		long long count;
		int rc;

		if (strcmp(uses[i].list, list) != 0)
			continue;
		st = db_stmt(d, uses[i].sql);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			db_column_text(st, 0, code, sizeof code);
			count = sqlite3_column_int64(st, 1);
			sqlite3_reset(st);
			return ds_err_set(err, L("danh mục %s mới bỏ mã \"%s\" mà %lld nhân khẩu đang dùng; hãy giữ mã đó (hoặc sửa các nhân khẩu trước)",
			                         "the new list %s drops the code \"%s\", which %lld members still hold; keep it (or change those members first)"),
			                  list, code, count);
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(d, err, L("Thay danh mục mã", "Replacing a code list"));
	}
	return 0;
}

int
db_codes_replace(db *d, const char *list, const code_entry *entries, size_t n, ds_err *err)
{
	sqlite3_stmt *st;

	if (!db_in_transaction(d))
		fatal("db_codes_replace outside a transaction");
	db_codes_forget(d);
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
	if (codes_still_used(d, list, err) != 0)
		return -1;
	return db_audit(d, "replace", "code_list", 0, "", list, "", err);
}
