/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * rules.h: the checks a careful collaborator applies before an event is
 * saved (docs/rules.md). Errors block the save; warnings ask the user
 * to confirm. The rules are a table of data (id, severity, kinds, check,
 * message) evaluated against the facts below, which the caller gathers from
 * the register (db_rule_facts() in db/events.h) so this module stays pure.
 *
 * Contract for callers:
 *   rule_facts f; rule_result r;
 *   ... fill f (db_rule_facts does it from the database) ...
 *   rules_check(&f, &r);
 *   if (r.errors > 0) refuse, showing r.items[i].message;
 *   else if (r.warnings > 0 && !user_confirmed) ask;
 *   else save.
 */
#ifndef DANSO_RULES_H
#define DANSO_RULES_H

#include "domain/model.h"

#define RULE_MAX_FINDINGS 16

typedef enum rule_severity {
	RULE_ERROR = 0,
	RULE_WARNING = 1
} rule_severity;

/* Everything the rules need to know about one event. */
typedef struct rule_facts {
	const event *ev;               /* the event being saved */
	const member *subject;         /* the person (mother, woman, child...);
	                                  NULL for a whole-household move */
	char period[PERIOD_LEN];       /* the reporting month "YYYY-MM" */
	char today[DATE_LEN];          /* "YYYY-MM-DD" */
	int duplicate;                 /* an active event with the same person,
	                                  kind and date exists (not counting this
	                                  one when it is an edit) */
	int previous_births;           /* this mother's live births before the
	                                  event: her history (children_born) less
	                                  the births recorded after it */
	char last_birth_date[DATE_LEN];/* this mother's latest earlier birth, or "" */
	char current_method[CODE_LEN]; /* contraceptive method in use before the
	                                  event, "" if none */
	int period_locked;             /* the event's month has been exported */
	int elderly_checks_this_year;  /* elderly checks already recorded for the
	                                  person in the event's year */
	int left_by_this_event;        /* ev corrects the death / move out that
	                                  took the subject out of the register */
	char related_name[NAME_LEN];   /* the spouse in the household of a
	                                  marriage (ev->related_member_id), "" */
	char related_relation[CODE_LEN]; /* and the spouse's relation to the head */
} rule_facts;

typedef struct rule_finding {
	rule_severity severity;
	const char *rule_id;           /* stable id, e.g. "birth.mother_not_female" */
	const char *field;             /* the form field to point at, e.g. "birth_order" */
	char message[320];             /* in the interface language */
} rule_finding;

typedef struct rule_result {
	rule_finding items[RULE_MAX_FINDINGS];
	int count;
	int errors;
	int warnings;
} rule_result;

/* Evaluate every rule that applies to f->ev->kind. */
void rules_check(const rule_facts *f, rule_result *out);

/* A birth weight as typed into grams: digits alone are grams ("3200",
 * "3200g"); a decimal comma or point or "kg" means kilograms ("3,2",
 * "3.2", "3,2kg", "3kg" give 3200). 0 with *grams set, -1 if the text is
 * not a weight. docs/rules.md "Birth weight". */
int rules_weight_grams(const char *text, long *grams);

/* The gestational weeks a prenatal screening may have: the form's range
 * and the save check's are these. */
#define RULES_WEEK_MIN 4
#define RULES_WEEK_MAX 42

/* The plausible birth weights in grams (birth.weight_implausible). */
#define RULES_WEIGHT_MIN_G 500
#define RULES_WEIGHT_MAX_G 6500

/* The birth order the register suggests for a mother's next child. */
int rules_expected_birth_order(int previous_births);

/* Age in whole years on a date; birth may be "YYYY" (counted from 1 July)
 * or "YYYY-MM-DD". -1 if either date cannot be read. */
int rules_age_on(const char *birth, const char *on);

#endif
