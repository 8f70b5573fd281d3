/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
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

/* The in-memory copy of code_list, sorted: the database's transaction
 * cache (internal.h), so db.c drops it at every transaction's start and
 * end without knowing what it holds. */
struct code_cache {
	struct code_pair *pairs;
	size_t n;
};

/* Free a struct code_cache (the tx_cache_free of codes.c). */
static void
code_cache_free(void *p)
{
	struct code_cache *c = p;

	for (size_t i = 0; i < c->n; i++) {
		free(c->pairs[i].list);
		free(c->pairs[i].code);
	}
	free(c->pairs);
	free(c);
}

/* Put the compiled-in code lists into a new database. */
int
db_codes_seed(db *d, ds_err *err)
{
	static const char sql[] = "INSERT OR IGNORE INTO code_list(list, code, label_vi, label_en, sort) "
	                          "VALUES (?1, ?2, ?3, ?4, ?5)";

	db_drop_tx_cache(d);
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

/* Read all of code_list into a new cache, sorted; NULL on an error. */
static struct code_cache *
codes_load(db *d)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT list, code FROM code_list");
	struct code_cache *c = xcalloc(1, sizeof *c);
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (c->n == cap) {
			cap = cap ? cap * 2 : 256;
			c->pairs = xrealloc(c->pairs, cap * sizeof *c->pairs);
		}
		c->pairs[c->n].list = xstrdup((const char *)sqlite3_column_text(st, 0));
		c->pairs[c->n].code = xstrdup((const char *)sqlite3_column_text(st, 1));
		c->n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		code_cache_free(c);
		return NULL;
	}
	if (c->n > 1)
		qsort(c->pairs, c->n, sizeof *c->pairs, pair_cmp);
	return c;
}

/* The copy of code_list for this write transaction, read at first use;
 * NULL on an error. */
static struct code_cache *
codes_cached(db *d)
{
	if (d->tx_cache == NULL && (d->tx_cache = codes_load(d)) != NULL)
		d->tx_cache_free = code_cache_free;
	return d->tx_cache;
}

/* Whether a code belongs to a list. Inside a write transaction nobody
 * else can change code_list, so the lists are read once and searched in
 * memory (bulk work validates several codes per row). */
int
db_code_exists(db *d, const char *list, const char *code)
{
	struct code_cache *c;
	sqlite3_stmt *st;
	int rc;

	if (d->in_tx && (c = codes_cached(d)) != NULL) {
		struct code_pair key = {(char *)list, (char *)code};

		/* (an upper-level register may hold no list at all: no array) */
		return c->n > 0 && bsearch(&key, c->pairs, c->n, sizeof *c->pairs, pair_cmp) != NULL;
	}
	st = db_stmt(d, "SELECT 1 FROM code_list WHERE list = ?1 AND code = ?2");
	db_bind_text(st, 1, list);
	db_bind_text(st, 2, code);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Check that a field's code is in its code list. */
int
db_code_check(db *d, const char *list, const char *field, const char *code, int optional, ds_err *err)
{
	if (optional && str_empty(code))
		return 0;
	if (str_empty(code) || db_code_exists(d, list, code) != 1) {
		ds_err_at(err, NULL, 0, 0, field);
		return ds_err_set(err, L("%s: mã \"%s\" không có trong danh mục %s", "%s: code \"%s\" is not in the %s code list"),
		                  field, code, list);
	}
	return 0;
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
	db_drop_tx_cache(d);
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
