/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * household.h (app): the register's households and their members, created
 * and edited by the interface, the register import and the demo generator
 * through here and nowhere else.
 *
 *   household h; household_init(&h); ...fill h...
 *   if (household_create(d, &h, &err) != 0) show err (err.field: the field)
 *
 * Every function checks, before it writes, who may make the change
 * (app/access.h: the acting user's role and area, the locked months), then
 * the register's own checks run (db/register.h: number, codes, dates,
 * person id). 0 saved; -1 nothing saved, err says why and where. Each
 * joins the caller's transaction when one is open (a batch such as the
 * register import; the caller then rolls back after a failure), otherwise
 * it is one transaction.
 *
 * The area of a stored household does not change here: handing a
 * household over to another area is a whole-household move inside the
 * commune (a move_out event, app/record.h), which only the officer
 * records. docs/decisions.md, "Who may change what", gives the reasons.
 */
#ifndef DANSO_APP_HOUSEHOLD_H
#define DANSO_APP_HOUSEHOLD_H

#include "db/db.h"
#include "domain/error.h"
#include "domain/model.h"

/* A new household in h->area_id (the acting user's area, unless the
 * officer), created_on outside the locked months. Sets h->id and h->uid. */
int household_create(db *d, household *h, ds_err *err);

/* Change a stored household (h->id): number, village, address, kind, head
 * (an active member or 0) and created_on. h->area_id must be the stored
 * area (refused otherwise, pointing at the move event); a created_on in a
 * locked month, old or new, is refused. */
int household_edit(db *d, const household *h, ds_err *err);

/* A new member of m->household_id (a household the acting user may
 * change), entered_on outside the locked months. The member becomes the
 * head when domain/family.h says so (the household's first head). Sets
 * m->id, m->uid and the NFC name. */
int member_create(db *d, member *m, ds_err *err);

/* Change a stored member's details (m->id; household and status stay as
 * stored: they change through events). An entered_on in a locked month,
 * old or new, is refused. */
int member_edit(db *d, const member *m, ds_err *err);

/* A woman's contraception at the end of month period ("YYYY-MM") written
 * straight into the book, as a register kept before danso says it (the
 * demo's starting register): method "" with a non-use reason code (may be
 * ""). Her household's area, and the month not locked. */
int member_contraception_set(db *d, int64_t member_id, const char *period, const char *method,
                             const char *nonuse_reason, ds_err *err);

#endif
