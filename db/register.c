/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* register.c (db): areas, households and members of the register. */
#include "config.h"

#include "db/codes.h"
#include "db/register.h"
#include "db/store.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define KEY_LEN (NAME_LEN * 2)
/* Matches up to which a name search goes through the full-text index. */
#define SEARCH_SELECTIVE 400
#define DEFAULT_LIMIT 50

#define MEMBER_COLUMNS "m.id, m.uid, m.household_id, coalesce(m.person_id, ''), m.full_name, m.relation, m.sex, " \
	"m.birth_date, m.ethnicity, m.education, m.marital, m.residence, m.status, m.entered_on, m.left_on, " \
	"m.children_born, m.children_living"
#define MEMBER_NCOLS 17

#define HOUSEHOLD_COLUMNS "h.id, h.uid, h.number, h.area_id, h.village, h.address, h.kind, " \
	"coalesce(h.head_member_id, 0), h.created_on, h.status, h.ended_on"

#define HOUSEHOLD_ORDER " ORDER BY CAST(h.number AS INTEGER), length(h.number), h.number"

static const char area_json_sql[] = "SELECT json_object('number', number, 'name', name) FROM area WHERE id = ?1";

/* 1 if s[0..n) are all ASCII digits. */
static int
all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Whether text is a household number (123 or 123.1). */
int
db_valid_household_number(const char *s)
{
	const char *dot = strchr(s, '.');
	size_t main_len = dot != NULL ? (size_t)(dot - s) : strlen(s);

	if (main_len < 1 || main_len > 6 || !all_digits(s, main_len) || s[0] == '0')
		return 0;
	if (dot == NULL)
		return 1;
	size_t sub_len = strlen(dot + 1);
	return sub_len >= 1 && sub_len <= 3 && all_digits(dot + 1, sub_len);
}

/* Whether text is empty or a health-insurance, social-insurance or citizen number. */
int
db_valid_person_id(const char *s)
{
	size_t n = strlen(s);

	if (n == 0)
		return 1;
	if (n == 10 || n == 12)
		return all_digits(s, n);
	if (n != 15)
		return 0;
	return isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]) && isdigit((unsigned char)s[2]) &&
	       all_digits(s + 3, 12);
}

/* ---- areas ---- */

/* Fill an area from a row "id, number, name" (a store_fill_fn). */
static void
area_from_row(sqlite3_stmt *st, void *item)
{
	area *a = item;

	a->id = sqlite3_column_int64(st, 0);
	a->number = sqlite3_column_int(st, 1);
	db_column_text(st, 2, a->name, sizeof a->name);
}

/* Check an area's fields. */
static int
area_validate(const area *a, ds_err *err)
{
	if (a->number <= 0)
		return store_refuse(err, "number", L("số địa bàn phải là số nguyên dương", "the area number must be a positive whole number"));
	if (str_empty(a->name) || !vn_utf8_valid(a->name, strlen(a->name), NULL))
		return store_refuse(err, "name", L("tên địa bàn trống hoặc không phải UTF-8", "the area name is empty or not UTF-8"));
	return 0;
}

/* Add an area, audited. */
int
db_area_add(db *d, area *a, ds_err *err)
{
	sqlite3_stmt *st;
	char name[VILLAGE_LEN];
	int own, rc;

	if (area_validate(a, err) != 0)
		return -1;
	if (vn_nfc(a->name, name, sizeof name) != 0)
		return store_refuse(err, "name", L("tên quá dài", "name too long"));
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	st = db_stmt(d, "INSERT INTO area(number, name) VALUES (?1, ?2)");
	sqlite3_bind_int(st, 1, a->number);
	db_bind_text(st, 2, name);
	rc = store_step(d, st, err, L("Thêm địa bàn", "Adding an area"));
	if (rc == 0) {
		a->id = sqlite3_last_insert_rowid(d->sql);
		str_copy(a->name, sizeof a->name, name);
		rc = store_audit(d, "insert", "area", a->id, NULL, store_json(d, area_json_sql, a->id), "", err);
	}
	return db_tx_leave(d, own, rc, err);
}

