/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_namefind.c: the name search from memory (app/namefind.c) gives the
 * database search's rows (db_member_search), in the same order, on a demo
 * commune, for the prefixes people type; and stays in step with the
 * member use cases' edits. */
#include "config.h"

#include "app/household.h"
#include "app/namefind.h"
#include "app/session.h"
#include "demo/demo.h"
#include "domain/vntext.h"
#include "tests/unit/db_fixture.h"

static int queries, mismatches;

/* Compare one query both ways; the first few differences are said. */
static void
compare(db *d, const char *q, int64_t area_id, int inactive, int limit)
{
	member_row *a = NULL;
	name_hit *b = NULL;
	size_t na = 0, nb = 0;
	ds_err ea = {0}, eb = {0};
	int ra = db_member_search(d, q, area_id, inactive, limit, &a, &na, &ea);
	int rb = namefind_search(d, q, area_id, inactive, limit, &b, &nb, &eb);
	int same = ra == rb && na == nb;

	for (size_t i = 0; same && i < na; i++)
		same = a[i].m.id == b[i].id && a[i].m.household_id == b[i].household_id && a[i].area_id == b[i].area_id &&
		       a[i].m.status == b[i].status && a[i].m.sex == b[i].sex &&
		       strcmp(a[i].m.full_name, b[i].full_name) == 0 &&
		       strcmp(a[i].household_number, b[i].household_number) == 0 &&
		       strcmp(a[i].m.birth_date, b[i].birth_date) == 0;
	queries++;
	if (!same && mismatches++ < 5)
		tap_diag("\"%s\" area %lld inactive %d limit %d: database %zu rows, memory %zu rows", q,
		         (long long)area_id, inactive, limit, na, nb);
	free(a);
	free(b);
}

/* Every prefix of the key from each of its word starts ("nguyen thi t",
 * "thi t", "t"...), as typed into the search. */
static void
compare_prefixes(db *d, const char *name, int64_t area_id)
{
	char key[NAME_LEN * 2], q[NAME_LEN * 2];

	vn_search_key(name, key, sizeof key);
	for (size_t w = 0; key[w] != '\0'; w++) {
		if (w > 0 && key[w - 1] != ' ')
			continue;
		for (size_t len = 1; key[w + len - 1] != '\0'; len++) {
			str_printf(q, sizeof q, "%.*s", (int)len, key + w);
			compare(d, q, 0, 0, 200);
			compare(d, q, area_id, 0, 200);
			compare(d, q, 0, 1, 20);
		}
	}
}

static int
count_one(void *ctx, const member_key *k)
{
	(void)k;
	(*(size_t *)ctx)++;
	return 0;
}

static void
test_same_rows(db *d, int64_t area_id)
{
	member_row *all = NULL;
	size_t n = 0, nkeys = 0;
	ds_err err = {0};
	static const char *const fixed[] = {
		"", "n", "ng", "nguyen", "nguyen thi", "nguyen thi t", "nguyen thi th", "tran van", "thi", "van a",
		"Nguyễn Thị T", "NGUYEN  THI", "  le ", "an", "xyz", "h", "t", "pham", "z", "1", "nguyen-thi", "d", "đ",
	};

	is_int(db_member_keys(d, 0, 0, count_one, &nkeys, &err), 0, "the keys are read (%s)", err.msg);
	ok(nkeys > 1000, "the demo commune has %zu people", nkeys);
	for (size_t i = 0; i < ARRAY_LEN(fixed); i++) {
		compare(d, fixed[i], 0, 0, 200);
		compare(d, fixed[i], area_id, 0, 200);
		compare(d, fixed[i], 0, 1, 0);
		compare(d, fixed[i], 0, 0, 5000);
	}
	/* 40 people spread over the register, every prefix of their names */
	is_int(db_member_search(d, "", 0, 1, 100000, &all, &n, &err), 0, "everyone is listed (%s)", err.msg);
	for (size_t i = 0; i < 40 && n > 0; i++)
		compare_prefixes(d, all[i * n / 40].m.full_name, all[i * n / 40].area_id);
	ok(mismatches == 0, "the memory gives the database's rows for %d searches (%d differ)", queries, mismatches);
	is_int(namefind_loads(), 1, "the keys were read once");
	free(all);
}

