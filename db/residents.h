/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * residents.h (db): what a comparison with the residents extract reads and
 * keeps (docs/residents.md "What is kept").
 *
 * Read: the register's active people with their household and area.
 * Kept: the officer's decisions (table residents_decision): a dismissal
 * with its reason, or a confirmed pair; only keys (the member's uid, the
 * extract key: a citizen id or a digest), a field name and a digest of the
 * two values, never the extract's rows. Each comparison leaves an audit
 * row with its counts and the file's SHA-256.
 */
#ifndef DANSO_DB_RESIDENTS_H
#define DANSO_DB_RESIDENTS_H

#include "db/db.h"
#include "domain/error.h"
#include "domain/residents.h"

#include <stddef.h>

/* The active members of active households, by area and household number.
 * Caller frees *out. 0 or -1 with err. */
int db_residents_people(db *d, res_member **out, size_t *n, ds_err *err);

/* Every kept decision. Caller frees *out. 0 or -1 with err. */
int db_residents_decisions(db *d, res_decision **out, size_t *n, ds_err *err);

/* Keep a decision (replacing one on the same finding), with the acting
 * user, the time and the reason; audited. 0 or -1 with err. */
int db_residents_decide(db *d, const res_decision *dec, const char *reason, ds_err *err);

/* The audit row of one comparison: after is a JSON object of its counts. */
int db_residents_audit(db *d, const char *after, ds_err *err);

#endif
