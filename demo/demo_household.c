/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_household.c (demo): composing a plausible household for the demo:
 * who lives together, their ages, names, relations and marital status
 * (docs/demo.md lists the shares of each kind of household). */
#include "config.h"

#include "demo/demo_household.h"
#include "demo/demo_data.h"
#include "demo/demo_people.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

enum hh_type { T_COLLECTIVE, T_SINGLE, T_COUPLE, T_NUCLEAR, T_THREE_GEN, T_WITH_PARENT, T_SINGLE_PARENT };

/* Shares of the household types, in percent. */
static const double type_weights[] = {1, 7, 12, 48, 24, 5, 3};

/* A household being composed. */
typedef struct compose {
	demo *g;
	int32_t day;
	dperson *out;
	int n;
	int ethnicity;
} compose;

int
demo_education(demo *g, int age)
{
	static const double young[] = {1, 5, 25, 35, 12, 7, 14, 1};
	static const double middle[] = {3, 15, 40, 25, 8, 3, 6, 0};
	static const double old[] = {12, 35, 33, 12, 4, 0, 4, 0};

	if (age < 6)
		return 255;
	if (age <= 10)
		return 1;
	if (age <= 14)
		return 2;
	if (age <= 17)
		return 3;
	if (age < 40)
		return rng_weighted(&g->rng, young, 8);
	if (age < 60)
		return rng_weighted(&g->rng, middle, 8);
	return rng_weighted(&g->rng, old, 8);
}

/* The sex of someone whose sex the household type leaves open (children,
 * lodgers, young singles): about even, nudged towards balance so that
 * every register, small ones too, has roughly as many men as women. */
static int
free_sex(compose *c)
{
	double p = 0.5 + 0.05 * (c->g->composed_females - c->g->composed_males);

	p = p < 0.2 ? 0.2 : (p > 0.8 ? 0.8 : p);
	return rng_chance(&c->g->rng, p) ? SEX_MALE : SEX_FEMALE;
}

/* Add a person of an age (in years at c->day); returns its index or -1
 * when the household is full. */
static int
add_person(compose *c, int person_sex, int age, int relation, int marital, int family)
{
	dperson *p;

	if (c->n >= 8 || age < 0)
		return -1;
	p = &c->out[c->n];
	memset(p, 0, sizeof *p);
	p->next = -1;
	p->spouse = -1;
	p->sex = (uint8_t)person_sex;
	p->birth_day = c->day - age * 365 - (age / 4) - rng_range(&c->g->rng, 0, 364);
	if (p->birth_day > c->day)
		p->birth_day = c->day;
	p->name = demo_name_random(c->g, person_sex, family);
	p->relation = (uint8_t)relation;
	p->marital = (uint8_t)marital;
	p->status = P_ACTIVE;
	p->ethnicity = (uint8_t)c->ethnicity;
	p->education = (uint8_t)demo_education(c->g, age);
	p->residence = 1;
	if (age >= 18 && age <= 40 && relation != 1 && rng_chance(&c->g->rng, 0.05))
		p->residence = 2;
	p->has_person_id = age >= 14 && rng_chance(&c->g->rng, 0.65);
	p->year_only = age >= 85 && rng_chance(&c->g->rng, 0.25);
	p->checked_year = -1;
	p->busy_month = -1;
	if (person_sex == SEX_MALE)
		c->g->composed_males++;
	else
		c->g->composed_females++;
	return c->n++;
}

/* Link two people of the household as spouses. */
static void
marry(compose *c, int a, int b)
{
	if (a < 0 || b < 0)
		return;
	c->out[a].spouse = b;
	c->out[b].spouse = a;
}

/* The children a mother (index, age) has had, added with relation rel to
 * the household while they still live at home; counts her live births. */
static void
add_children(compose *c, int mother, int mother_age, int count, int rel, int family)
{
	int at = rng_range(&c->g->rng, 19, 28);

	for (int k = 0; k < count && at <= mother_age && at <= 42; k++) {
		int age = mother_age - at, i;

		c->out[mother].live_births++;
		if (age < 26 || rng_chance(&c->g->rng, 0.35)) {
			i = add_person(c, free_sex(c), age, rel, 1, family);
			if (i >= 0 && (!c->out[mother].has_births_day ||
			               c->out[i].birth_day > c->out[mother].last_birth_day)) {
				c->out[mother].last_birth_day = c->out[i].birth_day;
				c->out[mother].has_births_day = 1;
			}
		}
		at += rng_range(&c->g->rng, 2, 6);
	}
}

/* How many children a couple has had (mostly two). */
static int
children_count(demo *g)
{
	static const double w[] = {3, 27, 52, 14, 4};

	return rng_weighted(&g->rng, w, 5);
}

/* A head (sex given) with a wife or husband; returns the wife's index in
 * *wife and her age in *wife_age. */
