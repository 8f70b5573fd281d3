/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* record.c (app): save, correct or cancel an event: facts, rules, locks,
 * one transaction. */
#include "config.h"

#include "app/record.h"
#include "app/access.h"
#include "db/events.h"
#include "db/periods.h"
#include "db/register.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <string.h>

/* Add a finding to r unless it is full. */
static void
add_finding(rule_result *r, rule_severity sev, const char *id, const char *field, const char *msg)
{
	if (r->count >= RULE_MAX_FINDINGS)
		return;
	rule_finding *f = &r->items[r->count++];
	f->severity = sev;
	f->rule_id = id;
	f->field = field;
	str_copy(f->message, sizeof f->message, msg);
	if (sev == RULE_ERROR)
		r->errors++;
	else
		r->warnings++;
}

/* 1 if r holds a finding with this rule id. */
static int
has_finding(const rule_result *r, const char *id)
{
	for (int i = 0; i < r->count; i++)
		if (r->items[i].rule_id != NULL && strcmp(r->items[i].rule_id, id) == 0)
			return 1;
	return 0;
}

/* Refuse a change to a locked month (app/access.h decides; a finding is
 * added when the rules did not report it). 1 locked, 0 open, -1 error. */
static int
check_month_open(db *d, const char *date, rule_result *r, ds_err *err)
{
	ds_err why = {0};
	int rc = access_month_open(d, date, "date", &why);

	if (rc < 0 && err != NULL)
		*err = why;
	if (rc == 1 && !has_finding(r, "event.period_locked"))
		add_finding(r, RULE_ERROR, "event.period_locked", "date", why.msg);
	return rc;
}

/* Refuse an event for a household outside the acting collaborator's area
 * (app/access.h decides). 1 refused (a finding added), 0 allowed, -1
 * storage error. */
static int
check_area(db *d, int64_t area_id, const char *household_number, rule_result *r, ds_err *err)
{
	ds_err why = {0};
	int rc = access_area(d, area_id, household_number, "household", &why);

	if (rc < 0 && err != NULL)
		*err = why;
	if (rc == 1)
		add_finding(r, RULE_ERROR, "auth.other_area", "household", why.msg);
	return rc;
}

/* Refuse handing a whole household over to another area unless the
 * officer records it. 1 refused (a finding added), 0 allowed, -1 error. */
static int
check_handover(db *d, const event *ev, rule_result *r, ds_err *err)
{
	ds_err why = {0};
	int rc;

	if (ev->kind != EV_MOVE_OUT || !ev->whole_household || ev->move_scope != MOVE_IN_COMMUNE)
		return 0;
	if ((rc = access_handover(d, &why)) < 0 && err != NULL)
		*err = why;
	if (rc == 1)
		add_finding(r, RULE_ERROR, "auth.handover", "to_area", why.msg);
	return rc;
}

/* check_area for the household an event belongs to. */
static int
check_event_area(db *d, int64_t household_id, rule_result *r, ds_err *err)
{
	household h;
	int rc;

	if (db_user(d) == 0)
		return 0;
	if ((rc = db_household_get(d, household_id, &h, err)) != 0)
		return rc < 0 ? -1 : 0;
	return check_area(d, h.area_id, h.number, r, err);
}

/* A move in from another household of the commune names its person by
 * the form's details (person id, or name and birth date): find her in the
 * register, so the move is one transfer of that person (db/effects.c), not
 * a new person. 1 refused (a finding added), 0 found or not a transfer,
 * -1 storage error. */
static int
find_transfer(db *d, event *ev, member **new_person, rule_result *r, ds_err *err)
{
	member found;
	char msg[320];
	int rc;

	if (ev->kind != EV_MOVE_IN || ev->move_scope != MOVE_IN_COMMUNE || ev->member_id != 0 || *new_person == NULL)
		return 0;
	rc = db_member_find_transfer(d, *new_person, ev->household_id, &found, err);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		ev->member_id = found.id;
		*new_person = NULL;
		return 0;
	}
	if (rc == 1)
		str_printf(msg, sizeof msg, L("Không tìm thấy %s (sinh %s) trong các hộ khác của xã: nếu người này từ xã "
		                              "khác đến, hãy trả lời \"không\" cho câu chuyển trong xã",
		                              "%s (born %s) is not in another household of the commune: if this person "
		                              "comes from outside the commune, answer \"no\" to inside the commune"),
		           (*new_person)->full_name, (*new_person)->birth_date);
	else
		str_printf(msg, sizeof msg, L("Có nhiều người tên %s sinh %s trong xã: hãy nhập mã đối tượng để chọn đúng người",
		                              "Several people named %s born %s live in the commune: type the person ID "
		                              "to tell them apart"),
		           (*new_person)->full_name, (*new_person)->birth_date);
	add_finding(r, RULE_ERROR, rc == 1 ? "move_in.transfer_unknown" : "move_in.transfer_ambiguous", "full_name", msg);
	return 1;
}