/* Change an area's number and name, audited. */
int
db_area_update(db *d, const area *a, ds_err *err)
{
	sqlite3_stmt *st;
	char name[VILLAGE_LEN];
	char *before;
	int own, rc;

	if (area_validate(a, err) != 0)
		return -1;
	if (vn_nfc(a->name, name, sizeof name) != 0)
		return store_refuse(err, "name", L("tên quá dài", "name too long"));
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	before = store_json(d, area_json_sql, a->id);
	st = db_stmt(d, "UPDATE area SET number = ?2, name = ?3 WHERE id = ?1");
	sqlite3_bind_int64(st, 1, a->id);
	sqlite3_bind_int(st, 2, a->number);
	db_bind_text(st, 3, name);
	rc = store_step(d, st, err, L("Sửa địa bàn", "Updating an area"));
	if (rc == 0 && *before == '\0')
		rc = ds_err_set(err, L("Không có địa bàn này.", "No such area."));
	if (rc == 0)
		rc = store_audit(d, "update", "area", a->id, before, store_json(d, area_json_sql, a->id), "", err);
	else
		free(before);
	return db_tx_leave(d, own, rc, err);
}

/* Every area by number. */
int
db_area_list(db *d, area **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT id, number, name FROM area ORDER BY number");
	void *items;
	int rc = store_rows(d, st, area_from_row, sizeof **out, &items, n, err,
	                    L("Đọc danh sách địa bàn", "Reading the areas"));

	*out = items;
	return rc;
}

/* Read an area by id. */
int
db_area_get(db *d, int64_t id, area *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT id, number, name FROM area WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	return store_one(d, st, area_from_row, out, err, L("Đọc địa bàn", "Reading an area"));
}

/* Read an area by number. */
int
db_area_find(db *d, int number, area *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT id, number, name FROM area WHERE number = ?1");

	sqlite3_bind_int(st, 1, number);
	return store_one(d, st, area_from_row, out, err, L("Đọc địa bàn", "Reading an area"));
}

/* ---- households ---- */

/* Fill a household from a row of HOUSEHOLD_COLUMNS (a store_fill_fn). */
static void
household_from_row(sqlite3_stmt *st, void *item)
{
	household *h = item;

	h->id = sqlite3_column_int64(st, 0);
	db_column_text(st, 1, h->uid, sizeof h->uid);
	db_column_text(st, 2, h->number, sizeof h->number);
	h->area_id = sqlite3_column_int64(st, 3);
	db_column_text(st, 4, h->village, sizeof h->village);
	db_column_text(st, 5, h->address, sizeof h->address);
	db_column_text(st, 6, h->kind, sizeof h->kind);
	h->head_member_id = sqlite3_column_int64(st, 7);
	db_column_text(st, 8, h->created_on, sizeof h->created_on);
	h->status = (household_status)sqlite3_column_int(st, 9);
	db_column_text(st, 10, h->ended_on, sizeof h->ended_on);
}

/* Check a household's fields against the register. */
static int
household_validate(db *d, const household *h, ds_err *err)
{
	area a;

	if (!db_valid_household_number(h->number))
		return store_refuse(err, "number", L("số hộ phải có dạng 123 hoặc 123.1", "the household number must look like 123 or 123.1"));
	if (db_area_get(d, h->area_id, &a, err) != 0)
		return store_refuse(err, "area_id", L("không có địa bàn này", "no such area"));
	if (!str_empty(h->kind) && db_code_exists(d, "household_kind", h->kind) != 1)
		return store_refuse(err, "kind", L("loại hộ không có trong danh mục", "the household kind is not in the code list"));
	if (!date_valid(h->created_on))
		return store_refuse(err, "created_on", L("ngày lập hộ không hợp lệ (YYYY-MM-DD)", "the date created is not a valid date (YYYY-MM-DD)"));
	if (!vn_utf8_valid(h->village, strlen(h->village), NULL) || !vn_utf8_valid(h->address, strlen(h->address), NULL))
		return store_refuse(err, "address", L("địa chỉ không phải UTF-8", "the address is not valid UTF-8"));
	return 0;
}

