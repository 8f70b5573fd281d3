/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * util.h: memory, strings and fatal errors shared by every layer.
 *
 * A programmer's mistake or an out-of-memory condition is fatal: fatal()
 * runs the registered cleanup hook (the interface restores the terminal)
 * and exits with status 70. A user's mistake never comes here.
 */
#ifndef DANSO_UTIL_H
#define DANSO_UTIL_H

#include "platform/format.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Register the function fatal() calls before exiting (NULL to clear). */
void util_set_fatal_hook(void (*hook)(void));

/* Print "danso: <message>" on stderr after the fatal hook, then exit(70). */
_Noreturn void fatal(const char *fmt, ...) PLAT_PRINTF(1, 2);

/* The same with exit(status), for the one case data reaches where there is
 * no way back to the caller: a register whose tables are not the ones danso
 * made (db_stmt). The message is the user's, in their language (L()); status
 * 1, as for any refused input. */
_Noreturn void fatal_status(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocation wrappers: never return NULL; fatal() on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Caller owns the returned string. */
char *xasprintf(const char *fmt, ...) PLAT_PRINTF(1, 2);

/* Copy src into dst (size n, always terminated). Returns 0, or -1 if src
 * did not fit; a cut never splits a UTF-8 sequence. */
int str_copy(char *dst, size_t n, const char *src);

/* Format into dst (size n), like snprintf; returns -1 on truncation. */
int str_printf(char *dst, size_t n, const char *fmt, ...) PLAT_PRINTF(3, 4);

/* 1 if s is NULL or "". */
int str_empty(const char *s);

/* Trim ASCII white space at both ends, in place; returns s. */
char *str_trim(char *s);

/* Parse a whole decimal integer (optional leading '-'); 0 ok, -1 not a number. */
int str_to_long(const char *s, long *out);

/* A growable byte buffer, always NUL-terminated. */
typedef struct strbuf {
	char *data;
	size_t len;
	size_t cap;
} strbuf;

void strbuf_init(strbuf *sb);
void strbuf_append(strbuf *sb, const char *s, size_t n);
void strbuf_puts(strbuf *sb, const char *s);
void strbuf_printf(strbuf *sb, const char *fmt, ...) PLAT_PRINTF(2, 3);
void strbuf_reset(strbuf *sb);
/* A pool of strings in one buffer: append s with its NUL and return the
 * offset it starts at (read it back as sb->data + offset, which moves as
 * the buffer grows: keep offsets, not pointers). */
size_t strbuf_add(strbuf *sb, const char *s);
/* Give back the capacity beyond len + 1 (a buffer that is done growing). */
void strbuf_fit(strbuf *sb);
/* Frees the buffer and leaves it empty and reusable. */
void strbuf_free(strbuf *sb);

#endif
