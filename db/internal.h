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

/* Run a statement that returns no rows; 0 or db_fail(). */
int db_step_done(db *d, sqlite3_stmt *st, ds_err *err, const char *doing);

/* Append an audit row: action ("insert", "update", "cancel", ...), entity
 * ("member", "event", ...), its id, JSON before/after ("" if none) and an
 * optional reason. Must run inside the caller's transaction. */
int db_audit(db *d, const char *action, const char *entity, int64_t entity_id,
             const char *before, const char *after, const char *reason, ds_err *err);

#endif