/* Bind the editable household fields as ?2..?8 (NFC text). */
static void
household_bind(sqlite3_stmt *st, const household *h)
{
	char village[VILLAGE_LEN], address[ADDRESS_LEN];

	if (vn_nfc(h->village, village, sizeof village) != 0)
		str_copy(village, sizeof village, h->village);
	if (vn_nfc(h->address, address, sizeof address) != 0)
		str_copy(address, sizeof address, h->address);
	db_bind_text(st, 2, h->number);
	sqlite3_bind_int64(st, 3, h->area_id);
	db_bind_text(st, 4, village);
	db_bind_text(st, 5, address);
	db_bind_text(st, 6, str_empty(h->kind) ? "1" : h->kind);
	db_bind_id(st, 7, h->head_member_id);
	db_bind_text(st, 8, h->created_on);
}

/* Add a household, audited. */
int
db_household_add(db *d, household *h, ds_err *err)
{
	sqlite3_stmt *st;
	int own, rc;

	if (str_empty(h->kind))
		str_copy(h->kind, sizeof h->kind, "1");
	if (household_validate(d, h, err) != 0)
		return -1;
	if (str_empty(h->uid))
		ids_new_uid(h->uid);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	st = db_stmt(d, "INSERT INTO household(uid, number, area_id, village, address, kind, head_member_id, "
	                "created_on, status, ended_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
	db_bind_text(st, 1, h->uid);
	household_bind(st, h);
	sqlite3_bind_int(st, 9, (int)h->status);
	db_bind_text(st, 10, h->ended_on);
	rc = store_step(d, st, err, L("Thêm hộ", "Adding a household"));
	if (rc == 0) {
		h->id = sqlite3_last_insert_rowid(d->sql);
		rc = store_audit(d, "insert", "household", h->id, NULL, store_json(d, store_household_json_sql, h->id), "", err);
	}
	return db_tx_leave(d, own, rc, err);
}

/* Change a household's fields, audited. */
int
db_household_update(db *d, const household *h, ds_err *err)
{
	sqlite3_stmt *st;
	char *before;
	int own, rc = 0;

	if (household_validate(d, h, err) != 0)
		return -1;
	if (h->head_member_id != 0 &&
	    store_int(d, "SELECT household_id FROM member WHERE id = ?1 AND status = 0", h->head_member_id, 0) != h->id)
		return store_refuse(err, "head_member_id", L("chủ hộ phải là một thành viên đang ở trong hộ", "the head must be an active member of the household"));
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	before = store_json(d, store_household_json_sql, h->id);
	if (*before == '\0')
		rc = ds_err_set(err, L("Không có hộ này trong sổ.", "No such household in the register."));
	st = db_stmt(d, "UPDATE household SET number = ?2, area_id = ?3, village = ?4, address = ?5, kind = ?6, "
	                "head_member_id = ?7, created_on = ?8 WHERE id = ?1");
	sqlite3_bind_int64(st, 1, h->id);
	household_bind(st, h);
	if (rc == 0)
		rc = store_step(d, st, err, L("Sửa hộ", "Updating a household"));
	if (rc == 0)
		rc = store_audit(d, "update", "household", h->id, before, store_json(d, store_household_json_sql, h->id), "", err);
	else
		free(before);
	return db_tx_leave(d, own, rc, err);
}

/* Read a household by id. */
int
db_household_get(db *d, int64_t id, household *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " HOUSEHOLD_COLUMNS " FROM household h WHERE h.id = ?1");

	sqlite3_bind_int64(st, 1, id);
	return store_one(d, st, household_from_row, out, err, L("Đọc hộ", "Reading a household"));
}

/* Read a household by number. */
int
db_household_find(db *d, const char *number, household *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " HOUSEHOLD_COLUMNS " FROM household h WHERE h.number = ?1");

	db_bind_text(st, 1, number);
	return store_one(d, st, household_from_row, out, err, L("Đọc hộ", "Reading a household"));
}

/* What a list screen shows: the household's number, area, village and
 * status, its active members and its head's name. */
#define HOUSEHOLD_ITEM_SELECT \
	"SELECT h.id, h.area_id, h.number, h.village, h.status, " \
	"(SELECT count(*) FROM member c WHERE c.household_id = h.id AND c.status = 0), " \
	"coalesce(hm.full_name, '') " \
	"FROM household h LEFT JOIN member hm ON hm.id = h.head_member_id "

void
household_list_free(household_list *l)
{
	free(l->items);
	strbuf_free(&l->text);
	l->items = NULL;
	l->n = 0;
}

/* Append a column's text to the list's text; its offset. */
static uint32_t
item_text(household_list *l, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return (uint32_t)strbuf_add(&l->text, t != NULL ? (const char *)t : "");
}

/* Collect the rows of a bound HOUSEHOLD_ITEM_SELECT statement, with no
 * room left over. */
static int
household_items(db *d, sqlite3_stmt *st, household_list *out, ds_err *err)
{
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof *out);
	strbuf_init(&out->text);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		household_item *it;

		if (out->n == cap) {
			cap = cap ? cap * 2 : 64;
			out->items = xrealloc(out->items, cap * sizeof *out->items);
		}
		it = &out->items[out->n++];
		it->id = sqlite3_column_int64(st, 0);
		it->area_id = sqlite3_column_int64(st, 1);
		it->number = item_text(out, st, 2);
		it->village = item_text(out, st, 3);
		it->status = (uint8_t)sqlite3_column_int(st, 4);
		it->active_members = sqlite3_column_int(st, 5);
		it->head_name = item_text(out, st, 6);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		household_list_free(out);
		return db_fail(d, err, L("Đọc danh sách hộ", "Reading the households"));
	}
	if (out->n > 0 && out->n < cap)
		out->items = xrealloc(out->items, out->n * sizeof *out->items);
	strbuf_fit(&out->text);
	return 0;
}

