/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* register_import.c (app): loading a spreadsheet register (see
 * register_import.h). */
#include "config.h"

#include "app/register_import.h"
#include "app/access.h"
#include "app/admin.h"
#include "app/household.h"
#include "db/codes.h"
#include "db/register.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "exchange/register_csv.h"

#include <stdlib.h>
#include <string.h>

/* State of one import. */
typedef struct reg_import {
	db *d;
	const char *path;
	register_row *rows;
	size_t n, cap;
	register_report_fn report;
	void *arg;
	register_import_result *res;
} reg_import;

/* Report a bad row's problem. */
static void
on_error(void *arg, const ds_err *e)
{
	reg_import *c = arg;

	c->res->rows_bad++;
	c->report(c->arg, e);
}

/* Report a problem of row r at column col (field name). */
static int
row_error(reg_import *c, const register_row *r, int col, const char *field, const char *fmt, const char *value)
{
	ds_err e = {0};

	ds_err_set(&e, fmt, value);
	ds_err_at(&e, c->path, r->line, col, field);
	on_error(c, &e);
	return 1;
}

/* The database checks of one row: codes and the person id. */
static int
check_row_db(reg_import *c, const register_row *r, const register_columns *k)
{
	static const char bad_code[] = "%s";
	const struct {
		const char *list, *code, *field;
		int col, optional;
	} codes[] = {
		{"relation", r->m.relation, "relation", k->relation, 0},
		{"ethnicity", r->m.ethnicity, "ethnicity", k->ethnicity, 0},
		{"education", r->m.education, "education", k->education, 1},
		{"marital", r->m.marital, "marital", k->marital, 0},
		{"residence", r->m.residence, "residence", k->residence, 0},
		{"household_kind", r->hh.kind, "household_kind", k->household_kind, 0},
	};
	member other;
	ds_err e = {0};
	char msg[160];

	for (size_t i = 0; i < ARRAY_LEN(codes); i++) {
		if (codes[i].optional && codes[i].code[0] == '\0')
			continue;
		if (db_code_exists(c->d, codes[i].list, codes[i].code) != 1) {
			str_printf(msg, sizeof msg, L("mã \"%s\" không có trong danh mục %s", "code \"%s\" is not in the code list %s"),
			           codes[i].code, codes[i].list);
			return row_error(c, r, codes[i].col, codes[i].field, bad_code, msg);
		}
	}
	if (r->m.sex != SEX_FEMALE && r->m.children_born != 0)
		return row_error(c, r, k->children_born, "children_born", "%s",
		                 L("chỉ ghi số con đã sinh cho phụ nữ", "live births are kept for women only"));
	if (!db_valid_person_id(r->m.person_id))
		return row_error(c, r, k->person_id, "person_id", L("mã đối tượng không hợp lệ: \"%s\"", "invalid person id: \"%s\""),
		                 r->m.person_id);
	if (r->m.person_id[0] != '\0' && db_member_find_person_id(c->d, r->m.person_id, &other, &e) == 0)
		return row_error(c, r, k->person_id, "person_id",
		                 L("mã đối tượng %s đã có trong sổ", "person id %s is already in the register"), r->m.person_id);
	return 0;
}

/* A collaborator loads rows of her own area only (app/access.h); a row
 * naming an area that does not exist yet needs the officer, who alone
 * adds areas. */
static int
row_permitted(reg_import *c, const register_row *r, const register_columns *k)
{
	ds_err e = {0};
	area a;
	int rc = db_area_find(c->d, r->area_number, &a, &e);

	if (rc == 0)
		rc = access_area(c->d, a.id, r->hh.number, "area", &e);
	else if (rc == 1)
		rc = access_officer(c->d, &e);
	if (rc == 0)
		return 0;
	return row_error(c, r, k->area, "area", "%s", e.msg);
}

/* The checks across rows: person id given once, a household in one area,
 * one head per household (counting one already stored). */
