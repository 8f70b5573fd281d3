/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_life.h (demo): what happens to people in the demo: pregnancies,
 * births and screenings, contraception, elderly check-ups, deaths and
 * changes of details. Each demo_do_* runs a scheduled action (kinds in
 * demo_record.h) and returns 0 when done or no longer applicable, -1 on a
 * storage failure. Uses demo_record.h, demo_people.h, demo_data.h.
 */
#ifndef DANSO_DEMO_LIFE_H
#define DANSO_DEMO_LIFE_H

#include "demo/demo_model.h"

/* Start a pregnancy conceived on a day: schedules what follows. */
void demo_pregnancy_start(demo *g, int32_t who, int32_t conceived);
/* 1 if woman i may get a contraception event on day. */
int demo_fp_eligible(demo *g, int32_t i, int32_t day);
int demo_do_pregnancy(demo *g, const demo_action *a);
int demo_do_pregnancy_loss(demo *g, const demo_action *a);
int demo_do_prenatal(demo *g, const demo_action *a);
int demo_do_birth(demo *g, const demo_action *a);
int demo_do_newborn(demo *g, const demo_action *a);
int demo_do_fp_start(demo *g, const demo_action *a);
int demo_do_fp_stop(demo *g, const demo_action *a);
int demo_do_elderly(demo *g, const demo_action *a);
int demo_do_death(demo *g, const demo_action *a);
int demo_do_widowed(demo *g, const demo_action *a);
int demo_do_detail(demo *g, const demo_action *a);

#endif
