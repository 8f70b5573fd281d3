/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * register.h (db): the household register (Sổ A0): areas, households and
 * members, stored and searched.
 *
 * Conventions for every function of db/register.h, db/events.h and
 * db/periods.h:
 *   - Return 0 on success and -1 on failure with err filled (a bilingual
 *     sentence, err->field set to the offending field when there is one).
 *     Getters return 0 found, 1 not found (err untouched), -1 error.
 *   - A write joins the caller's transaction when one is open
 *     (db_begin() ... db_commit()), so several calls can be made atomic;
 *     otherwise it runs in a transaction of its own. On failure inside the
 *     caller's transaction the caller must db_rollback().
 *   - Every insert / update writes an audit row with the acting user
 *     (db_user()) and JSON snapshots of the row before and after.
 *   - Lists are arrays the caller owns and frees with free(); *n is their
 *     length (0 with *out == NULL when empty).
 *   - Names are stored in NFC (vn_nfc) with their search key (vn_search_key)
 *     and sort key (vn_sort_key) kept in step by this module.
 *
 * Status of households and members changes through events (db/events.h),
 * not through the update functions here (which keep the stored status).
 */
#ifndef DANSO_DB_REGISTER_H
#define DANSO_DB_REGISTER_H

#include "db/db.h"
#include "domain/model.h"
#include "domain/util.h"

#include <stddef.h>
#include <stdint.h>

/* ---- validation that belongs to storage (pure, no database) ---- */

/* 1 if s is a household number: 1-6 digits, optionally ".N" (1-3 digits),
 * e.g. "123" or "123.1"; no leading zero in the main part. */
int db_valid_household_number(const char *s);

/* 1 if s is a person id: a health-insurance number (2 letters, 1 digit,
 * 2-digit province, 10 digits: 15 characters, letters in upper case), a
 * 10-digit social-insurance number or a 12-digit citizen id; "" is valid
 * (the id is optional). */
int db_valid_person_id(const char *s);

/* ---- areas ---- */

/* Add an area; sets a->id. Refuses a number already used. */
int db_area_add(db *d, area *a, ds_err *err);

/* Rename an area (a->id, a->name; the number may change if free). */
int db_area_update(db *d, const area *a, ds_err *err);

/* Every area by number. */
int db_area_list(db *d, area **out, size_t *n, ds_err *err);

/* By id / by number: 0 found, 1 none, -1 error. */
int db_area_get(db *d, int64_t id, area *out, ds_err *err);
int db_area_find(db *d, int number, area *out, ds_err *err);

/* ---- households ---- */

/* A household as a list screen shows it: its strings are in the list's
 * text (household_list_text), so a commune's list is a few bytes a
 * household rather than a whole record each (docs/performance.md, fix 22). */
typedef struct household_item {
	int64_t id;
	int64_t area_id;
	uint32_t number;             /* offsets in the list's text */
	uint32_t head_name;          /* "" when no head is set */
	uint32_t village;
	int32_t active_members;      /* members with status active */
	uint8_t status;              /* household_status */
} household_item;

/* Households and their strings, in one array and one text. */
typedef struct household_list {
	household_item *items;
	size_t n;
	strbuf text;
} household_list;

/* A string of an item: household_list_text(l, l->items[i].number). */
static inline const char *
household_list_text(const household_list *l, uint32_t at)
{
	return l->text.data + at;
}

/* Free what a list holds and leave it empty. */
void household_list_free(household_list *l);

/* Add a household: h->uid is generated when "", h->kind defaults to "1",
 * h->created_on is required. Checks the number's form and uniqueness, the
 * area and the kind code. Sets h->id (and h->uid). head_member_id may be 0
 * (set it with db_household_update once the head is added). */
int db_household_add(db *d, household *h, ds_err *err);

/* Update number, area, village, address, kind, head_member_id (which must
 * be an active member of this household, or 0). status / ended_on are kept
 * as stored. */
int db_household_update(db *d, const household *h, ds_err *err);

/* By id / by number: 0 found, 1 none, -1 error. */
int db_household_get(db *d, int64_t id, household *out, ds_err *err);
int db_household_find(db *d, const char *number, household *out, ds_err *err);

