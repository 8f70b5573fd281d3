/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * store.h: helpers shared by the modules of db/ that read and write the
 * register (private to db/, like internal.h).
 */
#ifndef DANSO_DB_STORE_H
#define DANSO_DB_STORE_H

#include "db/internal.h"
#include "domain/model.h"

/* SQL giving a JSON snapshot of a member / household row (?1 = id). */
extern const char store_member_json_sql[];
extern const char store_household_json_sql[];

/* The single text value of sql run with ?1 = id, as a new string ("" when
 * no row); for JSON snapshots of a row before / after a change. */
char *store_json(db *d, const char *sql, int64_t id);

/* Audit a change with JSON snapshots taken by store_json; frees both. */
int store_audit(db *d, const char *action, const char *entity, int64_t id,
                char *before, char *after, const char *reason, ds_err *err);

/* Run the bound UPDATE st of row id of entity ("member", "household")
 * with an audit row holding the row before and after, both taken by
 * store_json(json_sql). 0 or -1 (see store_step). */
int store_update(db *d, sqlite3_stmt *st, const char *json_sql, const char *entity, int64_t id,
                 ds_err *err, const char *doing);

/* Put field on err and set the message "field: msg"; returns -1. */
int store_refuse(ds_err *err, const char *field, const char *msg);

/* Step a write statement; a constraint failure gets a plain sentence
 * (duplicate event, duplicate number / person id, a missing record),
 * anything else db_fail(). Resets the statement. 0 or -1. */
int store_step(db *d, sqlite3_stmt *st, ds_err *err, const char *doing);

/* Fills one item (a struct of the caller's type) from the current row. */
typedef void (*store_fill_fn)(sqlite3_stmt *st, void *item);

/* Step a bound query expected to give at most one row and fill item from
 * it: 0 found, 1 no row, -1 db_fail(doing). Resets the statement. */
int store_one(db *d, sqlite3_stmt *st, store_fill_fn fill, void *item, ds_err *err, const char *doing);

/* Step a bound query to its end, one item of item_size bytes per row,
 * filled by fill, into a new array *items (the caller frees it; NULL when
 * there is no row) of *n items. On a database error nothing is returned
 * (*items NULL, *n 0) and the result is db_fail(doing). Resets the
 * statement. */
int store_rows(db *d, sqlite3_stmt *st, store_fill_fn fill, size_t item_size, void **items, size_t *n,
               ds_err *err, const char *doing);

/* 0 if period is a month "YYYY-MM" (01-12); else -1 with a message on
 * err naming the field "period". */
int store_check_month(const char *period, ds_err *err);

/* Run sql with ?1 = id and return the integer of the first column (dflt
 * when no row). */
int64_t store_int(db *d, const char *sql, int64_t id, int64_t dflt);

/* What an event changed in the register, kept in its row (columns prev_*
 * and closed_household) so a cancel or a correction can undo it. */
typedef struct effect_undo {
	char prev_marital[CODE_LEN];
	char prev_spouse_marital[CODE_LEN];
	int64_t prev_area_id;
	int closed_household;
	int history_added;          /* birth: added to the mother's children_born
	                               and children_living (1, more when a higher
	                               order was confirmed); death: 1 when it took
	                               one from history_member_id's children_living */
	int64_t history_member_id;  /* death: the mother whose history changed */
	int64_t prev_household_id;  /* transfer inside the commune: where from */
	int prev_head;              /* transfer: the person headed that household */
} effect_undo;

/* effects.c: apply a new event's effect on the register (inside the
 * caller's transaction); fills u and, for birth / move_in, creates the
 * member and sets ev->related_member_id / ev->member_id. The event row is
 * not written yet, except for fp events which need it: see events.c. */
int effects_apply(db *d, event *ev, member *new_person, effect_undo *u, ds_err *err);

/* Undo the effect of ev (already marked cancelled) or refuse. */
int effects_cancel(db *d, const event *ev, const effect_undo *u, ds_err *err);

/* Re-apply a corrected event nw over its stored version old (not yet
 * rewritten); u is updated in place. */
int effects_correct(db *d, const event *old, event *nw, effect_undo *u, ds_err *err);

/* Rewrite the fp_status row of (member, month) from the month's latest
 * active fp event; deletes the row when none is left. */
int effects_fp_rebuild(db *d, int64_t member_id, const char *period, ds_err *err);

/* Change a member's status / left_on, or marital, with an audit row. */
int effects_member_status(db *d, int64_t id, member_status status, const char *left_on, ds_err *err);
int effects_member_marital(db *d, int64_t id, const char *marital, ds_err *err);

#endif
