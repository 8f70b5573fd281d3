/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_register.c: libFuzzer target for the register import parser
 * (exchange/register_csv.h): a spreadsheet register as bytes. */
#include "config.h"

#include "domain/error.h"
#include "domain/i18n.h"
#include "exchange/register_csv.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch a good row. */
static int
on_row(void *arg, const register_row *row, const register_columns *cols, ds_err *err)
{
	size_t *total = arg;

	(void)err;
	*total += strlen(row->m.full_name) + strlen(row->hh.number) + (size_t)cols->full_name + (size_t)row->line;
	return 0;
}

/* Touch a bad row's message. */
static void
on_error(void *arg, const ds_err *e)
{
	size_t *total = arg;

	*total += strlen(e->msg) + (size_t)e->line;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ds_err err;
	size_t total = 0;

	i18n_set(LANG_EN);
	register_csv_read_buffer(data, size, "register.csv", "2025-06-15", on_row, on_error, &total, &err);
	return total == (size_t)-1;
}
