/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* db_fixture.h: a fresh commune database for the db/ and app/ unit tests
 * (initialised like `danso init`), and raw queries to check the results. */
#ifndef DANSO_TEST_DB_FIXTURE_H
#define DANSO_TEST_DB_FIXTURE_H

#include "db/codes.h"
#include "db/db.h"
#include "db/register.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "tests/tap.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *fx_path;
static int64_t fx_officer, fx_collab;

/* Open a new initialised database; the officer is the acting user. */
static inline db *
fx_open(void)
{
	user_account officer = {0}, collab = {0};
	ds_err err = {0};
	db *d = NULL;
	char *dir = tap_tmpdir();

	ids_init();
	i18n_set(LANG_EN);
	setenv("DANSO_TODAY", "2025-03-31", 1);
	free(fx_path);
	fx_path = xasprintf("%s/t.db", dir);
	free(dir);
	if (db_open(fx_path, DB_OPEN_CREATE, &d, &err) != 0)
		fatal("fixture: %s", err.msg);
	str_copy(officer.login, sizeof officer.login, "canbo");
	str_copy(officer.full_name, sizeof officer.full_name, "Cán bộ");
	str_copy(officer.role, sizeof officer.role, "officer");
	str_copy(collab.login, sizeof collab.login, "ctv1");
	str_copy(collab.full_name, sizeof collab.full_name, "Cộng tác viên");
	str_copy(collab.role, sizeof collab.role, "collaborator");
	if (db_begin(d, &err) != 0 || db_setting_set(d, "commune_code", "00001", &err) != 0 ||
	    db_setting_set(d, "commune_name", "Xã Thử", &err) != 0 || db_codes_seed(d, &err) != 0 ||
	    db_user_add(d, &officer, &err) != 0 || db_user_add(d, &collab, &err) != 0 || db_commit(d, &err) != 0)
		fatal("fixture: %s", err.msg);
	fx_officer = officer.id;
	fx_collab = collab.id;
	db_set_user(d, fx_officer);
	return d;
}

/* An area; returns its id (fatal on failure). */
static inline int64_t
fx_area(db *d, int number, const char *name)
{
	area a = {0};
	ds_err err = {0};

	a.number = number;
	str_copy(a.name, sizeof a.name, name);
	if (db_area_add(d, &a, &err) != 0)
		fatal("fixture area: %s", err.msg);
	return a.id;
}

/* A household created on 2020-01-01. */
static inline int64_t
fx_household(db *d, const char *number, int64_t area_id)
{
	household h;
	ds_err err = {0};

	household_init(&h);
	str_copy(h.number, sizeof h.number, number);
	h.area_id = area_id;
	str_copy(h.created_on, sizeof h.created_on, "2020-01-01");
	if (db_household_add(d, &h, &err) != 0)
		fatal("fixture household: %s", err.msg);
	return h.id;
}

/* Fill a member record with plausible defaults. */
static inline void
fx_member_fill(member *m, int64_t hh, const char *name, sex s, const char *birth, const char *relation,
               const char *marital)
{
	member_init(m);
	m->household_id = hh;
	str_copy(m->full_name, sizeof m->full_name, name);
	m->sex = s;
	str_copy(m->birth_date, sizeof m->birth_date, birth);
	str_copy(m->relation, sizeof m->relation, relation);
	str_copy(m->ethnicity, sizeof m->ethnicity, "01");
	str_copy(m->marital, sizeof m->marital, marital);
	str_copy(m->residence, sizeof m->residence, "1");
	str_copy(m->entered_on, sizeof m->entered_on, "2020-01-01");
}

/* A member; returns its id. */
static inline int64_t
fx_member(db *d, int64_t hh, const char *name, sex s, const char *birth, const char *relation, const char *marital)
{
	member m;
	ds_err err = {0};

	fx_member_fill(&m, hh, name, s, birth, relation, marital);
	if (db_member_add(d, &m, &err) != 0)
		fatal("fixture member %s: %s", name, err.msg);
	return m.id;
}

/* The first column of a raw query on the test file as an integer (-1 on
 * error), through a separate connection. */
static inline long long
fx_int(const char *sql)
{
	sqlite3 *s;
	sqlite3_stmt *st;
	long long v = -1;

	if (sqlite3_open_v2(fx_path, &s, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(s, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	} else {
		tap_diag("fx_int: %s", sqlite3_errmsg(s));
	}
	sqlite3_close(s);
	return v;
}

/* The first column of a raw query as text into buf ("" when no row). */
static inline const char *
fx_text(const char *sql, char *buf, size_t n)
{
	sqlite3 *s;
	sqlite3_stmt *st;

	buf[0] = '\0';
	if (sqlite3_open_v2(fx_path, &s, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return buf;
	if (sqlite3_prepare_v2(s, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
			str_copy(buf, n, (const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	} else {
		tap_diag("fx_text: %s", sqlite3_errmsg(s));
	}
	sqlite3_close(s);
	return buf;
}

/* Foreign keys and integrity are clean. */
static inline void
fx_integrity(db *d)
{
	ds_err err = {0};

	ok(db_integrity(d, &err) == 0, "integrity_check and foreign_key_check clean (%s)", err.msg);
}

#endif
