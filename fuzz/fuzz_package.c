/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_package.c: libFuzzer target for the export package parsers the
 * upper level runs on files it receives (exchange/package.h, dhis2.h): the
 * first byte picks the manifest, report, events or DHIS2 mapping reader. */
#include "config.h"

#include "domain/error.h"
#include "domain/i18n.h"
#include "exchange/dhis2.h"
#include "exchange/package.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch the indicator row. */
static int
on_report(void *arg, const char *indicator, const char *value, long line, ds_err *err)
{
	size_t *total = arg;

	(void)err;
	*total += strlen(indicator) + strlen(value) + (size_t)line;
	return 0;
}

/* Touch the event row. */
static int
on_event(void *arg, const package_event *pe, long line, ds_err *err)
{
	size_t *total = arg;

	(void)err;
	*total += strlen(pe->ev.uid) + strlen(pe->person.full_name) + strlen(pe->ev.new_value) + (size_t)line;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	package_manifest m;
	dhis2_map map;
	ds_err err;
	size_t total = 0;
	long rows;

	if (size < 1)
		return 0;
	i18n_set(LANG_EN);
	memset(&m, 0, sizeof m);
	strcpy(m.commune_code, "10001");
	strcpy(m.period, "2025-05");
	m.excel = data[0] & 4 ? 1 : 0;
	switch (data[0] & 3) {
	case 0:
		package_read_manifest_buffer(data + 1, size - 1, "m.csv", &m, &err);
		break;
	case 1:
		package_read_report_buffer(data + 1, size - 1, "r.csv", &m, on_report, &total, &rows, &err);
		break;
	case 2:
		package_read_events_buffer(data + 1, size - 1, "e.csv", &m, on_event, &total, &rows, &err);
		break;
	default:
		if (dhis2_map_read_buffer(data + 1, size - 1, "map.csv", &map, &err) == 0)
			dhis2_map_free(&map);
		break;
	}
	return total == (size_t)-1;
}
