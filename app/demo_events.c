/* demo_events.c (app): the months of events of the demo. Each month the
 * generator draws what happens to whom (conceptions, deaths, moves,
 * marriages, contraception ...) and schedules it on a day; follow-ups
 * (pregnancy noticed, screening, birth, newborn screening) are scheduled
 * ahead. Actions run in date order, each through record_event(), one
 * transaction per month. Rates are in docs/demo.md. */
#include "config.h"

#include "app/demo_int.h"
#include "app/record.h"
#include "db/register.h"
#include "domain/codes.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum action_kind {
	A_PREG_DETECT, A_PRENATAL, A_PREG_LOSS, A_BIRTH, A_NEWBORN, A_FP_START, A_FP_SWITCH,
	A_FP_STOP, A_ELDERLY, A_DEATH, A_WIDOWED, A_MOVE_OUT, A_HH_OUT, A_MOVE_IN, A_HH_IN,
	A_MARRIAGE, A_SPOUSE_IN, A_DIVORCE, A_DETAIL
};

/* ---- the schedule: a binary heap by (day, seq) ---- */

/* 1 if action a runs before b. */
static int
action_before(const demo_action *a, const demo_action *b)
{
	return a->day < b->day || (a->day == b->day && a->seq < b->seq);
}

void
demo_schedule(demo *g, int32_t day, int kind, int32_t who, int32_t aux)
{
	size_t i;

	if (day < g->start_day || day > g->end_day)
		return;
	if (g->nheap == g->cap_heap) {
		g->cap_heap = g->cap_heap ? g->cap_heap * 2 : 1024;
		g->heap = xrealloc(g->heap, g->cap_heap * sizeof *g->heap);
	}
	i = g->nheap++;
	g->heap[i] = (demo_action){day, g->seq++, (uint8_t)kind, who, aux};
	while (i > 0 && action_before(&g->heap[i], &g->heap[(i - 1) / 2])) {
		demo_action t = g->heap[i];

		g->heap[i] = g->heap[(i - 1) / 2];
		g->heap[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

/* Remove the first action into *out; 0 when the schedule is empty. */
static int
schedule_pop(demo *g, demo_action *out)
{
	size_t i = 0;

	if (g->nheap == 0)
		return 0;
	*out = g->heap[0];
	g->heap[0] = g->heap[--g->nheap];
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		demo_action t;

		if (l < g->nheap && action_before(&g->heap[l], &g->heap[m]))
			m = l;
		if (r < g->nheap && action_before(&g->heap[r], &g->heap[m]))
			m = r;
		if (m == i)
			break;
		t = g->heap[i];
		g->heap[i] = g->heap[m];
		g->heap[m] = t;
		i = m;
	}
	return 1;
}

/* ---- recording ---- */

/* Prepare an event of kind about person who (or -1) in household hi. */
static void
event_for(demo *g, event *ev, event_kind kind, int32_t day, int32_t hi, int32_t who)
{
	event_init(ev, kind);
	demo_uid(g, ev->uid);
	day_to_iso(day, ev->date);
	ev->household_id = g->hh[hi].id;
	ev->member_id = who >= 0 ? g->people[who].id : 0;
	db_set_user(g->d, g->areas[g->hh[hi].area].user_id);
}

/* Record through the interface's use case, warnings confirmed. 1 saved,
 * 0 refused by a rule (counted, skipped), -1 storage failure. */
static int
record(demo *g, event *ev, member *new_person)
{
	rule_result res;
	record_status st = record_event(g->d, ev, new_person, 1, &res, g->err);

	if (st == RECORD_SAVED) {
		g->sum->events++;
		return 1;
	}
	if (st == RECORD_FAILED)
		return -1;
	if (g->sum->refused++ == 0)
		snprintf(g->sum->first_refusal, sizeof g->sum->first_refusal, "%s %s: %s",
		         event_kind_name(ev->kind), ev->date, record_status_message(st, &res, g->err));
	return 0;
}

/* 1 if person i is active. */
static int
alive(demo *g, int32_t i)
{
	return i >= 0 && g->people[i].status == P_ACTIVE;
}

/* A person leaves the model (died or moved out). */
static void
person_leaves(demo *g, int32_t i, int status)
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

/* After the head died, make the spouse (else the eldest) the head. */
static int
replace_head(demo *g, int32_t hi, int32_t old_spouse)
{
	dhousehold *dh = &g->hh[hi];
	int32_t best = alive(g, old_spouse) && g->people[old_spouse].hh == hi ? old_spouse : -1;
	household h;

	for (int32_t i = dh->first; i >= 0; i = g->people[i].next)
		if (best < 0 && alive(g, i) && age_on(g->people[i].birth_day, g->month_last) >= 18)
			best = i;
	for (int32_t i = dh->first; best < 0 && i >= 0; i = g->people[i].next)
		if (alive(g, i))
			best = i;
	if (best < 0)
		return 0;
	if (db_household_get(g->d, dh->id, &h, g->err) != 0)
		return -1;
	h.head_member_id = g->people[best].id;
	dh->head = best;
	return db_household_update(g->d, &h, g->err);
}

/* A name packed into an int (for scheduled actions). */
static int32_t
name_pack(demo_name n)
{
	return n.family | (n.middle << 8) | (n.given << 16);
}

/* The packed name back. */
static demo_name
name_unpack(int32_t v)
{
	demo_name n = {(uint8_t)(v & 0xff), (uint8_t)((v >> 8) & 0xff), (uint8_t)((v >> 16) & 0xff)};

	return n;
}

/* ---- pregnancy and birth ---- */

void
demo_pregnancy_start(demo *g, int32_t who, int32_t conceived)
{
	dperson *p = &g->people[who];
	int32_t detect = conceived + rng_range(&g->rng, 35, 63);
	double x = rng_unit(&g->rng);

	p->pregnant = 1;
	p->conceived_day = conceived;
	p->pregnancies = (uint8_t)(p->pregnancies < p->live_births ? p->live_births + 1 : p->pregnancies + 1);
	p->outcome = conceived < g->start_day || x < 0.88 ? 0 : (x < 0.94 ? 2 : 3);
	demo_schedule(g, detect, A_PREG_DETECT, who, 0);
	if (p->outcome == 0) {
		int32_t screen = conceived + rng_range(&g->rng, 9, 18) * 7 + rng_range(&g->rng, 0, 6);

		if (rng_chance(&g->rng, 0.8))
			demo_schedule(g, screen > detect ? screen : detect + 7, A_PRENATAL, who, 0);
		demo_schedule(g, conceived + rng_range(&g->rng, 259, 283), A_BIRTH, who, 0);
	} else {
		demo_schedule(g, detect + rng_range(&g->rng, 3, p->outcome == 2 ? 45 : 20), A_PREG_LOSS, who,
		              p->outcome);
	}
}

/* The woman's pregnancy noticed (pregnancy kind 1). */
static int
do_pregnancy(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;

	if (!alive(g, a->who) || !p->pregnant)
		return 0;
	event_for(g, &ev, EV_PREGNANCY, a->day, p->hh, a->who);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, PREGNANCY_PREGNANT);
	ev.pregnancy_number = p->pregnancies;
	return record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* A miscarriage or an abortion. */
static int
do_pregnancy_loss(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;

	if (!alive(g, a->who) || !p->pregnant)
		return 0;
	event_for(g, &ev, EV_PREGNANCY, a->day, p->hh, a->who);
	str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, a->aux == 2 ? PREGNANCY_MISCARRIAGE : PREGNANCY_ABORTION);
	ev.pregnancy_number = p->pregnancies;
	p->pregnant = 0;
	if (rng_chance(&g->rng, 0.5))
		demo_schedule(g, a->day + rng_range(&g->rng, 10, 60), A_FP_START, a->who, 0);
	return record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* Prenatal screening between weeks 11 and 20. */
static int
do_prenatal(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;

	if (!alive(g, a->who) || !p->pregnant)
		return 0;
	event_for(g, &ev, EV_PRENATAL_SCREENING, a->day, p->hh, a->who);
	ev.gestational_week = (a->day - p->conceived_day) / 7 + 2;
	ev.conditions = PN_DOWN | PN_EDWARDS | PN_PATAU | (rng_chance(&g->rng, 0.4) ? PN_THALASSAEMIA : 0);
	return record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* A birth weight in grams: roughly normal around 3,100 g. */
static int
birth_weight(demo *g)
{
	int w = 3100 + (int)((rng_unit(&g->rng) + rng_unit(&g->rng) + rng_unit(&g->rng) - 1.5) * 700);

	return w < 2300 ? 2300 : (w > 4100 ? 4100 : w);
}

/* The child's relation to the head, from the mother's. */
static const char *
child_relation(const dperson *mother)
{
	if (mother->relation == 1 || mother->relation == 2)
		return "3";
	if (mother->relation == 3 || mother->relation == 4)
		return "5";
	return "8";
}

/* The chance that the next newborn is a boy: 110 boys per 100 girls,
 * nudged towards that ratio so that it holds over a run, not just on
 * average over many runs. */
static double
male_chance(demo *g)
{
	double p = 110.0 / 210 + 0.1 * (110.0 / 210 * g->sum->births - g->boys);

	return p < 0.2 ? 0.2 : (p > 0.8 ? 0.8 : p);
}

/* A birth: the child joins the mother's household. */
static int
do_birth(demo *g, const demo_action *a)
{
	static const double places[] = {33, 62, 4, 1};
	static const char *const place_codes[] = {"1", "2", "3", "4"};
	dperson *mother = &g->people[a->who], child;
	int father = mother->spouse, rc;
	event ev;
	member m;

	if (!alive(g, a->who) || !mother->pregnant)
		return 0;
	memset(&child, 0, sizeof child);
	child.sex = rng_chance(&g->rng, male_chance(g)) ? SEX_MALE : SEX_FEMALE;
	child.name = demo_name_random(g, child.sex, father >= 0 ? g->people[father].name.family : -1);
	child.birth_day = a->day;
	child.hh = mother->hh;
	child.spouse = -1;
	child.relation = (uint8_t)atoi(child_relation(mother));
	child.marital = 1;
	child.residence = 1;
	child.ethnicity = mother->ethnicity;
	child.education = 255;
	child.busy_month = -1;
	child.checked_year = -1;
	event_for(g, &ev, EV_BIRTH, a->day, mother->hh, a->who);
	ev.child_sex = child.sex;
	ev.birth_order = mother->live_births + 1;
	str_copy(ev.birth_place, sizeof ev.birth_place, place_codes[rng_weighted(&g->rng, places, 4)]);
	ev.birth_weight_g = birth_weight(g);
	demo_member_fill(g, &child, a->day, &m);
	if ((rc = record(g, &ev, &m)) <= 0)
		return rc;
	mother = &g->people[a->who];
	mother->live_births++;
	mother->pregnant = 0;
	mother->last_birth_day = a->day;
	mother->has_births_day = 1;
	child.id = m.id;
	{
		int32_t ci = demo_person_push(g, &child);

		g->sum->births++;
		g->boys += child.sex == SEX_MALE;
		if (rng_chance(&g->rng, 0.85))
			demo_schedule(g, a->day + rng_range(&g->rng, 1, 6), A_NEWBORN, ci, 0);
	}
	if (rng_chance(&g->rng, 0.6))
		demo_schedule(g, a->day + rng_range(&g->rng, 42, 150), A_FP_START, a->who, 0);
	return 0;
}

/* Newborn screening of the child. */
static int
do_newborn(demo *g, const demo_action *a)
{
	event ev;

	if (!alive(g, a->who))
		return 0;
	event_for(g, &ev, EV_NEWBORN_SCREENING, a->day, g->people[a->who].hh, a->who);
	ev.conditions = NB_HYPOTHYROIDISM | NB_G6PD | NB_CAH;
	if (rng_chance(&g->rng, 0.6))
		ev.conditions |= NB_HEARING | NB_HEART;
	return record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* ---- contraception ---- */

/* 1 if woman i may get a contraception event on day. */
static int
fp_eligible(demo *g, int32_t i, int32_t day)
{
	const dperson *p = &g->people[i];
	int age = age_on(p->birth_day, day);

	return alive(g, i) && p->sex == SEX_FEMALE && p->marital == 2 && age >= 15 && age <= 49 && !p->pregnant;
}

/* Who provides a method (fp_provider code). */
static const char *
fp_provider(demo *g, const char *method)
{
	if (strcmp(method, "2") == 0 || strcmp(method, "3") == 0)
		return rng_chance(&g->rng, 0.6) ? "4" : "1";
	if (strcmp(method, "1") == 0 || strcmp(method, "4") == 0 || strcmp(method, "5") == 0)
		return rng_chance(&g->rng, 0.75) ? "1" : "2";
	return rng_chance(&g->rng, 0.5) ? "3" : (rng_chance(&g->rng, 0.6) ? "1" : "2");
}

/* A new method (start), or a different one (switch). */
static int
do_fp_start(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	const char *method;
	event ev;
	int rc;

	if (!fp_eligible(g, a->who, a->day) || (a->kind == A_FP_START) != (p->method == 0) || p->method == 2 ||
	    p->method == 3)
		return 0;
	do {
		method = demo_fp_mix.rows[demo_table_pick(&g->rng, &demo_fp_mix)].text;
		if (p->live_births < 2 && (method[0] == '2' || method[0] == '3'))
			method = FP_METHOD_PILL;
	} while (atoi(method) == p->method);
	event_for(g, &ev, EV_FP_START, a->day, p->hh, a->who);
	str_copy(ev.method, sizeof ev.method, method);
	str_copy(ev.provider, sizeof ev.provider, fp_provider(g, method));
	ev.living_children = p->live_births;
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	g->people[a->who].method = (uint8_t)atoi(method);
	return 0;
}

/* Stopping the method in use, aux the reason code. */
static int
do_fp_stop(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;
	int rc;

	if (!alive(g, a->who) || p->method == 0 || p->marital != 2)
		return 0;
	event_for(g, &ev, EV_FP_STOP, a->day, p->hh, a->who);
	snprintf(ev.method, sizeof ev.method, "%d", p->method);
	snprintf(ev.stop_reason, sizeof ev.stop_reason, "%d", a->aux);
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	g->people[a->who].method = 0;
	return 0;
}

/* ---- elderly, deaths ---- */

/* The yearly check-up of a person aged 60+. */
static int
do_elderly(demo *g, const demo_action *a)
{
	event ev;

	if (!alive(g, a->who) || age_on(g->people[a->who].birth_day, a->day) < 60)
		return 0;
	event_for(g, &ev, EV_ELDERLY_CHECK, a->day, g->people[a->who].hh, a->who);
	return record(g, &ev, NULL) < 0 ? -1 : 0;
}

/* The cause of a death at an age (death_cause code). */
static const char *
death_cause(demo *g, int age)
{
	double x = rng_unit(&g->rng);

	if (age >= 75)
		return x < 0.6 ? "3" : (x < 0.95 ? "1" : "2");
	if (age < 1)
		return x < 0.7 ? "1" : "9";
	return x < 0.7 ? "1" : (x < 0.95 ? "2" : "9");
}

/* A death; the spouse becomes a widow(er), the head is replaced. */
static int
do_death(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	int32_t hi = p->hh, spouse = p->spouse;
	event ev;
	int rc;

	if (!alive(g, a->who))
		return 0;
	event_for(g, &ev, EV_DEATH, a->day, hi, a->who);
	str_copy(ev.death_cause, sizeof ev.death_cause, death_cause(g, age_on(p->birth_day, a->day)));
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	g->sum->deaths++;
	person_leaves(g, a->who, P_DIED);
	if (alive(g, spouse) && g->people[spouse].marital == 2)
		demo_schedule(g, a->day + rng_range(&g->rng, 0, 20), A_WIDOWED, spouse, 0);
	if (g->hh[hi].head == a->who && g->hh[hi].active > 0)
		return replace_head(g, hi, spouse);
	return 0;
}

/* A change of basic details: field, old and new value. */
static int
record_detail(demo *g, int32_t day, int32_t who, const char *field, const char *old_value,
              const char *new_value)
{
	event ev;

	event_for(g, &ev, EV_DETAIL_CHANGE, day, g->people[who].hh, who);
	str_copy(ev.field, sizeof ev.field, field);
	str_copy(ev.old_value, sizeof ev.old_value, old_value);
	str_copy(ev.new_value, sizeof ev.new_value, new_value);
	return record(g, &ev, NULL);
}

/* The widowed spouse's marital status 2 -> 3. */
static int
do_widowed(demo *g, const demo_action *a)
{
	int rc;

	if (!alive(g, a->who) || g->people[a->who].marital != 2)
		return 0;
	if ((rc = record_detail(g, a->day, a->who, "marital", "2", "3")) <= 0)
		return rc;
	g->people[a->who].marital = 3;
	return 0;
}

/* Detail changes: a citizen id issued, away / back, a school level. */
static int
do_detail(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	char old_value[16], new_value[PERSON_ID_LEN];
	int age = age_on(p->birth_day, a->day), rc;

	if (!alive(g, a->who))
		return 0;
	if (a->aux == 0 && !p->has_person_id && age >= 14 && g->person_id_seq < 1000000) {
		demo_person_id(g, p, new_value);
		if ((rc = record_detail(g, a->day, a->who, "person_id", "", new_value)) > 0)
			g->people[a->who].has_person_id = 1;
		return rc < 0 ? -1 : 0;
	}
	if (a->aux == 2 && age >= 15 && age <= 24 && p->education != 255 && p->education < 6) {
		snprintf(old_value, sizeof old_value, "%d", p->education);
		snprintf(new_value, sizeof new_value, "%d", p->education + 1);
		if ((rc = record_detail(g, a->day, a->who, "education", old_value, new_value)) > 0)
			g->people[a->who].education++;
		return rc < 0 ? -1 : 0;
	}
	if (a->aux != 1 || age < 16 || p->relation == 1)
		return 0;
	snprintf(old_value, sizeof old_value, "%d", p->residence);
	snprintf(new_value, sizeof new_value, "%d", 3 - p->residence);
	if ((rc = record_detail(g, a->day, a->who, "residence", old_value, new_value)) > 0)
		g->people[a->who].residence = (uint8_t)(3 - g->people[a->who].residence);
	return rc < 0 ? -1 : 0;
}

/* ---- moves ---- */

/* A random place outside the commune. */
static const char *
some_place(demo *g)
{
	return demo_places.rows[demo_table_pick(&g->rng, &demo_places)].text;
}

/* One person leaves the commune (never the head, never the last one). */
static int
do_move_out(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	event ev;
	int rc;

	if (!alive(g, a->who) || g->hh[p->hh].head == a->who || g->hh[p->hh].active < 2)
		return 0;
	event_for(g, &ev, EV_MOVE_OUT, a->day, p->hh, a->who);
	str_copy(ev.place, sizeof ev.place, some_place(g));
	ev.move_scope = MOVE_ELSEWHERE;
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	g->sum->moves_out++;
	person_leaves(g, a->who, P_LEFT);
	return 0;
}

/* A whole household leaves (aux 0) or is handed over to another area. */
static int
do_household_out(demo *g, const demo_action *a)
{
	dhousehold *h = &g->hh[a->who];
	event ev;
	int rc, to = -1;

	if (h->status != HH_ACTIVE || h->active == 0)
		return 0;
	event_for(g, &ev, EV_MOVE_OUT, a->day, a->who, -1);
	ev.whole_household = 1;
	if (a->aux == 1 && g->nareas > 1) {
		to = (h->area + rng_range(&g->rng, 1, g->nareas - 1)) % g->nareas;
		ev.move_scope = MOVE_IN_COMMUNE;
		ev.to_area_id = g->areas[to].id;
		snprintf(ev.place, sizeof ev.place, "Địa bàn %d", to + 1);
	} else {
		ev.move_scope = MOVE_ELSEWHERE;
		str_copy(ev.place, sizeof ev.place, some_place(g));
	}
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	if (to >= 0) {
		g->hh[a->who].area = to;
		g->hh[a->who].village = (uint16_t)rng_below(&g->rng, (uint32_t)g->areas[to].nvillages);
		return 0;
	}
	g->sum->moves_out++;
	for (int32_t i = g->hh[a->who].first; i >= 0; i = g->people[i].next)
		if (alive(g, i))
			person_leaves(g, i, P_LEFT);
	return 0;
}

/* Store a person arriving into household hi (already in the database). */
static int
move_in_person(demo *g, int32_t day, int32_t hi, dperson *p, int32_t *index)
{
	event ev;
	member m;
	int rc;

	p->hh = hi;
	event_for(g, &ev, EV_MOVE_IN, day, hi, -1);
	str_copy(ev.place, sizeof ev.place, some_place(g));
	ev.move_scope = MOVE_ELSEWHERE;
	demo_member_fill(g, p, day, &m);
	if ((rc = record(g, &ev, &m)) <= 0)
		return rc;
	p->id = m.id;
	*index = demo_person_push(g, p);
	g->sum->moves_in++;
	return 1;
}

/* A relative or a lodger joins a household. */
static int
do_move_in(demo *g, const demo_action *a)
{
	dperson p, tmp[8];
	int collective, n = demo_compose(g, a->day, tmp, &collective);
	int32_t index;

	if (g->hh[a->who].status != HH_ACTIVE)
		return 0;
	/* someone of working age from a composed household elsewhere */
	p = tmp[n - 1];
	for (int k = 0; k < n; k++)
		if (age_on(tmp[k].birth_day, a->day) >= 18 && age_on(tmp[k].birth_day, a->day) <= 45)
			p = tmp[k];
	p.relation = rng_chance(&g->rng, 0.6) ? 8 : 9;
	p.spouse = -1;
	p.live_births = 0;
	if (p.marital == 2)
		p.marital = 1;
	return move_in_person(g, a->day, a->who, &p, &index) < 0 ? -1 : 0;
}

/* A whole household arrives from outside the commune. */
static int
do_household_in(demo *g, const demo_action *a)
{
	dperson people[8];
	member members[8];
	household h;
	event tmpl;
	rule_result res;
	int collective, n = demo_compose(g, a->day, people, &collective), to_area = a->aux;
	dhousehold dh = {0};
	record_status st;
	int32_t hi, base;

	household_init(&h);
	demo_uid(g, h.uid);
	snprintf(h.number, sizeof h.number, "%d", g->next_number);
	h.area_id = g->areas[to_area].id;
	dh.village = (uint16_t)rng_below(&g->rng, (uint32_t)g->areas[to_area].nvillages);
	str_copy(h.village, sizeof h.village, g->villages[g->areas[to_area].first_village + dh.village]);
	snprintf(h.address, sizeof h.address, "Số %d, %s", rng_range(&g->rng, 1, 180), h.village);
	str_copy(h.kind, sizeof h.kind, collective ? "2" : HOUSEHOLD_FAMILY);
	day_to_iso(a->day, h.created_on);
	for (int k = 0; k < n; k++)
		demo_member_fill(g, &people[k], a->day, &members[k]);
	event_init(&tmpl, EV_MOVE_IN);
	day_to_iso(a->day, tmpl.date);
	str_copy(tmpl.place, sizeof tmpl.place, some_place(g));
	demo_uid(g, tmpl.uid);
	db_set_user(g->d, g->areas[to_area].user_id);
	st = record_household_move_in(g->d, &h, members, (size_t)n, &tmpl, 1, &res, g->err);
	if (st == RECORD_FAILED)
		return -1;
	if (st != RECORD_SAVED) {
		if (g->sum->refused++ == 0)
			snprintf(g->sum->first_refusal, sizeof g->sum->first_refusal, "move_in %s: %s", tmpl.date,
			         record_status_message(st, &res, g->err));
		return 0;
	}
	g->sum->events += n;
	g->sum->moves_in++;
	dh.id = h.id;
	dh.area = to_area;
	dh.number = g->next_number++;
	dh.collective = (uint8_t)collective;
	hi = demo_household_push(g, &dh);
	base = g->npeople;
	for (int k = 0; k < n; k++) {
		people[k].hh = hi;
		people[k].id = members[k].id;
		if (people[k].spouse >= 0)
			people[k].spouse += base;
		demo_person_push(g, &people[k]);
	}
	g->hh[hi].head = base;
	g->active_households++;
	return 0;
}

/* ---- marriage, divorce ---- */

/* A marriage with someone from outside the register. */
static int
do_marriage(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	demo_name spouse = name_unpack(a->aux);
	event ev;
	int rc;

	if (!alive(g, a->who) || p->marital != 1)
		return 0;
	event_for(g, &ev, EV_MARRIAGE, a->day, p->hh, a->who);
	demo_name_text(&spouse, ev.spouse_name, sizeof ev.spouse_name);
	ev.premarital_check = rng_chance(&g->rng, 0.8);
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	p = &g->people[a->who];
	p->marital = 2;
	g->sum->marriages++;
	/* a bride usually joins her husband's family */
	if (p->sex == SEX_MALE || rng_chance(&g->rng, 0.25))
		demo_schedule(g, a->day + rng_range(&g->rng, 3, 30), A_SPOUSE_IN, a->who, a->aux);
	else
		demo_schedule(g, a->day + rng_range(&g->rng, 3, 30), A_MOVE_OUT, a->who, 0);
	return 0;
}

/* The new spouse moves into the household. */
static int
do_spouse_in(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who], s;
	int age = age_on(p->birth_day, a->day), rc;
	int32_t index;

	if (!alive(g, a->who) || p->marital != 2 || p->spouse >= 0)
		return 0;
	memset(&s, 0, sizeof s);
	s.sex = p->sex == SEX_MALE ? SEX_FEMALE : SEX_MALE;
	s.name = name_unpack(a->aux);
	age += s.sex == SEX_FEMALE ? -rng_range(&g->rng, 0, 4) : rng_range(&g->rng, 0, 4);
	if (age < 20)
		age = 20;
	s.birth_day = a->day - age * 365 - age / 4 - rng_range(&g->rng, 1, 360);
	s.relation = p->relation == 1 ? 2 : (p->relation == 3 ? 4 : 8);
	s.marital = 2;
	s.residence = 1;
	s.ethnicity = p->ethnicity;
	s.education = (uint8_t)demo_education(g, age);
	s.has_person_id = rng_chance(&g->rng, 0.8);
	s.spouse = a->who;
	s.busy_month = g->month;
	s.checked_year = -1;
	if ((rc = move_in_person(g, a->day, p->hh, &s, &index)) <= 0)
		return rc;
	g->people[a->who].spouse = index;
	return 0;
}

/* A divorce of a couple living together; one of them often leaves. */
static int
do_divorce(demo *g, const demo_action *a)
{
	dperson *p = &g->people[a->who];
	int32_t s = p->spouse, leaver;
	event ev;
	int rc;

	if (!alive(g, a->who) || !alive(g, s) || p->marital != 2 || g->people[s].marital != 2)
		return 0;
	event_for(g, &ev, EV_DIVORCE, a->day, p->hh, a->who);
	ev.related_member_id = g->people[s].id;
	if ((rc = record(g, &ev, NULL)) <= 0)
		return rc;
	g->sum->divorces++;
	g->people[a->who].marital = 4;
	g->people[s].marital = 4;
	g->people[a->who].spouse = -1;
	g->people[s].spouse = -1;
	leaver = g->hh[g->people[s].hh].head == s ? a->who : s;
	if (rng_chance(&g->rng, 0.7))
		demo_schedule(g, a->day + rng_range(&g->rng, 3, 30), A_MOVE_OUT, leaver, 0);
	return 0;
}

/* Run one action; 0 ok (done or no longer applicable), -1 failure. */
static int
run_action(demo *g, const demo_action *a)
{
	switch (a->kind) {
	case A_PREG_DETECT: return do_pregnancy(g, a);
	case A_PRENATAL: return do_prenatal(g, a);
	case A_PREG_LOSS: return do_pregnancy_loss(g, a);
	case A_BIRTH: return do_birth(g, a);
	case A_NEWBORN: return do_newborn(g, a);
	case A_FP_START:
	case A_FP_SWITCH: return do_fp_start(g, a);
	case A_FP_STOP: return do_fp_stop(g, a);
	case A_ELDERLY: return do_elderly(g, a);
	case A_DEATH: return do_death(g, a);
	case A_WIDOWED: return do_widowed(g, a);
	case A_MOVE_OUT: return do_move_out(g, a);
	case A_HH_OUT: return do_household_out(g, a);
	case A_MOVE_IN: return do_move_in(g, a);
	case A_HH_IN: return do_household_in(g, a);
	case A_MARRIAGE: return do_marriage(g, a);
	case A_SPOUSE_IN: return do_spouse_in(g, a);
	case A_DIVORCE: return do_divorce(g, a);
	case A_DETAIL: return do_detail(g, a);
	default: fatal("demo: unknown action %d", a->kind);
	}
}

/* ---- drawing a month ---- */

/* Sums over the population that turn yearly rates into chances. */
typedef struct month_weights {
	double fertility, mortality;
	int movers, singles, couples, nonusers, users;
} month_weights;

/* 1 if woman p could conceive this month. */
static int
may_conceive(demo *g, const dperson *p, int age)
{
	return p->sex == SEX_FEMALE && p->marital == 2 && p->spouse >= 0 && !p->pregnant && age >= 18 &&
	       age <= 44 && p->method != 2 && p->method != 3 &&
	       (!p->has_births_day || p->last_birth_day < g->month_first - 120);
}

/* 1 if person i may move out alone (young, single, not the head). */
static int
may_move_out(demo *g, int32_t i, int age)
{
	const dperson *p = &g->people[i];

	return age >= 18 && age <= 35 && p->marital == 1 && g->hh[p->hh].head != i && g->hh[p->hh].active >= 2 &&
	       !p->pregnant;
}

/* Add up the weights of the month. */
static void
month_weigh(demo *g, month_weights *w)
{
	memset(w, 0, sizeof *w);
	for (int32_t i = 0; i < g->npeople; i++) {
		const dperson *p = &g->people[i];
		int age;

		if (p->status != P_ACTIVE)
			continue;
		age = age_on(p->birth_day, g->month_first);
		w->mortality += demo_death_weight(age);
		if (may_conceive(g, p, age))
			w->fertility += demo_fertility_weight(age, p->live_births) * (p->method ? 0.1 : 1);
		w->movers += may_move_out(g, i, age);
		w->singles += p->marital == 1 && age >= 20 && age <= 34;
		w->couples += p->sex == SEX_MALE && p->marital == 2 && alive(g, p->spouse) && age < 60;
	}
}

/* A random day of the month. */
static int32_t
month_day(demo *g)
{
	return rng_range(&g->rng, g->month_first, g->month_last);
}

/* Draw the month's own event (at most one) for person i. */
static void
draw_person(demo *g, int32_t i, const month_weights *w)
{
	dperson *p = &g->people[i];
	double pop = g->population;
	int age = age_on(p->birth_day, g->month_first);

	if (p->status != P_ACTIVE || p->busy_month == g->month)
		return;
	p->busy_month = g->month;
	if (w->mortality > 0 && rng_chance(&g->rng, pop * 0.006 / 12 * demo_death_weight(age) / w->mortality)) {
		demo_schedule(g, month_day(g), A_DEATH, i, 0);
		return;
	}
	if (may_conceive(g, p, age) && w->fertility > 0 &&
	    rng_chance(&g->rng, pop * 0.0155 / 12 / 0.88 * demo_fertility_weight(age, p->live_births) *
	                            (p->method ? 0.1 : 1) / w->fertility)) {
		int32_t day = rng_range(&g->rng, g->month_first + 1, g->month_last);

		if (p->method)
			demo_schedule(g, rng_range(&g->rng, g->month_first, day - 1), A_FP_STOP, i, 1);
		demo_pregnancy_start(g, i, day);
		return;
	}
	if (p->marital == 1 && age >= 20 && age <= 34 && w->singles > 0 &&
	    rng_chance(&g->rng, pop * 0.008 / 12 / w->singles)) {
		demo_name n = demo_name_random(g, p->sex == SEX_MALE ? SEX_FEMALE : SEX_MALE, -1);

		demo_schedule(g, month_day(g), A_MARRIAGE, i, name_pack(n));
		return;
	}
	if (p->sex == SEX_MALE && p->marital == 2 && alive(g, p->spouse) && age < 60 && w->couples > 0 &&
	    rng_chance(&g->rng, pop * 0.0012 / 12 / w->couples)) {
		demo_schedule(g, month_day(g), A_DIVORCE, i, 0);
		return;
	}
	if (may_move_out(g, i, age) && rng_chance(&g->rng, pop * 0.010 / 12 / w->movers)) {
		demo_schedule(g, month_day(g), A_MOVE_OUT, i, 0);
		return;
	}
	if (fp_eligible(g, i, g->month_first) && age <= 47) {
		int recent = p->has_births_day && p->last_birth_day > g->month_first - 150;

		int sterilised = p->method == 2 || p->method == 3;

		if (p->method == 0 && !recent && rng_chance(&g->rng, 0.025)) {
			demo_schedule(g, month_day(g), A_FP_START, i, 0);
			return;
		}
		if (p->method != 0 && !sterilised && rng_chance(&g->rng, 0.012)) {
			demo_schedule(g, month_day(g), rng_chance(&g->rng, 0.4) ? A_FP_SWITCH : A_FP_STOP, i,
			              rng_chance(&g->rng, 0.7) ? 2 : 6);
			return;
		}
		if (p->method != 0 && age >= 46 && rng_chance(&g->rng, 0.02)) {
			demo_schedule(g, month_day(g), A_FP_STOP, i, 4);
			return;
		}
	}
	if (rng_chance(&g->rng, 0.01 / 12 * 4))
		demo_schedule(g, month_day(g), A_DETAIL, i, (int32_t)rng_below(&g->rng, 3));
}

/* Households leaving, handed over or arriving this month. */
static void
draw_households(demo *g)
{
	double arrivals = g->active_households * 0.006 / 12, joins = g->population * 0.005 / 12;

	for (int32_t h = 0; h < g->nhh; h++) {
		if (g->hh[h].status != HH_ACTIVE)
			continue;
		if (rng_chance(&g->rng, 0.004 / 12))
			demo_schedule(g, month_day(g), A_HH_OUT, h, 0);
		else if (g->nareas > 1 && rng_chance(&g->rng, 0.003 / 12))
			demo_schedule(g, month_day(g), A_HH_OUT, h, 1);
	}
	for (int k = (int)arrivals + rng_chance(&g->rng, arrivals - (int)arrivals); k > 0; k--)
		demo_schedule(g, month_day(g), A_HH_IN, 0, (int32_t)rng_below(&g->rng, (uint32_t)g->nareas));
	for (int k = (int)joins + rng_chance(&g->rng, joins - (int)joins); k > 0 && g->nhh > 0; k--) {
		int32_t h = (int32_t)rng_below(&g->rng, (uint32_t)g->nhh);

		if (g->hh[h].status == HH_ACTIVE)
			demo_schedule(g, month_day(g), A_MOVE_IN, h, 0);
	}
}

/* Elderly check-ups for the part of a calendar year from this month on:
 * about 88 % of people aged 60+, once, on a random day. */
static void
draw_elderly(demo *g)
{
	int y, m, d;
	int32_t last;

	day_to_ymd(g->month_first, &y, &m, &d);
	if (g->month != 0 && m != 1)
		return;
	last = day_from_ymd(y, 12, 31);
	if (last > g->end_day)
		last = g->end_day;
	for (int32_t i = 0; i < g->npeople; i++) {
		dperson *p = &g->people[i];
		int32_t sixty, first;

		if (p->status != P_ACTIVE || p->checked_year == y || age_on(p->birth_day, last) < 60)
			continue;
		p->checked_year = y;
		if (!rng_chance(&g->rng, 0.88))
			continue;
		sixty = p->birth_day + 60 * 365 + 15;
		first = sixty > g->month_first ? sixty : g->month_first;
		demo_schedule(g, rng_range(&g->rng, first, last), A_ELDERLY, i, 0);
	}
}

/* Generate and record one month. */
static int
run_month(demo *g)
{
	month_weights w;
	demo_action a;

	month_weigh(g, &w);
	for (int32_t i = 0, n = g->npeople; i < n; i++)
		draw_person(g, i, &w);
	draw_households(g);
	draw_elderly(g);
	if (db_begin(g->d, g->err) != 0)
		return -1;
	while (g->nheap > 0 && g->heap[0].day <= g->month_last) {
		schedule_pop(g, &a);
		if (run_action(g, &a) != 0) {
			db_rollback(g->d);
			return -1;
		}
	}
	return db_commit(g->d, g->err);
}

int
demo_run_months(demo *g)
{
	int y, m, d;

	day_to_ymd(g->start_day, &y, &m, &d);
	for (g->month = 0; g->month < g->opt.months; g->month++) {
		g->month_first = day_from_ymd(y, m, 1);
		g->month_last = day_from_ymd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
		if (run_month(g) != 0)
			return -1;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	db_set_user(g->d, 0);
	return 0;
}