/* The households of an area (or all), with head and member count. */
int
db_household_list(db *d, int64_t area_id, int include_inactive, household_list *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, HOUSEHOLD_ITEM_SELECT
	                              "WHERE (?1 = 0 OR h.area_id = ?1) AND (?2 OR h.status = 0)" HOUSEHOLD_ORDER);

	sqlite3_bind_int64(st, 1, area_id);
	sqlite3_bind_int(st, 2, include_inactive != 0);
	return household_items(d, st, out, err);
}

/* Households whose number starts with a prefix. */
int
db_household_search(db *d, const char *prefix, int limit, household_list *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, HOUSEHOLD_ITEM_SELECT
	                              "WHERE substr(h.number, 1, length(?1)) = ?1" HOUSEHOLD_ORDER " LIMIT ?2");

	db_bind_text(st, 1, prefix);
	sqlite3_bind_int(st, 2, limit > 0 ? limit : DEFAULT_LIMIT);
	return household_items(d, st, out, err);
}

/* The next free household number. */
int
db_household_next_number(db *d, char *buf, size_t n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT coalesce(max(CAST(number AS INTEGER)), 0) + 1 FROM household");
	int rc = sqlite3_step(st);
	int64_t next = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;

	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(d, err, L("Tìm số hộ tiếp theo", "Finding the next household number"));
	str_printf(buf, n, "%lld", (long long)next);
	return 0;
}

/* ---- members ---- */

/* Fill a member from a row of MEMBER_COLUMNS (a store_fill_fn). */
static void
member_from_row(sqlite3_stmt *st, void *item)
{
	member *m = item;

	m->id = sqlite3_column_int64(st, 0);
	db_column_text(st, 1, m->uid, sizeof m->uid);
	m->household_id = sqlite3_column_int64(st, 2);
	db_column_text(st, 3, m->person_id, sizeof m->person_id);
	db_column_text(st, 4, m->full_name, sizeof m->full_name);
	db_column_text(st, 5, m->relation, sizeof m->relation);
	m->sex = (sex)sqlite3_column_int(st, 6);
	db_column_text(st, 7, m->birth_date, sizeof m->birth_date);
	db_column_text(st, 8, m->ethnicity, sizeof m->ethnicity);
	db_column_text(st, 9, m->education, sizeof m->education);
	db_column_text(st, 10, m->marital, sizeof m->marital);
	db_column_text(st, 11, m->residence, sizeof m->residence);
	m->status = (member_status)sqlite3_column_int(st, 12);
	db_column_text(st, 13, m->entered_on, sizeof m->entered_on);
	db_column_text(st, 14, m->left_on, sizeof m->left_on);
	m->children_born = sqlite3_column_int(st, 15);
	m->children_living = sqlite3_column_int(st, 16);
}

/* Fill a member_row from a row of MEMBER_COLUMNS, household number, area
 * (a store_fill_fn). */
static void
member_row_from_row(sqlite3_stmt *st, void *item)
{
	member_row *r = item;

	member_from_row(st, &r->m);
	db_column_text(st, MEMBER_NCOLS, r->household_number, sizeof r->household_number);
	r->area_id = sqlite3_column_int64(st, MEMBER_NCOLS + 1);
}

