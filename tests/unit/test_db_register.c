/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_db_register.c: areas, households and members stored, validated,
 * listed and searched; audit rows. */
#include "config.h"

#include "domain/vntext.h"
#include "tests/unit/db_fixture.h"

/* Validation helpers with no database. */
static void
test_forms(void)
{
	ok(db_valid_household_number("123"), "123 is a household number");
	ok(db_valid_household_number("123.1"), "123.1 is a household number");
	ok(!db_valid_household_number("12a"), "12a is not");
	ok(!db_valid_household_number("0123"), "0123 is not");
	ok(!db_valid_household_number("12."), "12. is not");
	ok(db_valid_person_id("GD4790123456789"), "15-char insurance number");
	ok(db_valid_person_id("0123456789"), "10 digits");
	ok(db_valid_person_id("001085012345"), "12 digits");
	ok(!db_valid_person_id("gd4790123456789"), "lower-case letters refused");
	ok(!db_valid_person_id("12345"), "5 digits refused");
}

/* The register takes exactly the dates of domain/date.h: 1900-01-01 to
 * 2100-12-31, Gregorian leap years (docs/rules.md). */
static void
test_date_range(db *d, int64_t area1)
{
	static const struct {
		const char *date;
		int valid;
	} cases[] = {
		{"1900-01-01", 1}, {"1899-12-31", 0}, {"2100-12-31", 1}, {"2101-01-01", 0},
		{"2000-02-29", 1}, {"1900-02-29", 0}, {"2100-02-29", 0}, {"2024-02-29", 1},
		{"2025-02-29", 0}, {"2100-01-01", 1},
	};
	static const struct {
		const char *birth;
		int valid;
	} births[] = {
		{"1900", 1}, {"1899", 0}, {"2100", 1}, {"2101", 0}, {"2100-12-31", 1}, {"2100-02-29", 0},
	};
	int64_t hh = fx_household(d, "700", area1);
	ds_err err = {0};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		household h;

		household_init(&h);
		str_printf(h.number, sizeof h.number, "%zu", 800 + i);
		h.area_id = area1;
		str_copy(h.created_on, sizeof h.created_on, cases[i].date);
		is_int(db_household_add(d, &h, &err) == 0, cases[i].valid, "a household created on %s is %s",
		       cases[i].date, cases[i].valid ? "stored" : "refused");
	}
	for (size_t i = 0; i < ARRAY_LEN(births); i++) {
		member m;

		fx_member_fill(&m, hh, "Lê Văn Năm", SEX_MALE, births[i].birth, "3", "1");
		is_int(db_member_add(d, &m, &err) == 0, births[i].valid, "a person born %s is %s", births[i].birth,
		       births[i].valid ? "stored" : "refused");
	}
}

/* Areas: add, duplicate, find, list. */
static void
test_areas(db *d)
{
	area a = {0}, got;
	area *list;
	size_t n;
	ds_err err = {0};

	a.number = 2;
	str_copy(a.name, sizeof a.name, "Thôn Đông");
	ok(db_area_add(d, &a, &err) == 0 && a.id > 0, "area added");
	a.id = 0;
	ok(db_area_add(d, &a, &err) != 0, "same number refused");
	is_str(err.field, "number", "error points at number");
	ok(strstr(err.msg, "already exists") != NULL, "message says why: %s", err.msg);
	ok(db_area_find(d, 2, &got, &err) == 0, "found by number");
	is_str(got.name, "Thôn Đông", "name kept");
	ok(db_area_find(d, 9, &got, &err) == 1, "missing number: 1");
	ok(db_area_list(d, &list, &n, &err) == 0, "list");
	is_int(n, 2, "two areas (fixture's and this one)");
	is_int(list[0].number, 1, "by number");
	free(list);
}

