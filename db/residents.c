/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* residents.c (db): the register's people for a comparison, and the kept
 * decisions (see residents.h). */
#include "config.h"

#include "db/residents.h"
#include "db/internal.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <string.h>

/* One person of the register (a store_fill_fn). */
static void
person_from_row(sqlite3_stmt *st, void *item)
{
	res_member *m = item;

	m->member_id = sqlite3_column_int64(st, 0);
	m->household_id = sqlite3_column_int64(st, 1);
	db_column_text(st, 2, m->uid, sizeof m->uid);
	m->area_number = sqlite3_column_int(st, 3);
	db_column_text(st, 4, m->household_number, sizeof m->household_number);
	db_column_text(st, 5, m->full_name, sizeof m->full_name);
	db_column_text(st, 6, m->person_id, sizeof m->person_id);
	db_column_text(st, 7, m->birth_date, sizeof m->birth_date);
	m->sex = (sex)sqlite3_column_int(st, 8);
}

int
db_residents_people(db *d, res_member **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT m.id, m.household_id, m.uid, a.number, h.number, m.full_name, "
	                              "coalesce(m.person_id, ''), m.birth_date, m.sex "
	                              "FROM member m JOIN household h ON h.id = m.household_id "
	                              "JOIN area a ON a.id = h.area_id "
	                              "WHERE m.status = 0 AND h.status = 0 "
	                              "ORDER BY a.number, CAST(h.number AS INTEGER), h.number, m.id");
	void *items;
	int rc = store_rows(d, st, person_from_row, sizeof **out, &items, n, err,
	                    L("Đọc nhân khẩu để so sánh", "Reading the people to compare"));

	*out = items;
	return rc;
}

/* One kept decision (a store_fill_fn). */
static void
decision_from_row(sqlite3_stmt *st, void *item)
{
	res_decision *dec = item;
	char finding[32];

	dec->kind = sqlite3_column_int(st, 0) ? RES_CONFIRM : RES_DISMISS;
	db_column_text(st, 1, finding, sizeof finding);
	dec->finding = RES_EXTRACT_ONLY;
	for (int k = 0; k < RES_KIND_COUNT; k++)
		if (strcmp(finding, res_kind_name((res_kind)k)) == 0)
			dec->finding = (res_kind)k;
	db_column_text(st, 2, dec->member_uid, sizeof dec->member_uid);
	db_column_text(st, 3, dec->extract_key, sizeof dec->extract_key);
	db_column_text(st, 4, dec->field, sizeof dec->field);
	db_column_text(st, 5, dec->digest, sizeof dec->digest);
}

int
db_residents_decisions(db *d, res_decision **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT decision = 'confirm', finding, member_uid, extract_key, field, digest "
	                              "FROM residents_decision ORDER BY id");
	void *items;
	int rc = store_rows(d, st, decision_from_row, sizeof **out, &items, n, err,
	                    L("Đọc các quyết định đã lưu", "Reading the kept decisions"));

	*out = items;
	return rc;
}

int
db_residents_decide(db *d, const res_decision *dec, const char *reason, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT OR REPLACE INTO residents_decision(decision, finding, member_uid, "
	                              "extract_key, field, digest, reason, user_id, decided_at) "
	                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
	char now[21], after[256];
	int own, rc;

	clock_now_iso(now);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	db_bind_text(st, 1, dec->kind == RES_CONFIRM ? "confirm" : "dismiss");
	db_bind_text(st, 2, res_kind_name(dec->finding));
	db_bind_text(st, 3, dec->member_uid);
	db_bind_text(st, 4, dec->extract_key);
	db_bind_text(st, 5, dec->field);
	db_bind_text(st, 6, dec->digest);
	db_bind_text(st, 7, reason);
	db_bind_id(st, 8, db_user(d));
	db_bind_text(st, 9, now);
	rc = db_step_done(d, st, err, L("Lưu quyết định", "Keeping the decision"));
	if (rc == 0) {
		str_printf(after, sizeof after, "{\"decision\":\"%s\",\"finding\":\"%s\",\"member_uid\":\"%s\",\"field\":\"%s\"}",
		           dec->kind == RES_CONFIRM ? "confirm" : "dismiss", res_kind_name(dec->finding), dec->member_uid,
		           dec->field);
		rc = db_audit(d, dec->kind == RES_CONFIRM ? "confirm" : "dismiss", "residents_decision",
		              sqlite3_last_insert_rowid(d->sql), "", after, reason, err);
	}
	return db_tx_leave(d, own, rc, err);
}

int
db_residents_audit(db *d, const char *after, ds_err *err)
{
	int own, rc;

	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = db_audit(d, "compare", "residents_extract", 0, "", after, "", err);
	return db_tx_leave(d, own, rc, err);
}