/* Check a member's fields against the register's rules; nfc gets the
 * full name in NFC, trimmed (NAME_LEN bytes), the text that is stored. */
static int
member_check(db *d, const member *m, char *nfc, ds_err *err)
{
	if (str_empty(m->full_name) || vn_nfc(m->full_name, nfc, NAME_LEN) != 0 || *str_trim(nfc) == '\0')
		return store_refuse(err, "full_name", L("họ tên trống, quá dài hoặc không phải UTF-8", "the full name is empty, too long or not UTF-8"));
	if (m->sex != SEX_MALE && m->sex != SEX_FEMALE)
		return store_refuse(err, "sex", L("giới tính phải là 1 (nam) hoặc 2 (nữ)", "sex must be 1 (male) or 2 (female)"));
	if (!date_valid_or_year(m->birth_date))
		return store_refuse(err, "birth_date", L("ngày sinh không hợp lệ (YYYY-MM-DD, hoặc năm YYYY)", "the birth date is not valid (YYYY-MM-DD, or the year YYYY)"));
	if (!date_valid(m->entered_on))
		return store_refuse(err, "entered_on", L("ngày vào sổ không hợp lệ (YYYY-MM-DD)", "the date entered is not valid (YYYY-MM-DD)"));
	if (!str_empty(m->left_on) && !date_valid(m->left_on))
		return store_refuse(err, "left_on", L("ngày ra khỏi sổ không hợp lệ (YYYY-MM-DD)", "the date left is not valid (YYYY-MM-DD)"));
	if (!db_valid_person_id(m->person_id))
		return store_refuse(err, "person_id", L("mã đối tượng phải là số thẻ BHYT 15 ký tự (VD: GD479..., 2 chữ cái, 1 số, 2 số tỉnh, 10 số), 10 số BHXH hoặc 12 số CCCD",
		                                        "the person ID must be a 15-character health-insurance number (2 letters, 1 digit, 2-digit province, 10 digits), a 10-digit social-insurance number or a 12-digit citizen ID"));
	if (!str_empty(m->person_id)) {
		sqlite3_stmt *st = db_stmt(d, "SELECT id FROM member WHERE person_id = ?1 AND id <> ?2");
		int rc;

		db_bind_text(st, 1, m->person_id);
		sqlite3_bind_int64(st, 2, m->id);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc == SQLITE_ROW)
			return store_refuse(err, "person_id", L("mã đối tượng đã có ở một người khác trong sổ", "this person ID already belongs to another person in the register"));
	}
	if (m->children_born < 0 || m->children_born > 30)
		return store_refuse(err, "children_born", L("số lần sinh con phải từ 0 đến 30", "the live births must be 0 to 30"));
	if (m->children_living < 0 || m->children_living > m->children_born)
		return store_refuse(err, "children_living", L("số con hiện sống phải từ 0 đến số con đã sinh",
		                                              "the children living must be 0 to the live births"));
	if (m->sex != SEX_FEMALE && m->children_born != 0)
		return store_refuse(err, "children_born", L("chỉ ghi số con đã sinh cho phụ nữ", "live births are kept for women only"));
	if (db_code_check(d, "relation", "relation", m->relation, 0, err) != 0 ||
	    db_code_check(d, "ethnicity", "ethnicity", m->ethnicity, 0, err) != 0 ||
	    db_code_check(d, "education", "education", m->education, 1, err) != 0 ||
	    db_code_check(d, "marital", "marital", m->marital, 0, err) != 0 ||
	    db_code_check(d, "residence", "residence", m->residence, 0, err) != 0)
		return -1;
	if (store_int(d, "SELECT id FROM household WHERE id = ?1", m->household_id, 0) == 0)
		return store_refuse(err, "household_id", L("không có hộ này trong sổ", "no such household in the register"));
	return 0;
}

/* Check a member's fields against the register's rules. */
int
db_member_validate(db *d, const member *m, ds_err *err)
{
	char nfc[NAME_LEN];

	return member_check(d, m, nfc, err);
}

