/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_household.h (demo): composing a plausible household for the demo:
 * who lives together, ages, sexes, relations, names, marital status
 * (docs/demo.md lists the shares). Uses demo_people.h and demo_data.h.
 */
#ifndef DANSO_DEMO_HOUSEHOLD_H
#define DANSO_DEMO_HOUSEHOLD_H

#include "demo/demo_model.h"

/* Compose a household's people for a reference day into out (room for 8):
 * ages, sexes, relations, names, spouse links (indices into out). Returns
 * how many; *collective set for a collective household. */
int demo_compose(demo *g, int32_t day, dperson out[8], int *collective);

/* Education code (0-7, 255 for none yet) for an age. */
int demo_education(demo *g, int age);

#endif
