/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * model.h: the register's records as plain C values.
 *
 * These structs are the contract between the layers: db/ stores and loads
 * them, domain/rules.c checks them, exchange/ writes them to CSV and tui/
 * edits them. Strings are fixed-size, NUL-terminated UTF-8 in NFC; codes are
 * the text codes of a code list (see domain/codes.h), never labels; dates are
 * ISO text "YYYY-MM-DD" ("YYYY" alone for an elderly person's unknown birth
 * date). An id of 0 means "none" or "not stored yet".
 */
#ifndef DANSO_MODEL_H
#define DANSO_MODEL_H

#include <stdint.h>

#define UID_LEN 32          /* 128 random bits as lowercase hex */
#define DATE_LEN 11         /* "YYYY-MM-DD" + NUL */
#define PERIOD_LEN 8        /* "YYYY-MM" / "YYYY-Qn" / "YYYY" + NUL */
#define TS_LEN 21           /* "YYYY-MM-DDTHH:MM:SSZ" + NUL */
#define CODE_LEN 8
#define HH_NUMBER_LEN 16    /* "123", "123.1" */
#define PERSON_ID_LEN 16    /* 15-char insurance number, 10 or 12 digits */
#define NAME_LEN 160        /* a Vietnamese full name in UTF-8, with room */
#define PLACE_LEN 160
#define ADDRESS_LEN 200
#define VILLAGE_LEN 100
#define FIELD_LEN 32
#define VALUE_LEN 200
#define REASON_LEN 200

typedef enum sex {
	SEX_UNKNOWN = 0,
	SEX_MALE = 1,
	SEX_FEMALE = 2
} sex;

typedef enum household_status {
	HH_ACTIVE = 0,
	HH_MOVED_OUT = 1,
	HH_DISSOLVED = 2
} household_status;

typedef enum member_status {
	MEMBER_ACTIVE = 0,
	MEMBER_MOVED_OUT = 1,
	MEMBER_DIED = 2
} member_status;

/* An area (địa bàn) of the commune, covered by one collaborator. */
typedef struct area {
	int64_t id;
	int number;                 /* numbered by the commune */
	char name[VILLAGE_LEN];
} area;

/* A household (hộ) of the register. */
typedef struct household {
	int64_t id;
	char uid[UID_LEN + 1];
	char number[HH_NUMBER_LEN]; /* hộ số, unique in the commune */
	int64_t area_id;
	char village[VILLAGE_LEN];  /* thôn / xóm / tổ dân phố */
	char address[ADDRESS_LEN];
	char kind[CODE_LEN];        /* code list household_kind: 1 family, 2 collective */
	int64_t head_member_id;     /* 0 until the head is entered */
	char created_on[DATE_LEN];
	household_status status;
	char ended_on[DATE_LEN];    /* "" while active */
} household;

/* A member (nhân khẩu) of a household. */
typedef struct member {
	int64_t id;
	char uid[UID_LEN + 1];
	int64_t household_id;
	char person_id[PERSON_ID_LEN]; /* optional; unique when present */
	char full_name[NAME_LEN];
	char relation[CODE_LEN];    /* code list relation */
	sex sex;
	char birth_date[DATE_LEN];  /* "YYYY-MM-DD" or "YYYY" */
	char ethnicity[CODE_LEN];   /* 2-digit GSO code */
	char education[CODE_LEN];
	char marital[CODE_LEN];
	char residence[CODE_LEN];
	member_status status;
	char entered_on[DATE_LEN];  /* joined the register */
	char left_on[DATE_LEN];     /* "" while active */
	/* a woman's reproductive history (Sổ A0; 0 for a man): live births
	 * ever and children living, set when she enters the register and kept
	 * up to date by births and child deaths (docs/rules.md) */
	int children_born;
	int children_living;
} member;

/* The event kinds of the monthly slip (P0), docs/domain.md section 4. The names
 * returned by event_kind_name() are the export vocabulary: never rename. */
