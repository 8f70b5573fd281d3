/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * dhis2.h (db): the DHIS2 data value sets danso has sent, per period and
 * org unit, numbered 1, 2, 3 ... (table dhis2_set, docs/database.md), with
 * the values that carried data. The next set of the same period writes a
 * zero for every element an earlier set sent and it does not: every
 * earlier one, since a file may reach DHIS2 and a push not, or the other
 * way round. Same
 * conventions as db/register.h (0 / -1 with err; writes join an open
 * transaction).
 */
#ifndef DANSO_DB_DHIS2_H
#define DANSO_DB_DHIS2_H

#include "db/db.h"
#include "domain/model.h"

#include <stddef.h>

typedef struct dhis2_sent_value {
	char dataelement[64];
	char categoryoptioncombo[64];
	char value[32];
} dhis2_sent_value;

/* What was sent for period (canonical form, "2025-01", "2025-Q1",
 * "2025") and orgunit: *seq the number of the last set (0 when none) and
 * every element and combination any of its sets carried, once, in the
 * order first sent, in a new array *values (free it; NULL when none). */
int db_dhis2_last(db *d, const char *period, const char *orgunit, int *seq, dhis2_sent_value **values, size_t *n,
                  ds_err *err);

/* Record set number seq (the last + 1) of period and orgunit, how
 * "export" or "push", with its n values. */
int db_dhis2_record(db *d, const char *period, const char *orgunit, int seq, const char *how,
                    const dhis2_sent_value *values, size_t n, ds_err *err);

#endif
