/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_generate.c (demo): the demo generator's driver: the baseline register
 * (areas, collaborators, households, members and the contraceptive book)
 * and demo_generate(); the months of events are in demo_events.c. */
#include "config.h"

#include "app/auth.h"

#include "demo/demo.h"
#include "demo/demo_data.h"
#include "demo/demo_events.h"
#include "demo/demo_household.h"
#include "demo/demo_life.h"
#include "demo/demo_people.h"
#include "demo/demo_rng.h"
#include "app/admin.h"
#include "app/auth.h"
#include "app/household.h"
#include "db/register.h"
#include "db/events.h"
#include "db/users.h"
#include "domain/codes.h"
#include "domain/date.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* ---- the baseline register ---- */

/* The commune's areas, villages and one collaborator per area. */
static int
baseline_areas(demo *g)
{
	int nv = 0;

	g->nareas = g->opt.households <= 250 ? 1 : (g->opt.households + 100) / 200;
	g->areas = xcalloc((size_t)g->nareas, sizeof *g->areas);
	g->villages = xcalloc((size_t)g->nareas * 4, sizeof *g->villages);
	for (int a = 0; a < g->nareas; a++) {
		area ar = {0};
		user_account u = {0};
		int size = g->opt.households / g->nareas, count = rng_range(&g->rng, 2, 4);
		demo_name n = demo_name_random(g, rng_chance(&g->rng, 0.8) ? SEX_FEMALE : SEX_MALE, -1);

		if (count > size)
			count = size < 1 ? 1 : size;
		g->areas[a].first_village = nv;
		g->areas[a].nvillages = count;
		for (int v = 0; v < count; v++, nv++) {
			if (nv < demo_villages.n)
				str_copy(g->villages[nv], VILLAGE_LEN, demo_villages.rows[nv].text);
			else
				snprintf(g->villages[nv], VILLAGE_LEN, "Tổ dân phố %d", nv - demo_villages.n + 1);
		}
		ar.number = a + 1;
		snprintf(ar.name, sizeof ar.name, "Địa bàn %d", a + 1);
		snprintf(u.login, sizeof u.login, "ctv%d", a + 1);
		demo_name_text(&n, u.full_name, sizeof u.full_name);
		str_copy(u.role, sizeof u.role, "collaborator");
		if (admin_area_add(g->d, &ar, g->err) != 0)
			goto fail;
		u.area_id = ar.id;
		if (admin_user_add(g->d, &u, g->err) != 0)
			goto fail;
		g->areas[a].id = ar.id;
		g->areas[a].user_id = u.id;
	}
	g->nvillages = nv;
	g->sum->areas = g->nareas;
	return 0;
fail:
	return -1;
}

/* Put the households of the baseline into the model (not yet stored). */
static void
baseline_compose(demo *g)
{
	for (int a = 0, number = 1; a < g->nareas; a++) {
		int lo = (int)((long)a * g->opt.households / g->nareas);
		int hi = (int)((long)(a + 1) * g->opt.households / g->nareas);

		for (int i = lo; i < hi; i++, number++) {
			dhousehold h = {0};
			dperson people[8];
			int collective, n = demo_compose(g, g->baseline_day, people, &collective);
			int32_t hi_index, base;

			h.area = a;
			h.number = number;
			h.head = -1;
			h.collective = (uint8_t)collective;
			h.village = (uint16_t)((long)(i - lo) * g->areas[a].nvillages / (hi - lo));
			hi_index = demo_household_push(g, &h);
			base = g->npeople;
			for (int k = 0; k < n; k++) {
				people[k].hh = hi_index;
				if (people[k].spouse >= 0)
					people[k].spouse += base;
				demo_person_push(g, &people[k]);
			}
			g->hh[hi_index].head = base;
		}
		g->next_number = number;
	}
	g->active_households = g->nhh;
}

/* 1 if p is a married woman aged 15-49 on day. */
static int
married_woman_15_49(const dperson *p, int32_t day)
{
	int age = age_on(p->birth_day, day);

	return p->status == P_ACTIVE && p->sex == SEX_FEMALE && p->marital == 2 && age >= 15 && age <= 49;
}

/* Women already pregnant at the baseline, so that births start in the
 * first month: about 15 per 1,000 people a year, over nine months. */
