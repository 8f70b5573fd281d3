/*
 * namefind.h (app): the name search from memory. The first search of a
 * session reads every member's name keys once (db_member_keys) into a
 * compact sorted array of the names' word starts; each key typed after
 * that is a binary search in it, and only the rows shown are read from
 * the database. The answer is db_member_search's, row for row
 * (tests/unit/test_namefind.c compares them).
 *
 * Kept in step: the member use cases (app/household.c) tell it about each
 * member they add or change; any other change to the register (an event, a
 * restore, another connection's commit) moves db_generation() without it
 * being told, and the next search reads the keys again.
 */
#ifndef DANSO_APP_NAMEFIND_H
#define DANSO_APP_NAMEFIND_H

#include "db/register.h"

/* As db_member_search (same arguments, rows, order and limit). */
int namefind_search(db *d, const char *query, int64_t area_id, int include_inactive, int limit,
                    member_row **out, size_t *n, ds_err *err);

/* After member_id was added or changed through d: before is
 * db_generation(d) taken before the write. The kept keys follow the
 * change when nothing else moved since they were read; otherwise they are
 * read again at the next search. */
void namefind_noted(db *d, int64_t before, int64_t member_id);

/* How many times this process read every member's keys (for the tests). */
int namefind_loads(void);

/* Forget the kept keys (the register is closed); the next search reads
 * them again. */
void namefind_drop(void);

#endif
