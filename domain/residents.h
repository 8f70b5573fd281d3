/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * residents.h: matching the register against an extract of the national
 * residents database (docs/residents.md). Pure logic: the callers load the
 * register's people (db/), read the extract (exchange/residents_csv.h) and
 * the kept decisions (db/), and get back the findings.
 *
 * Matching, in this order, each person used once:
 *   0. a pair the officer confirmed earlier (member uid + extract key);
 *   1. the citizen id (CCCD, 12 digits) when both sides have the same one;
 *   2. the accent- and case-free name (vn_search_key) and the birth date,
 *      preferring the same sex; never two different citizen ids;
 *   3. near matches, reported as *possible* matches for a person to
 *      confirm: the same birth date and a name one letter away, or the same
 *      words in another order (given name first, family name last), or the
 *      same name with the day and month of the birth date swapped.
 * What is left is extract_only (a possible unrecorded birth or move-in) or
 * register_only (a possible unrecorded death or move-out). A matched pair
 * (steps 0-2) whose details differ gives one "differs" finding per field
 * (full_name, birth_date, sex, citizen_id missing on one side).
 *
 * Every finding has a stable key (kind, member uid, extract key, field and
 * a digest of the two values) and a short reference (10 hex digits of its
 * SHA-256) the officer names to dismiss or confirm it; a dismissed key is
 * left out of the lists (counted apart). The extract key is the citizen id,
 * or, without one, a digest of the name key, birth date and sex: the
 * extract itself is never kept.
 */
#ifndef DANSO_RESIDENTS_H
#define DANSO_RESIDENTS_H

#include "domain/model.h"

#include <stddef.h>
#include <stdint.h>

#define RES_CID_LEN 13            /* 12 digits + NUL */
#define RES_HH_CODE_LEN 40        /* the police's household code */
#define RES_KEY_LEN 24            /* extract key: a cid, or "n" + 16 hex */
#define RES_REF_LEN 11            /* 10 hex digits + NUL */
#define RES_DIGEST_LEN 17         /* 16 hex digits + NUL */

/* A person of the register (an active member). */
typedef struct res_member {
	int64_t member_id;
	int64_t household_id;
	char uid[UID_LEN + 1];
	int area_number;
	char household_number[HH_NUMBER_LEN];
	char full_name[NAME_LEN];
	char person_id[PERSON_ID_LEN];  /* any person id; compared as a cid when 12 digits */
	char birth_date[DATE_LEN];
	sex sex;
} res_member;

/* A person of the extract (a good row of the file). */
typedef struct res_person {
	long line;                      /* in the file */
	char citizen_id[RES_CID_LEN];   /* "" when the row has none */
	char full_name[NAME_LEN];       /* NFC */
	char birth_date[DATE_LEN];      /* "YYYY-MM-DD" or "YYYY" */
	sex sex;
	char household_code[RES_HH_CODE_LEN];
	int residence;                  /* 0 not given, 1 permanent, 2 temporary */
} res_person;

typedef enum res_kind {
	RES_EXTRACT_ONLY = 0,
	RES_REGISTER_ONLY,
	RES_DIFFERS,
	RES_POSSIBLE,
	RES_KIND_COUNT
} res_kind;

/* The decisions kept from earlier comparisons. */
typedef enum res_decision_kind {
	RES_DISMISS = 0,                /* finding hidden, with a reason */
	RES_CONFIRM = 1                 /* a possible match is the same person */
} res_decision_kind;

typedef struct res_decision {
	res_decision_kind kind;
	res_kind finding;
	char member_uid[UID_LEN + 1];
	char extract_key[RES_KEY_LEN];
	char field[FIELD_LEN];
	char digest[RES_DIGEST_LEN];
} res_decision;

/* One line of the lists. */
typedef struct res_finding {
	res_kind kind;
	long reg;                       /* index in the register array, or -1 */
	long ext;                       /* index in the extract array, or -1 */
	char field[FIELD_LEN];          /* differs / possible: the field; else "" */
	char register_value[NAME_LEN];
	char extract_value[NAME_LEN];
	const char *why;                /* possible: "one_letter", "name_order", "day_month" */
	int area_number;                /* 0 when not placed */
	char household_number[HH_NUMBER_LEN]; /* "" when not placed */
	int64_t household_id;           /* 0 when not placed */
	char ref[RES_REF_LEN];
	res_decision key;               /* what a dismissal / confirmation stores */
} res_finding;

/* Counts of one area (area_number 0: people of the extract not placed). */
typedef struct res_area_count {
	int area_number;
	long people;                    /* active members of the register */
	long with_cid;                  /* ... with a 12-digit citizen id */
	long matched;                   /* ... matched (confirmed, cid, name + date) */
	long count[RES_KIND_COUNT];     /* findings shown, by kind */
} res_area_count;

typedef struct res_result {
	res_finding *findings;          /* shown, sorted by area, household, kind, name */
	size_t nfindings;
	long dismissed;                 /* findings left out because dismissed */
	long matched;                   /* pairs matched (steps 0-2) */
	long possible;                  /* pairs possibly matched (step 3) */
	long register_people, register_with_cid, extract_people;
	res_area_count *areas;          /* sorted by number; the total is separate */
	size_t nareas;
	res_area_count total;
} res_result;

/* Match. The arrays are only read (and must outlive the result, whose
 * findings point into them by index). Caller frees with res_result_free. */
void res_match(const res_member *reg, size_t nreg, const res_person *ext, size_t next,
               const res_decision *dec, size_t ndec, res_result *out);

void res_result_free(res_result *r);

/* The export name of a kind: "extract_only", "register_only", "differs",
 * "possible_match". */
const char *res_kind_name(res_kind k);

/* A kind's label in the interface language. */
const char *res_kind_label(res_kind k);

/* The key of an extract person: its citizen id, or "n" + 16 hex digits of
 * the SHA-256 of name key, birth date and sex. */
void res_extract_key(const res_person *p, char out[RES_KEY_LEN]);

/* 1 if s is a citizen id (12 digits). */
int res_is_cid(const char *s);

/* 1 if two search keys are one letter apart (one letter changed, added or
 * removed). */
int res_one_letter(const char *a, const char *b);

/* 1 if two search keys hold the same words in another order: the first
 * word moved to the end or the last to the front, or the first and last
 * swapped. */
int res_name_order(const char *a, const char *b);

/* The date with day and month swapped into out; 0, or -1 when that is not
 * a different valid date. */
int res_day_month_swap(const char *iso, char out[DATE_LEN]);

/* The finding whose reference is ref, or NULL. */
const res_finding *res_find_ref(const res_result *r, const char *ref);

#endif
