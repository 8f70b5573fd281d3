/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * namefind.h (app): the name search from memory. The first search of a
 * session reads every member's name keys and what a result line shows of
 * them (db_member_keys) into a compact array of the names' word starts,
 * sorted; each key typed after that is two binary searches in it and a
 * copy of the people found, without a query. The answer is
 * db_member_search's, person for person and in its order
 * (tests/unit/test_namefind.c compares them).
 *
 * Kept in step: the use cases of app/household.c tell it about each member
 * they add or change and each household they change; any other change to
 * the register (an event, a restore, another connection's commit) moves
 * db_generation() without it being told, and the next search reads the
 * keys again.
 */
#ifndef DANSO_APP_NAMEFIND_H
#define DANSO_APP_NAMEFIND_H

#include "db/register.h"

/* A person found by name: what the register screen shows and opens. */
typedef struct name_hit {
	int64_t id, household_id, area_id;
	sex sex;
	member_status status;
	char full_name[NAME_LEN];
	char birth_date[DATE_LEN];
	char household_number[HH_NUMBER_LEN];
} name_hit;

/* The people db_member_search(d, query, area_id, include_inactive, limit)
 * finds, in its order; the caller frees *out. 0, or -1 with err. */
int namefind_search(db *d, const char *query, int64_t area_id, int include_inactive, int limit,
                    name_hit **out, size_t *n, ds_err *err);

/* After member_id was added or changed through d (or, with member_id 0,
 * household_id's members, when the household changed): before is
 * db_generation(d) taken before the write. The kept keys follow the change
 * when nothing else moved since they were read; otherwise they are read
 * again at the next search. */
void namefind_noted(db *d, int64_t before, int64_t member_id, int64_t household_id);

/* How many times this process read every member's keys (for the tests). */
int namefind_loads(void);

/* Forget the kept keys (the register is closed); the next search reads
 * them again. */
void namefind_drop(void);

#endif