typedef enum event_kind {
	EV_BIRTH = 0,
	EV_NEWBORN_SCREENING,
	EV_DEATH,
	EV_MOVE_IN,
	EV_MOVE_OUT,
	EV_DETAIL_CHANGE,
	EV_FP_START,
	EV_FP_STOP,
	EV_PREGNANCY,
	EV_PRENATAL_SCREENING,
	EV_ELDERLY_CHECK,
	EV_MARRIAGE,
	EV_DIVORCE,
	EV_KIND_COUNT
} event_kind;

/* Conditions of a newborn screening (bits of event.conditions). */
enum newborn_condition {
	NB_HYPOTHYROIDISM = 1 << 0,  /* suy giáp bẩm sinh */
	NB_G6PD = 1 << 1,            /* thiếu men G6PD */
	NB_CAH = 1 << 2,             /* tăng sản thượng thận bẩm sinh */
	NB_HEARING = 1 << 3,         /* khiếm thính bẩm sinh */
	NB_HEART = 1 << 4            /* tim bẩm sinh */
};

/* Conditions of a prenatal screening (bits of event.conditions). */
enum prenatal_condition {
	PN_DOWN = 1 << 0,
	PN_EDWARDS = 1 << 1,
	PN_PATAU = 1 << 2,
	PN_THALASSAEMIA = 1 << 3
};

/* Where a move goes or comes from. */
enum move_scope {
	MOVE_ELSEWHERE = 0,          /* outside the commune: leaves the register */
	MOVE_IN_COMMUNE = 1          /* another area of the commune: a hand-over */
};

/* One event of the month. Only the fields of its kind are meaningful; the
 * others stay zero / "". The kind-specific fields (from child_sex on) are
 * described in domain/event_fields.c, which drives their storage, the
 * package, the change log and the forms: a new one is a line there. */
typedef struct event {
	int64_t id;
	char uid[UID_LEN + 1];      /* stable, unique across communes */
	event_kind kind;
	char date[DATE_LEN];
	int64_t household_id;
	int64_t member_id;          /* the subject: mother (birth), child (newborn
	                               screening), woman, person; 0 for a whole-
	                               household move out */
	int64_t related_member_id;  /* birth: the child; marriage/divorce: the
	                               spouse when in the register */
	int64_t user_id;            /* who recorded it */
	int cancelled;
	char cancel_reason[REASON_LEN];
	char created_at[TS_LEN];

	/* birth */
	sex child_sex;
	int birth_order;            /* con thứ mấy, counting live births */
	char birth_place[CODE_LEN]; /* code list birth_place */
	int birth_weight_g;         /* 0 when not known */

	/* newborn / prenatal screening */
	unsigned conditions;        /* NB_* or PN_* bits screened */
	int gestational_week;

	/* contraception */
	char method[CODE_LEN];      /* code list fp_method */
	char provider[CODE_LEN];    /* code list fp_provider */
	char stop_reason[CODE_LEN]; /* code list fp_stop_reason */
	int living_children;

	/* pregnancy */
	char pregnancy_kind[CODE_LEN]; /* code list pregnancy_kind */
	int pregnancy_number;

	/* death */
	char death_cause[CODE_LEN]; /* code list death_cause; "" unknown */

	/* moves */
	char place[PLACE_LEN];      /* from where (in) / to where (out) */
	int move_scope;             /* enum move_scope */
	int whole_household;        /* move out of the whole household */
	int64_t to_area_id;         /* move inside the commune: the new area */

	/* change of basic details */
	char field[FIELD_LEN];      /* member column name, e.g. "full_name" */
	char old_value[VALUE_LEN];
	char new_value[VALUE_LEN];

	/* marriage */
	int premarital_check;       /* counselling / health check before marriage */
	char spouse_name[NAME_LEN];

	/* change of basic details: why (required when it corrects a woman's
	 * reproductive history, docs/rules.md) */
	char change_reason[REASON_LEN];
} event;

/* The export name of a kind ("birth", "fp_start", ...). */
const char *event_kind_name(event_kind kind);

/* The Vietnamese / English label of a kind, in the interface language. */
const char *event_kind_label(event_kind kind);

/* Parse an export name; 0 ok, -1 unknown. */
int event_kind_parse(const char *name, event_kind *out);

/* Zero a record (all ids 0, all strings ""). */
void household_init(household *h);
void member_init(member *m);
void event_init(event *e, event_kind kind);

#endif
