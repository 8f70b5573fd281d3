/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_residents.c: libFuzzer target for the residents extract reader
 * (exchange/residents_csv.h) and the matching behind it (domain/residents.h):
 * an extract as bytes, matched against a small register. */
#include "config.h"

#include "domain/error.h"
#include "domain/i18n.h"
#include "domain/residents.h"
#include "domain/util.h"
#include "exchange/residents_csv.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The good rows, kept for the matching. */
typedef struct rows {
	res_person *p;
	size_t n, cap;
	size_t touched;
} rows;

static int
on_row(void *arg, const res_person *p, ds_err *err)
{
	rows *r = arg;

	(void)err;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->p = xrealloc(r->p, r->cap * sizeof *r->p);
	}
	r->p[r->n++] = *p;
	return 0;
}

static void
on_error(void *arg, const ds_err *e)
{
	rows *r = arg;

	r->touched += strlen(e->msg) + (size_t)e->line;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const res_member reg[] = {
		{1, 1, "a", 1, "1", "Nguyễn Văn An", "001090000001", "1990-03-07", SEX_MALE},
		{2, 1, "b", 1, "1", "Trần Thị Bình", "", "1992-04-08", SEX_FEMALE},
		{3, 2, "c", 2, "7", "Lê Văn Dũng", "", "1950", SEX_MALE},
	};
	residents_map map;
	rows r = {0};
	res_result res;
	ds_err err;

	i18n_set(LANG_EN);
	residents_map_parse("household_code=Mã hộ", &map, &err);
	residents_csv_read_buffer(data, size, "extract.csv", size % 2 ? &map : NULL, "2026-03-15", on_row, on_error, &r,
	                          &err);
	res_match(reg, ARRAY_LEN(reg), r.p, r.n, NULL, 0, &res);
	r.touched += res.nfindings;
	res_result_free(&res);
	free(r.p);
	return r.touched == (size_t)-1;
}
