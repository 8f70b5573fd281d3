/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* error.c: user-facing errors with a location. */
#include "config.h"

#include "domain/error.h"
#include "domain/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Reset every field. */
void
ds_err_clear(ds_err *e)
{
	if (e != NULL)
		memset(e, 0, sizeof *e);
}

/* Fill the message; the return value lets callers `return ds_err_set(...)`. */
int
ds_err_set(ds_err *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

/* Record where the error is. */
void
ds_err_at(ds_err *e, const char *file, long line, int column, const char *field)
{
	if (e == NULL)
		return;
	str_copy(e->file, sizeof e->file, file != NULL ? file : "");
	e->line = line;
	e->column = column;
	str_copy(e->field, sizeof e->field, field != NULL ? field : "");
}

/* Human-readable "where: what". */
void
ds_err_format(const ds_err *e, char *buf, size_t n)
{
	strbuf sb;

	strbuf_init(&sb);
	if (e->file[0] != '\0') {
		strbuf_puts(&sb, e->file);
		if (e->line > 0)
			strbuf_printf(&sb, ":%ld", e->line);
		if (e->column > 0)
			strbuf_printf(&sb, ":%d", e->column);
		strbuf_puts(&sb, ": ");
	}
	if (e->field[0] != '\0')
		strbuf_printf(&sb, "%s: ", e->field);
	strbuf_puts(&sb, e->msg);
	str_copy(buf, n, sb.data);
	strbuf_free(&sb);
}
