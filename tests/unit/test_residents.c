/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_residents.c: matching the register against a residents extract
 * (domain/residents.h). */
#include "config.h"

#include "domain/residents.h"
#include "domain/util.h"
#include "tests/tap.h"

#include <string.h>

/* A register person. */
static res_member
rm(int64_t id, int area_no, const char *hh, const char *name, const char *pid, const char *birth, sex s)
{
	res_member m;

	memset(&m, 0, sizeof m);
	m.member_id = id;
	m.household_id = 100 + id / 10;
	str_printf(m.uid, sizeof m.uid, "uid%02lld", (long long)id);
	m.area_number = area_no;
	str_copy(m.household_number, sizeof m.household_number, hh);
	str_copy(m.full_name, sizeof m.full_name, name);
	str_copy(m.person_id, sizeof m.person_id, pid);
	str_copy(m.birth_date, sizeof m.birth_date, birth);
	m.sex = s;
	return m;
}

/* An extract person. */
static res_person
ep(long line, const char *cid, const char *name, const char *birth, sex s, const char *hh)
{
	res_person p;

	memset(&p, 0, sizeof p);
	p.line = line;
	str_copy(p.citizen_id, sizeof p.citizen_id, cid);
	str_copy(p.full_name, sizeof p.full_name, name);
	str_copy(p.birth_date, sizeof p.birth_date, birth);
	p.sex = s;
	str_copy(p.household_code, sizeof p.household_code, hh);
	return p;
}

/* The findings as "kind:field:name" words, in their order. */
static const char *
summary(const res_result *r, const res_member *reg, const res_person *ext, char *buf, size_t n)
{
	buf[0] = '\0';
	for (size_t i = 0; i < r->nfindings; i++) {
		const res_finding *f = &r->findings[i];
		size_t len = strlen(buf);

		str_printf(buf + len, n - len, "%s%s:%s:%s", i ? " " : "", res_kind_name(f->kind), f->field,
		           f->reg >= 0 ? reg[f->reg].uid : ext[f->ext].citizen_id[0] ? ext[f->ext].citizen_id : "-");
	}
	return buf;
}

static void
test_helpers(void)
{
	char d[DATE_LEN];

	ok(res_one_letter("nguyen van an", "nguyen van anh"), "one letter added");
	ok(res_one_letter("nguyen van an", "nguyen van a"), "one letter removed");
	ok(res_one_letter("nguyen van an", "nguyen van en"), "one letter changed");
	ok(!res_one_letter("nguyen van an", "nguyen van an"), "equal names are not one letter apart");
	ok(!res_one_letter("nguyen van an", "nguyen van eng"), "two letters apart");
	ok(res_name_order("nguyen van an", "an nguyen van"), "given name first");
	ok(res_name_order("nguyen van an", "van an nguyen"), "family name last");
	ok(res_name_order("nguyen van an", "an van nguyen"), "first and last swapped");
	ok(!res_name_order("nguyen van an", "nguyen an van"), "middle words swapped are not an order swap");
	ok(!res_name_order("an", "an"), "one word cannot be swapped");
	ok(res_day_month_swap("1990-03-07", d) == 0 && strcmp(d, "1990-07-03") == 0, "day/month swapped");
	ok(res_day_month_swap("1990-03-17", d) == -1, "day 17 cannot be a month");
	ok(res_day_month_swap("1990-05-05", d) == -1, "day = month is no swap");
	ok(res_day_month_swap("1990", d) == -1, "a year alone has no swap");
	ok(res_is_cid("001090012345") && !res_is_cid("00109001234") && !res_is_cid("00109001234x"), "citizen id form");
}

