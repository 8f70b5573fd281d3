/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_dhis2_summary.c: libFuzzer target for DHIS2's import summary as
 * danso reads it after a push (exchange/dhis2.h, dhis2_summary_parse):
 * arbitrary bytes as the server's answer. A summary read must have a
 * NUL-terminated status and description and conflicts within bounds. */
#include "config.h"

#include "exchange/dhis2.h"
#include "domain/i18n.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dhis2_summary s;
	ds_err err;
	size_t total = 0;

	i18n_set(size > 0 && (data[0] & 1) ? LANG_EN : LANG_VI);
	memset(&err, 0, sizeof err);
	if (dhis2_summary_parse((const char *)data, size, "fuzz.json", &s, &err) == 0) {
		total += strlen(s.status) + strlen(s.description);
		if (strlen(s.status) >= sizeof s.status || strlen(s.description) >= sizeof s.description)
			abort();
		for (size_t i = 0; i < s.nconflicts; i++)
			total += strlen(s.conflicts[i].object) + strlen(s.conflicts[i].value) +
			         strlen(s.conflicts[i].error_code);
		dhis2_summary_free(&s);
	} else {
		total += strlen(err.msg);
	}
	return total == (size_t)-1;
}
