/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_people.c (demo): the demo's model of the register: day numbers,
 * uids, names, citizen ids, people and households by index, and turning a
 * model person into a member record. */
#include "config.h"

#include "demo/demo_people.h"
#include "demo/demo_data.h"
#include "domain/date.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

/* ---- dates (civil calendar <-> day numbers, proleptic Gregorian) ---- */

void
day_to_iso(int32_t day, char out[DATE_LEN])
{
	int y, m, d;

	date_civil_from_days(day, &y, &m, &d);
	snprintf(out, DATE_LEN, "%04u-%02u-%02u", (unsigned)y % 10000, (unsigned)m % 100, (unsigned)d % 100);
}

void
day_to_period(int32_t day, char out[PERIOD_LEN])
{
	int y, m, d;

	date_civil_from_days(day, &y, &m, &d);
	snprintf(out, PERIOD_LEN, "%04u-%02u", (unsigned)y % 10000, (unsigned)m % 100);
}

int
age_on(int32_t birth, int32_t day)
{
	int by, bm, bd, y, m, d, age;

	date_civil_from_days(birth, &by, &bm, &bd);
	date_civil_from_days(day, &y, &m, &d);
	age = y - by;
	if (m < bm || (m == bm && d < bd))
		age--;
	return age;
}

/* ---- names, ids ---- */

