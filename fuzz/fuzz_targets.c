/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_targets.c: libFuzzer target for the yearly targets file
 * (exchange/targets_file.h): arbitrary bytes as a targets CSV. Every kept row
 * must hold a known indicator, a year in range and a finite target. */
#include "config.h"

#include "exchange/targets_file.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/indicators.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch a bad row's message and location. */
static void
on_error(void *arg, const ds_err *e)
{
	size_t *total = arg;

	*total += strlen(e->msg) + strlen(e->field) + (size_t)e->line + (size_t)e->column;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	targets_file f;
	ds_err err;
	size_t total = 0;

	i18n_set(size > 0 && (data[0] & 1) ? LANG_EN : LANG_VI);
	memset(&err, 0, sizeof err);
	targets_file_parse("fuzz.csv", data, size, &f, on_error, &total, &err);
	for (size_t i = 0; i < f.n; i++) {
		const target_row *t = &f.rows[i];

		if (t->year < DATE_YEAR_MIN || t->year > DATE_YEAR_MAX || !isfinite(t->target) || !indicator_target_known(t->indicator) ||
		    t->unit[0] == '\0')
			abort();
	}
	total += (size_t)targets_file_unit_years(&f);
	targets_file_free(&f);
	return total == (size_t)-1;
}
