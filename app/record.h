/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * record.h (app): saving an event, the one use case every front end (the
 * interface, the demo generator, imports) calls.
 *
 *   rule_result r;
 *   switch (record_event(d, &ev, &child, confirmed, &r, &err)) {
 *   case RECORD_SAVED:              ev.id set; done
 *   case RECORD_REFUSED:            show r.items (errors; nothing saved)
 *   case RECORD_NEEDS_CONFIRMATION: show r.items (warnings), ask, call
 *                                   again with warnings_confirmed = 1
 *   case RECORD_FAILED:             show err (storage problem or a value the
 *                                   register refuses; err->field says which)
 *   }
 *
 * Steps: gather the facts (db_rule_facts), run rules_check, refuse an event
 * dated in a locked month (a finding "period.locked" is added if the rules
 * did not report it), then store the event and its effect on the register
 * in one transaction (db_event_add). Nothing is saved unless the result is
 * RECORD_SAVED. The acting user is db_user() of the handle.
 *
 * record_event and record_household_move_in join the caller's transaction
 * when one is open (a batch, as the demo generator records a month at a
 * time); after RECORD_FAILED the caller must then db_rollback().
 *
 * result may be NULL (then findings are not returned, only the status);
 * it is always filled (count 0 when no rule fired) otherwise.
 *
 * The reporting month: record_event takes it from the event's date, so an
 * event is never "outside" it. A front end working on a chosen month (the
 * interface's month picker, an import for one month) calls record_event_in
 * with that month instead; an event dated outside it is then refused with
 * the finding "event.outside_period".
 */
#ifndef DANSO_APP_RECORD_H
#define DANSO_APP_RECORD_H

#include "db/db.h"
#include "domain/model.h"
#include "domain/rules.h"

#include <stddef.h>

typedef enum record_status {
	RECORD_SAVED = 0,
	RECORD_REFUSED = 1,            /* rule errors in result */
	RECORD_NEEDS_CONFIRMATION = 2, /* only warnings, not confirmed */
	RECORD_FAILED = 3              /* err says why */
} record_status;

/* Save a new event. new_person: the child of a birth (full_name, relation
 * "3"/"5", optional ethnicity / person_id) or the person of a move_in (all
 * member fields); NULL for other kinds. For a move_in the rules see
 * new_person as the subject. */
record_status record_event(db *d, event *ev, member *new_person, int warnings_confirmed,
                           rule_result *result, ds_err *err);

/* record_event for a user working on month period ("YYYY-MM"; NULL or ""
 * means the event's own month, exactly record_event): the rules see period
 * as the reporting month, so an event dated outside it is RECORD_REFUSED
 * with "event.outside_period". */
record_status record_event_in(db *d, const char *period, event *ev, member *new_person, int warnings_confirmed,
                              rule_result *result, ds_err *err);

/* The findings record_event_in (ev->id 0) or record_update (ev->id set)
 * would give now, saving nothing: the rules, the month's lock, the area.
 * A front end runs it as a form opens and as the cursor leaves each field
 * to show the findings about that field where the eye is. 0 with result
 * filled, -1 on a storage error. */
int record_check_in(db *d, const char *period, const event *ev, const member *new_person, rule_result *result,
                    ds_err *err);

/* Correct a stored event (ev->id set; see db_event_update for what may
 * change). The rules run on the corrected event (the event itself is not
 * counted as a duplicate); both the old and the new month must be
 * unlocked. */
record_status record_update(db *d, event *ev, int warnings_confirmed,
                            rule_result *result, ds_err *err);

/* Cancel a stored event with a reason. RECORD_REFUSED (with err filled,
 * and a finding in result when result is not NULL) when its month is
 * locked, the reason is empty or the effect cannot be undone safely. */
record_status record_cancel(db *d, int64_t event_id, const char *reason,
                            rule_result *result, ds_err *err);

/* A whole household arriving: the household h and its people, one move_in
 * event each from *tmpl (date, place). Rules run for every person; any
 * error refuses all, warnings need confirmation once for all. One
 * transaction. */
record_status record_household_move_in(db *d, household *h, member *people, size_t n,
                                       const event *tmpl, int warnings_confirmed,
                                       rule_result *result, ds_err *err);

/* The message of the first finding, or err's, for a one-line status. */
const char *record_status_message(record_status st, const rule_result *result, const ds_err *err);

#endif