static int
add_couple(compose *c, int head_age, int *wife, int *wife_age)
{
	int male_head = rng_chance(&c->g->rng, 0.88);
	int husband_age = head_age, w_age = head_age - rng_range(&c->g->rng, 0, 6);
	int head, spouse, family;

	if (w_age < 18)
		w_age = 18;
	if (male_head) {
		head = add_person(c, 1, husband_age, 1, 2, -1);
		spouse = add_person(c, 2, w_age, 2, 2, -1);
		*wife = spouse;
	} else {
		head = add_person(c, 2, w_age, 1, 2, -1);
		spouse = add_person(c, 1, husband_age, 2, 2, -1);
		*wife = head;
	}
	marry(c, head, spouse);
	*wife_age = w_age;
	family = c->out[male_head ? head : spouse].name.family;
	return family;
}

/* A nuclear family: a couple and their children at home. */
static void
compose_nuclear(compose *c, int head_age)
{
	int wife, wife_age, family = add_couple(c, head_age, &wife, &wife_age);

	add_children(c, wife, wife_age, children_count(c->g), 3, family);
}

/* Three generations: the head's couple, a married son, his wife and
 * their children (sometimes a younger unmarried child too). */
static void
compose_three_gen(compose *c)
{
	demo_rng *r = &c->g->rng;
	int head_age = rng_range(r, 52, 78), head, granny, son, dil, son_age, dil_age;
	int widowed = rng_chance(r, 0.3), family;

	head = add_person(c, widowed ? 2 : 1, head_age, 1, widowed ? 3 : 2, -1);
	granny = widowed ? head : add_person(c, 2, head_age - rng_range(r, 0, 5), 2, 2, -1);
	marry(c, widowed ? -1 : head, widowed ? -1 : granny);
	family = widowed ? demo_table_pick(r, &demo_names[NAME_FAMILY]) : c->out[head].name.family;
	son_age = head_age - rng_range(r, 22, 32);
	if (son_age > 42)
		son_age = 42;
	if (son_age < 22)
		son_age = 22;
	son = add_person(c, 1, son_age, 3, 2, family);
	dil_age = son_age - rng_range(r, 0, 5);
	dil = add_person(c, 2, dil_age < 20 ? 20 : dil_age, 4, 2, -1);
	marry(c, son, dil);
	c->out[granny].live_births = (uint8_t)rng_range(r, 2, 4);
	if (rng_chance(r, 0.25) && son_age - 3 >= 18)
		add_person(c, free_sex(c), rng_range(r, 18, son_age - 3), 3, 1, family);
	{
		static const double w[] = {10, 35, 45, 10};

		add_children(c, dil, dil_age < 20 ? 20 : dil_age, rng_weighted(r, w, 4), 5, family);
	}
}

/* Compose by type; c->out[0] is always the head. */
static void
compose_type(compose *c, int type)
{
	demo_rng *r = &c->g->rng;

	switch (type) {
	case T_COLLECTIVE:
		add_person(c, free_sex(c), rng_range(r, 25, 50), 1, rng_chance(r, 0.5) ? 1 : 4, -1);
		for (int k = rng_range(r, 2, 5); k > 0; k--)
			add_person(c, free_sex(c), rng_range(r, 18, 35), 9, rng_chance(r, 0.85) ? 1 : 4, -1);
		break;
	case T_SINGLE:
		if (rng_chance(r, 0.6)) {
			int i = add_person(c, rng_chance(r, 0.65) ? 2 : 1, rng_range(r, 65, 92), 1, 3, -1);
			c->out[i].live_births = c->out[i].sex == 2 ? (uint8_t)rng_range(r, 1, 5) : 0;
		} else {
			add_person(c, free_sex(c), rng_range(r, 22, 60), 1, rng_chance(r, 0.7) ? 1 : 4, -1);
		}
		break;
	case T_COUPLE: {
		int wife, wife_age, young = rng_chance(r, 0.25);

		add_couple(c, young ? rng_range(r, 22, 30) : rng_range(r, 50, 80), &wife, &wife_age);
		if (!young)
			c->out[wife].live_births = (uint8_t)rng_range(r, 1, 4);
		break;
	}
	case T_NUCLEAR:
		compose_nuclear(c, rng_range(r, 24, 58));
		break;
	case T_THREE_GEN:
		compose_three_gen(c);
		break;
	case T_WITH_PARENT: {
		int head_age = rng_range(r, 32, 55), mother = rng_chance(r, 0.75);

		compose_nuclear(c, head_age);
		add_person(c, mother ? 2 : 1, head_age + rng_range(r, 22, 35), 6, 3,
		           mother ? -1 : c->out[0].name.family);
		break;
	}
	default: {
		int age = rng_range(r, 28, 55);
		int head = add_person(c, 2, age, 1, rng_chance(r, 0.6) ? 4 : 3, -1);

		/* the children carry their father's family name */
		add_children(c, head, age, rng_range(r, 1, 2), 3, demo_table_pick(r, &demo_names[NAME_FAMILY]));
		break;
	}
	}
}

int
demo_compose(demo *g, int32_t day, dperson out[8], int *collective)
{
	compose c = {g, day, out, 0, 1};
	int type = rng_weighted(&g->rng, type_weights, (int)ARRAY_LEN(type_weights));

	if (rng_chance(&g->rng, 0.07)) {
		int k = demo_table_pick(&g->rng, &demo_ethnic_minorities);

		c.ethnicity = (int)strtol(demo_ethnic_minorities.rows[k].text, NULL, 10);
	}
	compose_type(&c, type);
	*collective = type == T_COLLECTIVE;
	return c.n;
}