/* Bind the member fields as ?2..?16 with the NFC name and its keys. */
static void
member_bind(sqlite3_stmt *st, const member *m, const char *nfc)
{
	char key[KEY_LEN], sort[KEY_LEN];

	vn_search_key(nfc, key, sizeof key);
	vn_sort_key(nfc, sort, sizeof sort);
	sqlite3_bind_int64(st, 2, m->household_id);
	if (str_empty(m->person_id))
		sqlite3_bind_null(st, 3);
	else
		db_bind_text(st, 3, m->person_id);
	db_bind_text(st, 4, nfc);
	db_bind_text(st, 5, key);
	db_bind_text(st, 6, sort);
	db_bind_text(st, 7, m->relation);
	sqlite3_bind_int(st, 8, (int)m->sex);
	db_bind_text(st, 9, m->birth_date);
	db_bind_text(st, 10, m->ethnicity);
	db_bind_text(st, 11, m->education);
	db_bind_text(st, 12, m->marital);
	db_bind_text(st, 13, m->residence);
	db_bind_text(st, 14, m->entered_on);
	sqlite3_bind_int(st, 15, (int)m->status);
	db_bind_text(st, 16, m->left_on);
	sqlite3_bind_int(st, 17, m->children_born);
	sqlite3_bind_int(st, 18, m->children_living);
}

/* Add a member, audited. */
int
db_member_add(db *d, member *m, ds_err *err)
{
	sqlite3_stmt *st;
	char nfc[NAME_LEN];
	int own, rc;

	if (member_check(d, m, nfc, err) != 0)
		return -1;
	if (str_empty(m->uid))
		ids_new_uid(m->uid);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	st = db_stmt(d, "INSERT INTO member(uid, household_id, person_id, full_name, name_key, sort_key, relation, sex, "
	                "birth_date, ethnicity, education, marital, residence, entered_on, status, left_on, children_born, "
	                "children_living) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
	                "?17, ?18)");
	db_bind_text(st, 1, m->uid);
	member_bind(st, m, nfc);
	rc = store_step(d, st, err, L("Thêm nhân khẩu", "Adding a person"));
	if (rc == 0) {
		m->id = sqlite3_last_insert_rowid(d->sql);
		str_copy(m->full_name, sizeof m->full_name, nfc);
		rc = store_audit(d, "insert", "member", m->id, NULL, store_json(d, store_member_json_sql, m->id), "", err);
	}
	return db_tx_leave(d, own, rc, err);
}

/* Change a member's fields (not status or date left), audited. */
int
db_member_update(db *d, const member *m, ds_err *err)
{
	sqlite3_stmt *st;
	member cur;
	char nfc[NAME_LEN];
	int own, rc;

	if (db_member_get(d, m->id, &cur, err) != 0)
		return store_refuse(err, "id", L("không có người này trong sổ", "no such person in the register"));
	if (member_check(d, m, nfc, err) != 0)
		return -1;
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	st = db_stmt(d, "UPDATE member SET household_id = ?2, person_id = ?3, full_name = ?4, name_key = ?5, "
	                "sort_key = ?6, relation = ?7, sex = ?8, birth_date = ?9, ethnicity = ?10, education = ?11, "
	                "marital = ?12, residence = ?13, entered_on = ?14, status = ?15, left_on = ?16, children_born = ?17, "
	                "children_living = ?18 WHERE id = ?1");
	sqlite3_bind_int64(st, 1, m->id);
	{
		member keep = *m;
		keep.status = cur.status;
		str_copy(keep.left_on, sizeof keep.left_on, cur.left_on);
		member_bind(st, &keep, nfc);
	}
	rc = store_update(d, st, store_member_json_sql, "member", m->id, err, L("Sửa nhân khẩu", "Updating a person"));
	return db_tx_leave(d, own, rc, err);
}

/* Read a member by id. */
int
db_member_get(db *d, int64_t id, member *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " MEMBER_COLUMNS " FROM member m WHERE m.id = ?1");

	sqlite3_bind_int64(st, 1, id);
	return store_one(d, st, member_from_row, out, err, L("Đọc nhân khẩu", "Reading a person"));
}