static void
baseline_pregnancies(demo *g)
{
	double total = 0, target = g->population * 0.015 * 0.75 / 0.88;

	for (int32_t i = 0; i < g->npeople; i++) {
		const dperson *p = &g->people[i];

		if (married_woman_15_49(p, g->baseline_day))
			total += demo_fertility_weight(age_on(p->birth_day, g->baseline_day), p->live_births);
	}
	if (total <= 0)
		return;
	for (int32_t i = 0; i < g->npeople; i++) {
		dperson *p = &g->people[i];
		double w;

		if (!married_woman_15_49(p, g->baseline_day))
			continue;
		if (p->has_births_day && p->last_birth_day > g->baseline_day - 450)
			continue;
		w = demo_fertility_weight(age_on(p->birth_day, g->baseline_day), p->live_births);
		if (rng_chance(&g->rng, target * w / total))
			demo_pregnancy_start(g, i, g->baseline_day - rng_range(&g->rng, 0, 250));
	}
}

/* The contraceptive state of a married woman at the baseline: a method
 * about 70 % of the time (less before the first child), else a reason. */
static void
baseline_fp_choice(demo *g, dperson *p, const char **method, const char **reason)
{
	static const double use_by_parity[] = {0.2, 0.78, 0.9, 0.9};
	int age = age_on(p->birth_day, g->baseline_day);
	double use = use_by_parity[p->live_births < 3 ? p->live_births : 3];

	*method = "";
	*reason = "";
	if (age >= 45)
		use *= 0.8;
	if (p->pregnant) {
		*reason = "1";
		return;
	}
	if (rng_chance(&g->rng, use)) {
		int k = demo_table_pick(&g->rng, &demo_fp_mix);

		*method = demo_fp_mix.rows[k].text;
		if (p->live_births < 2 && (strcmp(*method, "2") == 0 || strcmp(*method, "3") == 0))
			*method = FP_METHOD_IUD;
		p->method = (uint8_t)atoi(*method);
		return;
	}
	*reason = age >= 45 ? "3" : (p->live_births < 2 ? "2" : "4");
}

/* Store one household of the model with its members and their book. */
static int
baseline_store_household(demo *g, int32_t hi, const char *period)
{
	dhousehold *dh = &g->hh[hi];
	household h;
	char date[DATE_LEN];

	household_init(&h);
	day_to_iso(g->baseline_day, date);
	demo_uid(g, h.uid);
	snprintf(h.number, sizeof h.number, "%d", dh->number);
	h.area_id = g->areas[dh->area].id;
	str_copy(h.village, sizeof h.village, g->villages[g->areas[dh->area].first_village + dh->village]);
	snprintf(h.address, sizeof h.address, "Số %d, %s", rng_range(&g->rng, 1, 180), h.village);
	str_copy(h.kind, sizeof h.kind, dh->collective ? "2" : HOUSEHOLD_FAMILY);
	str_copy(h.created_on, sizeof h.created_on, date);
	if (household_create(g->d, &h, g->err) != 0)
		return -1;
	dh->id = h.id;
	for (int32_t i = dh->first; i >= 0; i = g->people[i].next) {
		dperson *p = &g->people[i];
		member m;

		demo_member_fill(g, p, g->baseline_day, &m);
		m.household_id = h.id;
		if (member_create(g->d, &m, g->err) != 0)
			return -1;
		if (family_becomes_head(m.relation, h.head_member_id))
			h.head_member_id = m.id;
		p->id = m.id;
		if (married_woman_15_49(p, g->baseline_day)) {
			const char *method, *reason;

			baseline_fp_choice(g, p, &method, &reason);
			if (member_contraception_set(g->d, p->id, period, method, reason, g->err) != 0)
				return -1;
			g->sum->married_women++;
			g->sum->fp_users += *method != '\0';
		}
	}
	if (h.head_member_id == g->people[dh->head].id)
		return 0;
	h.head_member_id = g->people[dh->head].id;
	return household_edit(g->d, &h, g->err);
}

/* Store the baseline households (inside demo_generate's transaction). */
static int
baseline_store(demo *g)
{
	char period[PERIOD_LEN];

	day_to_period(g->baseline_day, period);
	db_set_user(g->d, 0);
	for (int32_t i = 0; i < g->nhh; i++)
		if (baseline_store_household(g, i, period) != 0)
			return -1;
	g->sum->households = g->nhh;
	g->sum->people = g->population;
	return 0;
}

