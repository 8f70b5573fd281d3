/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* codes.c: what danso knows about its code lists (their names and the
 * codes with a fixed meaning); the lists themselves are data. */
#include "config.h"

#include "domain/codes.h"
#include "domain/util.h"

#include <ctype.h>
#include <string.h>

static const char *const no_codes[] = {NULL};
static const char *const fp_method_codes[] = {
	FP_METHOD_IUD, FP_METHOD_FEMALE_STERILISATION, FP_METHOD_MALE_STERILISATION, FP_METHOD_IMPLANT,
	FP_METHOD_INJECTABLE, FP_METHOD_PILL, FP_METHOD_CONDOM, "8", "9", NULL};
static const char *const marital_codes[] = {"1", MARITAL_MARRIED, "3", "4", NULL};
static const char *const pregnancy_codes[] = {PREGNANCY_PREGNANT, PREGNANCY_MISCARRIAGE, PREGNANCY_ABORTION, NULL};
static const char *const birth_place_codes[] = {BIRTH_PLACE_HEALTH_STATION, BIRTH_PLACE_HOSPITAL, NULL};
static const char *const household_kind_codes[] = {HOUSEHOLD_FAMILY, NULL};
static const char *const relation_codes[] = {RELATION_HEAD, "3", "5", NULL};
static const char *const sex_codes[] = {"1", "2", NULL};
static const char *const residence_codes[] = {"1", "2", NULL};

static const struct {
	const char *list;
	const char *const *required;
} lists[] = {
	{"relation", relation_codes},
	{"sex", sex_codes},
	{"education", no_codes},
	{"marital", marital_codes},
	{"residence", residence_codes},
	{"ethnicity", no_codes},
	{"household_kind", household_kind_codes},
	{"fp_method", fp_method_codes},
	{"fp_nonuse_reason", no_codes},
	{"fp_stop_reason", no_codes},
	{"fp_provider", no_codes},
	{"birth_place", birth_place_codes},
	{"pregnancy_kind", pregnancy_codes},
	{"death_cause", no_codes},
};

/* Whether a name is one of danso's code lists. */
int
codes_list_known(const char *list)
{
	for (size_t i = 0; i < ARRAY_LEN(lists); i++)
		if (strcmp(lists[i].list, list) == 0)
			return 1;
	return 0;
}

/* The codes of a list that rules and indicators rely on. */
const char *const *
codes_required(const char *list)
{
	for (size_t i = 0; i < ARRAY_LEN(lists); i++)
		if (strcmp(lists[i].list, list) == 0)
			return lists[i].required;
	return no_codes;
}

/* Whether text has the form of a code (1-7 ASCII letters or digits). */
int
codes_valid_form(const char *code)
{
	size_t n = strlen(code);

	if (n == 0 || n > 7)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)code[i]))
			return 0;
	return 1;
}