/* The person a transfer names (register.h). */
int
db_member_find_transfer(db *d, const member *p, int64_t not_in, member *out, ds_err *err)
{
	sqlite3_stmt *st;
	char nfc[NAME_LEN], key[KEY_LEN];
	int rc, found = 0;

	if (!str_empty(p->person_id)) {
		if ((rc = db_member_find_person_id(d, p->person_id, out, err)) != 0)
			return rc;
		return out->status == MEMBER_ACTIVE && out->household_id != not_in ? 0 : 1;
	}
	if (vn_nfc(p->full_name, nfc, sizeof nfc) != 0)
		return 1;
	vn_search_key(str_trim(nfc), key, sizeof key);
	st = db_stmt(d, "SELECT " MEMBER_COLUMNS " FROM member m WHERE m.name_key = ?1 AND m.birth_date = ?2 "
	                "AND m.status = 0 AND m.household_id <> ?3 LIMIT 2");
	db_bind_text(st, 1, key);
	db_bind_text(st, 2, p->birth_date);
	sqlite3_bind_int64(st, 3, not_in);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (found++ == 0)
			member_from_row(st, out);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(d, err, L("Tìm người chuyển trong xã", "Finding the person moving inside the commune"));
	return found == 0 ? 1 : found == 1 ? 0 : 2;
}

/* Read a member by person ID. */
int
db_member_find_person_id(db *d, const char *person_id, member *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " MEMBER_COLUMNS " FROM member m WHERE m.person_id = ?1");

	db_bind_text(st, 1, person_id);
	return store_one(d, st, member_from_row, out, err, L("Đọc nhân khẩu", "Reading a person"));
}

/* The members of a household, head first. */
int
db_member_list(db *d, int64_t household_id, int include_inactive, member **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " MEMBER_COLUMNS " FROM member m JOIN household h ON h.id = m.household_id "
	                              "WHERE m.household_id = ?1 AND (?2 OR m.status = 0) "
	                              "ORDER BY m.id = coalesce(h.head_member_id, 0) DESC, "
	                              "CAST(m.relation AS INTEGER), m.birth_date, m.id");
	void *items;
	int rc;

	sqlite3_bind_int64(st, 1, household_id);
	sqlite3_bind_int(st, 2, include_inactive != 0);
	rc = store_rows(d, st, member_from_row, sizeof **out, &items, n, err,
	                L("Đọc danh sách nhân khẩu", "Reading the members"));
	*out = items;
	return rc;
}


/* 1 if the full-text query matches few enough people (at most
 * SEARCH_SELECTIVE) for the index to beat a scan in name order. */
static int
search_is_selective(db *d, const char *match)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT count(*) FROM (SELECT 1 FROM member_search "
	                              "WHERE member_search MATCH ?1 LIMIT ?2)");
	int count = SEARCH_SELECTIVE + 1;

	db_bind_text(st, 1, match);
	sqlite3_bind_int(st, 2, SEARCH_SELECTIVE + 1);
	if (sqlite3_step(st) == SQLITE_ROW)
		count = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return count <= SEARCH_SELECTIVE;
}

/* The full-text query for a search key: the key as one phrase whose last
 * word is a prefix ("van an" -> "van an"*), which is the rule "whole words,
 * the last one begun". 0 when the key has no letter or digit to look up
 * through the index (the caller then scans). */
static int
search_phrase(const char *key, char *out, size_t n)
{
	size_t len = 0;
	int alnum = 0;

	if (n < 4)
		return 0;
	out[len++] = '"';
	for (const char *p = key; *p != '\0' && len + 4 < n; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || (unsigned char)*p >= 0x80)
			alnum = 1;
		if (*p == '"')
			out[len++] = '"';  /* a quote inside an FTS5 string is doubled */
		out[len++] = *p;
	}
	out[len++] = '"';
	out[len++] = '*';
	out[len] = '\0';
	return alnum;
}

/* People whose name matches a query, accents and case ignored: the query
 * starts the name or one of its words. */
