/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_data.h (demo): the demo generator's tables, as data: names,
 * villages, places, ethnic groups, the contraceptive mix, CCCD provinces,
 * and the shapes of mortality and fertility (docs/demo.md gives the
 * sources). Uses demo_rng.h only.
 */
#ifndef DANSO_DEMO_DATA_H
#define DANSO_DEMO_DATA_H

#include "demo/demo_rng.h"

enum { NAME_FAMILY, NAME_MIDDLE_MALE, NAME_MIDDLE_FEMALE, NAME_GIVEN_MALE, NAME_GIVEN_FEMALE, NAME_TABLES };

typedef struct demo_weighted_text {
	const char *text;
	double weight;
} demo_weighted_text;

typedef struct demo_table {
	const demo_weighted_text *rows;
	int n;
} demo_table;

extern const demo_table demo_names[NAME_TABLES];
extern const demo_table demo_villages;       /* rural village names */
extern const demo_table demo_places;         /* provinces / cities for moves */
extern const demo_table demo_ethnic_minorities; /* codes, by weight */
extern const demo_table demo_fp_mix;         /* method codes, by weight */
extern const demo_table demo_cccd_provinces; /* 3-digit CCCD province prefixes */

/* A row drawn by weight from a table. */
int demo_table_pick(demo_rng *r, const demo_table *t);

/* Annual death rate at an age (the shape; the generator scales it). */
double demo_death_weight(int age);
/* Relative fertility of a married woman by age and live births so far. */
double demo_fertility_weight(int age, int live_births);

#endif