/* Gather facts and run the rules for one event into r (accumulating);
 * period is the working month, or NULL for the event's own month. */
static int
check_one(db *d, const char *period, const event *ev, const member *new_person, rule_result *r, ds_err *err)
{
	rule_facts f;
	rule_result one;
	member subject;

	memset(&f, 0, sizeof f);
	if (period != NULL)
		str_copy(f.period, sizeof f.period, period);
	if (db_rule_facts(d, ev, &subject, &f, err) != 0)
		return -1;
	if (ev->kind == EV_MOVE_IN && new_person != NULL)
		f.subject = new_person;
	rules_check(&f, &one);
	for (int i = 0; i < one.count; i++)
		if (!has_finding(r, one.items[i].rule_id))
			add_finding(r, one.items[i].severity, one.items[i].rule_id, one.items[i].field, one.items[i].message);
	return 0;
}

/* The status the findings call for before saving. */
static record_status
verdict(const rule_result *r, int confirmed)
{
	if (r->errors > 0)
		return RECORD_REFUSED;
	if (r->warnings > 0 && !confirmed)
		return RECORD_NEEDS_CONFIRMATION;
	return RECORD_SAVED;
}

/* The record status of a store that returned rc inside db_tx_enter /
 * db_tx_leave. */
static record_status
stored(db *d, int own, int rc, ds_err *err)
{
	return db_tx_leave(d, own, rc, err) == 0 ? RECORD_SAVED : RECORD_FAILED;
}

/* Save a new event, its month taken from its date. */
record_status
record_event(db *d, event *ev, member *new_person, int warnings_confirmed, rule_result *result, ds_err *err)
{
	return record_event_in(d, NULL, ev, new_person, warnings_confirmed, result, err);
}

/* Save a new event recorded while working on a chosen month. */
record_status
record_event_in(db *d, const char *period, event *ev, member *new_person, int warnings_confirmed,
                rule_result *result, ds_err *err)
{
	rule_result local, *r = result != NULL ? result : &local;
	record_status st;
	int own, found;

	memset(r, 0, sizeof *r);
	ev->id = 0;
	if (period != NULL && period[0] == '\0')
		period = NULL;
	if ((found = find_transfer(d, ev, &new_person, r, err)) != 0)
		return found < 0 ? RECORD_FAILED : RECORD_REFUSED;
	if (check_one(d, period, ev, new_person, r, err) != 0 || check_month_open(d, ev->date, r, err) < 0 ||
	    check_event_area(d, ev->household_id, r, err) < 0 || check_handover(d, ev, r, err) < 0)
		return RECORD_FAILED;
	if ((st = verdict(r, warnings_confirmed)) != RECORD_SAVED)
		return st;
	if (db_tx_enter(d, &own, err) != 0)
		return RECORD_FAILED;
	return stored(d, own, db_event_add(d, ev, new_person, err), err);
}

/* The findings of a save, saving nothing. */
int
record_check_in(db *d, const char *period, const event *ev, const member *new_person, rule_result *result,
                ds_err *err)
{
	memset(result, 0, sizeof *result);
	if (period != NULL && period[0] == '\0')
		period = NULL;
	if (check_one(d, ev->id != 0 ? NULL : period, ev, new_person, result, err) != 0 ||
	    check_month_open(d, ev->date, result, err) < 0 || check_event_area(d, ev->household_id, result, err) < 0 ||
	    check_handover(d, ev, result, err) < 0)
		return -1;
	return 0;
}

