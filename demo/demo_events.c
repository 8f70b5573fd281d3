/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_events.c (demo): the months of events of the demo. Each month the
 * generator draws what happens to whom (conceptions, deaths, moves,
 * marriages, contraception ...) and schedules it on a day; follow-ups
 * (pregnancy noticed, screening, birth, newborn screening) are scheduled
 * ahead. Actions run in date order, each through record_event(), one
 * transaction per month. Rates are in docs/demo.md. */
#include "config.h"

#include "demo/demo_events.h"
#include "demo/demo_data.h"
#include "demo/demo_life.h"
#include "demo/demo_moves.h"
#include "demo/demo_people.h"
#include "demo/demo_record.h"
#include "domain/date.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

/* ---- running the actions ---- */

/* Run one action; 0 ok (done or no longer applicable), -1 failure. */
static int
run_action(demo *g, const demo_action *a)
{
	switch (a->kind) {
	case A_PREG_DETECT: return demo_do_pregnancy(g, a);
	case A_PRENATAL: return demo_do_prenatal(g, a);
	case A_PREG_LOSS: return demo_do_pregnancy_loss(g, a);
	case A_BIRTH: return demo_do_birth(g, a);
	case A_NEWBORN: return demo_do_newborn(g, a);
	case A_FP_START:
	case A_FP_SWITCH: return demo_do_fp_start(g, a);
	case A_FP_STOP: return demo_do_fp_stop(g, a);
	case A_ELDERLY: return demo_do_elderly(g, a);
	case A_DEATH: return demo_do_death(g, a);
	case A_WIDOWED: return demo_do_widowed(g, a);
	case A_MOVE_OUT: return demo_do_move_out(g, a);
	case A_HH_OUT: return demo_do_household_out(g, a);
	case A_MOVE_IN: return demo_do_move_in(g, a);
	case A_HH_IN: return demo_do_household_in(g, a);
	case A_MARRIAGE: return demo_do_marriage(g, a);
	case A_SPOUSE_IN: return demo_do_spouse_in(g, a);
	case A_DIVORCE: return demo_do_divorce(g, a);
	case A_DETAIL: return demo_do_detail(g, a);
	default: fatal("demo: unknown action %d", a->kind);
	}
}

/* ---- drawing a month ---- */

/* Sums over the population that turn yearly rates into chances. */
typedef struct month_weights {
	double fertility, mortality;
	int movers, singles, couples, nonusers, users;
} month_weights;

/* 1 if woman p could conceive this month. */
static int
may_conceive(demo *g, const dperson *p, int age)
{
	return p->sex == SEX_FEMALE && p->marital == 2 && p->spouse >= 0 && !p->pregnant && age >= 18 &&
	       age <= 44 && p->method != 2 && p->method != 3 &&
	       (!p->has_births_day || p->last_birth_day < g->month_first - 120);
}

/* 1 if person i may move out alone (young, single, not the head). */
static int
may_move_out(demo *g, int32_t i, int age)
{
	const dperson *p = &g->people[i];

	return age >= 18 && age <= 35 && p->marital == 1 && g->hh[p->hh].head != i && g->hh[p->hh].active >= 2 &&
	       !p->pregnant;
}

/* Add up the weights of the month. */
static void
month_weigh(demo *g, month_weights *w)
{
	memset(w, 0, sizeof *w);
	for (int32_t i = 0; i < g->npeople; i++) {
		const dperson *p = &g->people[i];
		int age;

		if (p->status != P_ACTIVE)
			continue;
		age = age_on(p->birth_day, g->month_first);
		w->mortality += demo_death_weight(age);
		if (may_conceive(g, p, age))
			w->fertility += demo_fertility_weight(age, p->live_births) * (p->method ? 0.1 : 1);
		w->movers += may_move_out(g, i, age);
		w->singles += p->marital == 1 && age >= 20 && age <= 34;
		w->couples += p->sex == SEX_MALE && p->marital == 2 && demo_alive(g, p->spouse) && age < 60;
	}
}

/* A random day of the month. */
static int32_t
month_day(demo *g)
{
	return rng_range(&g->rng, g->month_first, g->month_last);
}

/* A contraception event of the month for woman i, if any: starts of
 * non-users, switches and stops of users. 1 if one was scheduled. */
static int
draw_contraception(demo *g, int32_t i, int age)
{
	dperson *p = &g->people[i];
	int recent = p->has_births_day && p->last_birth_day > g->month_first - 150;
	int sterilised = p->method == 2 || p->method == 3;

	if (!demo_fp_eligible(g, i, g->month_first) || age > 47)
		return 0;
	if (p->method == 0 && !recent && rng_chance(&g->rng, 0.025)) {
		demo_schedule(g, month_day(g), A_FP_START, i, 0);
		return 1;
	}
	if (p->method != 0 && !sterilised && rng_chance(&g->rng, 0.012)) {
		demo_schedule(g, month_day(g), rng_chance(&g->rng, 0.4) ? A_FP_SWITCH : A_FP_STOP, i,
		              rng_chance(&g->rng, 0.7) ? 2 : 6);
		return 1;
	}
	if (p->method != 0 && age >= 46 && rng_chance(&g->rng, 0.02)) {
		demo_schedule(g, month_day(g), A_FP_STOP, i, 4);
		return 1;
	}
	return 0;
}

