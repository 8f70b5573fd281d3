/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_family.c: the household decisions of domain/family.h: the head,
 * the relation proposed and a newborn's, the proposed birth order. */
#include "config.h"

#include "domain/family.h"
#include "tests/tap.h"

int
main(void)
{
	ok(family_becomes_head("1", 0), "a person recorded as head of a household without one becomes its head");
	ok(!family_becomes_head("1", 17), "not when the household already has a head");
	ok(!family_becomes_head("2", 0), "a spouse does not become the head");
	ok(!family_becomes_head(NULL, 0), "nor a person without a relation");
	is_str(family_proposed_relation(0), "1", "the first person typed into a household is proposed as head");
	is_str(family_proposed_relation(5), "", "once there is a head, the user chooses");

	is_str(family_newborn_relation("1"), "3", "the head's baby is a child");
	is_str(family_newborn_relation("2"), "3", "so is the head's spouse's");
	is_str(family_newborn_relation("3"), "5", "a daughter's baby is a grandchild");
	is_str(family_newborn_relation("4"), "5", "so is a daughter-in-law's");
	is_str(family_newborn_relation("7"), "8", "a sister's baby is another relative, not a grandchild");
	is_str(family_newborn_relation(NULL), "8", "an unknown mother: another relative");

	/* the proposal comes from her history alone (docs/rules.md): who is at
	 * home does not count, a child who died or left was still born */
	is_int(family_proposed_birth_order(0), 1, "no births in her history: her first child");
	is_int(family_proposed_birth_order(2), 3, "two children born (one died): the third");
	is_int(family_proposed_birth_order(3), 4, "the second twin: one more than the first, now in her history");
	is_int(family_proposed_birth_order(-1), 1, "an unknown count counts as none");
	return tap_done();
}