/* Households: form, uniqueness, lists with counts and heads. */
static void
test_households(db *d, int64_t area1)
{
	household h, got;
	household_list rows;
	ds_err err = {0};
	char buf[32];

	household_init(&h);
	str_copy(h.village, sizeof h.village, "Thôn Đông");
	str_copy(h.number, sizeof h.number, "12a");
	h.area_id = area1;
	str_copy(h.created_on, sizeof h.created_on, "2020-01-01");
	ok(db_household_add(d, &h, &err) != 0, "12a refused");
	is_str(err.field, "number", "field number");
	str_copy(h.number, sizeof h.number, "10");
	h.area_id = 999;
	ok(db_household_add(d, &h, &err) != 0, "unknown area refused");
	is_str(err.field, "area_id", "field area_id");
	h.area_id = area1;
	str_copy(h.created_on, sizeof h.created_on, "2020-13-01");
	ok(db_household_add(d, &h, &err) != 0, "bad date refused");
	is_str(err.field, "created_on", "field created_on");
	str_copy(h.created_on, sizeof h.created_on, "2020-01-01");
	ok(db_household_add(d, &h, &err) == 0 && strlen(h.uid) == 32, "household 10 added with a uid");
	int64_t h10 = h.id;
	h.id = 0;
	h.uid[0] = '\0';
	ok(db_household_add(d, &h, &err) != 0, "duplicate number refused");
	is_str(err.field, "number", "field number");
	int64_t h2 = fx_household(d, "2", area1);
	int64_t h101 = fx_household(d, "10.1", area1);
	fx_household(d, "123", area1);
	int64_t head = fx_member(d, h10, "Trần Văn Hùng", SEX_MALE, "1970-05-01", "1", "2");
	fx_member(d, h10, "Lê Thị Lan", SEX_FEMALE, "1975-06-01", "2", "2");
	ok(db_household_get(d, h10, &got, &err) == 0, "get");
	got.head_member_id = head;
	ok(db_household_update(d, &got, &err) == 0, "head set");
	got.head_member_id = fx_member(d, h2, "Someone", SEX_MALE, "1980-01-01", "1", "1");
	ok(db_household_update(d, &got, &err) != 0, "head from another household refused");
	is_str(err.field, "head_member_id", "field head_member_id");
	ok(db_household_list(d, area1, 0, &rows, &err) == 0, "list area");
	is_int(rows.n, 4, "four households");
	is_str(household_list_text(&rows, rows.items[0].number), "2", "numeric order: 2 first");
	is_str(household_list_text(&rows, rows.items[1].number), "10", "then 10");
	is_str(household_list_text(&rows, rows.items[2].number), "10.1", "then 10.1");
	is_str(household_list_text(&rows, rows.items[3].number), "123", "then 123");
	is_int(rows.items[1].active_members, 2, "two members in 10");
	is_str(household_list_text(&rows, rows.items[1].head_name), "Trần Văn Hùng", "head's name");
	is_str(household_list_text(&rows, rows.items[0].head_name), "", "no head: \"\"");
	ok(rows.items[1].id == h10 && rows.items[1].area_id == area1 && rows.items[1].status == HH_ACTIVE,
	   "id, area and status");
	is_str(household_list_text(&rows, rows.items[1].village), "Thôn Đông", "village");
	is_str(household_list_text(&rows, rows.items[2].village), "", "no village: \"\"");
	is_int(rows.text.len, strlen("2" "10" "10.1" "123") + strlen("Thôn Đông") + strlen("Trần Văn Hùng") + 12,
	       "one text holds the strings, each once with its NUL (3 a household), nothing else");
	is_int(rows.text.cap, rows.text.len + 1, "and no room left over");
	household_list_free(&rows);
	ok(db_household_search(d, "10", 0, &rows, &err) == 0, "search prefix");
	is_int(rows.n, 2, "10 and 10.1");
	ok(rows.n == 2 && rows.items[1].id == h101, "10.1 second");
	household_list_free(&rows);
	ok(db_household_find(d, "123", &got, &err) == 0, "find by number");
	ok(db_household_next_number(d, buf, sizeof buf, &err) == 0, "next number");
	is_str(buf, "124", "next free is 124");
	is_int(fx_int("SELECT count(*) FROM audit WHERE entity = 'household' AND action = 'update' "
	              "AND json_extract(after, '$.head_member_id') IS NOT NULL AND user_id IS NOT NULL"), 1,
	       "head change audited with the user");
}