/* Draw the month's own event (at most one) for person i. */
static void
draw_person(demo *g, int32_t i, const month_weights *w)
{
	dperson *p = &g->people[i];
	double pop = g->population;
	int age = age_on(p->birth_day, g->month_first);

	if (p->status != P_ACTIVE || p->busy_month == g->month)
		return;
	p->busy_month = g->month;
	if (w->mortality > 0 && rng_chance(&g->rng, pop * 0.006 / 12 * demo_death_weight(age) / w->mortality)) {
		demo_schedule(g, month_day(g), A_DEATH, i, 0);
		return;
	}
	if (may_conceive(g, p, age) && w->fertility > 0 &&
	    rng_chance(&g->rng, pop * 0.0155 / 12 / 0.88 * demo_fertility_weight(age, p->live_births) *
	                            (p->method ? 0.1 : 1) / w->fertility)) {
		int32_t day = rng_range(&g->rng, g->month_first + 1, g->month_last);

		if (p->method)
			demo_schedule(g, rng_range(&g->rng, g->month_first, day - 1), A_FP_STOP, i, 1);
		demo_pregnancy_start(g, i, day);
		return;
	}
	if (p->marital == 1 && age >= 20 && age <= 34 && w->singles > 0 &&
	    rng_chance(&g->rng, pop * 0.008 / 12 / w->singles)) {
		demo_name n = demo_name_random(g, p->sex == SEX_MALE ? SEX_FEMALE : SEX_MALE, -1);

		demo_schedule(g, month_day(g), A_MARRIAGE, i, demo_name_pack(n));
		return;
	}
	if (p->sex == SEX_MALE && p->marital == 2 && demo_alive(g, p->spouse) && age < 60 && w->couples > 0 &&
	    rng_chance(&g->rng, pop * 0.0012 / 12 / w->couples)) {
		demo_schedule(g, month_day(g), A_DIVORCE, i, 0);
		return;
	}
	if (may_move_out(g, i, age) && rng_chance(&g->rng, pop * 0.010 / 12 / w->movers)) {
		demo_schedule(g, month_day(g), A_MOVE_OUT, i, 0);
		return;
	}
	if (draw_contraception(g, i, age))
		return;
	/* a detail change is drawn for 4 % of people a year (applied when it fits) */
	if (rng_chance(&g->rng, 0.04 / 12))
		demo_schedule(g, month_day(g), A_DETAIL, i, (int32_t)rng_below(&g->rng, 3));
}

/* Households leaving, handed over or arriving this month. */
static void
draw_households(demo *g)
{
	double arrivals = g->active_households * 0.006 / 12, joins = g->population * 0.005 / 12;

	for (int32_t h = 0; h < g->nhh; h++) {
		if (g->hh[h].status != HH_ACTIVE)
			continue;
		if (rng_chance(&g->rng, 0.004 / 12))
			demo_schedule(g, month_day(g), A_HH_OUT, h, 0);
		else if (g->nareas > 1 && rng_chance(&g->rng, 0.003 / 12))
			demo_schedule(g, month_day(g), A_HH_OUT, h, 1);
	}
	for (int k = (int)arrivals + rng_chance(&g->rng, arrivals - (int)arrivals); k > 0; k--)
		demo_schedule(g, month_day(g), A_HH_IN, 0, (int32_t)rng_below(&g->rng, (uint32_t)g->nareas));
	for (int k = (int)joins + rng_chance(&g->rng, joins - (int)joins); k > 0 && g->nhh > 0; k--) {
		int32_t h = (int32_t)rng_below(&g->rng, (uint32_t)g->nhh);

		if (g->hh[h].status == HH_ACTIVE)
			demo_schedule(g, month_day(g), A_MOVE_IN, h, 0);
	}
}

/* Elderly check-ups for the part of a calendar year from this month on:
 * about 88 % of people aged 60+, once, on a random day. */
static void
draw_elderly(demo *g)
{
	int y, m, d;
	int32_t last;

	date_civil_from_days(g->month_first, &y, &m, &d);
	if (g->month != 0 && m != 1)
		return;
	last = (int32_t)date_days_from_civil(y, 12, 31);
	if (last > g->end_day)
		last = g->end_day;
	for (int32_t i = 0; i < g->npeople; i++) {
		dperson *p = &g->people[i];
		int32_t sixty, first;

		if (p->status != P_ACTIVE || p->checked_year == y || age_on(p->birth_day, last) < 60)
			continue;
		p->checked_year = y;
		if (!rng_chance(&g->rng, 0.88))
			continue;
		sixty = p->birth_day + 60 * 365 + 15;
		first = sixty > g->month_first ? sixty : g->month_first;
		demo_schedule(g, rng_range(&g->rng, first, last), A_ELDERLY, i, 0);
	}
}

/* Generate and record one month. */
static int
run_month(demo *g)
{
	month_weights w;
	demo_action a;

	month_weigh(g, &w);
	for (int32_t i = 0, n = g->npeople; i < n; i++)
		draw_person(g, i, &w);
	draw_households(g);
	draw_elderly(g);
	while (g->nheap > 0 && g->heap[0].day <= g->month_last) {
		demo_schedule_pop(g, &a);
		if (run_action(g, &a) != 0)
			return -1;
	}
	return 0;
}

int
demo_run_months(demo *g)
{
	int y, m, d;

	date_civil_from_days(g->start_day, &y, &m, &d);
	for (g->month = 0; g->month < g->opt.months; g->month++) {
		g->month_first = (int32_t)date_days_from_civil(y, m, 1);
		g->month_last = (int32_t)date_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
		if (run_month(g) != 0)
			return -1;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	db_set_user(g->d, 0);
	return 0;
}
