/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_record.h (demo): the demo's schedule (actions by day, a binary heap
 * in struct demo) and its recording primitives, the only way the event
 * makers (demo_life.c, demo_moves.c) save an event: through record_event()
 * of app/record.h, warnings confirmed. Uses demo_people.h.
 */
#ifndef DANSO_DEMO_RECORD_H
#define DANSO_DEMO_RECORD_H

#include "demo/demo_model.h"

/* What a scheduled action does (demo_action.kind). */
enum demo_action_kind {
	A_PREG_DETECT, A_PRENATAL, A_PREG_LOSS, A_BIRTH, A_NEWBORN, A_FP_START, A_FP_SWITCH,
	A_FP_STOP, A_ELDERLY, A_DEATH, A_WIDOWED, A_MOVE_OUT, A_HH_OUT, A_MOVE_IN, A_HH_IN,
	A_MARRIAGE, A_SPOUSE_IN, A_DIVORCE, A_DETAIL
};

/* Schedule an action of kind on day (dropped outside the months of
 * events); actions of a day run in the order they were scheduled. */
void demo_schedule(demo *g, int32_t day, int kind, int32_t who, int32_t aux);
/* Remove the first action into *out; 0 when the schedule is empty. */
int demo_schedule_pop(demo *g, demo_action *out);

/* Prepare an event of kind about person who (-1: none) in household hi,
 * recorded by the area's collaborator. */
void demo_event_for(demo *g, event *ev, event_kind kind, int32_t day, int32_t hi, int32_t who);
/* Record through record_event(), warnings confirmed: 1 saved, 0 refused by
 * a rule (counted in the summary, skipped), -1 storage failure. */
int demo_record(demo *g, event *ev, member *new_person);

#endif
