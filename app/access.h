/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * access.h (app): who may change what. Every use case that changes the
 * register asks here before it writes, so a rule is decided once for the
 * interface, the command line, the demo generator and the imports alike.
 *
 * The acting user is db_user() of the handle. User 0 is the program itself
 * (init, the demo generator's baseline, a test): it may do everything. The
 * rules (docs/domain.md, section 1; the choices in docs/decisions.md, "Who may
 * change what"):
 *   - the officer changes anything in any area;
 *   - a collaborator changes households, members and events of her own
 *     area only: she can neither create a household in another area nor
 *     move one out of hers (handing a household over to another area is a
 *     move event only the officer records);
 *   - commune-wide changes (areas, users, targets, code lists, settings,
 *     exporting, unlocking an exported month) are the officer's;
 *   - nothing dated in an exported (locked) month is added or changed.
 *
 * Each check returns 0 when allowed, 1 when refused (err says why in the
 * user's language, err->field names the form field when there is one) and
 * -1 on a storage error (err says which).
 */
#ifndef DANSO_APP_ACCESS_H
#define DANSO_APP_ACCESS_H

#include "db/db.h"
#include "db/users.h"
#include "domain/error.h"

#include <stdint.h>

/* The acting user into u (a zeroed officer-like "system" account with id 0
 * when db_user() is 0). 0, or -1 with err (the account is gone). */
int access_actor(db *d, user_account *u, ds_err *err);

/* 1 if the acting user has the officer's powers (the officer or the
 * system), 0 if not, -1 on a storage error. */
int access_is_officer(db *d, ds_err *err);

/* 1 if d is an upper level's database (no commune code and no account: it
 * holds imported packages and targets, no register, docs/upper-level.md).
 * Its targets are changed without a login, as its imports are. */
int access_upper_level(db *d);

/* A commune-wide change: the officer only. */
int access_officer(db *d, ds_err *err);

/* A change to household household_number (or its members and events) in
 * area area_id: the officer, or the collaborator of that area. field names
 * the form field to point at ("area" for a household being created). */
int access_area(db *d, int64_t area_id, const char *household_number, const char *field, ds_err *err);

/* Setting the PIN of account user_id: that user, or the officer. */
int access_pin_change(db *d, int64_t user_id, ds_err *err);

/* Handing a whole household over from one area to another: the officer. */
int access_handover(db *d, ds_err *err);

/* Something dated date ("YYYY-MM-DD"; the month is its first 7
 * characters) may be added or changed only while that month is not
 * locked. field names the form field of the date. */
int access_month_open(db *d, const char *date, const char *field, ds_err *err);

#endif
