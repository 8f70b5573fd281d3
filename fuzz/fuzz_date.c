/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_date.c: arbitrary bytes through the date and period parsers. Every
 * text accepted must come back as valid ISO that reads back unchanged. */
#include "config.h"

#include "domain/date.h"
#include "domain/period.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Parse text as a date with flags; check what an accepted date becomes. */
static void
fuzz_one_date(const char *text, unsigned flags)
{
	char out[DATE_LEN], again[DATE_LEN], shown[32];
	ds_err err;

	if (date_parse(text, "2025-04-15", flags, "date", out, &err) < 0) {
		if (err.msg[0] == '\0' || strcmp(err.field, "date") != 0)
			abort();
		return;
	}
	if (!date_valid_or_year(out) || (!(flags & DATE_ALLOW_YEAR) && !date_valid(out)))
		abort();
	if (date_parse(out, "2025-04-15", flags, "date", again, &err) < 0 || strcmp(out, again) != 0)
		abort();
	date_format(out, shown, sizeof shown);
	if (date_parse(shown, "2025-04-15", flags, "date", again, &err) < 0 || strcmp(out, again) != 0)
		abort();
	if (date_valid(out) && (date_add_months(out, 9, again) < 0 && date_year(out) < DATE_YEAR_MAX))
		abort();
}

/* Parse text as a period; an accepted one must format and read back. */
static void
fuzz_one_period(const char *text)
{
	period p, q;
	char out[PERIOD_LEN], first[DATE_LEN], last[DATE_LEN];
	ds_err err;

	if (period_parse(text, &p, &err) < 0)
		return;
	period_format(&p, out);
	if (period_parse(out, &q, &err) < 0 || period_cmp(&p, &q) != 0)
		abort();
	period_dhis2(&p, out);
	if (period_parse(out, &q, &err) < 0 || period_cmp(&p, &q) != 0)
		abort();
	period_first_day(&p, first);
	period_last_day(&p, last);
	if (!date_valid(first) || !date_valid(last) || strcmp(first, last) > 0 || !period_contains(&p, last))
		abort();
}

/* libFuzzer entry point. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	fuzz_one_date(text, 0);
	fuzz_one_date(text, DATE_ALLOW_YEAR);
	fuzz_one_period(text);
	free(text);
	return 0;
}
