/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * error.h: a user-facing error that says what is wrong and where.
 *
 * Functions that can refuse user input or fail on I/O take a ds_err * and
 * return -1 after filling it; the caller shows it on the status line or
 * stderr. The location fields are optional: a CSV import sets file, line,
 * column and field; a form sets only field.
 */
#ifndef DANSO_ERROR_H
#define DANSO_ERROR_H

#include "platform/format.h"

#include <stddef.h>

typedef struct ds_err {
	char msg[512];   /* one sentence in the interface language */
	char file[256];  /* "" when not about a file */
	long line;       /* 1-based; 0 when not known */
	int column;      /* 1-based; 0 when not known */
	char field[64];  /* column or form field name; "" when none */
} ds_err;

/* Empty the error. NULL is accepted everywhere and ignored. */
void ds_err_clear(ds_err *e);

/* Set the message (printf style, location untouched); always returns -1 so
 * callers can write `return ds_err_set(err, ...)`. */
int ds_err_set(ds_err *e, const char *fmt, ...) PLAT_PRINTF(2, 3);

/* Set the location of the error. */
void ds_err_at(ds_err *e, const char *file, long line, int column, const char *field);

/* Write "file:line:column: field: message" (omitting unknown parts) into buf. */
void ds_err_format(const ds_err *e, char *buf, size_t n);

#endif