/* Members: validation, NFC, keys, search and order. */
static void
test_members(db *d, int64_t area1)
{
	int64_t hh = fx_household(d, "50", area1);
	member m, got;
	member_row *rows;
	size_t n;
	ds_err err = {0};
	char buf[512];

	/* "Nguyễn" written decomposed (NFD): stored as NFC. */
	fx_member_fill(&m, hh, "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n An", SEX_MALE, "1980-02-03", "1", "2");
	ok(db_member_add(d, &m, &err) == 0, "member added (%s)", err.msg);
	is_str(m.full_name, "Nguyễn Văn An", "name copied back in NFC");
	ok(db_member_get(d, m.id, &got, &err) == 0, "get");
	is_str(got.full_name, "Nguyễn Văn An", "stored in NFC");
	is_str(got.birth_date, "1980-02-03", "birth date");
	is_int(got.sex, SEX_MALE, "sex");
	is_str(got.marital, "2", "marital");
	is_str(fx_text("SELECT name_key FROM member WHERE full_name = 'Nguyễn Văn An'", buf, sizeof buf),
	       "nguyen van an", "name key");
	fx_member(d, hh, "Đặng Thị Hoa", SEX_FEMALE, "1982-01-01", "2", "2");
	fx_member(d, hh, "Lê Văn An", SEX_MALE, "2005-01-01", "3", "1");
	fx_member(d, hh, "Trần Thị An", SEX_FEMALE, "1940", "6", "3");
	fx_member(d, hh, "Nguyễn Văn Bình", SEX_MALE, "2008-01-01", "3", "1");

	ok(db_member_search(d, "nguyen", 0, 0, 0, &rows, &n, &err) == 0, "search nguyen");
	is_int(n, 2, "two Nguyễn");
	free(rows);
	ok(db_member_search(d, "dang", 0, 0, 0, &rows, &n, &err) == 0, "search dang");
	ok(n == 1 && strcmp(rows[0].m.full_name, "Đặng Thị Hoa") == 0, "dang finds Đặng Thị Hoa");
	ok(n == 1 && strcmp(rows[0].household_number, "50") == 0, "with the household number");
	free(rows);
	ok(db_member_search(d, "VĂN AN", 0, 0, 0, &rows, &n, &err) == 0, "search with accents and case");
	is_int(n, 2, "Nguyễn Văn An and Lê Văn An");
	free(rows);
	ok(db_member_search(d, " an", 0, 0, 0, &rows, &n, &err) == 0, "search an");
	is_int(n, 3, "three people named An");
	ok(n == 3 && strcmp(rows[0].m.full_name, "Lê Văn An") == 0, "Vietnamese order: Lê Văn An first");
	ok(n == 3 && strcmp(rows[1].m.full_name, "Nguyễn Văn An") == 0, "then Nguyễn Văn An");
	ok(n == 3 && strcmp(rows[2].m.full_name, "Trần Thị An") == 0, "then Trần Thị An");
	free(rows);
	ok(db_member_search(d, "nguyen", 0, 0, 1, &rows, &n, &err) == 0 && n == 1, "limit honoured");
	free(rows);
	ok(db_member_search(d, "an", 999, 0, 0, &rows, &n, &err) == 0 && n == 0, "area filter");
	free(rows);

	/* refusals */
	fx_member_fill(&m, hh, "Bad", 3, "1980-01-01", "1", "1");
	ok(db_member_add(d, &m, &err) != 0, "sex 3 refused");
	is_str(err.field, "sex", "field sex");
	fx_member_fill(&m, hh, "Bad", SEX_MALE, "1980-02-30", "1", "1");
	ok(db_member_add(d, &m, &err) != 0, "30 February refused");
	is_str(err.field, "birth_date", "field birth_date");
	fx_member_fill(&m, hh, "Bad", SEX_MALE, "1980-01-01", "1", "1");
	str_copy(m.ethnicity, sizeof m.ethnicity, "99");
	ok(db_member_add(d, &m, &err) != 0, "unknown ethnicity refused");
	is_str(err.field, "ethnicity", "field ethnicity");
	fx_member_fill(&m, hh, "", SEX_MALE, "1980-01-01", "1", "1");
	ok(db_member_add(d, &m, &err) != 0, "empty name refused");
	is_str(err.field, "full_name", "field full_name");
	fx_member_fill(&m, hh, "Có Mã", SEX_MALE, "1980-01-01", "1", "1");
	str_copy(m.person_id, sizeof m.person_id, "123");
	ok(db_member_add(d, &m, &err) != 0, "person id 123 refused");
	is_str(err.field, "person_id", "field person_id");
	str_copy(m.person_id, sizeof m.person_id, "GD4790123456789");
	ok(db_member_add(d, &m, &err) == 0, "insurance number accepted");
	int64_t with_id = m.id;
	fx_member_fill(&m, hh, "Trùng Mã", SEX_MALE, "1980-01-01", "1", "1");
	str_copy(m.person_id, sizeof m.person_id, "GD4790123456789");
	ok(db_member_add(d, &m, &err) != 0, "duplicate person id refused");
	is_str(err.field, "person_id", "field person_id");
	ok(db_member_find_person_id(d, "GD4790123456789", &got, &err) == 0 && got.id == with_id, "found by person id");

	/* update keeps keys in step and is audited */
	got.full_name[0] = '\0';
	str_copy(got.full_name, sizeof got.full_name, "Phạm Có Mã");
	ok(db_member_update(d, &got, &err) == 0, "renamed");
	ok(db_member_search(d, "pham co", 0, 0, 0, &rows, &n, &err) == 0 && n == 1, "found by the new name");
	free(rows);
	ok(db_member_search(d, "co ma", 0, 0, 0, &rows, &n, &err) == 0 && n == 1, "the index follows the rename");
	free(rows);
	ok(db_member_search(d, "trung", 0, 0, 0, &rows, &n, &err) == 0 && n == 0, "a refused person is not indexed");
	free(rows);
	/* the search index: whole words, the last one begun, in order */
	ok(db_member_search(d, "van a", 0, 0, 0, &rows, &n, &err) == 0 && n == 2, "\"van a\" finds the two Văn An");
	free(rows);
	ok(db_member_search(d, "an van", 0, 0, 0, &rows, &n, &err) == 0 && n == 0, "words must come in order");
	free(rows);
	ok(db_member_search(d, "va an", 0, 0, 0, &rows, &n, &err) == 0 && n == 0, "only the last word may be unfinished");
	free(rows);
	ok(db_member_search(d, "binh\"", 0, 0, 0, &rows, &n, &err) == 0 && n == 1, "a quote in the query is harmless");
	free(rows);
	ok(db_member_search(d, "-- ;", 0, 0, 0, &rows, &n, &err) == 0 && n == 0, "punctuation alone finds nothing, safely");
	free(rows);
	ok(fx_int("SELECT count(*) FROM member_search WHERE member_search MATCH 'nguyen'") == 2,
	   "the index holds the two Nguyễn");
	/* A query matching more people than the index is used for takes the
	 * scan in name order: same rule, same order, stops at the limit. */
	{
		int added = 0, rc;
		char name[64];
		int64_t big = fx_household(d, "999", fx_area(d, 9, "Thôn Chín"));

		db_begin(d, &err);
		for (int i = 0; i < 420; i++) {
			str_printf(name, sizeof name, "Hồ Văn Số %03d", 419 - i);
			fx_member_fill(&m, big, name, SEX_MALE, "1990-01-01", "3", "1");
			added += db_member_add(d, &m, &err) == 0;
		}
		db_commit(d, &err);
		is_int(added, 420, "420 people named Hồ Văn Số ...");
		n = 0;
		rc = db_member_search(d, "ho van so", 0, 0, 200, &rows, &n, &err);
		ok(rc == 0 && n == 200, "a dense query is cut at the limit of 200 (got %zu)", n);
		ok(n == 200 && strcmp(rows[0].m.full_name, "Hồ Văn Số 000") == 0 && strcmp(rows[199].m.full_name, "Hồ Văn Số 199") == 0,
		   "in name order, the first 200");
		free(rows);
		n = 0;
		rc = db_member_search(d, "ho van so 41", 0, 0, 200, &rows, &n, &err);
		ok(rc == 0 && n == 10, "a selective one finds Số 410..419 through the index (got %zu)", n);
		free(rows);
		{
			int ordered = db_member_search(d, "van", 0, 0, 200, &rows, &n, &err) == 0 && n == 200;

			for (size_t i = 1; ordered && i < n; i++)
				ordered = vn_name_cmp(rows[i - 1].m.full_name, rows[i].m.full_name) <= 0;
			ok(ordered, "a dense query returns 200 rows in Vietnamese name order");
		}
		free(rows);
	}
	str_printf(buf, sizeof buf, "SELECT json_extract(before, '$.full_name') || '>' || json_extract(after, '$.full_name') "
	           "FROM audit WHERE entity = 'member' AND entity_id = %lld AND action = 'update'", (long long)with_id);
	char sql[512];
	str_copy(sql, sizeof sql, buf);
	is_str(fx_text(sql, buf, sizeof buf), "Có Mã>Phạm Có Mã", "audit has before and after");
	str_printf(sql, sizeof sql, "SELECT user_id FROM audit WHERE entity = 'member' AND entity_id = %lld "
	           "AND action = 'insert'", (long long)with_id);
	is_int(fx_int(sql), fx_officer, "audit names the acting user");

	member *list;
	ok(db_member_list(d, hh, 0, &list, &n, &err) == 0, "list of household");
	is_int(n, 6, "six members");
	ok(n == 6 && strcmp(list[0].relation, "1") == 0, "relation order: head first");
	free(list);
}

