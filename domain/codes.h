/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * codes.h: code lists. The lists themselves live in the database (table
 * code_list) so a province can replace them without a rebuild; this module
 * only knows the names of the lists and the defaults `init` seeds.
 *
 * List names: relation, sex, education, marital, residence, ethnicity,
 * household_kind, fp_method, fp_nonuse_reason, fp_stop_reason, fp_provider,
 * birth_place, pregnancy_kind, death_cause.
 */
#ifndef DANSO_CODES_H
#define DANSO_CODES_H

#include <stddef.h>

struct code_default {
	const char *list;
	const char *code;
	const char *label_vi;
	const char *label_en;
};

/* Every default code, list by list, in display order. */
extern const struct code_default code_defaults[];
extern const size_t code_default_count;

/* Method codes with a fixed meaning in the rules and indicators. These are
 * the default list's codes; a province that renumbers must keep them. */
#define FP_METHOD_IUD "1"
#define FP_METHOD_FEMALE_STERILISATION "2"
#define FP_METHOD_MALE_STERILISATION "3"
#define FP_METHOD_IMPLANT "4"
#define FP_METHOD_INJECTABLE "5"
#define FP_METHOD_PILL "6"
#define FP_METHOD_CONDOM "7"
#define MARITAL_MARRIED "2"
#define PREGNANCY_PREGNANT "1"
#define PREGNANCY_MISCARRIAGE "2"
#define PREGNANCY_ABORTION "3"
#define BIRTH_PLACE_HEALTH_STATION "1"
#define BIRTH_PLACE_HOSPITAL "2"
#define HOUSEHOLD_FAMILY "1"
#define RELATION_HEAD "1"

/* 1 if list is the name of a code list danso uses. */
int codes_list_known(const char *list);

/* The codes of a list that the rules and indicators rely on (NULL-ended;
 * empty for most lists): a province's replacement list must keep them. */
const char *const *codes_required(const char *list);

/* 1 if code has the form of a code: 1 to 7 ASCII letters or digits. */
int codes_valid_form(const char *code);

#endif
