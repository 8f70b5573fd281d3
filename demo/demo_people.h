/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_people.h (demo): working with the demo's model (demo_model.h):
 * day numbers, uids, names and citizen ids, adding people and households,
 * a person leaving, and a model person as a member record for app/.
 * Uses demo_rng.h, demo_data.h and domain/.
 */
#ifndef DANSO_DEMO_PEOPLE_H
#define DANSO_DEMO_PEOPLE_H

#include "demo/demo_model.h"

/* ---- dates as day numbers (days since 1970-01-01, converted with
 * date_days_from_civil and date_civil_from_days of domain/date.h) ---- */

/* "YYYY-MM-DD" of a day into out (DATE_LEN). */
void day_to_iso(int32_t day, char out[DATE_LEN]);
/* "YYYY-MM" of a day into out (PERIOD_LEN). */
void day_to_period(int32_t day, char out[PERIOD_LEN]);
/* Whole years from birth to day. */
int age_on(int32_t birth, int32_t day);

/* ---- names, ids ---- */

/* A new uid from the seed (32 hex digits). */
void demo_uid(demo *g, char out[UID_LEN + 1]);
/* The full name of n for sex into out. */
void demo_name_text(const demo_name *n, char *out, size_t size);
/* A random name for sex; family given (or random when < 0). */
demo_name demo_name_random(demo *g, int person_sex, int family);
/* A new unique 12-digit citizen id for p into out. */
void demo_person_id(demo *g, const dperson *p, char out[PERSON_ID_LEN]);
/* A name packed into an int for a scheduled action, and back. */
int32_t demo_name_pack(demo_name n);
demo_name demo_name_unpack(int32_t v);

/* ---- the model ---- */

/* Append a person to the model (household links set); returns its index. */
int32_t demo_person_push(demo *g, const dperson *p);
/* Append a household to the model; returns its index. */
int32_t demo_household_push(demo *g, const dhousehold *h);
/* Fill a member record from a model person (entered on day). */
void demo_member_fill(demo *g, const dperson *p, int32_t day, member *m);
/* 1 if person i exists and is active. */
int demo_alive(demo *g, int32_t i);
/* Person i leaves the model (P_DIED or P_LEFT); an emptied household ends. */
void demo_person_leaves(demo *g, int32_t i, int status);

#endif