/* A bulk load's transaction (db_begin_bulk): the name index is set aside,
 * the search answers by the scan meanwhile, the commit builds the index
 * once with its triggers back; a rollback leaves both as they were. */
static void
test_bulk(db *d, int64_t area_id)
{
	static const char triggers[] =
		"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'member_search_%'";
	ds_err err = {0};
	member m, first;
	member_row *rows = NULL;
	size_t n = 0;
	int64_t hh = fx_household(d, "7707", area_id);

	ok(db_begin_bulk(d, &err) == 0, "a bulk load's transaction begins (%s)", err.msg);
	ok(db_in_transaction(d), "it is a transaction");
	fx_member_fill(&first, hh, "Khúc Thừa Dụ", SEX_MALE, "1970-01-01", "1", "2");
	ok(db_member_add(d, &first, &err) == 0, "a person added in it");
	fx_member_fill(&m, hh, "Khúc Thị Hạo", SEX_FEMALE, "1972-01-01", "2", "2");
	ok(db_member_add(d, &m, &err) == 0, "and another");
	str_copy(m.full_name, sizeof m.full_name, "Khúc Văn Hạo");
	m.sex = SEX_MALE;
	str_copy(m.relation, sizeof m.relation, "3");
	ok(db_member_update(d, &m, &err) == 0, "renamed in the same transaction (%s)", err.msg);
	ok(db_member_search(d, "khuc", 0, 0, 0, &rows, &n, &err) == 0 && n == 2,
	   "the search finds both meanwhile (got %zu)", n);
	free(rows);
	ok(db_member_search(d, "khuc van h", 0, 0, 0, &rows, &n, &err) == 0 && n == 1 &&
	   strcmp(rows[0].m.full_name, "Khúc Văn Hạo") == 0, "by the new name");
	free(rows);
	ok(db_commit(d, &err) == 0, "the bulk load commits (%s)", err.msg);
	is_int(fx_int(triggers), 3, "the name index's three triggers are back");
	is_int(fx_int("SELECT count(*) FROM member_search WHERE member_search MATCH 'khuc'"), 2,
	       "the index holds both people");
	is_int(fx_int("SELECT count(*) FROM member_search WHERE member_search MATCH '\"khuc van hao\"'"), 1,
	       "under the name of the commit");
	is_int(fx_int("SELECT count(*) FROM member_search WHERE member_search MATCH '\"khuc thi\"'"), 0,
	       "not under the name before it");
	ok(db_member_search(d, "khuc thua", 0, 0, 0, &rows, &n, &err) == 0 && n == 1 && rows[0].m.id == first.id,
	   "the search through the index finds the first");
	free(rows);

	ok(db_begin_bulk(d, &err) == 0, "another bulk load");
	fx_member_fill(&m, hh, "Khúc Hạo Rơi", SEX_MALE, "2000-01-01", "3", "1");
	ok(db_member_add(d, &m, &err) == 0, "a person added in it");
	db_rollback(d);
	is_int(fx_int(triggers), 3, "rolled back: the triggers are there");
	fx_member(d, hh, "Khúc Thừa Mỹ", SEX_MALE, "2001-01-01", "3", "1");
	is_int(fx_int("SELECT count(*) FROM member_search WHERE member_search MATCH 'khuc'"), 3,
	       "and keep the index in step again (the rolled-back person is not in it)");
}

int
main(void)
{
	db *d = fx_open();
	int64_t area1 = fx_area(d, 1, "Thôn Tây");

	test_forms();
	test_areas(d);
	test_households(d, area1);
	test_members(d, area1);
	test_date_range(d, area1);
	test_bulk(d, area1);
	fx_integrity(d);
	db_close(&d);
	return tap_done();
}