/* After a member is added or renamed through app/, the next searches agree
 * without reading the keys again; a change app/ did not see makes it
 * read them again. */
static void
test_in_step(db *d)
{
	name_hit *rows = NULL;
	size_t n = 0;
	member m;
	household h;
	ds_err err = {0};
	int loads = namefind_loads(), before = mismatches;

	is_int(namefind_search(d, "nguyen thi t", 0, 0, 1, &rows, &n, &err), 0, "a search (%s)", err.msg);
	ok(n == 1, "finds someone");
	is_int(db_member_get(d, rows[0].id, &m, &err), 0, "who is stored (%s)", err.msg);
	free(rows);

	str_copy(m.full_name, sizeof m.full_name, "Ông Nguyễn Thị Tèo");
	is_int(member_edit(d, &m, &err), 0, "a member renamed (%s)", err.msg);
	compare(d, "ong nguyen", 0, 0, 200);
	compare(d, "nguyen thi teo", 0, 0, 200);
	compare(d, "nguyen thi t", 0, 0, 200);
	compare(d, "teo", 0, 1, 200);

	m.id = 0;
	m.uid[0] = '\0';
	m.person_id[0] = '\0';
	str_copy(m.relation, sizeof m.relation, "3");
	str_copy(m.full_name, sizeof m.full_name, "Nguyễn Thị Tý");
	is_int(member_create(d, &m, &err), 0, "a member added (%s)", err.msg);
	compare(d, "nguyen thi t", 0, 0, 200);
	compare(d, "nguyen thi ty", 0, 0, 200);
	compare(d, "ty", 0, 0, 200);
	compare(d, "", 0, 1, 100000);

	is_int(db_household_get(d, m.household_id, &h, &err), 0, "the household (%s)", err.msg);
	str_copy(h.number, sizeof h.number, "9999");
	is_int(household_edit(d, &h, &err), 0, "renumbered (%s)", err.msg);
	compare(d, "nguyen thi ty", 0, 0, 200);
	compare(d, "", 0, 1, 100000);
	is_int(mismatches, before, "the memory follows the edits");
	is_int(namefind_loads(), loads, "without reading the keys again");

	str_copy(m.full_name, sizeof m.full_name, "Bà Nguyễn Thị Tý");
	is_int(db_member_update(d, &m, &err), 0, "a change below app/ (%s)", err.msg);
	compare(d, "ba nguyen", 0, 0, 200);
	compare(d, "ty", 0, 0, 200);
	is_int(mismatches, before, "is found too");
	is_int(namefind_loads(), loads + 1, "by reading the keys again");
}

int
main(void)
{
	session_commune c = {"10001", "Xã Thử", "", "", ""};
	user_account officer;
	char *dir = tap_tmpdir(), *path = xasprintf("%s/t.db", dir);
	db *d = NULL;
	demo_options o = {0};
	demo_summary s;
	ds_err err = {0};
	member_row *one = NULL;
	size_t n = 0;

	ids_init();
	i18n_set(LANG_EN);
	setenv("DANSO_TODAY", "2025-12-15", 1);
	if (session_init_commune(path, &c, &err) != 0 || db_open(path, 0, &d, &err) != 0 ||
	    db_user_find(d, "canbo", &officer, &err) != 0)
		fatal("fixture: %s", err.msg);
	db_set_user(d, officer.id);
	o.households = 400;
	o.months = 12;
	o.seed = 5;
	str_copy(o.today, sizeof o.today, "2025-12-15");
	if (demo_generate(d, &o, &s, &err) != 0)
		fatal("demo: %s", err.msg);
	is_int(db_member_search(d, "", 0, 0, 1, &one, &n, &err), 0, "the demo commune is there (%s)", err.msg);
	test_same_rows(d, n == 1 ? one[0].area_id : 1);
	free(one);
	test_in_step(d);
	namefind_drop();
	db_close(&d);
	free(path);
	free(dir);
	return tap_done();
}
