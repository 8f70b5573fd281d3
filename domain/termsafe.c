/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* termsafe.c: text from outside made safe for a terminal (termsafe.h). */
#include "config.h"

#include "domain/termsafe.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The length of the valid UTF-8 sequence at s and its code point, or 0. */
static size_t
utf8_decode(const unsigned char *s, unsigned *cp)
{
	size_t len;
	unsigned c = s[0], min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		c &= 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		c &= 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

/* 1 if code point c is a format character that reorders or hides text. */
static int
is_hidden_format(unsigned c)
{
	return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
	       (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

/* Append the escape or the character at s (len bytes) to out; 0 if it
 * fits, -1 when out is full. */
static int
put(char *out, size_t n, size_t *at, const char *piece, size_t len)
{
	if (*at + len >= n)
		return -1;
	memcpy(out + *at, piece, len);
	*at += len;
	return 0;
}

char *
term_safe_copy(char *out, size_t n, const char *s, int flags)
{
	const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
	size_t at = 0;

	if (n == 0)
		return out;
	while (*p != '\0') {
		char esc[16];
		unsigned cp = 0;
		size_t len = utf8_decode(p, &cp);
		int rc;

		if (len == 0) {
			snprintf(esc, sizeof esc, "\\x%02x", *p);
			rc = put(out, n, &at, esc, strlen(esc));
			len = 1;
		} else if ((cp < 0x20 || cp == 0x7F) &&
		           !((flags & TERM_SAFE_LINES) && (cp == '\n' || cp == '\t'))) {
			snprintf(esc, sizeof esc, "\\x%02x", cp);
			rc = put(out, n, &at, esc, strlen(esc));
		} else if ((cp >= 0x80 && cp <= 0x9F) || is_hidden_format(cp)) {
			snprintf(esc, sizeof esc, "\\u%04x", cp);
			rc = put(out, n, &at, esc, strlen(esc));
		} else {
			rc = put(out, n, &at, (const char *)p, len);
		}
		if (rc != 0)
			break;
		p += len;
	}
	out[at] = '\0';
	return out;
}

char *
term_safe_dup(const char *s, int flags)
{
	size_t n = (s != NULL ? strlen(s) : 0) * 6 + 1;   /* "\u202e" is six bytes for three */
	char *out = xmalloc(n);

	return term_safe_copy(out, n, s, flags);
}

const char *
term_safe(const char *s)
{
	static char ring[8][1024];
	static unsigned next;
	char *out = ring[next++ % 8];

	return term_safe_copy(out, sizeof ring[0], s, 0);
}