/* The months of events from opt->today; -1 if today is unreadable. */
static int
demo_window(demo *g)
{
	char first[DATE_LEN], start[DATE_LEN];
	int y, m, d;

	if (date_split(g->opt.today, &y, &m, &d) != 0)
		return ds_err_set(g->err, L("Ngày hôm nay không đọc được: %s", "Cannot read today's date: %s"),
		                  g->opt.today);
	/* the last complete month is the one before today's */
	g->end_day = (int32_t)date_days_from_civil(y, m, 1) - 1;
	date_make(y, m, 1, first);
	if (date_add_months(first, -g->opt.months, start) != 0 || date_split(start, &y, &m, &d) != 0)
		return ds_err_set(g->err, L("%d tháng trước %s là trước năm %d", "%d months before %s is before %d"),
		                  g->opt.months, g->opt.today, DATE_YEAR_MIN);
	g->start_day = (int32_t)date_days_from_civil(y, m, d);
	g->baseline_day = g->start_day - 1;
	day_to_period(g->start_day, g->sum->first_period);
	day_to_period(g->end_day, g->sum->last_period);
	return 0;
}

/* Refuse a register that already has households or no commune. */
static int
demo_prepare(demo *g)
{
	char next[HH_NUMBER_LEN];

	if (db_household_next_number(g->d, next, sizeof next, g->err) != 0)
		return -1;
	if (strcmp(next, "1") != 0)
		return ds_err_set(g->err, "%s",
		                  L("Sổ đã có hộ gia đình; dữ liệu mẫu chỉ được tạo trong một CSDL mới "
		                    "(danso --db TỆP_MỚI init ... rồi demo), không trộn vào sổ thật.",
		                    "The register already has households; demo data is only made in a new "
		                    "database (danso --db NEW_FILE init ... then demo), never mixed into a real register."));
	if (db_setting_get(g->d, "commune_code", g->commune, sizeof g->commune) != 0)
		return ds_err_set(g->err, "%s", L("CSDL chưa được khởi tạo.", "The database is not initialised."));
	if (db_setting_get(g->d, "province_code", g->province, sizeof g->province) != 0 ||
	    strlen(g->province) != 2)
		str_copy(g->province, sizeof g->province, "01");
	return demo_window(g);
}

/* Free the model. */
static void
demo_free(demo *g)
{
	free(g->people);
	free(g->hh);
	free(g->areas);
	free(g->villages);
	free(g->heap);
}

/* Give the collaborator accounts without a PIN the PIN pin, if any. */
static int
set_pins(db *d, const char *pin, ds_err *err)
{
	user_account *users = NULL;
	size_t n = 0;
	int rc = 0;

	if (str_empty(pin))
		return 0;
	if (db_user_list(d, &users, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++)
		if (strcmp(users[i].role, "collaborator") == 0 && !users[i].has_pin)
			rc = auth_set_pin(d, users[i].login, pin, err);
	free(users);
	return rc;
}

long
demo_cache_kib(const demo_options *opt)
{
	long kib = (long)opt->households * 3 / 2;

	return kib < 65536 ? 65536 : kib > 1048576 ? 1048576 : kib;
}

int
demo_generate(db *d, const demo_options *opt, demo_summary *out, ds_err *err)
{
	demo g;
	int rc = -1;

	memset(&g, 0, sizeof g);
	memset(out, 0, sizeof *out);
	g.d = d;
	g.opt = *opt;
	g.sum = out;
	g.err = err;
	rng_seed(&g.rng, opt->seed);
	if (demo_prepare(&g) != 0)
		return -1;
	/* uids from the seed and the commune, never from the decisions' stream */
	g.uid_state = opt->seed ^ 0x6a09e667f3bcc909ULL;
	for (const char *c = g.commune; *c != '\0'; c++)
		g.uid_state = (g.uid_state ^ (unsigned char)*c) * 0x100000001b3ULL;
	/* All or nothing: one transaction for the whole commune, so a full
	 * disk or a kill leaves the register as it was (docs/reliability.md).
	 * A bulk load's: the name index is built once, at the commit. */
	if (db_begin_bulk(d, err) != 0) {
		demo_free(&g);
		return -1;
	}
	if (baseline_areas(&g) == 0) {
		baseline_compose(&g);
		baseline_pregnancies(&g);
		if (baseline_store(&g) == 0 && demo_run_months(&g) == 0 && set_pins(d, opt->collaborator_pin, err) == 0)
			rc = 0;
	}
	demo_free(&g);
	if (rc == 0)
		return db_commit(d, err);
	db_rollback(d);
	return -1;
}
