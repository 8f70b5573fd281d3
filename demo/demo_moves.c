/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_moves.c (demo): moves and marriages in the demo: people and whole
 * households leaving or arriving, hand-overs between areas, marriages,
 * spouses moving in, divorces. */
#include "config.h"

#include "demo/demo_moves.h"
#include "demo/demo_data.h"
#include "demo/demo_household.h"
#include "demo/demo_people.h"
#include "demo/demo_record.h"
#include "app/record.h"
#include "domain/codes.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

/* A random place outside the commune. */
static const char *
some_place(demo *g)
{
	return demo_places.rows[demo_table_pick(&g->rng, &demo_places)].text;
}

/* One person leaves the commune (never the head, never the last one). */
int
demo_do_move_out(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;
	int rc;

	if (!demo_alive(g, a->who) || g->hh[p->hh].head == a->who || g->hh[p->hh].active < 2)
		return 0;
	demo_event_for(g, &ev, EV_MOVE_OUT, a->day, p->hh, a->who);
	str_copy(ev.place, sizeof ev.place, some_place(g));
	ev.move_scope = MOVE_ELSEWHERE;
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	g->sum->moves_out++;
	demo_person_leaves(g, a->who, P_LEFT);
	return 0;
}

/* A whole household leaves (aux 0) or is handed over to another area. */
int
demo_do_household_out(demo *g, const demo_action *a)
{
	dhousehold *h = &g->hh[a->who];
	event ev;
	int rc, to = -1;

	if (h->status != HH_ACTIVE || h->active == 0)
		return 0;
	demo_event_for(g, &ev, EV_MOVE_OUT, a->day, a->who, -1);
	ev.whole_household = 1;
	if (a->aux == 1 && g->nareas > 1) {
		to = (h->area + rng_range(&g->rng, 1, g->nareas - 1)) % g->nareas;
		ev.move_scope = MOVE_IN_COMMUNE;
		ev.to_area_id = g->areas[to].id;
		/* a handover is the officer's (app/access.h): recorded as the program */
		db_set_user(g->d, 0);
		snprintf(ev.place, sizeof ev.place, "Địa bàn %d", to + 1);
	} else {
		ev.move_scope = MOVE_ELSEWHERE;
		str_copy(ev.place, sizeof ev.place, some_place(g));
	}
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	if (to >= 0) {
		g->hh[a->who].area = to;
		g->hh[a->who].village = (uint16_t)rng_below(&g->rng, (uint32_t)g->areas[to].nvillages);
		return 0;
	}
	g->sum->moves_out++;
	for (int32_t i = g->hh[a->who].first; i >= 0; i = g->people[i].next)
		if (demo_alive(g, i))
			demo_person_leaves(g, i, P_LEFT);
	return 0;
}

/* Store a person arriving into household hi (already in the database). */
static int
move_in_person(demo *g, int32_t day, int32_t hi, dperson *p, int32_t *index)
{
	event ev;
	member m;
	int rc;

	p->hh = hi;
	demo_event_for(g, &ev, EV_MOVE_IN, day, hi, -1);
	str_copy(ev.place, sizeof ev.place, some_place(g));
	ev.move_scope = MOVE_ELSEWHERE;
	demo_member_fill(g, p, day, &m);
	if ((rc = demo_record(g, &ev, &m)) <= 0)
		return rc;
	p->id = m.id;
	*index = demo_person_push(g, p);
	g->sum->moves_in++;
	return 1;
}

/* A relative or a lodger joins a household. */
int
demo_do_move_in(demo *g, const demo_action *a)
{
	dperson p, tmp[8];
	int collective, n = demo_compose(g, a->day, tmp, &collective);
	int32_t index;

	if (g->hh[a->who].status != HH_ACTIVE)
		return 0;
	/* someone of working age from a composed household elsewhere */
	p = tmp[n - 1];
	for (int k = 0; k < n; k++)
		if (age_on(tmp[k].birth_day, a->day) >= 18 && age_on(tmp[k].birth_day, a->day) <= 45)
			p = tmp[k];
	p.relation = rng_chance(&g->rng, 0.6) ? 8 : 9;
	p.spouse = -1;
	p.live_births = 0;
	if (p.marital == 2)
		p.marital = 1;
	return move_in_person(g, a->day, a->who, &p, &index) < 0 ? -1 : 0;
}

