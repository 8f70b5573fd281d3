/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * events.h (db): the events of the monthly slip (P0), stored with their
 * effect on the register in one transaction, and the facts the rules need.
 *
 * Same conventions as db/register.h: 0 / -1 with err, getters 0 / 1 / -1,
 * writes join the caller's transaction when one is open, lists owned by the
 * caller (free()). Every store, update and cancel writes an audit row with
 * the event row as JSON before / after.
 *
 * What each kind does to the register (details, and what cancel undoes, in
 * docs/events.md):
 *   birth          adds the child to the mother's household (new_person
 *                  gives the name, relation "3" or "5", optionally ethnicity
 *                  and person id); related_member_id becomes the child.
 *   death          the person died (left_on = date); a household with no
 *                  active member left is dissolved.
 *   move_in        adds new_person to ev->household_id (create a new
 *                  household first with db_household_add inside the same
 *                  transaction, or use db_event_move_in_household).
 *   move_out       one person, or the whole household (whole_household 1,
 *                  member_id 0) leaves; a whole household moving inside the
 *                  commune (MOVE_IN_COMMUNE, to_area_id) is handed over to
 *                  the new area instead and everyone stays active.
 *   detail_change  sets member.<field> = new_value after checking the
 *                  current value equals old_value.
 *   fp_start/stop  writes the fp_status book for the event's month.
 *   marriage       subject (and spouse if related_member_id) marital "2".
 *   divorce        subject (and spouse if related_member_id) marital "4".
 *   others         (screenings, pregnancy, elderly check) stored only.
 * The database refuses a second active event with the same person, kind
 * and date (births excepted) with a clear message.
 */
#ifndef DANSO_DB_EVENTS_H
#define DANSO_DB_EVENTS_H

#include "db/db.h"
#include "domain/model.h"
#include "domain/rules.h"

#include <stddef.h>

/* An event with the names a list shows beside it. */
typedef struct event_row {
	event ev;
	char household_number[HH_NUMBER_LEN];
	int64_t area_id;               /* the household's area now */
	char subject_name[NAME_LEN];   /* "" for a whole-household move */
	char related_name[NAME_LEN];   /* the child / spouse, or "" */
} event_row;

/* Store a new event and apply its effect on the register. ev->uid is
 * generated when "", ev->user_id becomes db_user(), ev->created_at now;
 * ev->id is set, and ev->related_member_id for a birth. new_person is the
 * child (birth) or the person arriving (move_in, all member fields; its
 * household_id and entered_on are set from the event); it is filled back
 * with the stored member (id, uid, NFC name). NULL for other kinds.
 * Checks: date valid, household / member exist and belong together, codes
 * of the kind in code_list. Does NOT run the rules (app/record.h does). */
int db_event_add(db *d, event *ev, member *new_person, ds_err *err);

/* A whole household arriving from outside: adds h (h->created_on defaults
 * to the event date), every person of people[0..n) as a member with one
 * move_in event each (copies of *tmpl with household_id / member_id set),
 * and makes the first person whose relation is "1" the head. One
 * transaction (or the caller's). ids are written back into h and people.
 * Event uids: random when tmpl->uid is empty; else the first person's event
 * takes tmpl->uid and the k-th next one ids_derived_uid(tmpl->uid, k). */
int db_event_move_in_household(db *d, household *h, member *people, size_t n,
                               const event *tmpl, ds_err *err);

/* Read one event: 0 found, 1 none, -1 error. */
int db_event_get(db *d, int64_t id, event *out, ds_err *err);

/* Correct a stored event (same id, kind, household, subject and, except
 * for marriage / divorce, related member): the date and the kind-specific
 * fields change, and the effect on the register is re-applied (the child's
 * sex and birth date, left_on / entered_on dates, detail value, fp_status
 * book, spouse). A cancelled event cannot be corrected. */
int db_event_update(db *d, const event *ev, ds_err *err);

/* Cancel an event with a reason (required): it stays in the table with
 * cancelled = 1, and its effect is undone where that is safe (see
 * docs/events.md); otherwise refused with a message saying why. */
int db_event_cancel(db *d, int64_t id, const char *reason, ds_err *err);

/* Events of a month "YYYY-MM" (area_id 0: all areas), by date then id. */
int db_event_list_period(db *d, const char *period, int64_t area_id, int include_cancelled,
                         event_row **out, size_t *n, ds_err *err);

/* Events where the member is the subject or the related person, by date. */
int db_event_list_member(db *d, int64_t member_id, int include_cancelled,
                         event_row **out, size_t *n, ds_err *err);

/* Events of a household, by date. */
int db_event_list_household(db *d, int64_t household_id, int include_cancelled,
                            event_row **out, size_t *n, ds_err *err);

/* ---- the contraception book (fp_status) ---- */

/* The method a woman uses at the end of month period "YYYY-MM": the latest
 * fp_status row at or before it. out gets "" when none / not using.
 * 0 ok, -1 error. */
int db_fp_method_at(db *d, int64_t member_id, const char *period, char out[CODE_LEN], ds_err *err);

/* Write a state into the book directly (register import, demo baseline):
 * method "" with a nonuse reason code (may be ""). Upserts, audited. */
int db_fp_set(db *d, int64_t member_id, const char *period, const char *method,
              const char *nonuse_reason, ds_err *err);

/* A current contraceptive user at a month's end. */
typedef struct fp_user {
	int64_t member_id;
	int64_t area_id;
	char method[CODE_LEN];
} fp_user;

/* Married women (marital "2") aged 15-49 on the last day of month period,
 * active members, with their method at that month (method "" included
 * only with include_nonusers). area_id 0: all. By member id. */
int db_fp_users_at(db *d, const char *period, int64_t area_id, int include_nonusers,
                   fp_user **out, size_t *n, ds_err *err);

/* ---- facts for the rules ---- */

/* Fill out (domain/rules.h) for ev from the register: the subject member
 * (copied into subject_buf; out->subject NULL for a whole-household move
 * or when ev->member_id is 0), duplicate (not counting ev->id), previous
 * live births of the mother dated before ev->date and the latest one,
 * contraceptive method in use before the event (end of the previous month,
 * or an earlier fp event of the same month), period_locked, elderly checks
 * in the event's year other than this one;
 * duplicate is always 0 for a birth (twins share mother, kind and date). out->period is the event's month
 * unless the caller set out->period before the call (pass a zeroed struct
 * otherwise); out->today is clock_today() (domain/clock.h). out->ev = ev. 0 ok, -1 error. */
int db_rule_facts(db *d, const event *ev, member *subject_buf, rule_facts *out, ds_err *err);

#endif
