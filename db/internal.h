/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * internal.h: what the modules of db/ share. Never included outside db/.
 *
 * Statements are prepared once and kept (fossil's approach): db_stmt()
 * returns the cached statement for a SQL text, reset and with its bindings
 * cleared. Callers bind, step, and leave it; the cache finalizes everything
 * at db_close().
 */
#ifndef DANSO_DB_INTERNAL_H
#define DANSO_DB_INTERNAL_H

#include "db/db.h"

#include <sqlite3.h>

struct stmt_cache_entry {
	const char *sql;
	sqlite3_stmt *stmt;
};

struct db {
	sqlite3 *sql;
	char *path;
	int64_t user_id;
	int in_tx;
	/* 1 in a bulk load's transaction (db_begin_bulk): the name index is
	 * set aside until db_commit rebuilds it */
	int bulk;
	/* opened for writing and found whole (or known whole) at open: its
	 * close records the file's state as whole (db.c) */
	int whole;
	struct stmt_cache_entry *cache;
	size_t cache_len;
	size_t cache_cap;
	/* Memory valid for one write transaction, freed with tx_cache_free; one
	 * slot, whose only user is codes.c (its copy of code_list). */
	void *tx_cache;
	void (*tx_cache_free)(void *);
};

/* Free the transaction cache (tx_cache_free(tx_cache)) and clear it: db.c
 * does at every transaction's start and end and at close, and a module
 * whose data changes under it (a code list replaced). */
void db_drop_tx_cache(db *d);

/* The cached prepared statement for sql (a string constant: the pointer is
 * the key). A statement that does not compile is a programmer's mistake. */
sqlite3_stmt *db_stmt(db *d, const char *sql);

/* As db_stmt, for a statement whose caller binds every parameter at each
 * use: the previous bindings are left to be overwritten instead of being
 * cleared first (a bulk insert run once per row). */
sqlite3_stmt *db_stmt_rebound(db *d, const char *sql);

/* Turn the last SQLite error into a message for the user in err, prefixed
 * with what we were doing; returns -1. Disk full, read-only, busy and
 * corrupt files get sentences of their own. */
int db_fail(db *d, ds_err *err, const char *doing);

/* Bind helpers: "" binds as '' (never NULL); 0 ids bind as NULL. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
/* As db_bind_text without a copy: s must stay unchanged until the
 * statement's step (and reset) is over. */
void db_bind_static(sqlite3_stmt *st, int i, const char *s);
void db_bind_id(sqlite3_stmt *st, int i, int64_t id);
/* Copy a text column into a fixed buffer ("" for NULL). */
void db_column_text(sqlite3_stmt *st, int col, char *buf, size_t n);
/* A text column as SQLite holds it ("" for NULL): valid until the next
 * step or reset of st. */
const char *db_column_str(sqlite3_stmt *st, int col);

/* Run a statement that returns no rows; 0 or db_fail(). */
int db_step_done(db *d, sqlite3_stmt *st, ds_err *err, const char *doing);

/* Append an audit row: action ("insert", "update", "cancel", ...), entity
 * ("member", "event", ...), its id, JSON before/after ("" if none) and an
 * optional reason. Must run inside the caller's transaction. */
int db_audit(db *d, const char *action, const char *entity, int64_t entity_id,
             const char *before, const char *after, const char *reason, ds_err *err);

/* SQL expressions of a person's state on a day, rebuilt from the events
 * (docs/rules.md, "Stocks on the period's last day"), for the report's
 * stocks: ID the member's id, CUR the current column, DAY "YYYY-MM-DD".
 * MARITAL_AT: the status set by the latest marriage, divorce or change of
 * the marital detail dated on or before DAY; else the status the earliest
 * such event after DAY found (its prev_marital, prev_spouse_marital or
 * old_value); else the current one. MEMBER_HOUSEHOLD_AT: the household the
 * person was in, undoing the transfers inside the commune dated after DAY
 * (a move_in with move_scope 1 keeps the household it came from). */
/* The events that set a marital status: the condition of the partial
 * index event_marital (schema version 8), which SQLite reads only for a
 * query that states it word for word. */
#define MARITAL_EVENT "(kind IN ('marriage', 'divorce') OR (kind = 'detail_change' AND field = 'marital'))"
#define MARITAL_EVENT_OF(ID) \
	"((e.member_id = " ID " AND (e.kind IN ('marriage', 'divorce') OR (e.kind = 'detail_change' AND e.field = 'marital')))" \
	" OR (e.related_member_id = " ID " AND e.kind IN ('marriage', 'divorce'))) AND e.cancelled = 0"
#define MARITAL_AT(ID, CUR, DAY) \
	"coalesce((SELECT CASE e.kind WHEN 'marriage' THEN '2' WHEN 'divorce' THEN '4' ELSE e.new_value END" \
	"  FROM event e WHERE " MARITAL_EVENT_OF(ID) " AND e.event_date <= " DAY \
	"  ORDER BY e.event_date DESC, e.id DESC LIMIT 1)," \
	" (SELECT nullif(CASE WHEN e.kind = 'detail_change' THEN e.old_value WHEN e.member_id = " ID \
	"   THEN e.prev_marital ELSE e.prev_spouse_marital END, '')" \
	"  FROM event e WHERE " MARITAL_EVENT_OF(ID) " AND e.event_date > " DAY \
	"  ORDER BY e.event_date, e.id LIMIT 1), " CUR ")"
#define MEMBER_HOUSEHOLD_AT(ID, CUR, DAY) \
	"coalesce((SELECT e.prev_household_id FROM event e WHERE e.member_id = " ID " AND e.kind = 'move_in'" \
	"  AND e.move_scope = 1 AND e.cancelled = 0 AND e.prev_household_id IS NOT NULL AND e.event_date > " DAY \
	"  ORDER BY e.event_date, e.id LIMIT 1), " CUR ")"

#endif