/* A whole household arrives from outside the commune. */
int
demo_do_household_in(demo *g, const demo_action *a)
{
	dperson people[8];
	member members[8];
	household h;
	event tmpl;
	rule_result res;
	int collective, n = demo_compose(g, a->day, people, &collective), to_area = a->aux;
	dhousehold dh = {0};
	record_status st;
	int32_t hi, base;

	household_init(&h);
	demo_uid(g, h.uid);
	snprintf(h.number, sizeof h.number, "%d", g->next_number);
	h.area_id = g->areas[to_area].id;
	dh.village = (uint16_t)rng_below(&g->rng, (uint32_t)g->areas[to_area].nvillages);
	str_copy(h.village, sizeof h.village, g->villages[g->areas[to_area].first_village + dh.village]);
	snprintf(h.address, sizeof h.address, "Số %d, %s", rng_range(&g->rng, 1, 180), h.village);
	str_copy(h.kind, sizeof h.kind, collective ? "2" : HOUSEHOLD_FAMILY);
	day_to_iso(a->day, h.created_on);
	for (int k = 0; k < n; k++)
		demo_member_fill(g, &people[k], a->day, &members[k]);
	event_init(&tmpl, EV_MOVE_IN);
	day_to_iso(a->day, tmpl.date);
	str_copy(tmpl.place, sizeof tmpl.place, some_place(g));
	demo_uid(g, tmpl.uid);
	db_set_user(g->d, g->areas[to_area].user_id);
	st = record_household_move_in(g->d, &h, members, (size_t)n, &tmpl, 1, &res, g->err);
	if (st == RECORD_FAILED)
		return -1;
	if (st != RECORD_SAVED) {
		if (g->sum->refused++ == 0)
			snprintf(g->sum->first_refusal, sizeof g->sum->first_refusal, "move_in %s: %s", tmpl.date,
			         record_status_message(st, &res, g->err));
		return 0;
	}
	g->sum->events += n;
	g->sum->moves_in++;
	dh.id = h.id;
	dh.area = to_area;
	dh.number = g->next_number++;
	dh.collective = (uint8_t)collective;
	hi = demo_household_push(g, &dh);
	base = g->npeople;
	for (int k = 0; k < n; k++) {
		people[k].hh = hi;
		people[k].id = members[k].id;
		if (people[k].spouse >= 0)
			people[k].spouse += base;
		demo_person_push(g, &people[k]);
	}
	g->hh[hi].head = base;
	g->active_households++;
	return 0;
}

/* A marriage with someone from outside the register. */
int
demo_do_marriage(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	demo_name spouse = demo_name_unpack(a->aux);
	event ev;
	int rc;

	if (!demo_alive(g, a->who) || p->marital != 1)
		return 0;
	demo_event_for(g, &ev, EV_MARRIAGE, a->day, p->hh, a->who);
	demo_name_text(&spouse, ev.spouse_name, sizeof ev.spouse_name);
	ev.premarital_check = rng_chance(&g->rng, 0.8);
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	p = &g->people[a->who];
	p->marital = 2;
	g->sum->marriages++;
	/* a bride usually joins her husband's family */
	if (p->sex == SEX_MALE || rng_chance(&g->rng, 0.25))
		demo_schedule(g, a->day + rng_range(&g->rng, 3, 30), A_SPOUSE_IN, a->who, a->aux);
	else
		demo_schedule(g, a->day + rng_range(&g->rng, 3, 30), A_MOVE_OUT, a->who, 0);
	return 0;
}

/* The new spouse moves into the household. */
int
demo_do_spouse_in(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who], s;
	int age = age_on(p->birth_day, a->day), rc;
	int32_t index;

	if (!demo_alive(g, a->who) || p->marital != 2 || p->spouse >= 0)
		return 0;
	memset(&s, 0, sizeof s);
	s.sex = p->sex == SEX_MALE ? SEX_FEMALE : SEX_MALE;
	s.name = demo_name_unpack(a->aux);
	age += s.sex == SEX_FEMALE ? -rng_range(&g->rng, 0, 4) : rng_range(&g->rng, 0, 4);
	if (age < 20)
		age = 20;
	s.birth_day = a->day - age * 365 - age / 4 - rng_range(&g->rng, 1, 360);
	s.relation = p->relation == 1 ? 2 : (p->relation == 3 ? 4 : 8);
	s.marital = 2;
	s.residence = 1;
	s.ethnicity = p->ethnicity;
	s.education = (uint8_t)demo_education(g, age);
	s.has_person_id = rng_chance(&g->rng, 0.8);
	s.spouse = a->who;
	s.busy_month = g->month;
	s.checked_year = -1;
	if ((rc = move_in_person(g, a->day, p->hh, &s, &index)) <= 0)
		return rc;
	g->people[a->who].spouse = index;
	return 0;
}

/* A divorce of a couple living together; one of them often leaves. */
int
demo_do_divorce(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	int32_t s = p->spouse, leaver;
	event ev;
	int rc;

	if (!demo_alive(g, a->who) || !demo_alive(g, s) || p->marital != 2 || g->people[s].marital != 2)
		return 0;
	demo_event_for(g, &ev, EV_DIVORCE, a->day, p->hh, a->who);
	ev.related_member_id = g->people[s].id;
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	g->sum->divorces++;
	g->people[a->who].marital = 4;
	g->people[s].marital = 4;
	g->people[a->who].spouse = -1;
	g->people[s].spouse = -1;
	leaver = g->hh[g->people[s].hh].head == s ? a->who : s;
	if (rng_chance(&g->rng, 0.7))
		demo_schedule(g, a->day + rng_range(&g->rng, 3, 30), A_MOVE_OUT, leaver, 0);
	return 0;
}