static int
check_row_set(reg_import *c, const register_row *r, const register_columns *k)
{
	household h;
	ds_err e = {0};

	for (size_t i = 0; i < c->n; i++) {
		const register_row *o = &c->rows[i];

		if (r->m.person_id[0] != '\0' && strcmp(o->m.person_id, r->m.person_id) == 0)
			return row_error(c, r, k->person_id, "person_id",
			                 L("mã đối tượng %s đã có ở một dòng trước", "person id %s is already on an earlier row"),
			                 r->m.person_id);
		if (strcmp(o->hh.number, r->hh.number) != 0)
			continue;
		if (o->area_number != r->area_number)
			return row_error(c, r, k->area, "area", L("hộ %s đã ở địa bàn khác ở một dòng trước",
			                                          "household %s is in another area on an earlier row"), r->hh.number);
		if (strcmp(r->m.relation, "1") == 0 && strcmp(o->m.relation, "1") == 0)
			return row_error(c, r, k->relation, "relation", L("hộ %s đã có chủ hộ", "household %s already has a head"),
			                 r->hh.number);
	}
	if (row_permitted(c, r, k) != 0)
		return 1;
	if (db_household_find(c->d, r->hh.number, &h, &e) == 0) {
		area a;

		if (db_area_get(c->d, h.area_id, &a, &e) == 0 && a.number != r->area_number)
			return row_error(c, r, k->area, "area", L("hộ %s đã có trong sổ ở địa bàn khác",
			                                          "household %s is already in the register in another area"), r->hh.number);
		if (strcmp(r->m.relation, "1") == 0 && h.head_member_id != 0)
			return row_error(c, r, k->relation, "relation", L("hộ %s đã có chủ hộ", "household %s already has a head"),
			                 r->hh.number);
	}
	return 0;
}

/* Keep a row whose cells are good, after the database checks. */
static int
on_row(void *arg, const register_row *r, const register_columns *k, ds_err *err)
{
	reg_import *c = arg;

	(void)err;
	if (check_row_db(c, r, k) || check_row_set(c, r, k))
		return 0;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 256;
		c->rows = xrealloc(c->rows, c->cap * sizeof *c->rows);
	}
	c->rows[c->n++] = *r;
	c->res->rows_good++;
	return 0;
}

/* The area with this number, created when missing. */
static int
area_for(reg_import *c, int number, int64_t *id, ds_err *err)
{
	area a;
	int rc = db_area_find(c->d, number, &a, err);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		memset(&a, 0, sizeof a);
		a.number = number;
		str_printf(a.name, sizeof a.name, L("Địa bàn %d", "Area %d"), number);
		if (admin_area_add(c->d, &a, err) != 0)
			return -1;
		c->res->areas_added++;
	}
	*id = a.id;
	return 0;
}

/* Store one row: its household (created when missing), the member, the head. */
static int
store_row(reg_import *c, register_row *r, ds_err *err)
{
	household h;
	int rc = db_household_find(c->d, r->hh.number, &h, err);

	if (rc < 0)
		return -1;
	if (rc == 1) {
		h = r->hh;
		if (area_for(c, r->area_number, &h.area_id, err) != 0)
			return -1;
		str_copy(h.created_on, sizeof h.created_on, r->m.entered_on);
		if (household_create(c->d, &h, err) != 0)
			return -1;
		c->res->households_added++;
	}
	r->m.household_id = h.id;
	if (member_create(c->d, &r->m, err) != 0)
		return -1;
	c->res->members_added++;
	return 0;
}

/* Store every kept row in one transaction. */
static int
store_all(reg_import *c, ds_err *err)
{
	if (db_begin(c->d, err) != 0)
		return -1;
	for (size_t i = 0; i < c->n; i++) {
		if (store_row(c, &c->rows[i], err) != 0) {
			if (err->line == 0)
				ds_err_at(err, c->path, c->rows[i].line, 0, err->field);
			db_rollback(c->d);
			return -1;
		}
	}
	return db_commit(c->d, err);
}

int
register_import(db *d, const char *path, int skip_bad, register_report_fn report, void *arg,
                register_import_result *res, ds_err *err)
{
	reg_import c = {0};
	char today[DATE_LEN];
	int rc;

	memset(res, 0, sizeof *res);
	c.d = d;
	c.path = path;
	c.report = report;
	c.arg = arg;
	c.res = res;
	clock_today(today);
	rc = register_csv_read(path, today, on_row, on_error, &c, err);
	if (rc == 0 && c.n == 0 && res->rows_bad == 0) {
		ds_err_set(err, L("tệp chỉ có dòng tiêu đề, không có dòng nhân khẩu nào", "the file has a header row but no member rows"));
		ds_err_at(err, path, 1, 0, NULL);
		rc = -1;
	}
	if (rc == 0 && (res->rows_bad == 0 || skip_bad) && c.n > 0) {
		rc = store_all(&c, err);
		res->loaded = rc == 0;
		if (rc != 0)
			res->members_added = res->households_added = res->areas_added = 0;
	}
	free(c.rows);
	return rc;
}
