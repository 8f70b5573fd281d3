/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_record.c (demo): the demo's schedule of actions and the recording
 * primitives: an event prepared for a household and saved through
 * record_event() (app/record.h), warnings confirmed. */
#include "config.h"

#include "demo/demo_record.h"
#include "demo/demo_people.h"
#include "app/record.h"
#include "domain/util.h"

#include <stdio.h>

/* ---- the schedule: a binary heap by (day, seq) ---- */

/* 1 if action a runs before b. */
static int
action_before(const demo_action *a, const demo_action *b)
{
	return a->day < b->day || (a->day == b->day && a->seq < b->seq);
}

void
demo_schedule(demo *g, int32_t day, int kind, int32_t who, int32_t aux)
{
	size_t i;

	if (day < g->start_day || day > g->end_day)
		return;
	if (g->nheap == g->cap_heap) {
		g->cap_heap = g->cap_heap ? g->cap_heap * 2 : 1024;
		g->heap = xrealloc(g->heap, g->cap_heap * sizeof *g->heap);
	}
	i = g->nheap++;
	g->heap[i] = (demo_action){day, g->seq++, (uint8_t)kind, who, aux};
	while (i > 0 && action_before(&g->heap[i], &g->heap[(i - 1) / 2])) {
		demo_action t = g->heap[i];

		g->heap[i] = g->heap[(i - 1) / 2];
		g->heap[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

/* Remove the first action into *out; 0 when the schedule is empty. */
int
demo_schedule_pop(demo *g, demo_action *out)
{
	size_t i = 0;

	if (g->nheap == 0)
		return 0;
	*out = g->heap[0];
	g->heap[0] = g->heap[--g->nheap];
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		demo_action t;

		if (l < g->nheap && action_before(&g->heap[l], &g->heap[m]))
			m = l;
		if (r < g->nheap && action_before(&g->heap[r], &g->heap[m]))
			m = r;
		if (m == i)
			break;
		t = g->heap[i];
		g->heap[i] = g->heap[m];
		g->heap[m] = t;
		i = m;
	}
	return 1;
}

/* ---- recording ---- */

/* Prepare an event of kind about person who (or -1) in household hi. */
void
demo_event_for(demo *g, event *ev, event_kind kind, int32_t day, int32_t hi, int32_t who)
{
	event_init(ev, kind);
	demo_uid(g, ev->uid);
	day_to_iso(day, ev->date);
	ev->household_id = g->hh[hi].id;
	ev->member_id = who >= 0 ? g->people[who].id : 0;
	db_set_user(g->d, g->areas[g->hh[hi].area].user_id);
}

/* Record through the interface's use case, warnings confirmed. 1 saved,
 * 0 refused by a rule (counted, skipped), -1 storage failure. */
int
demo_record(demo *g, event *ev, member *new_person)
{
	rule_result res;
	record_status st = record_event(g->d, ev, new_person, 1, &res, g->err);

	if (st == RECORD_SAVED) {
		g->sum->events++;
		return 1;
	}
	if (st == RECORD_FAILED)
		return -1;
	if (g->sum->refused++ == 0)
		snprintf(g->sum->first_refusal, sizeof g->sum->first_refusal, "%s %s: %s",
		         event_kind_name(ev->kind), ev->date, record_status_message(st, &res, g->err));
	return 0;
}