static void
test_matching(void)
{
	res_member reg[] = {
		rm(1, 1, "1", "Nguyễn Văn An", "001090000001", "1990-03-07", SEX_MALE),   /* cid, same */
		rm(2, 1, "1", "Trần Thị Bình", "001090000002", "1992-04-08", SEX_FEMALE), /* cid, birth differs */
		rm(3, 1, "1", "Nguyễn Minh Châu", "", "2015-06-01", SEX_MALE),            /* name+date; extract has a cid */
		rm(4, 1, "2", "Lê Văn Dũng", "", "2012-02-03", SEX_MALE),                 /* typo in the extract */
		rm(5, 1, "2", "Phạm Thị Én", "", "2010-05-09", SEX_FEMALE),               /* day/month swapped */
		rm(6, 2, "7", "Hoàng Văn Giang", "", "1950", SEX_MALE),                   /* not in the extract */
		rm(7, 2, "7", "Vũ Thị Hà", "", "1980-01-20", SEX_FEMALE),                 /* order swapped */
		rm(8, 2, "8", "Đỗ Văn Khoa", "001080000008", "1980-11-11", SEX_MALE),     /* cid conflict: no pair */
	};
	res_person ext[] = {
		ep(2, "001090000001", "Nguyễn Văn An", "1990-03-07", SEX_MALE, "H1"),
		ep(3, "001090000002", "Trần Thị Bình", "1992-08-04", SEX_FEMALE, "H1"),
		ep(4, "001215000003", "NGUYEN MINH CHAU", "2015-06-01", SEX_MALE, "H1"),
		ep(5, "", "Lê Văn Dũnh", "2012-02-03", SEX_MALE, "H2"),
		ep(6, "", "Phạm Thị Én", "2010-09-05", SEX_FEMALE, "H2"),
		ep(7, "", "Hà Vũ Thị", "1980-01-20", SEX_FEMALE, "H7"),
		ep(8, "001080000099", "Đỗ Văn Khoa", "1980-11-11", SEX_MALE, "H8"),
		ep(9, "", "Nguyễn Văn Bé", "2025-01-02", SEX_MALE, "H1"),                 /* a birth in household 1 */
		ep(10, "", "Mai Văn Lạ", "1970-01-01", SEX_MALE, "H99"),                  /* a move-in, not placed */
	};
	res_result r;
	char buf[2048];
	const res_finding *f;
	res_decision dec[3];

	res_match(reg, ARRAY_LEN(reg), ext, ARRAY_LEN(ext), NULL, 0, &r);
	is_str(summary(&r, reg, ext, buf, sizeof buf),
	       "extract_only::- differs:birth_date:uid02 differs:citizen_id:uid03 differs:full_name:uid03 "
	       "possible_match:full_name:uid04 possible_match:birth_date:uid05 "
	       "register_only::uid06 possible_match:full_name:uid07 "
	       "register_only::uid08 extract_only::001080000099 extract_only::-",
	       "the findings, by area and household");
	is_int(r.matched, 3, "three pairs matched (cid twice, name + date once)");
	is_int(r.possible, 3, "three possible pairs");
	is_int(r.total.with_cid, 3, "three register people with a citizen id");
	is_int(r.total.count[RES_EXTRACT_ONLY], 3, "three extract-only people");
	is_int(r.nareas, 3, "areas 1, 2 and 'not placed'");
	is_int(r.areas[0].area_number, 0, "area 0 holds the unplaced");
	is_int(r.areas[0].count[RES_EXTRACT_ONLY], 2, "the move-in and the cid conflict are not placed");
	is_int(r.areas[1].matched, 3, "area 1: three matched");
	f = &r.findings[0];
	is_str(f->household_number, "1", "the birth is placed in household 1 through its housemates");
	is_str(r.findings[4].why, "one_letter", "the typo is a one-letter near match");
	is_str(r.findings[5].why, "day_month", "the swapped date is a day/month near match");
	is_str(r.findings[7].why, "name_order", "the order swap is a name-order near match");
	is_str(r.findings[1].register_value, "1992-04-08", "differs: the register's value");
	is_str(r.findings[1].extract_value, "1992-08-04", "differs: the extract's value");
	ok(strlen(f->ref) == 10, "a finding has a 10-digit reference");
	ok(res_find_ref(&r, r.findings[6].ref) == &r.findings[6], "found by its reference");

	/* dismiss the register-only person and one difference; confirm the typo */
	memset(dec, 0, sizeof dec);
	dec[0] = r.findings[6].key;
	dec[0].kind = RES_DISMISS;
	dec[1] = r.findings[1].key;
	dec[1].kind = RES_DISMISS;
	dec[2] = r.findings[4].key;
	dec[2].kind = RES_CONFIRM;
	res_result_free(&r);
	res_match(reg, ARRAY_LEN(reg), ext, ARRAY_LEN(ext), dec, ARRAY_LEN(dec), &r);
	is_str(summary(&r, reg, ext, buf, sizeof buf),
	       "extract_only::- differs:citizen_id:uid03 differs:full_name:uid03 "
	       "differs:full_name:uid04 possible_match:birth_date:uid05 "
	       "possible_match:full_name:uid07 "
	       "register_only::uid08 extract_only::001080000099 extract_only::-",
	       "after the decisions: dismissed lines gone, the confirmed pair is matched (its name differs)");
	is_int(r.dismissed, 2, "two findings dismissed");
	is_int(r.matched, 4, "the confirmed pair counts as matched");
	res_result_free(&r);

	/* a dismissed possible match leaves both people unmatched */
	memset(dec, 0, sizeof dec);
	res_match(reg, ARRAY_LEN(reg), ext, ARRAY_LEN(ext), NULL, 0, &r);
	dec[0] = r.findings[5].key;
	dec[0].kind = RES_DISMISS;
	res_result_free(&r);
	res_match(reg, ARRAY_LEN(reg), ext, ARRAY_LEN(ext), dec, 1, &r);
	{
		long reg_only = r.total.count[RES_REGISTER_ONLY], ext_only = r.total.count[RES_EXTRACT_ONLY];

		is_int(reg_only, 3, "not the same person: the register side is register-only");
		is_int(ext_only, 4, "... and the extract side extract-only");
	}
	res_result_free(&r);
}

int
main(void)
{
	test_helpers();
	test_matching();
	return tap_done();
}
