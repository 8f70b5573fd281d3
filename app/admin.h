/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * admin.h (app): the commune-wide changes, which are the officer's
 * (app/access.h): the areas, the accounts, the yearly targets and
 * reopening an exported month. The command line calls these after logging
 * in; each checks the acting user first and refuses a collaborator with a
 * sentence in the user's language.
 *
 * 0 done; -1 nothing changed, err says why. Each is one transaction.
 */
#ifndef DANSO_APP_ADMIN_H
#define DANSO_APP_ADMIN_H

#include "db/codes.h"
#include "db/db.h"
#include "db/targets.h"
#include "db/users.h"
#include "domain/error.h"

#include <stddef.h>

struct area;

/* Add an area (a->number unused, a->name in NFC); sets a->id. */
int admin_area_add(db *d, struct area *a, ds_err *err);

/* Add an account without a PIN (u->login free; a collaborator's
 * u->area_id an existing area, the officer's 0); sets u->id. */
int admin_user_add(db *d, user_account *u, ds_err *err);

/* Replace the targets of every (unit, year) that rows name (see
 * db_targets_replace). On an upper level's database no login is needed. */
int admin_targets_replace(db *d, const target_row *rows, size_t n, ds_err *err);

/* Set (unit non-NULL: a name or a commune code, stored in NFC) or clear
 * (NULL) the unit whose targets the commune, or the upper level's total,
 * is compared with (the setting "target_unit", audited). */
int admin_target_unit_set(db *d, const char *unit, ds_err *err);

/* One code list replaced whole (a province's own codes). */
typedef struct code_list_change {
	const char *list;              /* "relation", "ethnicity", ... */
	const code_entry *entries;
	size_t n;
} code_list_change;

/* Replace the lists all together or not at all (audited). The caller has
 * checked that each keeps the codes the rules rely on (codes_required). */
int admin_codes_replace(db *d, const code_list_change *lists, size_t n, ds_err *err);

/* The backup settings: keep (copies kept, as text) and second (a second
 * folder, such as a USB stick); NULL leaves a setting as it is. Audited. */
int admin_backup_settings(db *d, const char *keep, const char *second, ds_err *err);

/* Reopen the exported month period ("YYYY-MM") with a reason (required,
 * kept in the audit log); the next export of it is the next revision. */
int admin_period_unlock(db *d, const char *period, const char *reason, ds_err *err);

#endif
