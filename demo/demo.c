/* demo.c (app): the demo generator's random numbers, dates, names and the
 * baseline register (areas, collaborators, households, members and the
 * contraceptive book); the months of events are in demo_events.c. */
#include "config.h"

#include "demo/demo.h"
#include "demo/demo_int.h"
#include "app/admin.h"
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

#define BATCH_HOUSEHOLDS 500

/* ---- random numbers ---- */

/* One step of splitmix64 (seeds xoshiro and makes uids). */
static uint64_t
splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
rng_seed(demo_rng *r, uint64_t seed)
{
	uint64_t s = seed;

	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&s);
}

/* Rotate left. */
static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t
rng_next(demo_rng *r)
{
	uint64_t *s = r->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

uint32_t
rng_below(demo_rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int
rng_range(demo_rng *r, int lo, int hi)
{
	if (hi <= lo)
		return lo;
	return lo + (int)rng_below(r, (uint32_t)(hi - lo + 1));
}

double
rng_unit(demo_rng *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

int
rng_chance(demo_rng *r, double p)
{
	return rng_unit(r) < p;
}

int
rng_weighted(demo_rng *r, const double *weights, int n)
{
	double total = 0, x;

	for (int i = 0; i < n; i++)
		total += weights[i];
	x = rng_unit(r) * total;
	for (int i = 0; i < n; i++) {
		if (x < weights[i])
			return i;
		x -= weights[i];
	}
	return n - 1;
}

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
	uint64_t a = splitmix64(&g->uid_state), b = splitmix64(&g->uid_state);

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
}

/* ---- the baseline register ---- */

/* The commune's areas, villages and one collaborator per area. */
static int
baseline_areas(demo *g)
{
	int nv = 0;

	g->nareas = g->opt.households <= 250 ? 1 : (g->opt.households + 100) / 200;
	g->areas = xcalloc((size_t)g->nareas, sizeof *g->areas);
	g->villages = xcalloc((size_t)g->nareas * 4, sizeof *g->villages);
	if (db_begin(g->d, g->err) != 0)
		return -1;
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
	return db_commit(g->d, g->err);
fail:
	db_rollback(g->d);
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

/* Store the baseline households, BATCH_HOUSEHOLDS per transaction. */
static int
baseline_store(demo *g)
{
	char period[PERIOD_LEN];

	day_to_period(g->baseline_day, period);
	db_set_user(g->d, 0);
	for (int32_t lo = 0; lo < g->nhh; lo += BATCH_HOUSEHOLDS) {
		if (db_begin(g->d, g->err) != 0)
			return -1;
		for (int32_t i = lo; i < g->nhh && i < lo + BATCH_HOUSEHOLDS; i++) {
			if (baseline_store_household(g, i, period) != 0) {
				db_rollback(g->d);
				return -1;
			}
		}
		if (db_commit(g->d, g->err) != 0)
			return -1;
	}
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
	if (baseline_areas(&g) == 0) {
		baseline_compose(&g);
		baseline_pregnancies(&g);
		if (baseline_store(&g) == 0 && demo_run_months(&g) == 0)
			rc = 0;
	}
	demo_free(&g);
	return rc;
}
