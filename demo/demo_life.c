/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_life.c (demo): what happens to people in the demo: pregnancies,
 * births and screenings, contraception, elderly check-ups, deaths and
 * changes of details. Each action checks that it still applies (the
 * person may have died or left since it was scheduled), records its event
 * through demo_record() and updates the model. */
#include "config.h"

#include "demo/demo_life.h"
#include "demo/demo_data.h"
#include "demo/demo_people.h"
#include "demo/demo_record.h"
#include "app/household.h"
#include "db/register.h"
#include "domain/codes.h"
#include "domain/family.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* After the head died, make the spouse (else the eldest) the head. */
static int
replace_head(demo *g, int32_t hi, int32_t old_spouse)
{
	dhousehold *dh = &g->hh[hi];
	int32_t best = demo_alive(g, old_spouse) && g->people[old_spouse].hh == hi ? old_spouse : -1;
	household h;

	for (int32_t i = dh->first; i >= 0; i = g->people[i].next)
		if (best < 0 && demo_alive(g, i) && age_on(g->people[i].birth_day, g->month_last) >= 18)
			best = i;
	for (int32_t i = dh->first; best < 0 && i >= 0; i = g->people[i].next)
		if (demo_alive(g, i))
			best = i;
	if (best < 0)
		return 0;
	if (db_household_get(g->d, dh->id, &h, g->err) != 0)
		return -1;
	h.head_member_id = g->people[best].id;
	dh->head = best;
	return household_edit(g->d, &h, g->err);
}

void
demo_pregnancy_start(demo *g, int32_t who, int32_t conceived)
{
	dperson *p = &g->people[who];
	int32_t detect = conceived + rng_range(&g->rng, 35, 63);
	double x = rng_unit(&g->rng);

	p->pregnant = 1;
	p->conceived_day = conceived;
	p->pregnancies = (uint8_t)(p->pregnancies < p->live_births ? p->live_births + 1 : p->pregnancies + 1);
	p->outcome = conceived < g->start_day || x < 0.88 ? 0 : (x < 0.94 ? 2 : 3);
	demo_schedule(g, detect, A_PREG_DETECT, who, 0);
	if (p->outcome == 0) {
		int32_t screen = conceived + rng_range(&g->rng, 9, 18) * 7 + rng_range(&g->rng, 0, 6);

		if (rng_chance(&g->rng, 0.8))
			demo_schedule(g, screen > detect ? screen : detect + 7, A_PRENATAL, who, 0);
		demo_schedule(g, conceived + rng_range(&g->rng, 259, 283), A_BIRTH, who, 0);
	} else {
		demo_schedule(g, detect + rng_range(&g->rng, 3, p->outcome == 2 ? 45 : 20), A_PREG_LOSS, who,
		              p->outcome);
	}
}

/* The woman's pregnancy noticed (pregnancy kind 1). */
int
demo_do_pregnancy(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;

	if (!demo_alive(g, a->who) || !p->pregnant)
		return 0;
	demo_event_for(g, &ev, EV_PREGNANCY, a->day, p->hh, a->who);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, PREGNANCY_PREGNANT);
	ev.pregnancy_number = p->pregnancies;
	return demo_record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* A miscarriage or an abortion. */
int
demo_do_pregnancy_loss(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;

	if (!demo_alive(g, a->who) || !p->pregnant)
		return 0;
	demo_event_for(g, &ev, EV_PREGNANCY, a->day, p->hh, a->who);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, a->aux == 2 ? PREGNANCY_MISCARRIAGE : PREGNANCY_ABORTION);
	ev.pregnancy_number = p->pregnancies;
	p->pregnant = 0;
	if (rng_chance(&g->rng, 0.5))
		demo_schedule(g, a->day + rng_range(&g->rng, 10, 60), A_FP_START, a->who, 0);
	return demo_record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* Prenatal screening between weeks 11 and 20. */
