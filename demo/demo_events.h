/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_events.h (demo): the months of events: each month draws what
 * happens to whom and runs the schedule in date order through the event
 * makers (demo_life.h, demo_moves.h), one transaction per month. Used by
 * demo_generate.c only.
 */
#ifndef DANSO_DEMO_EVENTS_H
#define DANSO_DEMO_EVENTS_H

#include "demo/demo_model.h"

/* Generate and record every month. 0 ok, -1 with g->err set. */
int demo_run_months(demo *g);

#endif
