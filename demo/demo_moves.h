/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_moves.h (demo): moves and marriages in the demo: people and whole
 * households leaving or arriving, marriages, spouses moving in, divorces.
 * Same returns as demo_life.h. Uses demo_record.h, demo_household.h,
 * demo_people.h, demo_data.h.
 */
#ifndef DANSO_DEMO_MOVES_H
#define DANSO_DEMO_MOVES_H

#include "demo/demo_model.h"

int demo_do_move_out(demo *g, const demo_action *a);
int demo_do_household_out(demo *g, const demo_action *a);
int demo_do_move_in(demo *g, const demo_action *a);
int demo_do_household_in(demo *g, const demo_action *a);
int demo_do_marriage(demo *g, const demo_action *a);
int demo_do_spouse_in(demo *g, const demo_action *a);
int demo_do_divorce(demo *g, const demo_action *a);

#endif