int
demo_do_prenatal(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;

	if (!demo_alive(g, a->who) || !p->pregnant)
		return 0;
	demo_event_for(g, &ev, EV_PRENATAL_SCREENING, a->day, p->hh, a->who);
	ev.gestational_week = (a->day - p->conceived_day) / 7 + 2;
	ev.conditions = PN_DOWN | PN_EDWARDS | PN_PATAU | (rng_chance(&g->rng, 0.4) ? PN_THALASSAEMIA : 0);
	return demo_record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* A birth weight in grams: roughly normal around 3,100 g. */
static int
birth_weight(demo *g)
{
	int w = 3100 + (int)((rng_unit(&g->rng) + rng_unit(&g->rng) + rng_unit(&g->rng) - 1.5) * 700);

	return w < 2300 ? 2300 : (w > 4100 ? 4100 : w);
}

/* The child's relation to the head, from the mother's (domain/family.h). */
static const char *
child_relation(const dperson *mother)
{
	char rel[4];

	snprintf(rel, sizeof rel, "%d", mother->relation);
	return family_newborn_relation(rel);
}

/* The chance that the next newborn is a boy: 110 boys per 100 girls,
 * nudged towards that ratio so that it holds over a run, not just on
 * average over many runs. */
static double
male_chance(demo *g)
{
	double p = 110.0 / 210 + 0.1 * (110.0 / 210 * g->sum->births - g->boys);

	return p < 0.2 ? 0.2 : (p > 0.8 ? 0.8 : p);
}

/* A birth: the child joins the mother's household. */
int
demo_do_birth(demo *g, const demo_action *a)
{
	static const double places[] = {33, 62, 4, 1};
	static const char *const place_codes[] = {"1", "2", "3", "4"};
	dperson *mother = &g->people[a->who], child;
	int father = mother->spouse, rc;
	event ev;
	member m;

	if (!demo_alive(g, a->who) || !mother->pregnant)
		return 0;
	memset(&child, 0, sizeof child);
	child.sex = rng_chance(&g->rng, male_chance(g)) ? SEX_MALE : SEX_FEMALE;
	child.name = demo_name_random(g, child.sex, father >= 0 ? g->people[father].name.family : -1);
	child.birth_day = a->day;
	child.hh = mother->hh;
	child.spouse = -1;
	child.relation = (uint8_t)atoi(child_relation(mother));
	child.marital = 1;
	child.residence = 1;
	child.ethnicity = mother->ethnicity;
	child.education = 255;
	child.busy_month = -1;
	child.checked_year = -1;
	demo_event_for(g, &ev, EV_BIRTH, a->day, mother->hh, a->who);
	ev.child_sex = child.sex;
	ev.birth_order = mother->live_births + 1;
	str_copy(ev.birth_place, sizeof ev.birth_place, place_codes[rng_weighted(&g->rng, places, 4)]);
	ev.birth_weight_g = birth_weight(g);
	demo_member_fill(g, &child, a->day, &m);
	if ((rc = demo_record(g, &ev, &m)) <= 0)
		return rc;
	mother = &g->people[a->who];
	mother->live_births++;
	mother->pregnant = 0;
	mother->last_birth_day = a->day;
	mother->has_births_day = 1;
	child.id = m.id;
	{
		int32_t ci = demo_person_push(g, &child);

		g->sum->births++;
		g->boys += child.sex == SEX_MALE;
		if (rng_chance(&g->rng, 0.85))
			demo_schedule(g, a->day + rng_range(&g->rng, 1, 6), A_NEWBORN, ci, 0);
	}
	if (rng_chance(&g->rng, 0.6))
		demo_schedule(g, a->day + rng_range(&g->rng, 42, 150), A_FP_START, a->who, 0);
	return 0;
}

/* Newborn screening of the child. */
int
demo_do_newborn(demo *g, const demo_action *a)
{
	event ev;

	if (!demo_alive(g, a->who))
		return 0;
	demo_event_for(g, &ev, EV_NEWBORN_SCREENING, a->day, g->people[a->who].hh, a->who);
	ev.conditions = NB_HYPOTHYROIDISM | NB_G6PD | NB_CAH;
	if (rng_chance(&g->rng, 0.6))
		ev.conditions |= NB_HEARING | NB_HEART;
	return demo_record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* 1 if woman i may get a contraception event on day. */
int
demo_fp_eligible(demo *g, int32_t i, int32_t day)
{
	const dperson *p = &g->people[i];
	int age = age_on(p->birth_day, day);

	return demo_alive(g, i) && p->sex == SEX_FEMALE && p->marital == 2 && age >= 15 && age <= 49 && !p->pregnant;
}

/* Who provides a method (fp_provider code). */
static const char *
fp_provider(demo *g, const char *method)
{
	if (strcmp(method, "2") == 0 || strcmp(method, "3") == 0)
		return rng_chance(&g->rng, 0.6) ? "4" : "1";
	if (strcmp(method, "1") == 0 || strcmp(method, "4") == 0 || strcmp(method, "5") == 0)
		return rng_chance(&g->rng, 0.75) ? "1" : "2";
	return rng_chance(&g->rng, 0.5) ? "3" : (rng_chance(&g->rng, 0.6) ? "1" : "2");
}

/* A new method (start), or a different one (switch). */
int
demo_do_fp_start(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	const char *method;
	event ev;
	int rc;

	if (!demo_fp_eligible(g, a->who, a->day) || (a->kind == A_FP_START) != (p->method == 0) || p->method == 2 ||
	    p->method == 3)
		return 0;
	do {
		method = demo_fp_mix.rows[demo_table_pick(&g->rng, &demo_fp_mix)].text;
		if (p->live_births < 2 && (method[0] == '2' || method[0] == '3'))
			method = FP_METHOD_PILL;
	} while (atoi(method) == p->method);
	demo_event_for(g, &ev, EV_FP_START, a->day, p->hh, a->who);
	str_copy(ev.method, sizeof ev.method, method);
	str_copy(ev.provider, sizeof ev.provider, fp_provider(g, method));
	ev.living_children = p->live_births;
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	g->people[a->who].method = (uint8_t)atoi(method);
	return 0;
}

/* Stopping the method in use, aux the reason code. */
int
demo_do_fp_stop(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;
	int rc;

	if (!demo_alive(g, a->who) || p->method == 0 || p->marital != 2)
		return 0;
	demo_event_for(g, &ev, EV_FP_STOP, a->day, p->hh, a->who);
	snprintf(ev.method, sizeof ev.method, "%d", p->method);
	snprintf(ev.stop_reason, sizeof ev.stop_reason, "%d", a->aux);
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	g->people[a->who].method = 0;
	return 0;
}

/* The yearly check-up of a person aged 60+. */
int
demo_do_elderly(demo *g, const demo_action *a)
{
	event ev;

	if (!demo_alive(g, a->who) || age_on(g->people[a->who].birth_day, a->day) < 60)
		return 0;
	demo_event_for(g, &ev, EV_ELDERLY_CHECK, a->day, g->people[a->who].hh, a->who);
	return demo_record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* The cause of a death at an age (death_cause code). */
static const char *
death_cause(demo *g, int age)
{
	double x = rng_unit(&g->rng);

	if (age >= 75)
		return x < 0.6 ? "3" : (x < 0.95 ? "1" : "2");
	if (age < 1)
		return x < 0.7 ? "1" : "9";
	return x < 0.7 ? "1" : (x < 0.95 ? "2" : "9");
}

/* A death; the spouse becomes a widow(er), the head is replaced. */
int
demo_do_death(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	int32_t hi = p->hh, spouse = p->spouse;
	event ev;
	int rc;

	if (!demo_alive(g, a->who))
		return 0;
	demo_event_for(g, &ev, EV_DEATH, a->day, hi, a->who);
	str_copy(ev.death_cause, sizeof ev.death_cause, death_cause(g, age_on(p->birth_day, a->day)));
	if ((rc = demo_record(g, &ev, NULL)) <= 0)
		return rc;
	g->sum->deaths++;
	demo_person_leaves(g, a->who, P_DIED);
	if (demo_alive(g, spouse) && g->people[spouse].marital == 2)
		demo_schedule(g, a->day + rng_range(&g->rng, 0, 20), A_WIDOWED, spouse, 0);
	if (g->hh[hi].head == a->who && g->hh[hi].active > 0)
		return replace_head(g, hi, spouse);
	return 0;
}

/* A change of basic details: field, old and new value. */
static int
record_detail(demo *g, int32_t day, int32_t who, const char *field, const char *old_value,
              const char *new_value)
{
	event ev;

	demo_event_for(g, &ev, EV_DETAIL_CHANGE, day, g->people[who].hh, who);
	str_copy(ev.field, sizeof ev.field, field);
	str_copy(ev.old_value, sizeof ev.old_value, old_value);
	str_copy(ev.new_value, sizeof ev.new_value, new_value);
	return demo_record(g, &ev, NULL);
}

/* The widowed spouse's marital status 2 -> 3. */
int
demo_do_widowed(demo *g, const demo_action *a)
{
	int rc;

	if (!demo_alive(g, a->who) || g->people[a->who].marital != 2)
		return 0;
	if ((rc = record_detail(g, a->day, a->who, "marital", "2", "3")) <= 0)
		return rc;
	g->people[a->who].marital = 3;
	return 0;
}

/* Detail changes: a citizen id issued, away / back, a school level. */
int
demo_do_detail(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	char old_value[16], new_value[PERSON_ID_LEN];
	int age = age_on(p->birth_day, a->day), rc;

	if (!demo_alive(g, a->who))
		return 0;
	if (a->aux == 0 && !p->has_person_id && age >= 14 && g->person_id_seq < 1000000) {
		demo_person_id(g, p, new_value);
		if ((rc = record_detail(g, a->day, a->who, "person_id", "", new_value)) > 0)
			g->people[a->who].has_person_id = 1;
		return rc < 0 ? -1 : 0;
	}
	if (a->aux == 2 && age >= 15 && age <= 24 && p->education != 255 && p->education < 6) {
		snprintf(old_value, sizeof old_value, "%d", p->education);
		snprintf(new_value, sizeof new_value, "%d", p->education + 1);
		if ((rc = record_detail(g, a->day, a->who, "education", old_value, new_value)) > 0)
			g->people[a->who].education++;
		return rc < 0 ? -1 : 0;
	}
	if (a->aux != 1 || age < 16 || p->relation == 1)
		return 0;
	snprintf(old_value, sizeof old_value, "%d", p->residence);
	snprintf(new_value, sizeof new_value, "%d", 3 - p->residence);
	if ((rc = record_detail(g, a->day, a->who, "residence", old_value, new_value)) > 0)
		g->people[a->who].residence = (uint8_t)(3 - g->people[a->who].residence);
	return rc < 0 ? -1 : 0;
}
