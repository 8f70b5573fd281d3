/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_csv.c: libFuzzer target for the CSV reader (exchange/csvread.h). */
#include "config.h"

#include "domain/error.h"
#include "exchange/csvread.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch every field so the sanitizers see any bad pointer or length. */
static int
walk(void *arg, const csvr_row *row, ds_err *err)
{
	size_t *total = arg;

	for (size_t i = 0; i < row->nfields; i++)
		*total += strlen(row->fields[i]) + (size_t)row->field_lines[i];
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	csvr *r;
	ds_err err;
	size_t total = 0, half = size / 2;

	/* In one piece, with a header and a required column. */
	r = csvr_new("fuzz.csv", CSVR_HEADER);
	csvr_require(r, (const char *const[]){"id"}, 1);
	csvr_parse_buffer(r, data, size, walk, &total, &err);
	csvr_free(&r);
	/* In two pieces without a header: cuts land inside fields, BOMs, CRLFs. */
	r = csvr_new("fuzz.csv", 0);
	if (csvr_feed(r, data, half, walk, &total, &err) == 0 && csvr_feed(r, data + half, size - half, walk, &total, &err) == 0)
		csvr_finish(r, walk, &total, &err);
	csvr_free(&r);
	return 0;
}