/* Households of an area (area_id 0: the whole commune) in household-number
 * order (numeric: 2 < 10 < 10.1 < 11), with member count and head's name;
 * moved-out and dissolved households only with include_inactive. One query. */
int db_household_list(db *d, int64_t area_id, int include_inactive, household_list *out, ds_err *err);

/* Households whose number starts with prefix (any status), number order,
 * at most limit rows (limit <= 0: 50). */
int db_household_search(db *d, const char *prefix, int limit, household_list *out, ds_err *err);

/* The next free whole household number (max + 1) into buf ("1" when none). */
int db_household_next_number(db *d, char *buf, size_t n, ds_err *err);

/* ---- members ---- */

/* A member with where they live, for search results. */
typedef struct member_row {
	member m;
	char household_number[HH_NUMBER_LEN];
	int64_t area_id;
} member_row;

/* Check a member's fields against storage rules: name (non-empty, valid
 * UTF-8, fits), sex 1/2, birth date (a date, or a year alone), entered_on,
 * person id form and uniqueness (ignoring m->id itself), codes relation,
 * ethnicity, education (may be ""), marital and residence in code_list,
 * household exists. 0 ok, -1 with err->field set. */
int db_member_validate(db *d, const member *m, ds_err *err);

/* Add a member to m->household_id: validates, stores full_name in NFC (and
 * copies it back into m), generates m->uid when "", sets m->id. status is
 * taken from m (normally MEMBER_ACTIVE). */
int db_member_add(db *d, member *m, ds_err *err);

/* Update every field of m->id except uid and status / left_on (changed by
 * events). Validates as db_member_add. */
int db_member_update(db *d, const member *m, ds_err *err);

/* By id / by person id: 0 found, 1 none, -1 error. */
int db_member_get(db *d, int64_t id, member *out, ds_err *err);
int db_member_find_person_id(db *d, const char *person_id, member *out, ds_err *err);

/* The person of the register a move inside the commune names: an active
 * member outside household not_in with this person id, or else this name
 * (accents and case ignored) and birth date. 0 found, 1 none, 2 several
 * (the user must tell them apart, by the person id), -1 error. */
int db_member_find_transfer(db *d, const member *p, int64_t not_in, member *out, ds_err *err);

/* Members of a household: head first, then by relation code and birth
 * date; left / died members only with include_inactive. */
int db_member_list(db *d, int64_t household_id, int include_inactive,
                   member **out, size_t *n, ds_err *err);

/* Search by name, accent- and case-insensitively: the query's search key
 * (vn_search_key) must appear in the member's name key starting at a
 * word ("nguyen" finds "Nguyễn Văn An", "dang" finds "Đặng Thị Hoa",
 * "van a" finds "Nguyễn Văn An"; "an" finds "Văn An" but not "Lan"). area_id 0: whole commune. Active members only
 * unless include_inactive. Ordered the Vietnamese way (vn_sort_key), at
 * most limit rows (limit <= 0: 50). An empty query lists everyone. */
int db_member_search(db *d, const char *query, int64_t area_id, int include_inactive,
                     int limit, member_row **out, size_t *n, ds_err *err);

/* One member's name keys and what a search result shows of them, for a
 * name search from memory (app/namefind.c): the strings last until the
 * callback returns. */
typedef struct member_key {
	int64_t id, household_id, area_id;
	int status;
	int sex;
	const char *name_key;  /* vn_search_key of the name */
	const char *sort_key;  /* vn_sort_key of the name */
	const char *full_name;
	const char *birth_date;
	const char *household_number;
} member_key;

/* Called for each member; nonzero stops (db_member_keys then returns -1
 * with err as the callback left it). */
typedef int (*member_key_fn)(void *ctx, const member_key *k);

/* The keys of every member (member_id and household_id 0), of one member,
 * or of a household's members, any status, in the order of
 * db_member_search (sort key, then id). One query. */
int db_member_keys(db *d, int64_t member_id, int64_t household_id, member_key_fn fn, void *ctx, ds_err *err);

#endif