void
demo_uid(demo *g, char out[UID_LEN + 1])
{
	uint64_t a = rng_splitmix64(&g->uid_state), b = rng_splitmix64(&g->uid_state);

	snprintf(out, UID_LEN + 1, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

void
demo_name_text(const demo_name *n, char *out, size_t size)
{
	int female = n->middle & 0x80;
	const demo_table *mid = &demo_names[female ? NAME_MIDDLE_FEMALE : NAME_MIDDLE_MALE];
	const demo_table *giv = &demo_names[female ? NAME_GIVEN_FEMALE : NAME_GIVEN_MALE];

	snprintf(out, size, "%s %s %s", demo_names[NAME_FAMILY].rows[n->family].text,
	         mid->rows[n->middle & 0x7f].text, giv->rows[n->given].text);
}

demo_name
demo_name_random(demo *g, int person_sex, int family)
{
	demo_name n;
	int female = person_sex == SEX_FEMALE;

	n.family = (uint8_t)(family >= 0 ? family : demo_table_pick(&g->rng, &demo_names[NAME_FAMILY]));
	n.middle = (uint8_t)(demo_table_pick(&g->rng, &demo_names[female ? NAME_MIDDLE_FEMALE : NAME_MIDDLE_MALE]) |
	                     (female ? 0x80 : 0));
	/* never "Quang Quang": the given name differs from the middle one */
	do
		n.given = (uint8_t)demo_table_pick(&g->rng, &demo_names[female ? NAME_GIVEN_FEMALE : NAME_GIVEN_MALE]);
	while (strcmp(demo_names[female ? NAME_GIVEN_FEMALE : NAME_GIVEN_MALE].rows[n.given].text,
	              demo_names[female ? NAME_MIDDLE_FEMALE : NAME_MIDDLE_MALE].rows[n.middle & 0x7f].text) == 0);
	return n;
}

void
demo_person_id(demo *g, const dperson *p, char out[PERSON_ID_LEN])
{
	int y, m, d, k = demo_table_pick(&g->rng, &demo_cccd_provinces);
	const char *prov = demo_cccd_provinces.rows[k].text;
	long serial = (long)((g->person_id_seq++ * 387419ULL + g->opt.seed * 2654435761ULL + 271828) % 1000000ULL);
	char own[4];

	date_civil_from_days(p->birth_day, &y, &m, &d);
	if (*prov == '\0') {
		snprintf(own, sizeof own, "0%.2s", g->province);
		prov = own;
	}
	snprintf(out, PERSON_ID_LEN, "%.3s%d%02d%06ld", prov,
	         (y >= 2000 ? 2 : 0) + (p->sex == SEX_FEMALE), y % 100, serial);
}

/* ---- the model ---- */

int32_t
demo_person_push(demo *g, const dperson *p)
{
	dhousehold *h = &g->hh[p->hh];
	int32_t i;

	if (g->npeople == g->cap_people) {
		g->cap_people = g->cap_people ? g->cap_people * 2 : 1024;
		g->people = xrealloc(g->people, (size_t)g->cap_people * sizeof *g->people);
	}
	i = g->npeople++;
	g->people[i] = *p;
	g->people[i].next = h->first;
	h->first = i;
	if (p->status == P_ACTIVE) {
		h->active++;
		g->population++;
	}
	return i;
}

int32_t
demo_household_push(demo *g, const dhousehold *h)
{
	if (g->nhh == g->cap_hh) {
		g->cap_hh = g->cap_hh ? g->cap_hh * 2 : 256;
		g->hh = xrealloc(g->hh, (size_t)g->cap_hh * sizeof *g->hh);
	}
	g->hh[g->nhh] = *h;
	g->hh[g->nhh].first = -1;
	g->hh[g->nhh].active = 0;
	return g->nhh++;
}

void
demo_member_fill(demo *g, const dperson *p, int32_t day, member *m)
{
	member_init(m);
	demo_uid(g, m->uid);
	demo_name_text(&p->name, m->full_name, sizeof m->full_name);
	snprintf(m->relation, sizeof m->relation, "%d", p->relation);
	m->sex = p->sex;
	if (p->year_only) {
		int y, mo, d;

		date_civil_from_days(p->birth_day, &y, &mo, &d);
		snprintf(m->birth_date, sizeof m->birth_date, "%04d", y);
	} else {
		day_to_iso(p->birth_day, m->birth_date);
	}
	snprintf(m->ethnicity, sizeof m->ethnicity, "%02d", p->ethnicity);
	if (p->education != 255)
		snprintf(m->education, sizeof m->education, "%d", p->education);
	snprintf(m->marital, sizeof m->marital, "%d", p->marital);
	snprintf(m->residence, sizeof m->residence, "%d", p->residence);
	if (p->has_person_id && g->person_id_seq < 1000000)
		demo_person_id(g, p, m->person_id);
	m->status = MEMBER_ACTIVE;
	day_to_iso(day, m->entered_on);
	/* her history as the Sổ A0 has it: the births the generator gave her
	 * (its children in the household among them), none died before */
	if (p->sex == SEX_FEMALE) {
		m->children_born = p->live_births;
		m->children_living = p->live_births;
	}
}

/* ---- leaving, names in scheduled actions ---- */

/* 1 if person i is active. */
int
demo_alive(demo *g, int32_t i)
{
	return i >= 0 && g->people[i].status == P_ACTIVE;
}

/* A person leaves the model (died or moved out). */
void
demo_person_leaves(demo *g, int32_t i, int status)
{
	dperson *p = &g->people[i];
	dhousehold *h = &g->hh[p->hh];

	p->status = (uint8_t)status;
	p->pregnant = 0;
	h->active--;
	g->population--;
	if (p->spouse >= 0 && g->people[p->spouse].spouse == i)
		g->people[p->spouse].spouse = -1;
	if (h->active == 0) {
		h->status = status == P_DIED ? HH_DISSOLVED : HH_MOVED_OUT;
		g->active_households--;
	}
}

/* A name packed into an int (for scheduled actions). */
int32_t
demo_name_pack(demo_name n)
{
	return n.family | (n.middle << 8) | (n.given << 16);
}

/* The packed name back. */
demo_name
demo_name_unpack(int32_t v)
{
	demo_name n = {(uint8_t)(v & 0xff), (uint8_t)((v >> 8) & 0xff), (uint8_t)((v >> 16) & 0xff)};

	return n;
}
