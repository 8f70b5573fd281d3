/* test_family.c: the household decisions of domain/family.h: the head,
 * the relation proposed and a newborn's, the proposed birth order. */
#include "config.h"

#include "domain/family.h"
#include "domain/util.h"
#include "tests/tap.h"

#include <string.h>

/* A member with only the relation set. */
static member
with_relation(const char *relation)
{
	member m;

	member_init(&m);
	str_copy(m.relation, sizeof m.relation, relation);
	return m;
}

int
main(void)
{
	member people[4];

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

	people[0] = with_relation("1");
	people[1] = with_relation("2");
	people[2] = with_relation("3");
	people[3] = with_relation("3");
	is_int(family_proposed_birth_order(0, "3", people, 4), 1, "a daughter with no births: her first child");
	is_int(family_proposed_birth_order(1, "3", people, 4), 2, "one birth on record: the second");
	is_int(family_proposed_birth_order(-1, "4", NULL, 0), 1, "an unknown count counts as none");
	is_int(family_proposed_birth_order(0, "2", people, 4), 3,
	       "the head's wife: the household's two children were born before danso kept births");
	is_int(family_proposed_birth_order(4, "2", people, 4), 5, "her births on record win when there are more");
	is_int(family_proposed_birth_order(0, "1", people, 2), 1, "no child in the household: the first");
	return tap_done();
}
