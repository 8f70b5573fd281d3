/*
 * demo_int.h (app): what the modules of the demo generator share. Never
 * included outside demo/demo*.c.
 *
 *   demo_data.c       the tables: names, villages, places, distributions
 *   demo.c            the random generator, dates, the baseline register
 *   demo_household.c  composing a household (types, ages, relations)
 *   demo_events.c     the schedule, drawing each month, recording
 *   demo_life.c       births, contraception, check-ups, deaths, details
 *   demo_moves.c      moves, marriages, divorces
 *
 * The generator keeps its own small model of the register (people and
 * households by index) so that it decides what happens without reading the
 * database back; the database is written through db/register.h and
 * app/record.h only.
 */
#ifndef DANSO_DEMO_INT_H
#define DANSO_DEMO_INT_H

#include "demo/demo.h"
#include "domain/error.h"
#include "domain/model.h"

#include <stddef.h>
#include <stdint.h>

/* ---- random numbers: xoshiro256** seeded with splitmix64 ---- */

typedef struct demo_rng {
	uint64_t s[4];
} demo_rng;

void rng_seed(demo_rng *r, uint64_t seed);
uint64_t rng_next(demo_rng *r);
/* Uniform in [0, n) (n > 0). */
uint32_t rng_below(demo_rng *r, uint32_t n);
/* Uniform in [lo, hi]. */
int rng_range(demo_rng *r, int lo, int hi);
/* Uniform in [0, 1). */
double rng_unit(demo_rng *r);
/* 1 with probability p. */
int rng_chance(demo_rng *r, double p);
/* An index drawn with the given weights (sum > 0). */
int rng_weighted(demo_rng *r, const double *weights, int n);

/* ---- dates as day numbers (days since 1970-01-01, converted with
 * date_days_from_civil and date_civil_from_days of domain/date.h) ---- */

/* "YYYY-MM-DD" of a day into out (DATE_LEN). */
void day_to_iso(int32_t day, char out[DATE_LEN]);
/* "YYYY-MM" of a day into out (PERIOD_LEN). */
void day_to_period(int32_t day, char out[PERIOD_LEN]);
/* Whole years from birth to day. */
int age_on(int32_t birth, int32_t day);

/* ---- the tables (demo_data.c) ---- */

enum { NAME_FAMILY, NAME_MIDDLE_MALE, NAME_MIDDLE_FEMALE, NAME_GIVEN_MALE, NAME_GIVEN_FEMALE, NAME_TABLES };

typedef struct demo_weighted_text {
	const char *text;
	double weight;
} demo_weighted_text;

typedef struct demo_table {
	const demo_weighted_text *rows;
	int n;
} demo_table;

extern const demo_table demo_names[NAME_TABLES];
extern const demo_table demo_villages;       /* rural village names */
extern const demo_table demo_places;         /* provinces / cities for moves */
extern const demo_table demo_ethnic_minorities; /* codes, by weight */
extern const demo_table demo_fp_mix;         /* method codes, by weight */
extern const demo_table demo_cccd_provinces; /* 3-digit CCCD province prefixes */

/* A row drawn by weight from a table. */
int demo_table_pick(demo_rng *r, const demo_table *t);

/* Annual death rate at an age (the shape; the generator scales it). */
double demo_death_weight(int age);
/* Relative fertility of a married woman by age and live births so far. */
double demo_fertility_weight(int age, int live_births);

/* ---- the model ---- */

enum person_status { P_ACTIVE = 0, P_LEFT = 1, P_DIED = 2 };

/* A Vietnamese name as indices into the name tables. */
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

/* A scheduled action: something that happens on a day to a person. */
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
	int32_t boys;
	int32_t composed_males, composed_females; /* people composed so far */                 /* boys among the births so far */
} demo;

/* A new uid from the seed (32 hex digits). */
void demo_uid(demo *g, char out[UID_LEN + 1]);
/* The full name of n for sex into out. */
void demo_name_text(const demo_name *n, char *out, size_t size);
/* A random name for sex; family given (or random when < 0). */
demo_name demo_name_random(demo *g, int person_sex, int family);
/* A new unique 12-digit citizen id for p into out. */
void demo_person_id(demo *g, const dperson *p, char out[PERSON_ID_LEN]);
/* Append a person to the model (household links set); returns its index. */
int32_t demo_person_push(demo *g, const dperson *p);
/* Append a household to the model; returns its index. */
int32_t demo_household_push(demo *g, const dhousehold *h);
/* Fill a member record from a model person (entered on day). */
void demo_member_fill(demo *g, const dperson *p, int32_t day, member *m);

/* Compose a household's people for a reference day into out (room for 8):
 * ages, sexes, relations, names, spouse links (indices into out). Returns
 * how many; *collective set for a collective household. */
int demo_compose(demo *g, int32_t day, dperson out[8], int *collective);

/* Education code (0-7, 255 for none yet) for an age. */
int demo_education(demo *g, int age);

/* Scheduled actions. */
void demo_schedule(demo *g, int32_t day, int kind, int32_t who, int32_t aux);

/* ---- the months of events (demo_events.c) ---- */

/* What a scheduled action does (demo_action.kind). */
enum demo_action_kind {
	A_PREG_DETECT, A_PRENATAL, A_PREG_LOSS, A_BIRTH, A_NEWBORN, A_FP_START, A_FP_SWITCH,
	A_FP_STOP, A_ELDERLY, A_DEATH, A_WIDOWED, A_MOVE_OUT, A_HH_OUT, A_MOVE_IN, A_HH_IN,
	A_MARRIAGE, A_SPOUSE_IN, A_DIVORCE, A_DETAIL
};

/* Generate and record every month. 0 ok, -1 with g->err set. */
int demo_run_months(demo *g);

/* Prepare an event of kind about person who (-1: none) in household hi,
 * recorded by the area's collaborator. */
void demo_event_for(demo *g, event *ev, event_kind kind, int32_t day, int32_t hi, int32_t who);
/* Record through record_event(), warnings confirmed: 1 saved, 0 refused by
 * a rule (counted in the summary, skipped), -1 storage failure. */
int demo_record(demo *g, event *ev, member *new_person);
/* 1 if person i exists and is active. */
int demo_alive(demo *g, int32_t i);
/* Person i leaves the model (P_DIED or P_LEFT); an emptied household ends. */
void demo_person_leaves(demo *g, int32_t i, int status);
/* A name packed into an int for a scheduled action, and back. */
int32_t demo_name_pack(demo_name n);
demo_name demo_name_unpack(int32_t v);

/* ---- what happens to people (demo_life.c); each returns 0 when done or
 * no longer applicable, -1 on a storage failure ---- */

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

/* ---- moves and marriages (demo_moves.c), same returns ---- */

int demo_do_move_out(demo *g, const demo_action *a);
int demo_do_household_out(demo *g, const demo_action *a);
int demo_do_move_in(demo *g, const demo_action *a);
int demo_do_household_in(demo *g, const demo_action *a);
int demo_do_marriage(demo *g, const demo_action *a);
int demo_do_spouse_in(demo *g, const demo_action *a);
int demo_do_divorce(demo *g, const demo_action *a);

#endif
