/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* util.c: memory, strings and fatal errors. */
#include "config.h"

#include "domain/util.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*fatal_hook)(void);

/* Remember what to undo (the terminal) before a fatal exit. */
void
util_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

/* Run the hook, print the message and exit with status. */
static _Noreturn void
vfatal(int status, const char *fmt, va_list ap)
{
	if (fatal_hook != NULL) {
		void (*hook)(void) = fatal_hook;
		fatal_hook = NULL;
		hook();
	}
	fputs("danso: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	exit(status);
}

/* Stop the program after a programmer's mistake or out-of-memory. */
void
fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfatal(70, fmt, ap);
}

/* Stop the program on data it cannot work on, where no caller can report it. */
void
fatal_status(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfatal(status, fmt, ap);
}

/* malloc that stops cleanly on out-of-memory. */
void *
xmalloc(size_t n)
{
	void *p = malloc(n == 0 ? 1 : n);

	if (p == NULL)
		fatal("out of memory (%zu bytes)", n);
	return p;
}

/* calloc that stops cleanly on out-of-memory or overflow. */
void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);

	if (p == NULL)
		fatal("out of memory (%zu x %zu bytes)", count, size);
	return p;
}

/* realloc that stops cleanly on out-of-memory. */
void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n == 0 ? 1 : n);

	if (q == NULL)
		fatal("out of memory (%zu bytes)", n);
	return q;
}

/* strdup that stops cleanly on out-of-memory. */
char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* Copy at most n bytes of s into a new string. */
char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* The length of fmt formatted with *ap, which stays usable (a pointer,
 * so the caller may go on with it). A bad format is a programmer's
 * mistake. */
static size_t
format_len(const char *fmt, va_list *ap)
{
	va_list copy;
	int n;

	va_copy(copy, *ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		fatal("bad format string");
	return (size_t)n;
}

/* printf into a newly allocated string. */
char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	size_t n;
	char *p;

	va_start(ap, fmt);
	n = format_len(fmt, &ap);
	p = xmalloc(n + 1);
	vsnprintf(p, n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* Copy with truncation that never splits a UTF-8 sequence. */
int
str_copy(char *dst, size_t n, const char *src)
{
	size_t len;

	if (n == 0)
		return -1;
	len = strlen(src);
	if (len < n) {
		memcpy(dst, src, len + 1);
		return 0;
	}
	len = n - 1;
	while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
		len--;
	memcpy(dst, src, len);
	dst[len] = '\0';
	return -1;
}

/* snprintf that reports truncation. */
int
str_printf(char *dst, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(dst, n, fmt, ap);
	va_end(ap);
	return (r < 0 || (size_t)r >= n) ? -1 : 0;
}

/* True for NULL or the empty string. */
int
str_empty(const char *s)
{
	return s == NULL || *s == '\0';
}

/* Remove ASCII white space around s, in place. */
char *
str_trim(char *s)
{
	size_t len = strlen(s);
	char *start = s;

	while (len > 0 && isspace((unsigned char)s[len - 1]))
		s[--len] = '\0';
	while (isspace((unsigned char)*start))
		start++;
	if (start != s)
		memmove(s, start, strlen(start) + 1);
	return s;
}

/* Strict decimal parse: the whole string must be a number in range. */
int
str_to_long(const char *s, long *out)
{
	char *end;
	long v;

	if (str_empty(s) || isspace((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

/* Start with an empty buffer. */
void
strbuf_init(strbuf *sb)
{
	sb->data = NULL;
	sb->len = 0;
	sb->cap = 0;
}

/* Make room for n more bytes plus the terminator. */
static void
strbuf_grow(strbuf *sb, size_t n)
{
	size_t need = sb->len + n + 1;

	if (need <= sb->cap)
		return;
	if (sb->cap == 0)
		sb->cap = 64;
	while (sb->cap < need)
		sb->cap *= 2;
	sb->data = xrealloc(sb->data, sb->cap);
}

/* Append n bytes of s. */
void
strbuf_append(strbuf *sb, const char *s, size_t n)
{
	strbuf_grow(sb, n);
	memcpy(sb->data + sb->len, s, n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}

/* Append a C string. */
void
strbuf_puts(strbuf *sb, const char *s)
{
	strbuf_append(sb, s, strlen(s));
}

/* Append formatted text. */
void
strbuf_printf(strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	n = format_len(fmt, &ap);
	strbuf_grow(sb, n);
	vsnprintf(sb->data + sb->len, n + 1, fmt, ap);
	va_end(ap);
	sb->len += n;
}

/* Append a string with its NUL; where it starts. */
size_t
strbuf_add(strbuf *sb, const char *s)
{
	size_t at = sb->len;

	strbuf_append(sb, s, strlen(s) + 1);
	return at;
}

/* Shrink the memory to what the buffer holds. */
void
strbuf_fit(strbuf *sb)
{
	if (sb->data != NULL && sb->cap > sb->len + 1) {
		sb->cap = sb->len + 1;
		sb->data = xrealloc(sb->data, sb->cap);
	}
}

/* Empty the buffer but keep its memory. */
void
strbuf_reset(strbuf *sb)
{
	sb->len = 0;
	if (sb->data != NULL)
		sb->data[0] = '\0';
}

/* Release the buffer's memory. */
void
strbuf_free(strbuf *sb)
{
	free(sb->data);
	strbuf_init(sb);
}