/* Save a correction of a stored event. */
record_status
record_update(db *d, event *ev, int warnings_confirmed, rule_result *result, ds_err *err)
{
	rule_result local, *r = result != NULL ? result : &local;
	record_status st;
	event old;
	int rc;

	memset(r, 0, sizeof *r);
	if ((rc = db_event_get(d, ev->id, &old, err)) != 0) {
		if (rc > 0)
			ds_err_set(err, L("Không có sự kiện này.", "No such event."));
		return RECORD_FAILED;
	}
	if (check_one(d, NULL, ev, NULL, r, err) != 0 || check_month_open(d, old.date, r, err) < 0 ||
	    check_month_open(d, ev->date, r, err) < 0 || check_event_area(d, old.household_id, r, err) < 0 ||
	    check_handover(d, &old, r, err) < 0)
		return RECORD_FAILED;
	if ((st = verdict(r, warnings_confirmed)) != RECORD_SAVED)
		return st;
	if (db_begin(d, err) != 0)
		return RECORD_FAILED;
	if (db_event_update(d, ev, err) != 0) {
		db_rollback(d);
		return RECORD_FAILED;
	}
	return db_commit(d, err) == 0 ? RECORD_SAVED : RECORD_FAILED;
}

/* Cancel a stored event with a reason. */
record_status
record_cancel(db *d, int64_t event_id, const char *reason, rule_result *result, ds_err *err)
{
	rule_result local, *r = result != NULL ? result : &local;
	event ev;
	int rc;

	memset(r, 0, sizeof *r);
	if ((rc = db_event_get(d, event_id, &ev, err)) != 0) {
		if (rc > 0)
			ds_err_set(err, L("Không có sự kiện này.", "No such event."));
		return RECORD_FAILED;
	}
	if ((rc = check_month_open(d, ev.date, r, err)) != 0 ||
	    (rc = check_event_area(d, ev.household_id, r, err)) != 0 || (rc = check_handover(d, &ev, r, err)) != 0) {
		if (rc > 0)
			ds_err_set(err, "%s", r->items[r->count - 1].message);
		return rc > 0 ? RECORD_REFUSED : RECORD_FAILED;
	}
	char why[REASON_LEN] = "";
	str_copy(why, sizeof why, reason != NULL ? reason : "");
	if (*str_trim(why) == '\0') {
		ds_err_at(err, NULL, 0, 0, "cancel_reason");
		ds_err_set(err, L("Cần ghi lý do hủy sự kiện.", "A reason for cancelling is required."));
		add_finding(r, RULE_ERROR, "cancel.no_reason", "cancel_reason", err != NULL ? err->msg : "");
		return RECORD_REFUSED;
	}
	if (db_begin(d, err) != 0)
		return RECORD_FAILED;
	if (db_event_cancel(d, event_id, why, err) != 0) {
		db_rollback(d);
		add_finding(r, RULE_ERROR, "cancel.refused", err != NULL ? err->field : "", err != NULL ? err->msg : "");
		return RECORD_REFUSED;
	}
	return db_commit(d, err) == 0 ? RECORD_SAVED : RECORD_FAILED;
}

/* Save a whole household arriving. */
record_status
record_household_move_in(db *d, household *h, member *people, size_t n, const event *tmpl, int warnings_confirmed,
                         rule_result *result, ds_err *err)
{
	rule_result local, *r = result != NULL ? result : &local;
	record_status st;
	int own;

	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < n; i++) {
		event ev = *tmpl;
		ev.id = 0;
		ev.kind = EV_MOVE_IN;
		ev.member_id = 0;
		if (check_one(d, NULL, &ev, &people[i], r, err) != 0)
			return RECORD_FAILED;
	}
	if (check_month_open(d, tmpl->date, r, err) < 0 || check_area(d, h->area_id, h->number, r, err) < 0)
		return RECORD_FAILED;
	if ((st = verdict(r, warnings_confirmed)) != RECORD_SAVED)
		return st;
	if (db_tx_enter(d, &own, err) != 0)
		return RECORD_FAILED;
	return stored(d, own, db_event_move_in_household(d, h, people, n, tmpl, err), err);
}

/* A one-line message for a record status. */
const char *
record_status_message(record_status st, const rule_result *result, const ds_err *err)
{
	switch (st) {
	case RECORD_SAVED:
		return L("Đã lưu.", "Saved.");
	case RECORD_REFUSED:
	case RECORD_NEEDS_CONFIRMATION:
		if (result != NULL && result->count > 0)
			return result->items[0].message;
		return err != NULL && err->msg[0] != '\0' ? err->msg : L("Không lưu được.", "Not saved.");
	default:
		return err != NULL && err->msg[0] != '\0' ? err->msg : L("Không lưu được.", "Not saved.");
	}
}
