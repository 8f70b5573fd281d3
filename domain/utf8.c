/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* utf8.c: UTF-8 code points, characters and display cells (see utf8.h). */
#include "config.h"

#include "domain/utf8.h"

#include <string.h>
#include <utf8proc.h>

/* Encode a scalar value. */
size_t
utf8_encode(uint32_t cp, char out[UTF8_CHAR_MAX])
{
	utf8proc_uint8_t buf[UTF8_CHAR_MAX];
	utf8proc_ssize_t n;

	if ((cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff)
		return 0;
	n = utf8proc_encode_char((utf8proc_int32_t)cp, buf);
	memcpy(out, buf, (size_t)n);
	return (size_t)n;
}

/* Decode one code point, U+FFFD for a bad byte. */
uint32_t
utf8_decode(const char **s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)*s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;

	if (*p == '\0')
		return 0;
	n = utf8proc_iterate(p, -1, &cp);
	if (n <= 0) {
		(*s)++;
		return 0xfffd;
	}
	*s += n;
	return (uint32_t)cp;
}

/* Bytes up to the next character's first byte. */
size_t
utf8_char_len(const char *s)
{
	size_t k = 1;

	if (*s == '\0')
		return 0;
	while (utf8_is_cont((unsigned char)s[k]))
		k++;
	return k;
}

/* Back to the previous character's first byte. */
size_t
utf8_prev(const char *s, size_t at)
{
	if (at == 0)
		return 0;
	do
		at--;
	while (at > 0 && utf8_is_cont((unsigned char)s[at]));
	return at;
}

/* Count characters. */
size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (!utf8_is_cont((unsigned char)*s))
			n++;
	return n;
}

/* Cells of a code point: utf8proc's width, a control character 1. */
int
utf8_cp_width(uint32_t cp)
{
	if (cp > 0x10ffff)
		return 1;
	if (utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_CC)
		return 1;
	return utf8proc_charwidth((utf8proc_int32_t)cp);
}

/* Cells of a text. */
int
utf8_width(const char *s)
{
	int w = 0;

	while (*s != '\0')
		w += utf8_cp_width(utf8_decode(&s));
	return w;
}

/* How much of s fits in cells columns. */
size_t
utf8_fit(const char *s, int cells, int *used)
{
	const char *p = s;
	int w = 0;

	while (*p != '\0') {
		const char *next = p;
		int cw = utf8_cp_width(utf8_decode(&next));

		if (w + cw > cells)
			break;
		w += cw;
		p = next;
	}
	if (used != NULL)
		*used = w;
	return (size_t)(p - s);
}

/* Cut s to cells columns with a mark where it was cut. */
int
utf8_cut(const char *s, int cells, char *out, size_t n)
{
	size_t keep, mark = strlen(UTF8_CUT_MARK);
	int used;

	if (n == 0)
		return 0;
	out[0] = '\0';
	if (cells <= 0)
		return 0;
	keep = utf8_fit(s, cells, &used);
	if (s[keep] == '\0' && keep < n) {
		memcpy(out, s, keep + 1);
		return used;
	}
	if (n <= mark)
		return 0;
	keep = utf8_fit(s, cells - 1, NULL);
	while (keep + mark >= n)
		keep = utf8_prev(s, keep);
	memcpy(out, s, keep);
	memcpy(out + keep, UTF8_CUT_MARK, mark + 1);
	return utf8_width(out);
}