int
db_member_search(db *d, const char *query, int64_t area_id, int include_inactive, int limit,
                 member_row **out, size_t *n, ds_err *err)
{
	char key[KEY_LEN], match[KEY_LEN * 2 + 4];
	sqlite3_stmt *st;
	void *items;
	int rc;

	vn_search_key(query != NULL ? query : "", key, sizeof key);
	/* A query many people match ("ng", "nguyen": a third of a commune) is
	 * answered fastest by the scan in name order, which stops after the
	 * first `limit`; the index would fetch and sort every match. A
	 * selective one ("tran van kh") is answered by the index, where the
	 * scan would read every name. A capped count through the index picks.
	 * In a bulk load's transaction the index is set aside: the scan. */
	if (!d->bulk && search_phrase(key, match, sizeof match) && search_is_selective(d, match)) {
		st = db_stmt(d, "SELECT " MEMBER_COLUMNS ", h.number, h.area_id "
		                "FROM member_search s JOIN member m ON m.id = s.rowid "
		                "JOIN household h ON h.id = m.household_id "
		                "WHERE member_search MATCH ?1 "
		                "AND (?2 = 0 OR h.area_id = ?2) "
		                "AND (?3 OR m.status = 0) ORDER BY m.sort_key, m.id LIMIT ?4");
		db_bind_text(st, 1, match);
	} else {
		st = db_stmt(d, "SELECT " MEMBER_COLUMNS ", h.number, h.area_id "
		                "FROM member m JOIN household h ON h.id = m.household_id "
		                /* most names do not contain the key: one instr() turns them away */
		                "WHERE instr(m.name_key, ?1) > 0 AND (instr(m.name_key, ?1) = 1 OR instr(m.name_key, ' ' || ?1) > 0) "
		                "AND (?2 = 0 OR h.area_id = ?2) "
		                "AND (?3 OR m.status = 0) ORDER BY m.sort_key, m.id LIMIT ?4");
		db_bind_text(st, 1, key);
	}
	sqlite3_bind_int64(st, 2, area_id);
	sqlite3_bind_int(st, 3, include_inactive != 0);
	sqlite3_bind_int(st, 4, limit > 0 ? limit : DEFAULT_LIMIT);
	rc = store_rows(d, st, member_row_from_row, sizeof **out, &items, n, err, L("Tìm nhân khẩu", "Searching people"));
	*out = items;
	return rc;
}

/* A text column, "" for NULL; valid until the next step. */
static const char *
column_or_empty(sqlite3_stmt *st, int col)
{
	const char *s = (const char *)sqlite3_column_text(st, col);

	return s != NULL ? s : "";
}

/* Every member's name keys, or a member's or a household's, in the order
 * of the name search (sort key, id). */
int
db_member_keys(db *d, int64_t member_id, int64_t household_id, member_key_fn fn, void *ctx, ds_err *err)
{
#define MEMBER_KEYS_SELECT \
	"SELECT m.id, m.household_id, h.area_id, m.status, m.sex, m.name_key, m.sort_key, m.full_name, m.birth_date, " \
	"h.number FROM member m "
#define MEMBER_KEYS_REST \
	"JOIN household h ON h.id = m.household_id " \
	"WHERE (?1 = 0 OR m.id = ?1) AND (?2 = 0 OR m.household_id = ?2) ORDER BY m.sort_key, m.id"
	/* Every member: the table read in its own order and sorted, rather
	 * than each row fetched in sort-key order through the index, which
	 * reads the table's pages again and again through a small page cache
	 * (the interface's, DB_OPEN_SCREEN). */
	sqlite3_stmt *st = member_id == 0 && household_id == 0
	                   ? db_stmt(d, MEMBER_KEYS_SELECT "NOT INDEXED " MEMBER_KEYS_REST)
	                   : db_stmt(d, MEMBER_KEYS_SELECT MEMBER_KEYS_REST);
	int rc = SQLITE_DONE, stop = 0;

	sqlite3_bind_int64(st, 1, member_id);
	sqlite3_bind_int64(st, 2, household_id);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		member_key k;

		k.id = sqlite3_column_int64(st, 0);
		k.household_id = sqlite3_column_int64(st, 1);
		k.area_id = sqlite3_column_int64(st, 2);
		k.status = sqlite3_column_int(st, 3);
		k.sex = sqlite3_column_int(st, 4);
		k.name_key = column_or_empty(st, 5);
		k.sort_key = column_or_empty(st, 6);
		k.full_name = column_or_empty(st, 7);
		k.birth_date = column_or_empty(st, 8);
		k.household_number = column_or_empty(st, 9);
		stop = fn(ctx, &k) != 0;
	}
	sqlite3_reset(st);
	if (stop)
		return -1;
	if (rc != SQLITE_DONE)
		return db_fail(d, err, L("Đọc tên nhân khẩu", "Reading the members' names"));
	return 0;
}
