/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo.h (demo): a synthetic but plausible commune for demonstrations,
 * training and benchmarks (`danso demo`, docs/demo.md).
 *
 * demo_generate() fills an initialised, empty register: areas with their
 * villages and one collaborator each, households and members at the day
 * before the first month, the contraceptive book of married women 15-49 at
 * that day, then `months` months of events ending with the last complete
 * month before opt->today. Every event goes through record_event()
 * (app/record.h), the same use case as the interface, with warnings
 * confirmed; the generator never makes an event that breaks an error rule.
 *
 * Reproducible: everything, uids included, is drawn from opt->seed (and the
 * commune code, so that two communes never share a uid), so two runs with
 * the same seed, commune, today and $DANSO_NOW give identical rows.
 *
 * Writes are batched: one transaction per batch of households, then one per
 * month of events. On failure everything of the current batch is rolled
 * back and err says what failed; earlier batches stay (the register is
 * consistent after each one).
 */
#ifndef DANSO_DEMO_H
#define DANSO_DEMO_H

#include "db/db.h"
#include "domain/model.h"

#include <stdint.h>

#define DEMO_MAX_HOUSEHOLDS 1000000
#define DEMO_MAX_MONTHS 240

typedef struct demo_options {
	int households;        /* 1 .. DEMO_MAX_HOUSEHOLDS */
	int months;            /* 1 .. DEMO_MAX_MONTHS */
	uint64_t seed;
	char today[DATE_LEN];  /* "YYYY-MM-DD"; the last month is the one before */
	const char *collaborator_pin;  /* given to the collaborator accounts, or
	                                  NULL: each sets their own at first login */
} demo_options;

/* What was generated, for the command's summary line. */
typedef struct demo_summary {
	int areas;
	int households;             /* at the start */
	int people;                 /* at the start */
	int fp_users;               /* married women 15-49 using a method at the start */
	int married_women;          /* married women 15-49 at the start */
	long events;                /* recorded events */
	long refused;               /* events the rules refused (skipped) */
	int births, deaths, moves_in, moves_out, marriages, divorces;
	char first_refusal[400];    /* the first refused event and why, or "" */
	char first_period[PERIOD_LEN];
	char last_period[PERIOD_LEN];
} demo_summary;

/* The page cache (KiB) that holds what the demo of opt writes at random
 * places (the indexes of uids, names, citizen ids and events, the rows
 * its events change): 1.5 KiB a household, 64 MiB to 1 GiB. For
 * db_bulk_cache (docs/performance.md, "The demo grows linearly"). */
long demo_cache_kib(const demo_options *opt);

/* Fill d (initialised, with no household yet) as described above. 0 ok;
 * -1 with err set (an empty register is required: a register that
 * already has households is refused, nothing is changed). */
int demo_generate(db *d, const demo_options *opt, demo_summary *out, ds_err *err);

#endif
