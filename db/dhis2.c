/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* dhis2.c (db): the DHIS2 data value sets sent (see dhis2.h). */
#include "config.h"

#include "db/dhis2.h"
#include "db/internal.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <sqlite3.h>
#include <string.h>

/* Fill a value from a row of dhis2_set_value (a store_fill_fn). */
static void
value_from_row(sqlite3_stmt *st, void *item)
{
	dhis2_sent_value *v = item;

	str_copy(v->dataelement, sizeof v->dataelement, (const char *)sqlite3_column_text(st, 0));
	str_copy(v->categoryoptioncombo, sizeof v->categoryoptioncombo, (const char *)sqlite3_column_text(st, 1));
	str_copy(v->value, sizeof v->value, (const char *)sqlite3_column_text(st, 2));
}

int
db_dhis2_last(db *d, const char *period, const char *orgunit, int *seq, dhis2_sent_value **values, size_t *n,
              ds_err *err)
{
	const char *doing = L("Đọc các tập DHIS2 đã gửi", "Reading the DHIS2 sets sent");
	sqlite3_stmt *st;

	*values = NULL;
	*n = 0;
	st = db_stmt(d, "SELECT coalesce(max(seq), 0) FROM dhis2_set WHERE period = ?1 AND orgunit = ?2");
	db_bind_text(st, 1, period);
	db_bind_text(st, 2, orgunit);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return db_fail(d, err, doing);
	}
	*seq = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	/* every element any set of the period carried, in the order first sent */
	st = db_stmt(d, "SELECT v.dataelement, v.categoryoptioncombo, max(v.value) FROM dhis2_set_value v "
	                "JOIN dhis2_set s ON s.id = v.set_id WHERE s.period = ?1 AND s.orgunit = ?2 "
	                "GROUP BY v.dataelement, v.categoryoptioncombo ORDER BY min(s.seq * 100000 + v.pos)");
	db_bind_text(st, 1, period);
	db_bind_text(st, 2, orgunit);
	return store_rows(d, st, value_from_row, sizeof **values, (void **)values, n, err, doing);
}

int
db_dhis2_record(db *d, const char *period, const char *orgunit, int seq, const char *how,
                const dhis2_sent_value *values, size_t n, ds_err *err)
{
	const char *doing = L("Ghi tập DHIS2 đã gửi", "Recording the DHIS2 set sent");
	char now[TS_LEN];
	sqlite3_stmt *st;
	int64_t id;
	int own, rc;

	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	clock_now_iso(now);
	st = db_stmt(d, "INSERT INTO dhis2_set(period, orgunit, seq, how, created_at, user_id) "
	                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
	db_bind_text(st, 1, period);
	db_bind_text(st, 2, orgunit);
	sqlite3_bind_int(st, 3, seq);
	db_bind_text(st, 4, how);
	db_bind_text(st, 5, now);
	db_bind_id(st, 6, db_user(d));
	rc = store_step(d, st, err, doing);
	id = sqlite3_last_insert_rowid(d->sql);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		st = db_stmt(d, "INSERT OR REPLACE INTO dhis2_set_value(set_id, pos, dataelement, categoryoptioncombo, "
		                "value) VALUES (?1, ?5, ?2, ?3, ?4)");
		sqlite3_bind_int64(st, 1, id);
		db_bind_text(st, 2, values[i].dataelement);
		db_bind_text(st, 3, values[i].categoryoptioncombo);
		db_bind_text(st, 4, values[i].value);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)i);
		rc = store_step(d, st, err, doing);
	}
	return db_tx_leave(d, own, rc, err);
}
