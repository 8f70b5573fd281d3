/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * family.h (domain): the decisions about a household's people that do not
 * need the database: who becomes the head, the relation a newborn gets and
 * the birth order proposed for a mother's next child. Pure functions; the
 * use cases (app/household.h, app/register_import.h, the birth form) and
 * the storage of a household moving in call them, so each rule is written
 * once.
 */
#ifndef DANSO_DOMAIN_FAMILY_H
#define DANSO_DOMAIN_FAMILY_H

#include "domain/model.h"

#include <stddef.h>
#include <stdint.h>

/* 1 if a member with this relation to the head, joining a household whose
 * head is head_member_id (0: none yet), becomes its head: only a person
 * recorded as the head ("1") of a household that has none. */
int family_becomes_head(const char *relation, int64_t head_member_id);

/* The relation proposed for the next person typed into a household: the
 * head ("1") while it has none, else "" (the user chooses). */
const char *family_proposed_relation(int64_t head_member_id);

/* The relation to the head a newborn gets from its mother's: the child
 * ("3") of the head or the head's spouse, the grandchild ("5") of a child
 * or child-in-law ("3", "4"), otherwise another relative ("8"). */
const char *family_newborn_relation(const char *mother_relation);

/* 1 if two members with these relations to the head are parent and child
 * of each other (the head or the head's spouse and a child or a parent of
 * the head; a child or child-in-law and a grandchild): the pairs that can
 * never marry. */
int family_parent_child(const char *a, const char *b);

/* The birth order proposed for a mother's next child: one more than the
 * live births of her history before that child (children_born, the
 * member's column less the births recorded after it: rule_facts'
 * previous_births; < 0 counts as 0). Who is at home does not count: a
 * child who died or left was still born (docs/rules.md). The second twin
 * gets one more than the first, whose birth is then in her history. */
int family_proposed_birth_order(int children_born);

#endif
