/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_model.h (demo): the generator's own small model of the register,
 * types only: people and households by index, areas, scheduled actions
 * and the generator's state (struct demo), so that it decides what
 * happens without reading the database back. The functions on it are in
 * demo_people.h; nothing outside demo/ includes this.
 */
#ifndef DANSO_DEMO_MODEL_H
#define DANSO_DEMO_MODEL_H

#include "demo/demo.h"
#include "demo/demo_rng.h"
#include "domain/error.h"
#include "domain/model.h"

#include <stddef.h>
#include <stdint.h>

enum person_status { P_ACTIVE = 0, P_LEFT = 1, P_DIED = 2 };

/* A Vietnamese name as indices into the name tables (demo_data.h). */
typedef struct demo_name {
	uint8_t family, middle, given;
} demo_name;

typedef struct dperson {
	int64_t id;               /* member id in the database */
	int32_t hh;               /* household index */
	int32_t next;             /* next person of the household, -1 */
	int32_t spouse;           /* person index in the same household, -1 */
	int32_t birth_day;
	int32_t conceived_day;    /* valid while pregnant */
	int32_t last_birth_day;   /* valid when has_births_day */
	int32_t busy_month;       /* last month a random event was drawn for */
	int32_t checked_year;     /* last year an elderly check was scheduled */
	demo_name name;
	uint8_t sex, status, relation, marital;
	uint8_t education, residence, ethnicity, has_person_id;
	uint8_t live_births, pregnancies, method, pregnant;
	uint8_t outcome, has_births_day, year_only;
} dperson;

typedef struct dhousehold {
	int64_t id;
	int32_t first;            /* first person, -1 */
	int32_t head;             /* person index, -1 */
	int32_t area;
	int32_t number;
	int32_t active;           /* active members */
	uint8_t status;           /* household_status */
	uint8_t collective;
	uint16_t village;         /* index into the area's villages */
} dhousehold;

typedef struct darea {
	int64_t id;
	int64_t user_id;
	int32_t first_village;    /* index into demo.villages */
	int32_t nvillages;
} darea;

/* A scheduled action: something that happens on a day to a person
 * (kinds in demo_record.h). */
typedef struct demo_action {
	int32_t day;
	uint32_t seq;
	uint8_t kind;
	int32_t who;
	int32_t aux;
} demo_action;

typedef struct demo {
	db *d;
	demo_options opt;
	demo_summary *sum;
	ds_err *err;
	demo_rng rng;
	uint64_t uid_state;
	char commune[16];
	char province[8];

	dperson *people;
	int32_t npeople, cap_people;
	dhousehold *hh;
	int32_t nhh, cap_hh;
	darea *areas;
	int32_t nareas;
	char (*villages)[VILLAGE_LEN];
	int32_t nvillages;

	demo_action *heap;
	size_t nheap, cap_heap;
	uint32_t seq;

	int32_t start_day, end_day;   /* the months of events */
	int32_t baseline_day;         /* the register's date: start_day - 1 */
	int32_t month;                /* index of the month being generated */
	int32_t month_first, month_last;
	int32_t population;           /* active people */
	int32_t active_households;
	long person_id_seq;
	int32_t next_number;          /* next household number */
	int32_t boys;                 /* boys among the births so far */
	int32_t composed_males, composed_females; /* people composed so far */
} demo;

#endif
