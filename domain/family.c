/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* family.c (domain): head of household, a newborn's relation, the
 * proposed birth order (family.h). */
#include "config.h"

#include "domain/family.h"
#include "domain/util.h"
#include "domain/codes.h"
#include "domain/rules.h"

#include <string.h>

/* Relation codes of docs/domain.md, section 3, that these rules read. */
#define RELATION_SPOUSE "2"
#define RELATION_CHILD "3"
#define RELATION_CHILD_IN_LAW "4"
#define RELATION_GRANDCHILD "5"
#define RELATION_OTHER_RELATIVE "8"

/* 1 if relation is the head's or the head's spouse's. */
static int
head_or_spouse(const char *relation)
{
	return relation != NULL && (strcmp(relation, RELATION_HEAD) == 0 || strcmp(relation, RELATION_SPOUSE) == 0);
}

int
family_becomes_head(const char *relation, int64_t head_member_id)
{
	return head_member_id == 0 && relation != NULL && strcmp(relation, RELATION_HEAD) == 0;
}

const char *
family_proposed_relation(int64_t head_member_id)
{
	return head_member_id == 0 ? RELATION_HEAD : "";
}

const char *
family_newborn_relation(const char *mother_relation)
{
	if (head_or_spouse(mother_relation))
		return RELATION_CHILD;
	if (mother_relation != NULL &&
	    (strcmp(mother_relation, RELATION_CHILD) == 0 || strcmp(mother_relation, RELATION_CHILD_IN_LAW) == 0))
		return RELATION_GRANDCHILD;
	return RELATION_OTHER_RELATIVE;
}

int
family_proposed_birth_order(int children_born)
{
	return rules_expected_birth_order(children_born);
}

/* 1 if relations a and b are a parent and a child of each other. */
int
family_parent_child(const char *a, const char *b)
{
	static const char *const pairs[][2] = {{"1", "3"}, {"2", "3"}, {"1", "6"}, {"2", "6"}, {"3", "5"}, {"4", "5"}};

	if (a == NULL || b == NULL)
		return 0;
	for (size_t i = 0; i < ARRAY_LEN(pairs); i++)
		if ((strcmp(a, pairs[i][0]) == 0 && strcmp(b, pairs[i][1]) == 0) ||
		    (strcmp(b, pairs[i][0]) == 0 && strcmp(a, pairs[i][1]) == 0))
			return 1;
	return 0;
}
